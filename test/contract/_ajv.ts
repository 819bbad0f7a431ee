// One ajv set up as a strict draft 2020-12 validator with formats, as a port's validator would be; the
// `x-not-expressible` annotation is declared so that strict mode accepts it.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module namespace.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The schemas folder. */
export const SCHEMAS_DIR = "schemas";

/** A new strict ajv (2020-12, all errors, formats validated). */
export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-not-expressible", schemaType: "array" });
  return ajv;
}

/** A schema file as JSON. */
export function readSchema(name: string): { [k: string]: unknown } {
  return JSON.parse(readFileSync(join(SCHEMAS_DIR, `${name}.json`), "utf8")) as { [k: string]: unknown };
}

/** The schema files' names, without `.json`. */
export function schemaNames(): string[] {
  return readdirSync(SCHEMAS_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/** A compiled validator for one schema file. */
export function validatorFor(name: string): ValidateFunction {
  return newAjv().compile(readSchema(name));
}
