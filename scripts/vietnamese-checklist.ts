// Generates docs/vietnamese-checklist.md: every Vietnamese text of the message tables (issues, explanation steps,
// labels, field names) beside its English, for a native reader to check. Run: npx tsx scripts/vietnamese-checklist.ts
// (test/vietnameseChecklist.test.ts fails when the file is out of date).
import { writeFileSync } from "node:fs";
import { VI } from "../src/messages/vi.js";
import { EN } from "../src/messages/en.js";
import { FIELD_NAMES_VI } from "../src/messages/vi/fields.js";
import { viDocumentTerms } from "../src/messages/vi/documents.js";
import { enDocumentTerms } from "../src/messages/en/documents.js";

/** Params that answer every key with a visible placeholder: ‹key›. */
function placeholders(): unknown {
  return new Proxy({}, { get: (_t, k) => (typeof k === "string" ? `‹${k}›` : undefined) });
}
/** Params that answer every key with 1 (for messages that format numbers). */
function ones(): unknown {
  return new Proxy({}, { get: (_t, k) => (typeof k === "string" ? 1 : undefined) });
}

function render(fn: (p: never) => string): string {
  for (const p of [placeholders(), ones()]) {
    try {
      const out: unknown = fn(p as never);
      if (typeof out === "string" && !out.includes("undefined")) return out;
    } catch {
      // try the next kind of params
    }
  }
  return "(not rendered: its params need real values; read its function in src/messages/vi/)";
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function section(title: string, vi: { readonly [k: string]: (p: never) => string }, en: { readonly [k: string]: (p: never) => string }): string {
  const rows = Object.keys(vi)
    .sort()
    .map((k) => `| ☐ | \`${k}\` | ${cell(render(vi[k] as (p: never) => string))} | ${cell(render(en[k] as (p: never) => string))} |`);
  return `## ${title} (${rows.length})\n\n| ok | code | Vietnamese | English |\n|---|---|---|---|\n${rows.join("\n")}\n`;
}

/** The checklist's text. */
export function checklist(): string {
  const fields = Object.keys(FIELD_NAMES_VI)
    .sort()
    .map((k) => `| ☐ | \`${k}\` | ${cell(FIELD_NAMES_VI[k] ?? "")} |`);
  return [
    "# Vietnamese texts: a check list for a native reader",
    "",
    "Generated from the message tables (`src/messages/vi/`, `src/messages/en/`) by `npx tsx scripts/vietnamese-checklist.ts`;",
    "a test fails when it is out of date. Placeholders show where a value goes: ‹key›, or 1 for numbers. Tick a row",
    "when the Vietnamese reads naturally to an officer and says the same as the English; report a wording with its",
    "code.",
    "",
    section("Issues (lỗi dữ liệu đầu vào)", VI.issues, EN.issues),
    section("Explanation steps (các bước giải thích)", VI.steps, EN.steps),
    section("Labels (nhãn)", VI.terms, EN.terms),
    section("Document labels (nhãn của các văn bản)", viDocumentTerms, enDocumentTerms),
    `## Field names in issues (tên trường) (${fields.length})\n\n| ok | key | Vietnamese |\n|---|---|---|\n${fields.join("\n")}\n`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  writeFileSync(new URL("../docs/vietnamese-checklist.md", import.meta.url), checklist());
}
