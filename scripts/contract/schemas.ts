// The JSON Schemas the package ships (schemas/*.json): one entry per input a back end sends. Adding a schema is one
// entry in CONTRACT_SCHEMAS (the report module's tally record, tally and movement, when its zod/mini schemas land:
// `entry("tally-record", tallyRecordSchema, "Tally record (bản ghi đếm)", { en: "…", vi: "…" })`); a schema whose
// fields change needs no change here. scripts/schemas.mjs writes the files; test/contract/ checks them.
import * as z from "zod/mini";
import { householdSchema } from "../../src/household/household.js";
import { screenFormAInputSchema, formAFieldsSchema } from "../../src/forms/formA.js";
import { b1EntryCheck, b1FieldsShape, b1FieldsSchema } from "../../src/forms/_b1.js";
import { b2EntryCheck, b2FieldsSchema } from "../../src/forms/_b2.js";
import { scoreB1InputSchema } from "../../src/forms/scoreB1.js";
import { scoreB2InputSchema } from "../../src/forms/scoreB2.js";
import { b1ScorecardSchema } from "../../src/forms/b1Scorecard.js";
import { classifyByIncomeSchema } from "../../src/classify/classifyByIncome.js";
import { classifyHouseholdShape, scoreSchema } from "../../src/classify/_householdInput.js";
import { meetingVoteSchema } from "../../src/meeting/tallyMeetingVote.js";
import { localStandardInputSchema } from "../../src/standards/layerLocalStandard.js";
import { standardRefSchema } from "../../src/standards/_resolveStandard.js";
import { isoDateSchema, MAX_YEAR, MIN_YEAR } from "../../src/calendar/_isoDate.js";
import type { PovertyStandard } from "../../src/standards/types.js";
import { STANDARDS } from "../../src/standards/STANDARDS.js";
import { isoDatePattern, standardField, type Bilingual, type ContractEntry, type ContractRules, type JsonSchema, type NotExpressible } from "./generate.js";

/** The schema inside an object's key, unwrapped from `z.optional`. */
function slot(object: z.core.$ZodType, key: string): z.core.$ZodType {
  const shape = (object as unknown as { _zod: { def: { shape: Record<string, z.core.$ZodType> } } })._zod.def.shape;
  let s = shape[key];
  if (s === undefined) throw new Error(`contract: no key "${key}" in the schema`);
  while ((s as unknown as { _zod: { def: { type: string } } })._zod.def.type === "optional") s = (s as unknown as { _zod: { def: { innerType: z.core.$ZodType } } })._zod.def.innerType;
  return s;
}

const required = (...keys: string[]): JsonSchema => ({ required: keys });
/** Adds a statement to a node (in `allOf`, so that statements never overwrite each other). */
const conj = (n: JsonSchema, statement: JsonSchema): void => {
  n["allOf"] = [...((n["allOf"] as JsonSchema[] | undefined) ?? []), statement];
};
const keysOf = (s: PovertyStandard) => s.indicators.map((i) => i.key);

// ── Rules stated in code (zod refinements, checks after the schema) that JSON Schema expresses ─────────────────

const ageOrBirthDate = { anyOf: [required("age"), required("birthDate")] };

