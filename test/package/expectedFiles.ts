// What the npm package must hold, and all it may hold. To ship another folder, add it to `requiredFolders` and to
// `allowed` — and to package.json's `files`.

/** Files that must be in the tarball (paths inside the package). Every tracked docs/*.md is added by the test. */
export const requiredFiles: readonly string[] = [
  "package.json",
  "README.md",
  "README.vi.md",
  "LICENSE",
  "CHANGELOG.md",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/xlsx/index.js",
  "dist/xlsx/index.cjs",
  "dist/xlsx/index.d.ts",
  "dist/xlsx/index.d.cts",
];

/** Folders that must hold at least one file. */
export const requiredFolders: readonly string[] = ["dist/", "docs/", "schemas/", "fixtures/decisions/"];

/** Every file in the tarball must match one of these. */
export const allowed: readonly RegExp[] = [
  /^package\.json$/,
  /^README(\.vi)?\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/.+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/,
  /^docs\/[^/]+\.md$/,
  /^schemas\/[a-z0-9-]+\.json$/,
  /^fixtures\/decisions\/[a-z0-9-]+\.json$/,
];
