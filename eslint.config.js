// Lint: typescript-eslint's recommended rules, plus the purity rules that keep src/ free of I/O, clocks,
// randomness and console (DEVELOPERS.md: "Pure").
import tseslint from "typescript-eslint";

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
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "os", "child_process", "http", "https"], message: "src/ is pure: no I/O." }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "src/ is pure: no randomness; take a seed." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/ is pure: take the date as an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/ is pure: take the date as an argument." },
        { selector: "ExportDefaultDeclaration", message: "Named exports only." },
      ],
    },
  },
);
