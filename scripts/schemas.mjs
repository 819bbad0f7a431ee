// `npm run schemas` (and `npm run build`): writes the JSON Schemas of the library's inputs to schemas/*.json, from
// the zod/mini schemas in src/ (scripts/contract/). `--check` writes nothing and exits 1 when a file is stale.
// The files are committed, so a change to the contract shows in review; test/contract/schemas.test.ts fails when
// they are stale.
import { register } from "tsx/esm/api";

const unregister = register();
const { writeSchemas } = await import("./contract/write.ts");
const check = process.argv.includes("--check");
const changed = writeSchemas(process.cwd(), check);
await unregister();
if (changed.length === 0) console.log("schemas: up to date");
else if (check) {
  console.error(`schemas: stale, run \`npm run schemas\`: ${changed.join(", ")}`);
  process.exit(1);
} else console.log(`schemas: wrote ${changed.join(", ")}`);
