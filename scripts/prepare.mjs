// `prepare`: build dist/ wherever npm builds the package from source — `npm ci` / `npm install` here, `npm pack`
// and `npm publish`, `npm install <git url>` (npm installs the dev dependencies in its clone first) and
// `npm install <folder>`. The last is the odd one: npm links the folder and runs this script there without
// installing anything in it, so when the build tools are missing, this installs the folder's dependencies from
// its lockfile first (`npm ci`, without scripts), then builds. A registry or tarball install never runs it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

function hasBuildTools() {
  try {
    createRequire(import.meta.url).resolve("tsup/package.json");
    return true;
  } catch {
    return false;
  }
}

function npm(args) {
  // The parent npm passes its own settings down as npm_config_* variables; some of them (the prefix it installs
  // into, --omit, --global, --install-links) would point this nested install at the wrong place. Keep only the
  // ones that say where packages come from.
  const keep = new Set(["cache", "registry", "userconfig", "globalconfig", "offline", "prefer_offline", "prefer_online", "cafile", "strict_ssl", "proxy", "https_proxy", "noproxy"]);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => {
      const lower = k.toLowerCase();
      if (lower.startsWith("npm_config_")) return keep.has(lower.slice("npm_config_".length));
      return !lower.startsWith("npm_package_") && !lower.startsWith("npm_lifecycle_") && lower !== "npm_command" && lower !== "init_cwd";
    }),
  );
  const npmCli = process.env.npm_execpath;
  const r = npmCli && existsSync(npmCli)
    ? spawnSync(process.execPath, [npmCli, ...args], { stdio: "inherit", env })
    : spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { stdio: "inherit", env, shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!hasBuildTools()) {
  console.log("vn-poverty prepare: build tools missing (a folder install?); installing from package-lock.json first");
  npm(["ci", "--ignore-scripts", "--no-audit", "--no-fund"]);
}
const build = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
process.exit(build.status ?? 1);
