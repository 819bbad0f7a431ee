// The typed code catalogue: every issue code and every explanation-step code the library uses, each with the
// params its message is built from. The per-language tables (./vi.ts, ./en.ts) must cover every code; the
// compiler checks it.
import type { JsonValue, Path } from "../types.js";
import type { SchemaIssueParams, StandardIssueParams, StandardStepParams, TransitionStepParams } from "./codes/common.js";
import type { B1StepParams, B2StepParams, FormAStepParams, FormIssueParams, FormTermParams, HouseholdIssueParams } from "./codes/forms.js";
import type { ChangeParams, ClassifyIssueParams, ClassifyTermParams, HouseholdStepParams, IncomeStepParams, LowIncomeWorkerStepParams, MiddleLivingStepParams } from "./codes/classify.js";
import type { MeetingIssueParams, MeetingStepParams, ProcedureIssueParams, ProcedureStepParams, ProcedureTermParams } from "./codes/procedure.js";
import type { CalendarIssueParams, CalendarTermParams } from "./codes/calendar.js";
import type { ReformIssueParams, ReformTermParams } from "./codes/reform.js";
import type { DocumentIssueParams } from "./codes/documents.js";
import type { ReportIssueParams } from "./codes/report.js";

export type * from "./codes/common.js";
export type * from "./codes/forms.js";
export type * from "./codes/classify.js";
export type * from "./codes/procedure.js";
export type * from "./codes/calendar.js";
export type * from "./codes/reform.js";
export type * from "./codes/documents.js";
export type * from "./codes/report.js";

/**
 * The params of every issue code (mã lỗi dữ liệu đầu vào), by code.
 *
 * @example
 * ```ts
 * const p: IssueParams["unknown_indicator"] = { key: "x", standard: "2021-2025", known: "employment, …" };
 * ```
 * @category Errors
 */
export interface IssueParams
  extends SchemaIssueParams,
    StandardIssueParams,
    HouseholdIssueParams,
    FormIssueParams,
    ClassifyIssueParams,
    MeetingIssueParams,
    ProcedureIssueParams,
    CalendarIssueParams,
    ReformIssueParams,
    DocumentIssueParams,
    ReportIssueParams {}

/**
 * An issue code (mã lỗi): a stable snake_case string.
 *
 * @example
 * ```ts
 * const c: IssueCode = "unknown_indicator";
 * ```
 * @category Errors
 */
export type IssueCode = keyof IssueParams;

/**
 * The params of every explanation step code (mã bước giải thích), by code.
 *
 * @example
 * ```ts
 * const p: StepParams["b2_at_or_above_threshold"] = { total: 30, threshold: 30, holds: true };
 * ```
 * @category Explanations
 */
export interface StepParams
  extends StandardStepParams,
    TransitionStepParams,
    FormAStepParams,
    B1StepParams,
    B2StepParams,
    IncomeStepParams,
    HouseholdStepParams,
    ChangeParams,
    MiddleLivingStepParams,
    LowIncomeWorkerStepParams,
    MeetingStepParams,
    ProcedureStepParams {}

/**
 * An explanation step code (mã bước giải thích): a stable snake_case string.
 *
 * @example
 * ```ts
 * const c: StepCode = "b1_at_or_below_cutoff";
 * ```
 * @category Explanations
 */
export type StepCode = keyof StepParams;

/**
 * The params of every label (nhãn): the names of things the library writes into its results (a compensatory day,
 * a procedure period, a sector), by key.
 *
 * @example
 * ```ts
 * const p: TermParams["swapped_day"] = { holidayVi: "Tết Nguyên đán", holidayEn: "Lunar New Year" };
 * ```
 * @category Explanations
 */
export interface TermParams extends CalendarTermParams, ProcedureTermParams, ClassifyTermParams, FormTermParams, ReformTermParams {}

/**
 * A label key (khóa nhãn).
 *
 * @example
 * ```ts
 * const k: TermCode = "compensatory_day";
 * ```
 * @category Explanations
 */
export type TermCode = keyof TermParams;

/**
 * The message functions of one language: one per issue code and one per step code.
 *
 * @example
 * ```ts
 * const text = vi.issues.duplicate_indicator({ key: "employment" }); //=> 'chỉ số "employment" bị lặp lại.'
 * ```
 * @category Explanations
 */
export interface MessageTable {
  /** The body of each issue's message (without the field it is about). */
  readonly issues: { readonly [C in IssueCode]: (p: IssueParams[C]) => string };
  /** Each step's message (without its citation). */
  readonly steps: { readonly [C in StepCode]: (p: StepParams[C]) => string };
  /** Each label. */
  readonly terms: { readonly [K in TermCode]: (p: TermParams[K]) => string };
  /** Prefixes an issue's body with the field it is about (its path; empty for the whole input), named in the language. */
  readonly field: (path: Path, body: string) => string;
}

/** A record of JSON values (the params of a message). */
export type ParamsRecord = { readonly [key: string]: JsonValue };
