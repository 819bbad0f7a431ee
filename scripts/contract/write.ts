// Writes schemas/*.json from CONTRACT_SCHEMAS (or, with `check`, reports the files that differ). Run through
// scripts/schemas.mjs by `npm run schemas` and `npm run build`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contractSchema, schemaText } from "./generate.js";
import { CONTRACT_RULES, CONTRACT_SCHEMAS } from "./schemas.js";

/** The generated files: name → text. */
export function generatedSchemaFiles(version: string): Map<string, string> {
  return new Map(CONTRACT_SCHEMAS.map((e) => [`${e.name}.json`, schemaText(contractSchema(e, CONTRACT_RULES, version))]));
}

/** Writes (or checks) schemas/ in a folder; returns the files that were (or would be) changed or removed. */
export function writeSchemas(root: string, check: boolean): string[] {
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const dir = join(root, "schemas");
  const files = generatedSchemaFiles(version);
  const changed: string[] = [];
  if (!check) mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    changed.push(`schemas/${name}`);
    if (!check) writeFileSync(path, text);
  }
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.endsWith(".json") && !files.has(name)) {
      changed.push(`schemas/${name} (not generated)`);
      if (!check) rmSync(join(dir, name));
    }
  }
  return changed;
}
