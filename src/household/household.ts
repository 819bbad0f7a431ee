import * as z from "zod";
import type { SafeResult } from "../errors/Issue.js";
import { addDomainIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { str, type MessageParams } from "../_lib/messages.js";
import { REGION_KEYS } from "./regions.js";

/** The oldest age the model accepts; anything above is an input error, not a legal value. */
const MAX_AGE = 130;
/** The largest household the model accepts (a sanity bound, not a legal value). */
const MAX_MEMBERS = 100;
/** The largest floor area accepted, m² (a sanity bound). */
const MAX_FLOOR_AREA = 100_000;

/** An identifier: Unicode NFC, trimmed, not empty. */
const code = (vi: string) => z.string().normalize("NFC").trim().min(1).max(100).describe(vi);
/** A personal name: optional, never used in any computation. */
const personalName = (vi: string) => z.string().normalize("NFC").trim().max(200).optional().describe(vi);
const material = z.enum(["durable", "non_durable"]);

/**
 * Completed years of age on a date (tuổi tròn), from ISO `YYYY-MM-DD` dates, in integers (no time zone, no clock).
 *
 * @remarks
 * A person born on 29 February has their birthday on 1 March in a common year. Returns a negative number when the
 * birth date is after `on`; callers treat that as an input error.
 *
 * @param birthDate - the birth date, ISO `YYYY-MM-DD`.
 * @param on - the date of the review, ISO `YYYY-MM-DD`.
 * @returns the completed years of age.
 * @example
 * ```ts
 * ageOnDate("2017-09-15", "2023-09-14"); //=> 5
 * ageOnDate("2017-09-15", "2023-09-15"); //=> 6
 * ```
 * @category Household
 */
export function ageOnDate(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [oy, om, od] = on.split("-").map(Number) as [number, number, number];
  const beforeBirthday = om < bm || (om === bm && od < bd);
  return oy - by - (beforeBirthday ? 1 : 0);
}

const memberSchema = z
  .object({
    id: code("Mã thành viên trong hộ (tùy chọn)").optional(),
    name: personalName("Họ và tên (tùy chọn; không dùng trong bất kỳ phép tính nào)"),
    age: z.number().int().min(0).max(MAX_AGE).optional().describe("Tuổi tròn tại ngày rà soát (0–130)"),
    birthDate: z.iso.date().optional().describe("Ngày sinh (YYYY-MM-DD); tuổi được tính đến ngày rà soát"),
    sex: z.enum(["male", "female"]).optional().describe("Giới tính: nam (male) hoặc nữ (female)"),
    ethnicityCode: code("Mã dân tộc").optional(),
    schooling: z
      .object({
        attending: z.boolean().optional().describe("Hiện đang đi học"),
        level: z
          .enum(["none", "primary", "lower_secondary", "upper_secondary", "vocational_certificate", "college_or_higher"])
          .optional()
          .describe("Trình độ cao nhất đạt được: chưa đi học, tiểu học, THCS, THPT, chứng chỉ nghề, cao đẳng trở lên"),
      })
      .strict()
      .optional()
      .describe("Tình trạng đi học và trình độ giáo dục"),
    work: z
      .enum(["wage_with_contract", "wage_without_contract", "self_employed", "unemployed", "not_in_labour_force"])
      .optional()
      .describe("Tình trạng việc làm: làm công ăn lương có/không có hợp đồng lao động, tự làm, không có việc làm, ngoài lực lượng lao động"),
    healthInsurance: z.boolean().optional().describe("Có thẻ bảo hiểm y tế còn hiệu lực"),
    disability: z.boolean().optional().describe("Là người khuyết tật"),
    monthlySocialAllowance: z.boolean().optional().describe("Đang hưởng trợ cấp xã hội hằng tháng"),
    dependant: z.boolean().optional().describe("Là người phụ thuộc trong hộ (theo đánh giá của rà soát viên)"),
    malnourished: z.boolean().optional().describe("Trẻ em bị suy dinh dưỡng (thấp còi hoặc nhẹ cân)"),
  })
  .strict()
  .describe("Thành viên của hộ");

const householdShape = z
  .object({
    code: code("Mã hộ gia đình"),
    adminUnit: z
      .object({
        province: code("Mã tỉnh, thành phố").optional(),
        district: code("Mã quận, huyện").optional(),
        commune: code("Mã xã, phường, thị trấn").optional(),
        village: code("Mã thôn, tổ dân phố").optional(),
      })
      .strict()
      .optional()
      .describe("Mã đơn vị hành chính"),
    headName: personalName("Họ và tên chủ hộ (tùy chọn; không dùng trong bất kỳ phép tính nào)"),
    area: z.enum(["rural", "urban"]).describe("Khu vực: nông thôn (rural) hoặc thành thị (urban)"),
    region: z.enum(REGION_KEYS).optional().describe("Vùng kinh tế – xã hội"),
    reviewDate: z.iso.date().optional().describe("Ngày rà soát (YYYY-MM-DD); cần khi thành viên khai ngày sinh"),
    members: z.array(memberSchema).min(1).max(MAX_MEMBERS).describe("Các thành viên của hộ"),
    housing: z
      .object({
        walls: material.optional().describe("Tường: bền chắc (durable) hoặc không bền chắc (non_durable)"),
        columns: material.optional().describe("Cột (trụ): bền chắc hoặc không bền chắc"),
        roof: material.optional().describe("Mái: bền chắc hoặc không bền chắc"),
        floorAreaM2: z.number().nonnegative().max(MAX_FLOOR_AREA).optional().describe("Diện tích nhà ở (m²)"),
      })
      .strict()
      .optional()
      .describe("Nhà ở"),
    water: z.object({ cleanSource: z.boolean().optional().describe("Tiếp cận nguồn nước sinh hoạt hợp vệ sinh") }).strict().optional().describe("Nước sinh hoạt"),
    sanitation: z.object({ hygienicLatrine: z.boolean().optional().describe("Sử dụng nhà tiêu hợp vệ sinh") }).strict().optional().describe("Vệ sinh"),
    telecom: z.object({ uses: z.boolean().optional().describe("Có thành viên sử dụng dịch vụ viễn thông (điện thoại, internet)") }).strict().optional().describe("Viễn thông"),
    information: z
      .object({ hasMeans: z.boolean().optional().describe("Có phương tiện tiếp cận thông tin (ti vi, đài, máy tính, điện thoại…)") })
      .strict()
      .optional()
      .describe("Tiếp cận thông tin"),
    agriculturalSectors: z
      .array(z.enum(["agriculture", "forestry", "fishery", "salt"]))
      .max(4)
      .optional()
      .describe("Ngành sản xuất của hộ: nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp"),
  })
  .strict();

const AGE_MISSING = {
  vi: () => "cần tuổi (age) hoặc ngày sinh (birthDate) của thành viên.",
  en: () => "the member's age or birth date is required.",
};
const REVIEW_DATE_REQUIRED = {
  vi: () => "cần ngày rà soát (reviewDate) của hộ để tính tuổi từ ngày sinh.",
  en: () => "the household's reviewDate is required to compute an age from a birth date.",
};
const IMPOSSIBLE_AGE = {
  vi: (p: MessageParams) => `tuổi tính từ ngày sinh ${str(p["birthDate"])} đến ngày rà soát ${str(p["reviewDate"])} là ${str(p["age"])}, không thể có (0–${str(p["max"])}).`,
  en: (p: MessageParams) => `the age from birth date ${str(p["birthDate"])} to review date ${str(p["reviewDate"])} is ${str(p["age"])}, which is impossible (0–${str(p["max"])}).`,
};
const AGE_MISMATCH = {
  vi: (p: MessageParams) => `tuổi ${str(p["age"])} không khớp với ngày sinh (tuổi tính được: ${str(p["computed"])}).`,
  en: (p: MessageParams) => `age ${str(p["age"])} does not match the birth date (computed age: ${str(p["computed"])}).`,
};
const DUPLICATE_SECTOR = {
  vi: (p: MessageParams) => `ngành "${str(p["sector"])}" bị lặp lại.`,
  en: (p: MessageParams) => `sector "${str(p["sector"])}" is listed twice.`,
};

/**
 * The zod schema of a household as the review forms collect it (hộ gia đình), with Vietnamese field descriptions.
 *
 * @remarks
 * Identifiers (household code, administrative unit codes, ethnicity codes) are normalised to Unicode NFC and
 * trimmed. Personal names are optional and never used in any computation. Each member needs an age in completed
 * years (0–130, whole) or a birth date; with a birth date the household's `reviewDate` is required and the age is
 * computed on that date. Impossible ages (negative, above 130, fractional, a birth date after the review date)
 * are issues. The parsed value has every member's `age` filled in. Use it through {@link safeParseHousehold} to
 * get the library's issues with Vietnamese and English messages.
 *
 * @example
 * ```ts
 * householdSchema.safeParse({ code: "HH-001", area: "rural", members: [{ age: 40 }] }).success; //=> true
 * ```
 * @category Household
 */
export const householdSchema = householdShape
  .superRefine((h, ctx) => {
    h.members.forEach((m, i) => {
      if (m.age === undefined && m.birthDate === undefined) {
        addDomainIssue(ctx, "age_missing", ["members", i, "age"], AGE_MISSING, {});
        return;
      }
      if (m.birthDate === undefined) return;
      if (h.reviewDate === undefined) {
        addDomainIssue(ctx, "review_date_required", ["reviewDate"], REVIEW_DATE_REQUIRED, {});
        return;
      }
      const computed = ageOnDate(m.birthDate, h.reviewDate);
      if (computed < 0 || computed > MAX_AGE) {
        addDomainIssue(ctx, "impossible_age", ["members", i, "birthDate"], IMPOSSIBLE_AGE, {
          birthDate: m.birthDate,
          reviewDate: h.reviewDate,
          age: computed,
          max: MAX_AGE,
        });
      } else if (m.age !== undefined && m.age !== computed) {
        addDomainIssue(ctx, "age_mismatch", ["members", i, "age"], AGE_MISMATCH, { age: m.age, computed });
      }
    });
    const seen = new Set<string>();
    (h.agriculturalSectors ?? []).forEach((s, i) => {
      if (seen.has(s)) addDomainIssue(ctx, "duplicate_sector", ["agriculturalSectors", i], DUPLICATE_SECTOR, { sector: s });
      seen.add(s);
    });
  })
  .transform((h) => ({
    ...h,
    members: h.members.map((m) => ({
      ...m,
      age: m.age ?? ageOnDate(m.birthDate ?? "", h.reviewDate ?? ""),
    })),
  }))
  .describe("Hộ gia đình");

/**
 * A household as the forms collect it, before validation (hộ gia đình, dữ liệu nhập): what an app passes to
 * {@link safeParseHousehold}.
 *
 * @example
 * ```ts
 * const input: HouseholdInput = { code: "HH-001", area: "rural", members: [{ age: 40 }, { birthDate: "2017-09-15" }], reviewDate: "2023-09-20" };
 * ```
 * @category Household
 */
export type HouseholdInput = z.input<typeof householdSchema>;

/**
 * A validated household (hộ gia đình đã kiểm tra): identifiers in NFC, every member's age filled in.
 *
 * @example
 * ```ts
 * const h: Household = parseHousehold({ code: " HH-001 ", area: "urban", members: [{ age: 30 }] });
 * h.code; //=> "HH-001"
 * ```
 * @category Household
 */
export type Household = z.output<typeof householdSchema>;

/**
 * A validated member of a household (thành viên hộ), with `age` in completed years.
 *
 * @example
 * ```ts
 * const m: HouseholdMember = { age: 6, healthInsurance: false };
 * ```
 * @category Household
 */
export type HouseholdMember = Household["members"][number];

/**
 * Validates a household (kiểm tra dữ liệu hộ gia đình), returning the issues instead of throwing.
 *
 * @remarks
 * See {@link householdSchema} for the rules: NFC-normalised identifiers, optional names never used in
 * computation, ages 0–130 in whole years or a birth date with the household's review date.
 *
 * @param input - the household as collected.
 * @returns `{ ok: true, value }` with ages filled in, or `{ ok: false, issues }` (codes such as `too_big`,
 * `invalid_type`, `age_missing`, `impossible_age`, `review_date_required`, `age_mismatch`).
 * @example
 * ```ts
 * const r = safeParseHousehold({ code: "HH-002", area: "rural", members: [{ age: -1 }] });
 * if (!r.ok) r.issues[0]?.path; //=> ["members", 0, "age"]
 * ```
 * @category Household
 */
export function safeParseHousehold(input: unknown): SafeResult<Household> {
  return safeParseWith(householdSchema, input);
}

/**
 * Validates a household (kiểm tra dữ liệu hộ gia đình); throws on bad input.
 *
 * @remarks See {@link safeParseHousehold}.
 * @param input - the household as collected.
 * @returns the validated household, every member's age filled in.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * parseHousehold({ code: "HH-003", area: "rural", reviewDate: "2023-09-20", members: [{ birthDate: "2017-09-15" }] }).members[0]?.age; //=> 6
 * ```
 * @category Household
 */
export function parseHousehold(input: unknown): Household {
  return unwrap(safeParseHousehold(input), "parseHousehold");
}
