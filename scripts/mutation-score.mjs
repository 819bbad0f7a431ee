// The mutation scores of the reports in reports/mutation/<folder>.json (written by scripts/mutate.mjs), per file
// and per folder, counted two ways:
//   - all mutants;
//   - without the mutants of display text: a string literal (or template) whose text has a space or a character
//     outside ASCII (the `expected` shown to a reader such as "≤ 140", a citation's note, a label's fallback). Codes,
//     rule ids, keys and enum values (no space, ASCII) are always counted: programs match on them.
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts it. Mutants marked in
// the code as equivalent (`// Stryker disable …: equivalent — <why>`, listed in docs/testing.md) are ignored by
// Stryker; the column "equivalent" counts them, and the last column gives the score counting them as not killed.
//
//   node scripts/mutation-score.mjs [folder…] [--survivors]   (--survivors lists every surviving mutant)
import { existsSync, readFileSync } from "node:fs";
import { MUTATED_MODULES } from "../stryker.config.mjs";

const args = process.argv.slice(2);
const listSurvivors = args.includes("--survivors");
const named = args.filter((a) => !a.startsWith("-"));
const modules = named.length > 0 ? named : MUTATED_MODULES;

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/** The source text a mutant replaced (locations are 1-based lines, 1-based columns). */
function original(source, loc) {
  const lines = source.split("\n");
  const { start, end } = loc;
  if (start.line === end.line) return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1);
  const parts = [(lines[start.line - 1] ?? "").slice(start.column - 1)];
  for (let l = start.line; l < end.line - 1; l++) parts.push(lines[l] ?? "");
  parts.push((lines[end.line - 1] ?? "").slice(0, end.column - 1));
  return parts.join("\n");
}

/** Whether a mutant changes display text only (see the header). */
export function isTextMutant(mutant, source) {
  if (mutant.mutatorName !== "StringLiteral") return false;
  const text = original(source, mutant.location);
  return /\s|[^\x00-\x7f]/.test(text.replace(/\$\{[^}]*\}/g, ""));
}

/** Whether a mutant was disabled in the code as equivalent (its directive's reason starts with "equivalent"). */
const isMarkedEquivalent = (mu) => mu.status === "Ignored" && /^\s*equivalent\b/.test(mu.statusReason ?? "");
const score = (d, u) => (d + u === 0 ? "—" : `${((100 * d) / (d + u)).toFixed(1)}%`);
const rows = [];
const totals = { all: [0, 0], text: [0, 0], eq: 0, status: {} };
for (const m of modules) {
  const file = `reports/mutation/${m}.json`;
  if (!existsSync(file)) {
    rows.push(`| src/${m} | (no report: npm run mutate -- ${m}) | | | | | | |`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  const mod = { all: [0, 0], text: [0, 0], eq: 0, status: {} };
  for (const [path, f] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const fs = { all: [0, 0], text: [0, 0], eq: 0 };
    for (const mu of f.mutants) {
      mod.status[mu.status] = (mod.status[mu.status] ?? 0) + 1;
      if (isMarkedEquivalent(mu)) fs.eq++;
      const d = DETECTED.has(mu.status) ? 1 : 0;
      const u = UNDETECTED.has(mu.status) ? 1 : 0;
      fs.all[0] += d;
      fs.all[1] += u;
      if (!isTextMutant(mu, f.source)) {
        fs.text[0] += d;
        fs.text[1] += u;
      }
      if (listSurvivors && u) {
        const at = `${path}:${mu.location.start.line}:${mu.location.start.column}`;
        const text = isTextMutant(mu, f.source) ? " [text]" : "";
        console.log(`${mu.status.padEnd(10)} ${at} ${mu.mutatorName}${text}: ${JSON.stringify(original(f.source, mu.location)).slice(0, 120)} → ${JSON.stringify(mu.replacement).slice(0, 80)}`);
      }
    }
    for (const k of ["all", "text"]) for (const i of [0, 1]) mod[k][i] += fs[k][i];
    mod.eq += fs.eq;
    rows.push(`| ${path} | ${fs.all[0] + fs.all[1]} | ${fs.all[0]} | ${fs.all[1]} | ${score(...fs.all)} | ${score(...fs.text)} | ${fs.eq} | ${score(fs.all[0], fs.all[1] + fs.eq)} |`);
  }
  for (const k of ["all", "text"]) for (const i of [0, 1]) totals[k][i] += mod[k][i];
  totals.eq += mod.eq;
  const s = mod.status;
  rows.push(
    `| **src/${m}** | ${mod.all[0] + mod.all[1]} | ${mod.all[0]} | ${mod.all[1]} (${s.Survived ?? 0} survived, ${s.NoCoverage ?? 0} no coverage) | **${score(...mod.all)}** | **${score(...mod.text)}** | ${mod.eq} | **${score(mod.all[0], mod.all[1] + mod.eq)}** |`,
  );
}
console.log("\n| file | mutants | killed | not killed | score | without text | equivalent | counting them |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
console.log(`| **all of these** | ${totals.all[0] + totals.all[1]} | ${totals.all[0]} | ${totals.all[1]} | **${score(...totals.all)}** | **${score(...totals.text)}** | ${totals.eq} | **${score(totals.all[0], totals.all[1] + totals.eq)}** |`);
