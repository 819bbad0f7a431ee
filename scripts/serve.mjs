// A tiny static server for the example page and the browser tests: loopback only, a strict
// Content-Security-Policy on every response, and a /csp-report endpoint that records violation reports (from the
// page and from its workers). Usage: node scripts/serve.mjs [folder] [port] — serves examples/browser on 8080.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** The policy: scripts, styles, workers only from this origin — no eval, no inline code, no network. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "report-uri /csp-report",
].join("; ");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json", ".map": "application/json" };

/**
 * Serves `mounts` (URL prefix → folder) on 127.0.0.1. Resolves to `{ url, reports, close }`; `reports` collects the
 * CSP violation reports received.
 */
export function serve({ mounts, port = 0, csp = STRICT_CSP }) {
  const reports = [];
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix.endsWith("/") ? prefix : `${prefix}/`, resolve(dir)]);
  roots.sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/csp-report" && req.method === "POST") {
      let body = "";
      for await (const chunk of req) body += chunk;
      try {
        reports.push(JSON.parse(body));
      } catch {
        reports.push({ unparsed: body });
      }
      res.writeHead(204).end();
      return;
    }
    const mount = roots.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount || req.method !== "GET") {
      res.writeHead(404, { "Content-Security-Policy": csp }).end();
      return;
    }
    const [prefix, dir] = mount;
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(dir, rel));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Security-Policy": csp, "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Security-Policy": csp }).end();
    }
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      ok({ url: `http://127.0.0.1:${address.port}`, reports, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "examples/browser";
  const { url } = await serve({ mounts: { "/": dir }, port: Number(process.argv[3] ?? 8080) });
  console.log(`Serving ${dir} at ${url}/ with a strict Content-Security-Policy (Ctrl+C to stop)`);
}