/** Rules stated in code, with their JSON Schema statement. */
export const EXPRESSED: ContractRules["expressed"] = [
  {
    // household.ts: age_missing, review_date_required, duplicate_sector
    at: [householdSchema],
    codes: ["age_missing", "review_date_required", "duplicate_sector"],
    add: (n) => {
      const props = n["properties"] as { members: { items: JsonSchema }; agriculturalSectors: JsonSchema };
      Object.assign(props.members.items, ageOrBirthDate);
      props.agriculturalSectors["uniqueItems"] = true;
      conj(n, { if: { properties: { members: { type: "array", contains: { type: "object", required: ["birthDate"] } } }, required: ["members"] }, then: required("reviewDate") });
    },
  },
  {
    // classifyByIncome.ts: invalid_income, members_required, members_not_allowed
    at: [slot(classifyByIncomeSchema, "income")],
    codes: ["invalid_income", "members_required", "members_not_allowed"],
    add: (n) => {
      conj(n, {
        oneOf: [required("perCapitaMonthly"), required("monthlyTotal"), required("annualTotal")],
        dependentSchemas: { perCapitaMonthly: { not: required("members") }, monthlyTotal: required("members"), annualTotal: required("members") },
      });
    },
  },
  {
    // forms/_b2.ts checkDeprivations: deprivations_and_count_both_given, duplicate_indicator (classifyByIncome checks both under every standard)
    at: [classifyByIncomeSchema],
    codes: ["deprivations_and_count_both_given", "duplicate_indicator"],
    add: (n) => {
      conj(n, { not: required("deprivations", "deprivationCount") });
      (n["properties"] as { deprivations: JsonSchema }).deprivations["uniqueItems"] = true;
    },
  },
  {
    // forms/formA.ts resolveFormA: form_a_criteria_required
    at: [formAFieldsSchema, screenFormAInputSchema],
    codes: ["form_a_criteria_required"],
    add: (n) => {
      conj(n, { if: { properties: { reviewed: { const: 1 } }, required: ["reviewed"] }, then: required("criteria") });
    },
  },
  {
    // forms/_b1.ts b1EntryCheck: invalid_b1
    at: [b1EntryCheck],
    codes: ["invalid_b1"],
    add: (n) => {
      conj(n, { oneOf: [required("total"), required("scorecard", "answers")], dependentRequired: { scorecard: ["answers"], answers: ["scorecard"] } });
    },
  },
  {
    // forms/_b2.ts b2EntryCheck: invalid_b2
    at: [b2EntryCheck],
    codes: ["invalid_b2"],
    add: (n) => {
      conj(n, { oneOf: [required("answers"), required("total"), required("deprivations"), required("deprivationCount")] });
    },
  },
  {
    // meeting/tallyMeetingVote.ts: votes_do_not_match_scope
    at: [meetingVoteSchema],
    codes: ["votes_do_not_match_scope"],
    add: (n) => {
      conj(n, {
        if: { properties: { scope: { const: "whole_list" } }, required: ["scope"] },
        then: { required: ["votes"], not: required("households") },
        else: { required: ["households"], not: required("votes") },
      });
    },
  },
  {
    // standards/layerLocalStandard.ts: local_id_shadows_national, local_standard_empty
    at: [localStandardInputSchema],
    codes: ["local_id_shadows_national", "local_standard_empty"],
    add: (n) => {
      const props = n["properties"] as { id: JsonSchema };
      conj(props.id, { not: { enum: STANDARDS.map((x) => x.id) } });
      // something is set: a line, the deprivation count, a B1 cut-off or a middle-living ceiling
      const has = (field: string, area: string): JsonSchema => ({ type: "object", properties: { [field]: { type: "object", required: [area] } }, required: [field] });
      conj(n, {
        anyOf: [has("incomeLines", "rural"), has("incomeLines", "urban"), { type: "object", required: ["poorDeprivationCount"] }, has("b1", "rural"), has("b1", "urban"), has("middleLiving", "rural"), has("middleLiving", "urban")],
      });
    },
  },
];

// ── Slots a later step checks ─────────────────────────────────────────────────────────────────────────────────────

/** The B1 entry of classifyHousehold: a total as a number, or the B1 fields (classify/_householdInput.ts resolveFull). */
const b1Entry = z.union([scoreSchema, b1FieldsSchema]);
/** The B2 entry of classifyHousehold: a total as a number, or the B2 fields. */
const b2Entry = z.union([scoreSchema, b2FieldsSchema]);

