// Helpers for the slow end-to-end suites (test/package, test/browser), which run outside the plain `npm test`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The environment for a nested npm: without the npm_config_* / npm_package_* / npm_lifecycle_* variables that
 * `npm run` set for this process (npm_config_local_prefix would point a nested npm at this repository), keeping
 * only the ones that say where packages come from.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(["cache", "registry", "userconfig", "globalconfig", "cafile", "strict_ssl", "proxy", "https_proxy", "noproxy"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    const lower = k.toLowerCase();
    if (lower.startsWith("npm_config_") && !keep.has(lower.slice("npm_config_".length))) continue;
    if (lower.startsWith("npm_package_") || lower.startsWith("npm_lifecycle_") || lower === "npm_command" || lower === "init_cwd") continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs a command (no shell) and throws with its output when it fails, unless `allowFailure`. */
export function run(cmd: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean; timeoutMs?: number }): RunResult {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? cleanEnv(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 600_000,
  });
  const result = { stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status };
  if (!opts.allowFailure && r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} (in ${opts.cwd}) exited ${r.status ?? r.signal ?? r.error?.message}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-6000)}`);
  }
  return result;
}

/** A fresh temporary folder; `dispose` removes it unless KEEP_E2E_TMP is set (to look inside after a failure). */
export function tempDir(prefix: string): { path: string; dispose: () => void } {
  const path = mkdtempSync(join(tmpdir(), `vn-poverty-${prefix}-`));
  return { path, dispose: () => (process.env["KEEP_E2E_TMP"] ? undefined : rmSync(path, { recursive: true, force: true })) };
}
