// Lint: typescript-eslint's recommended rules, plus the purity rules that keep src/ free of I/O, clocks,
// randomness and console (DEVELOPERS.md: "Pure").
import tseslint from "typescript-eslint";

// The layers of src/, lowest first (docs/concepts.md); a folder may import only from its own layer or lower ones.
// test/architecture.test.ts checks the same order on the whole import graph, type-only imports included.
// `xlsx` (the `vn-poverty/xlsx` sub-path) sits above the core's barrel (src/index.ts): it may import the public API
// through "../index.js", and it alone may import exceljs.
const LAYERS = [["messages"], ["errors"], ["_lib"], ["explain"], ["standards"], ["household", "calendar"], ["forms"], ["classify"], ["meeting", "procedure"], ["report"], ["reform"], ["documents"], ["xlsx"]];
const PURE = { group: ["node:*", "fs", "path", "os", "child_process", "http", "https"], message: "src/ is pure: no I/O." };
const layerBlocks = LAYERS.flatMap((folders, i) =>
  folders.map((folder) => {
    const above = LAYERS.slice(i + 1).flat();
    const sameLayer = folders.filter((f) => f !== folder);
    const banned = [...above, ...sameLayer].flatMap((f) => [`../${f}/*`, `../${f}/**`]);
    return {
      files: [`src/${folder}/**/*.ts`],
      ignores: ["src/**/*.test.ts"],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              PURE,
              ...(folder === "xlsx"
                ? []
                : [
                    { group: [...banned, "../index.js", "../../index.js"], message: `src/${folder} may import only from lower layers (docs/concepts.md, "Layers").` },
                    { group: ["exceljs", "exceljs/*"], message: "Only src/xlsx (the vn-poverty/xlsx sub-path) may load the spreadsheet library." },
                  ]),
            ],
          },
        ],
      },
    };
  }),
);

const impure = [
  { name: "console", message: "src/ is pure: return values, do not print." },
  { name: "process", message: "src/ is pure: take configuration as arguments." },
];

export default tseslint.config(
  { ignores: ["dist/**", "docs/api/**", "node_modules/**", "coverage/**", "examples/browser/dist/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-globals": ["error", ...impure],
      "no-restricted-imports": ["error", { patterns: [PURE] }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "src/ is pure: no randomness; take a seed." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/ is pure: take the date as an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/ is pure: take the date as an argument." },
        { selector: "ExportDefaultDeclaration", message: "Named exports only." },
      ],
    },
  },
  ...layerBlocks,
);