/** Slots the library checks in a later step, with the schema of that step. */
export const LATER_STEPS: ContractRules["laterSteps"] = new Map<unknown, z.core.$ZodType | JsonSchema>([
  [standardRefSchema, standardField(
      "The poverty standard: a national standard's id, or a standard object as the library returns it (national, or local from layerLocalStandard), sent back as JSON and recognised by its structure.",
      "Chuẩn nghèo: mã chuẩn quốc gia, hoặc đối tượng chuẩn nghèo do thư viện trả về (quốc gia, hoặc địa phương từ layerLocalStandard), gửi lại dưới dạng JSON và được nhận biết theo cấu trúc.",
    )],
  [slot(localStandardInputSchema, "national"), standardField(
      "The national standard the local one is layered on: its id, or the national standard object as the library returns it, sent back as JSON.",
      "Chuẩn quốc gia làm nền: mã chuẩn, hoặc đối tượng chuẩn quốc gia do thư viện trả về, gửi lại dưới dạng JSON.",
    )],
  [isoDateSchema, { type: "string", format: "date", pattern: isoDatePattern(MIN_YEAR, MAX_YEAR), description: `An ISO date YYYY-MM-DD that exists, years ${MIN_YEAR}–${MAX_YEAR}. / Ngày ISO YYYY-MM-DD có thật, năm ${MIN_YEAR}–${MAX_YEAR}.` }],
  [slot(b1FieldsShape, "scorecard"), b1ScorecardSchema],
  [slot(classifyHouseholdShape, "b1"), b1Entry],
  [slot(classifyHouseholdShape, "b2"), b2Entry],
]);

/** Every rule stated in code or filled by a later step. */
export const CONTRACT_RULES: ContractRules = { expressed: EXPRESSED, laterSteps: LATER_STEPS };

// ── Rules that depend on the standard (generated from each national standard's data) ──────────────────────────────

/** B2 rules of a standard that has a B2 rule: known keys, each once, totals in steps of the points, counts within range. */
function b2Rules(s: PovertyStandard): { readonly number: JsonSchema; readonly object: JsonSchema } | undefined {
  const rule = s.scoring.b2;
  if (!rule) return undefined;
  const ppi = rule.pointsPerIndicator.value;
  const n = s.indicators.length;
  const total = { type: "integer", multipleOf: ppi, maximum: ppi * n };
  return {
    number: total,
    object: {
      type: "object",
      properties: {
        answers: { type: "object", propertyNames: { enum: keysOf(s) } },
        total,
        deprivations: { type: "array", items: { type: "string", enum: keysOf(s) }, uniqueItems: true },
        deprivationCount: { type: "integer", maximum: n },
      },
    },
  };
}

const criteriaCount = (s: PovertyStandard): JsonSchema | undefined => {
  const n = s.scoring.formA?.criteriaCount?.value;
  return n === undefined ? undefined : { type: "array", minItems: n, maxItems: n };
};

const scorecardOf = (s: PovertyStandard): JsonSchema => ({ type: "object", properties: { standard: { const: s.id } } });

function withRules(parts: { [k: string]: JsonSchema | undefined }): JsonSchema | undefined {
  const props = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined));
  return Object.keys(props).length > 0 ? { properties: props } : undefined;
}

// ── Rules JSON Schema cannot express ──────────────────────────────────────────────────────────────────────────

const STANDARD_OBJECT: NotExpressible = {
  codes: ["invalid_standard"],
  en: "A standard given as an object must equal, as data, a standard the library builds (a national one, or a local one from layerLocalStandard); the schema only checks that it is an object.",
  vi: "Chuẩn nghèo gửi dưới dạng đối tượng phải trùng về dữ liệu với một chuẩn do thư viện tạo (chuẩn quốc gia, hoặc chuẩn địa phương từ layerLocalStandard); lược đồ chỉ kiểm tra đó là một đối tượng.",
};

const byObject = (codes: readonly string[], en: string, vi: string): NotExpressible => ({
  codes,
  when: "standard_object",
  en: `When the standard is given as an object: ${en} (with a standard's id the schema checks it).`,
  vi: `Khi chuẩn nghèo được gửi dưới dạng đối tượng: ${vi} (khi gửi mã chuẩn, lược đồ có kiểm tra).`,
});

const STRINGS: NotExpressible = {
  codes: [],
  when: "strings",
  en: "Codes and names are normalised (Unicode NFC, surrounding spaces trimmed) before their length is checked, and lengths count UTF-16 code units; the schema counts the characters of the text as sent. They agree on trimmed NFC text without characters outside the Basic Multilingual Plane.",
  vi: "Mã và tên được chuẩn hóa (Unicode NFC, bỏ khoảng trắng hai đầu) trước khi kiểm tra độ dài, và độ dài tính theo đơn vị mã UTF-16; lược đồ đếm ký tự của chuỗi như khi gửi. Hai cách trùng nhau với chuỗi đã chuẩn NFC, không có khoảng trắng hai đầu và không có ký tự ngoài mặt phẳng đa ngữ cơ bản (BMP).",
};

