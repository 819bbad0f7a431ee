// The dependency card: package.json's runtime dependencies are exactly the packages that the core (src/ without
// src/xlsx) imports, and its optional peer dependencies exactly the packages that the `vn-poverty/xlsx` sub-path
// (src/xlsx) adds: a user who never imports the sub-path never installs them.
// A dependency nobody imports costs every installer its download (date-fns was 28 MB); an import that is not a
// dependency breaks for every installer. Imports are read with TypeScript's own pre-processor, so comments and
// doc examples (`import … from "vn-poverty"` in an @example) are not counted.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtinModules } from "node:module";
import ts from "typescript";

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

/** The package a bare specifier names: "zod/mini" → "zod", "@scope/pkg/sub" → "@scope/pkg"; null for relative or built-in. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  return builtinModules.includes(name) ? null : name;
}

function importedPackages(filter: (file: string) => boolean): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources("src").filter(filter)) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const ref of info.importedFiles) {
      const pkg = packageOf(ref.fileName);
      if (pkg) found.set(pkg, [...(found.get(pkg) ?? []), file]);
    }
  }
  return found;
}

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
};
const inXlsx = (file: string) => file.startsWith(join("src", "xlsx"));

describe("dependency card", () => {
  it("reads bare specifiers as package names", () => {
    expect(packageOf("zod")).toBe("zod");
    expect(packageOf("zod/mini")).toBe("zod");
    expect(packageOf("@scope/pkg/sub")).toBe("@scope/pkg");
    expect(packageOf("decimal.js")).toBe("decimal.js");
    expect(packageOf("./x.js")).toBeNull();
    expect(packageOf("node:fs")).toBeNull();
    expect(packageOf("fs")).toBeNull();
  });

  it("package.json dependencies are exactly the packages the core imports", () => {
    const imported = [...importedPackages((f) => !inXlsx(f)).keys()].sort();
    const declared = Object.keys(manifest.dependencies ?? {}).sort();
    expect(imported.length).toBeGreaterThan(0);
    expect({ declaredButNotImported: declared.filter((d) => !imported.includes(d)) }).toEqual({ declaredButNotImported: [] });
    expect({ importedButNotDeclared: imported.filter((d) => !declared.includes(d)) }).toEqual({ importedButNotDeclared: [] });
  });

  it("the optional peer dependencies are exactly what vn-poverty/xlsx adds, installed for the tests as devDependencies", () => {
    const core = Object.keys(manifest.dependencies ?? {});
    const added = [...importedPackages(inXlsx).keys()].filter((p) => !core.includes(p)).sort();
    const peers = Object.keys(manifest.peerDependencies ?? {}).sort();
    expect(added).toEqual(["exceljs"]);
    expect(peers).toEqual(added);
    for (const p of peers) {
      expect(manifest.peerDependenciesMeta?.[p]?.optional).toBe(true);
      expect(manifest.devDependencies?.[p]).toBe(manifest.peerDependencies?.[p]);
      expect(core).not.toContain(p);
    }
  });
});
