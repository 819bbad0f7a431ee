import * as z from "zod/mini";
import type { Certainty, Locale } from "../types.js";
import type { Issue } from "../errors/Issue.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { explanationSchema } from "./_schemas.js";
import type { Explanation, ExplanationStep } from "./types.js";

const optionsSchema = z.strictObject({
  locale: z.optional(z.enum(["vi", "en"])),
  indent: z.optional(z.string().check(z.maxLength(100))),
  listUncertain: z.optional(z.boolean()),
});

/**
 * Options of {@link formatExplanation}.
 *
 * @example
 * ```ts
 * const o: FormatExplanationOptions = { locale: "en", indent: "  " };
 * ```
 * @category Explanations
 */
export interface FormatExplanationOptions {
  /** The language: `"vi"` (default) or `"en"`. */
  readonly locale?: Locale;
  /** The indent per level of the step tree; two spaces by default. */
  readonly indent?: string;
  /** Add a closing line listing the uncertain legal values read; true by default. */
  readonly listUncertain?: boolean;
}

/**
 * Renders an explanation as text an officer can read (trình bày lời giải thích): one line per step, indented to
 * mirror the rule tree, and a closing line naming the uncertain legal values read.
 *
 * @remarks Pure: returns a string; nothing is printed.
 * @param explanation - an explanation returned with any decision.
 * @param options - language, indent.
 * @returns the text, lines separated by `\n`.
 * @throws {@link PovertyError} `"invalid_input"` when `explanation` is not an explanation or an option is not valid
 * (issues under `explanation` and `options`).
 * @example
 * ```ts
 * const { explanation } = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 });
 * formatExplanation(explanation).split("\n").at(-1);
 * //=> "- Kết luận: hộ nghèo (thu nhập không vượt chuẩn và thiếu hụt từ 3 chỉ số trở lên). (Nghị định 07/2021/NĐ-CP, Điều 3)"
 * ```
 * @category Explanations
 */
export function formatExplanation(explanation: Explanation, options: FormatExplanationOptions = {}): string {
  return guardThrowing("formatExplanation", () => {
    const er = safeParseWith(explanationSchema, explanation, ["explanation"]);
    const or = safeParseWith(optionsSchema, options, ["options"]);
    const issues: Issue[] = [...(er.ok ? [] : er.issues), ...(or.ok ? [] : or.issues)];
    if (!er.ok || !or.ok) return unwrap({ ok: false, issues }, "formatExplanation");
    return render(er.value as unknown as Explanation, or.value as FormatExplanationOptions);
  });
}

function render(explanation: Explanation, options: FormatExplanationOptions): string {
  const locale = options.locale ?? "vi";
  const indent = options.indent ?? "  ";
  const lines: string[] = [];
  // A step is marked when it is less certain than the step it belongs to (a top-level step: than confirmed).
  const walk = (steps: readonly ExplanationStep[], depth: number, parent: Certainty) => {
    for (const s of steps) {
      const weaker = s.status !== parent;
      const mark = !weaker ? "" : s.status === "uncertain" ? (locale === "vi" ? " [chưa chắc chắn]" : " [uncertain]") : s.status === "seed" ? (locale === "vi" ? " [theo văn bản địa phương]" : " [local document]") : "";
      lines.push(`${indent.repeat(depth)}- ${s.message[locale]}${mark}`);
      if (s.children) walk(s.children, depth + 1, s.status);
    }
  };
  walk(explanation.steps, 0, "confirmed");
  if (options.listUncertain !== false) {
    const uncertain = explanation.valuesRead.filter((v) => v.status === "uncertain").map((v) => `${v.key} (${v.standard})`);
    if (uncertain.length > 0) {
      lines.push(locale === "vi" ? `Lưu ý: đã dùng giá trị chưa chắc chắn: ${uncertain.join(", ")}.` : `Note: uncertain values were used: ${uncertain.join(", ")}.`);
    }
  }
  return lines.join("\n");
}