const SCORECARD: NotExpressible[] = [
  { codes: ["duplicate_id"], en: "Sheet ids, item ids, and option ids within an item are unique.", vi: "Mã bảng điểm (sheet), mã chỉ tiêu, và mã phương án trong một chỉ tiêu không trùng nhau." },
  { codes: ["invalid_key"], en: "No sheet, item or option id is `__proto__` (ids become keys of the answers and of the points).", vi: "Không mã bảng điểm, mã chỉ tiêu hay mã phương án nào là `__proto__` (các mã được dùng làm khóa của câu trả lời và của điểm)." },
  {
    codes: ["scorecard_points_missing", "scorecard_unknown_sheet"],
    en: "Every option has points for every sheet, and none for a sheet that does not exist.",
    vi: "Mỗi phương án có điểm cho mọi bảng điểm (sheet), và không có điểm cho bảng điểm không tồn tại.",
  },
  {
    codes: ["scorecard_sheets_overlap"],
    en: "Within an area, one sheet covers every region, or the sheets cover disjoint sets of regions.",
    vi: "Trong một khu vực, hoặc một bảng điểm áp dụng cho mọi vùng, hoặc các bảng điểm áp dụng cho các vùng không giao nhau.",
  },
];

const B1_ANSWERS: NotExpressible[] = [
  {
    codes: ["region_required", "region_not_covered"],
    en: "The scorecard has a sheet for the area (and, when its sheets are regional, for the region given).",
    vi: "Bảng điểm có sheet cho khu vực (và cho vùng đã nêu, khi các sheet chia theo vùng).",
  },
  {
    codes: ["unknown_b1_item", "unknown_b1_option"],
    en: "Each answer names an item of the scorecard and one of that item's options.",
    vi: "Mỗi câu trả lời nêu một chỉ tiêu của bảng điểm và một phương án của chỉ tiêu đó.",
  },
  { codes: ["b1_total_negative"], en: "The B1 total computed from the answers (base + points) is not negative.", vi: "Tổng điểm B1 tính từ các câu trả lời (điểm khởi đầu + điểm) không âm." },
];

const SCORECARD_OF_STANDARD = byObject(["scorecard_of_other_standard"], "the scorecard belongs to that standard (or to the national standard it is layered on)", "bảng điểm thuộc chuẩn đó (hoặc chuẩn quốc gia làm nền)");

const B2_BY_OBJECT = byObject(
  ["unknown_indicator", "indicator_of_other_standard", "duplicate_indicator", "b2_not_multiple_of_points", "b2_above_maximum", "too_many_deprivations"],
  "B2 keys are that standard's indicators, each once; a total is a multiple of its points per indicator and at most their maximum; a count is at most its number of indicators",
  "các chỉ số B2 thuộc chuẩn đó, mỗi chỉ số một lần; tổng điểm là bội số của số điểm mỗi chỉ số và không quá mức tối đa; số chỉ số thiếu hụt không quá số chỉ số của chuẩn",
);

const FORM_A_BY_OBJECT = byObject(["wrong_criteria_count"], "Phiếu A has that standard's number of criteria, when it fixes one", "Phiếu A có đúng số tiêu chí của chuẩn đó, khi chuẩn quy định");

const LABELS: NotExpressible = {
  codes: ["labels_length_mismatch"],
  en: "Phiếu A labels, when given, are as many as the criteria.",
  vi: "Nhãn tiêu chí Phiếu A, khi có, bằng số tiêu chí.",
};

function entry(name: string, schema: z.core.$ZodType, title: string, summary: Bilingual, notExpressible: readonly NotExpressible[] = [], perStandard?: ContractEntry["perStandard"]): ContractEntry {
  return perStandard ? { name, schema, title, summary, notExpressible, perStandard } : { name, schema, title, summary, notExpressible };
}

