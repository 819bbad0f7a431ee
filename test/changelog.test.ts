// Release hygiene: CHANGELOG.md is Keep a Changelog that a parser accepts, and versions are semver.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parser } from "keep-a-changelog";

// Semantic Versioning 2.0.0's own regular expression (semver.org, "Is there a suggested regular expression").
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const text = readFileSync("CHANGELOG.md", "utf8");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/** Compares two plain x.y.z versions (pre-release tags ignored). */
function compareCore(a: string, b: string): number {
  const pa = a.split(/[-+]/)[0]!.split(".").map(Number);
  const pb = b.split(/[-+]/)[0]!.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

describe("CHANGELOG.md", () => {
  const changelog = parser(text);

  it("parses as Keep a Changelog, with only its change types (Added, Changed, Deprecated, Removed, Fixed, Security)", () => {
    expect(changelog.title).toBe("Changelog");
    expect(changelog.releases.length).toBeGreaterThan(0);
  });

  it("opens with an Unreleased section, and every other release has a semver version and a date", () => {
    expect(changelog.releases[0]?.version).toBeUndefined();
    expect(changelog.releases[0]?.date).toBeUndefined();
    for (const r of changelog.releases.slice(1)) {
      expect(r.version).toMatch(SEMVER);
      expect(r.date instanceof Date && !Number.isNaN(r.date.getTime())).toBe(true);
    }
  });

  it("says something in every release", () => {
    for (const r of changelog.releases) expect(r.isEmpty()).toBe(false);
  });

  it("package.json's version is semver and not behind the last release", () => {
    expect(pkg.version).toMatch(SEMVER);
    const released = changelog.releases.map((r) => r.version).filter((v): v is string => v !== undefined);
    for (const v of released) expect(compareCore(pkg.version, v)).toBeGreaterThanOrEqual(0);
  });
});