/** Every schema the package ships, in the order of the files' index. */
export const CONTRACT_SCHEMAS: readonly ContractEntry[] = [
  entry(
    "household",
    householdSchema,
    "Household (hộ gia đình)",
    {
      en: "A household as the review forms collect it, with its members: the input of parseHousehold / safeParseHousehold. Field descriptions are in Vietnamese.",
      vi: "Hộ gia đình và các thành viên như phiếu rà soát thu thập: dữ liệu vào của parseHousehold / safeParseHousehold.",
    },
    [
      {
        codes: ["impossible_age", "age_mismatch"],
        en: "A birth date gives an age of 0–130 on the review date (not after it), and equals the age when both are given.",
        vi: "Ngày sinh cho tuổi 0–130 tại ngày rà soát (không sau ngày rà soát), và khớp với tuổi khi có cả hai.",
      },
      STRINGS,
    ],
  ),
  entry(
    "form-a",
    screenFormAInputSchema,
    "Phiếu A answers (phiếu nhận dạng nhanh)",
    { en: "The standard and the Phiếu A answers: the input of screenFormA / safeScreenFormA.", vi: "Chuẩn nghèo và các câu trả lời Phiếu A: dữ liệu vào của screenFormA / safeScreenFormA." },
    [LABELS, STANDARD_OBJECT, FORM_A_BY_OBJECT],
    { key: "standard", rules: (s) => withRules({ criteria: criteriaCount(s) }) },
  ),
  entry(
    "b1",
    scoreB1InputSchema,
    "Phiếu B, part B1 (chấm điểm B1)",
    {
      en: "The standard, the area and region, and one B1 entry (the paper total, or a scorecard with the answers): the input of scoreB1 / safeScoreB1.",
      vi: "Chuẩn nghèo, khu vực và vùng, và một mục B1 (tổng điểm trên phiếu, hoặc bảng điểm kèm câu trả lời): dữ liệu vào của scoreB1 / safeScoreB1.",
    },
    [...SCORECARD, ...B1_ANSWERS, STANDARD_OBJECT, SCORECARD_OF_STANDARD, STRINGS],
    { key: "standard", rules: (s) => withRules({ scorecard: scorecardOf(s) }) },
  ),
  entry(
    "b2",
    scoreB2InputSchema,
    "Phiếu B, part B2 (chấm điểm B2)",
    {
      en: "The standard and one B2 entry (the answers per indicator, the total, the deprived indicators or their count): the input of scoreB2 / safeScoreB2.",
      vi: "Chuẩn nghèo và một mục B2 (câu trả lời từng chỉ số, tổng điểm, các chỉ số thiếu hụt hoặc số chỉ số): dữ liệu vào của scoreB2 / safeScoreB2.",
    },
    [STANDARD_OBJECT, B2_BY_OBJECT],
    { key: "standard", rules: (s) => b2Rules(s)?.object },
  ),
  entry(
    "b1-scorecard",
    b1ScorecardSchema,
    "B1 scorecard (bảng điểm B1)",
    {
      en: "A B1 points table supplied by a province: the input of parseB1Scorecard / safeParseB1Scorecard (docs/scorecard.md).",
      vi: "Bảng điểm B1 do tỉnh cung cấp: dữ liệu vào của parseB1Scorecard / safeParseB1Scorecard (docs/scorecard.md).",
    },
    [...SCORECARD, STRINGS],
  ),
  entry(
    "classify-by-income",
    classifyByIncomeSchema,
    "Classification by income (phân loại theo thu nhập)",
    {
      en: "The standard, the area, the income and the deprivations: the input of classifyByIncome / safeClassifyByIncome.",
      vi: "Chuẩn nghèo, khu vực, thu nhập và các chỉ số thiếu hụt: dữ liệu vào của classifyByIncome / safeClassifyByIncome.",
    },
    [
      STANDARD_OBJECT,
      byObject(
        ["unknown_indicator", "indicator_of_other_standard", "too_many_deprivations"],
        "the deprivations are that standard's indicators, and a count is at most its number of indicators",
        "các chỉ số thiếu hụt thuộc chuẩn đó, và số chỉ số không quá số chỉ số của chuẩn",
      ),
    ],
    {
      key: "standard",
      rules: (s) => ({
        properties: { deprivations: { type: "array", items: { type: "string", enum: keysOf(s) } }, deprivationCount: { type: "integer", maximum: s.indicators.length } },
      }),
    },
  ),
  entry(
    "classify-household",
    classifyHouseholdShape,
    "Classification from the forms (phân loại theo Phiếu A và Phiếu B)",
    {
      en: "The standard, the area and region, the Phiếu A answers and the B1 and B2 entries: the input of classifyHousehold / safeClassifyHousehold (and each record of classifyHouseholds).",
      vi: "Chuẩn nghèo, khu vực và vùng, câu trả lời Phiếu A, các mục B1 và B2: dữ liệu vào của classifyHousehold / safeClassifyHousehold (và mỗi bản ghi của classifyHouseholds).",
    },
    [LABELS, ...SCORECARD, ...B1_ANSWERS, STANDARD_OBJECT, FORM_A_BY_OBJECT, SCORECARD_OF_STANDARD, B2_BY_OBJECT, STRINGS],
    {
      key: "standard",
      rules: (s) => {
        const b2 = b2Rules(s);
        const criteria = criteriaCount(s);
        return withRules({
          formA: criteria ? { type: "object", properties: { criteria } } : undefined,
          b1: { anyOf: [{ type: "integer" }, { type: "object", properties: { scorecard: scorecardOf(s) } }] },
          b2: b2 ? { anyOf: [b2.number, b2.object] } : undefined,
        });
      },
    },
  ),
  entry(
    "meeting-vote",
    meetingVoteSchema,
    "Village meeting vote (biểu quyết họp dân)",
    { en: "The meeting's date, attendance, scope and votes: the input of tallyMeetingVote / safeTallyMeetingVote.", vi: "Ngày họp, số người dự, phạm vi và kết quả biểu quyết: dữ liệu vào của tallyMeetingVote / safeTallyMeetingVote." },
    [
      { codes: ["threshold_above_one"], en: "A caller's share (threshold) is at most 1: numerator ≤ denominator.", vi: "Tỷ lệ do bên gọi cung cấp (threshold) không quá 1: tử số ≤ mẫu số." },
      { codes: ["attendee_list_mismatch"], en: "An attendance list, when given, has as many entries as attendees.", vi: "Danh sách người dự, khi có, có đúng số người bằng attendees." },
      {
        codes: ["agree_exceeds_attendees", "votes_exceed_attendees", "votes_do_not_add_up"],
        en: "Votes agreeing are at most the attendees; agree + disagree + abstain is at most the attendees, and equals them when all three are given.",
        vi: "Số đồng ý không quá số người dự; đồng ý + không đồng ý + không biểu quyết không quá số người dự, và bằng số người dự khi có đủ cả ba.",
      },
      { codes: ["duplicate_household"], en: "Each household code is voted on once.", vi: "Mỗi mã hộ chỉ được biểu quyết một lần." },
      STANDARD_OBJECT,
      STRINGS,
      byObject(["threshold_already_in_standard"], "no share (threshold) is given when that standard has one", "không gửi tỷ lệ (threshold) khi chuẩn đó đã có tỷ lệ"),
    ],
    { key: "standard", rules: (s) => (s.procedure?.meetingAgreementShare ? { not: required("threshold") } : undefined) },
  ),
  entry(
    "local-standard",
    localStandardInputSchema,
    "Local poverty standard (chuẩn nghèo địa phương)",
    {
      en: "A provincial standard with higher lines, layered on a national one: the input of layerLocalStandard / safeLayerLocalStandard.",
      vi: "Chuẩn nghèo của tỉnh với mức cao hơn, áp dụng trên chuẩn quốc gia: dữ liệu vào của layerLocalStandard / safeLayerLocalStandard.",
    },
    [
      {
        codes: ["invalid_standard"],
        en: "A national standard given as an object must equal, as data, one of the library's national standards.",
        vi: "Chuẩn quốc gia gửi dưới dạng đối tượng phải trùng về dữ liệu với một chuẩn quốc gia của thư viện.",
      },
      {
        codes: ["local_line_below_national", "local_poor_line_without_national", "local_middle_living_without_national", "local_b1_below_national", "local_b1_poor_cutoff_missing", "local_threshold_above_national"],
        when: "standard_object",
        en: "When the national standard is given as an object: each local line, B1 cut-off and middle-living ceiling is at least the national one of its area (× 12 for a yearly line), the deprivation count at most the national one, and a poverty line, cut-off or middle-living ceiling only where the national standard has one (with the national standard's id the schema checks these).",
        vi: "Khi chuẩn quốc gia được gửi dưới dạng đối tượng: mỗi mức, điểm cắt B1 và mức trần sống trung bình của địa phương không thấp hơn mức quốc gia của khu vực (× 12 với mức theo năm), số chỉ số thiếu hụt không cao hơn mức quốc gia, và chỉ có chuẩn nghèo, điểm cắt nghèo hoặc mức trần sống trung bình ở nơi chuẩn quốc gia có (khi gửi mã chuẩn, lược đồ có kiểm tra).",
      },
      {
        codes: ["local_b1_cutoffs_reversed"],
        en: "A local B1 poverty cut-off is below the local near-poverty cut-off of the same area.",
        vi: "Điểm cắt B1 nghèo của địa phương thấp hơn điểm cắt B1 cận nghèo cùng khu vực.",
      },
      {
        codes: ["local_ceiling_not_above_line"],
        en: "A local middle-living ceiling is above the area's income line (the local one when given, else the national one; a yearly line against 12 × the ceiling).",
        vi: "Mức trần sống trung bình của địa phương cao hơn chuẩn thu nhập của khu vực (của địa phương nếu có, nếu không thì của quốc gia; mức theo năm so với 12 × mức trần).",
      },
    ],
    { key: "national", rules: localLineRules },
  ),
];

/** Per national standard: each area's local lines at least the national ones, a poverty line only where it has one. */
function localLineRules(s: PovertyStandard): JsonSchema {
  const area = (a: "rural" | "urban"): JsonSchema => {
    const lines = s.incomeLines[a];
    const income = lines.incomeLine.value;
    const poor = lines.poorByIncomeLine?.value;
    const minimums = (months: number): JsonSchema => ({
      properties: { incomeLine: { type: "integer", minimum: income * months }, ...(poor !== undefined ? { poorByIncomeLine: { type: "integer", minimum: poor * months } } : {}) },
    });
    return {
      type: "object",
      ...(poor === undefined ? { not: required("poorByIncomeLine") } : {}),
      if: { properties: { period: { const: "year" } }, required: ["period"] },
      then: minimums(12),
      else: minimums(1),
    };
  };
  const b1Area = (a: "rural" | "urban"): JsonSchema => {
    const nb = s.scoring.b1?.[a];
    const twoLines = s.classRule.value === "two_lines";
    return {
      type: "object",
      properties: {
        ...(nb ? { cutoff: { type: "integer", minimum: nb.cutoff.value } } : {}),
        ...(nb?.poorByIncome ? { poorByIncome: { type: "integer", minimum: nb.poorByIncome.value } } : {}),
      },
      ...(twoLines ? { required: ["poorByIncome"] } : { not: required("poorByIncome") }),
    };
  };
  const ceiling = (a: "rural" | "urban"): JsonSchema => {
    const nm = s.middleLiving?.[a];
    // no national band (2027–2030): no local ceiling either (local_middle_living_without_national)
    return nm ? { type: "object", properties: { ceiling: { type: "integer", minimum: nm.value } } } : { not: {} };
  };
  return {
    properties: {
      incomeLines: { type: "object", properties: { rural: area("rural"), urban: area("urban") } },
      poorDeprivationCount: { type: "object", properties: { value: { type: "integer", maximum: s.poorDeprivationCount.value } } },
      b1: { type: "object", properties: { rural: b1Area("rural"), urban: b1Area("urban") } },
      middleLiving: { type: "object", properties: { rural: ceiling("rural"), urban: ceiling("urban") } },
    },
  };
}
