import * as z from "zod/mini";
import type { SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { REGION_KEYS, type SocioEconomicRegion } from "./regions.js";
import { addIssue, issue } from "./_messages.js";

/** The oldest age the model accepts; anything above is an input error, not a legal value. */
const MAX_AGE = 130;
/** The largest household the model accepts (a sanity bound, not a legal value). */
const MAX_MEMBERS = 100;
/** The largest floor area accepted, m² (a sanity bound). */
const MAX_FLOOR_AREA = 100_000;

/** An identifier: Unicode NFC, trimmed, not empty. */
const code = (vi: string) => z.string().check(z.normalize("NFC"), z.trim(), z.minLength(1), z.maxLength(100), z.describe(vi));
/** A personal name: optional, never used in any computation. */
const personalName = (vi: string) => z.optional(z.string().check(z.normalize("NFC"), z.trim(), z.maxLength(200), z.describe(vi)));
const material = z.enum(["durable", "non_durable"]);
const isoDate = z.iso.date();

function isIsoDate(s: unknown): s is string {
  return typeof s === "string" && isoDate.safeParse(s).success;
}

function years(birthDate: string, on: string): number {
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const bd = Number(birthDate.slice(8, 10));
  const oy = Number(on.slice(0, 4));
  const om = Number(on.slice(5, 7));
  const od = Number(on.slice(8, 10));
  const beforeBirthday = om < bm || (om === bm && od < bd);
  return oy - by - (beforeBirthday ? 1 : 0);
}

/**
 * Completed years of age on a date (tuổi tròn), from ISO `YYYY-MM-DD` dates, in integers (no time zone, no clock).
 *
 * @remarks
 * A person born on 29 February has their birthday on 1 March in a common year. Returns a negative number when the
 * birth date is after `on`; callers treat that as an input error.
 *
 * @throws {@link PovertyError} `"invalid_input"` when either date is not a real ISO date.
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
  if (!isIsoDate(birthDate) || !isIsoDate(on)) {
    throw new PovertyError("invalid_input", "ageOnDate needs two ISO dates YYYY-MM-DD", { function: "ageOnDate" }, [
      ...(isIsoDate(birthDate) ? [] : [issue("invalid_format", ["birthDate"], { format: "date", received: typeof birthDate === "string" ? birthDate : String(typeof birthDate) })]),
      ...(isIsoDate(on) ? [] : [issue("invalid_format", ["on"], { format: "date", received: typeof on === "string" ? on : String(typeof on) })]),
    ]);
  }
  return years(birthDate, on);
}

const memberSchema = z
  .strictObject({
    id: z.optional(code("Mã thành viên trong hộ (tùy chọn)")),
    name: personalName("Họ và tên (tùy chọn; không dùng trong bất kỳ phép tính nào)"),
    age: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_AGE), z.describe("Tuổi tròn tại ngày rà soát (0–130)"))),
    birthDate: z.optional(isoDate.check(z.describe("Ngày sinh (YYYY-MM-DD); tuổi được tính đến ngày rà soát"))),
    sex: z.optional(z.enum(["male", "female"]).check(z.describe("Giới tính: nam (male) hoặc nữ (female)"))),
    ethnicityCode: z.optional(code("Mã dân tộc")),
    schooling: z.optional(
      z
        .strictObject({
          attending: z.optional(z.boolean().check(z.describe("Hiện đang đi học"))),
          level: z.optional(
            z
              .enum(["none", "primary", "lower_secondary", "upper_secondary", "vocational_certificate", "college_or_higher"])
              .check(z.describe("Trình độ cao nhất đạt được: chưa đi học, tiểu học, THCS, THPT, chứng chỉ nghề, cao đẳng trở lên")),
          ),
        })
        .check(z.describe("Tình trạng đi học và trình độ giáo dục")),
    ),
    work: z.optional(
      z
        .enum(["wage_with_contract", "wage_without_contract", "self_employed", "unemployed", "not_in_labour_force"])
        .check(z.describe("Tình trạng việc làm: làm công ăn lương có/không có hợp đồng lao động, tự làm, không có việc làm, ngoài lực lượng lao động")),
    ),
    healthInsurance: z.optional(z.boolean().check(z.describe("Có thẻ bảo hiểm y tế còn hiệu lực"))),
    disability: z.optional(z.boolean().check(z.describe("Là người khuyết tật"))),
    monthlySocialAllowance: z.optional(z.boolean().check(z.describe("Đang hưởng trợ cấp xã hội hằng tháng"))),
    dependant: z.optional(z.boolean().check(z.describe("Là người phụ thuộc trong hộ (theo đánh giá của rà soát viên)"))),
    malnourished: z.optional(z.boolean().check(z.describe("Trẻ em bị suy dinh dưỡng (thấp còi hoặc nhẹ cân)"))),
  })
  .check(z.describe("Thành viên của hộ"));

const householdShape = z.strictObject({
  code: code("Mã hộ gia đình"),
  adminUnit: z.optional(
    z
      .strictObject({
        province: z.optional(code("Mã tỉnh, thành phố")),
        district: z.optional(code("Mã quận, huyện")),
        commune: z.optional(code("Mã xã, phường, thị trấn")),
        village: z.optional(code("Mã thôn, tổ dân phố")),
      })
      .check(z.describe("Mã đơn vị hành chính")),
  ),
  headName: personalName("Họ và tên chủ hộ (tùy chọn; không dùng trong bất kỳ phép tính nào)"),
  area: z.enum(["rural", "urban"]).check(z.describe("Khu vực: nông thôn (rural) hoặc thành thị (urban)")),
  region: z.optional(z.enum(REGION_KEYS).check(z.describe("Vùng kinh tế – xã hội"))),
  reviewDate: z.optional(isoDate.check(z.describe("Ngày rà soát (YYYY-MM-DD); cần khi thành viên khai ngày sinh"))),
  members: z.array(memberSchema).check(z.minLength(1), z.maxLength(MAX_MEMBERS), z.describe("Các thành viên của hộ")),
  housing: z.optional(
    z
      .strictObject({
        walls: z.optional(material.check(z.describe("Tường: bền chắc (durable) hoặc không bền chắc (non_durable)"))),
        columns: z.optional(material.check(z.describe("Cột (trụ): bền chắc hoặc không bền chắc"))),
        roof: z.optional(material.check(z.describe("Mái: bền chắc hoặc không bền chắc"))),
        floorAreaM2: z.optional(z.number().check(z.nonnegative(), z.maximum(MAX_FLOOR_AREA), z.describe("Diện tích nhà ở (m²)"))),
      })
      .check(z.describe("Nhà ở")),
  ),
  water: z.optional(z.strictObject({ cleanSource: z.optional(z.boolean().check(z.describe("Tiếp cận nguồn nước sinh hoạt hợp vệ sinh"))) }).check(z.describe("Nước sinh hoạt"))),
  sanitation: z.optional(z.strictObject({ hygienicLatrine: z.optional(z.boolean().check(z.describe("Sử dụng nhà tiêu hợp vệ sinh"))) }).check(z.describe("Vệ sinh"))),
  telecom: z.optional(z.strictObject({ uses: z.optional(z.boolean().check(z.describe("Có thành viên sử dụng dịch vụ viễn thông (điện thoại, internet)"))) }).check(z.describe("Viễn thông"))),
  information: z.optional(
    z.strictObject({ hasMeans: z.optional(z.boolean().check(z.describe("Có phương tiện tiếp cận thông tin (ti vi, đài, máy tính, điện thoại…)"))) }).check(z.describe("Tiếp cận thông tin")),
  ),
  agriculturalSectors: z.optional(
    z.array(z.enum(["agriculture", "forestry", "fishery", "salt"])).check(z.maxLength(4), z.describe("Ngành sản xuất của hộ: nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp")),
  ),
});

/**
 * The schema of a household as the review forms collect it (hộ gia đình), with Vietnamese field descriptions.
 * Internal to the library (the JSON Schema for other languages is generated from it); apps use
 * {@link safeParseHousehold}.
 */
export const householdSchema = householdShape.check(
  z.describe("Hộ gia đình"),
  z.superRefine((h, ctx) => {
    h.members.forEach((m, i) => {
      if (m.age === undefined && m.birthDate === undefined) {
        addIssue(ctx, "age_missing", ["members", i, "age"], {});
        return;
      }
      if (m.birthDate === undefined) return;
      if (h.reviewDate === undefined) {
        addIssue(ctx, "review_date_required", ["reviewDate"], {});
        return;
      }
      const computed = years(m.birthDate, h.reviewDate);
      if (computed < 0 || computed > MAX_AGE) {
        addIssue(ctx, "impossible_age", ["members", i, "birthDate"], { birthDate: m.birthDate, reviewDate: h.reviewDate, age: computed, max: MAX_AGE });
      } else if (m.age !== undefined && m.age !== computed) {
        addIssue(ctx, "age_mismatch", ["members", i, "age"], { age: m.age, computed });
      }
    });
    const seen = new Set<string>();
    (h.agriculturalSectors ?? []).forEach((s, i) => {
      if (seen.has(s)) addIssue(ctx, "duplicate_sector", ["agriculturalSectors", i], { sector: s });
      seen.add(s);
    });
  }),
);

/**
 * A member of a household as the forms collect it (thành viên hộ, dữ liệu nhập).
 *
 * @example
 * ```ts
 * const m: HouseholdMemberInput = { birthDate: "2017-09-15", healthInsurance: false };
 * ```
 * @category Household
 */
export interface HouseholdMemberInput {
  /** A member code within the household (optional). */
  readonly id?: string;
  /** Full name (optional; never used in any computation). */
  readonly name?: string;
  /** Completed years of age on the review date, 0–130. Give this or `birthDate`. */
  readonly age?: number;
  /** Birth date, ISO `YYYY-MM-DD`; the age is computed on the household's `reviewDate`. */
  readonly birthDate?: string;
  /** Sex. */
  readonly sex?: "male" | "female";
  /** Ethnicity code. */
  readonly ethnicityCode?: string;
  /** School attendance and the highest level reached. */
  readonly schooling?: { readonly attending?: boolean; readonly level?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "vocational_certificate" | "college_or_higher" };
  /** Work status. */
  readonly work?: "wage_with_contract" | "wage_without_contract" | "self_employed" | "unemployed" | "not_in_labour_force";
  /** Holds a valid health-insurance card. */
  readonly healthInsurance?: boolean;
  /** Has a disability. */
  readonly disability?: boolean;
  /** Receives a monthly social allowance. */
  readonly monthlySocialAllowance?: boolean;
  /** Is a dependant of the household (the reviewer's assessment). */
  readonly dependant?: boolean;
  /** A child who is malnourished (stunted or underweight). */
  readonly malnourished?: boolean;
}

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
export interface HouseholdInput {
  /** The household's code. */
  readonly code: string;
  /** Administrative unit codes. */
  readonly adminUnit?: { readonly province?: string; readonly district?: string; readonly commune?: string; readonly village?: string };
  /** The head of household's name (optional; never used in any computation). */
  readonly headName?: string;
  /** Rural or urban. */
  readonly area: "rural" | "urban";
  /** The socio-economic region. */
  readonly region?: SocioEconomicRegion;
  /** The review date, ISO `YYYY-MM-DD`; required when a member gives a birth date. */
  readonly reviewDate?: string;
  /** The members, 1 to 100. */
  readonly members: readonly HouseholdMemberInput[];
  /** The house. */
  readonly housing?: { readonly walls?: "durable" | "non_durable"; readonly columns?: "durable" | "non_durable"; readonly roof?: "durable" | "non_durable"; readonly floorAreaM2?: number };
  /** Domestic water. */
  readonly water?: { readonly cleanSource?: boolean };
  /** Sanitation. */
  readonly sanitation?: { readonly hygienicLatrine?: boolean };
  /** Telecom. */
  readonly telecom?: { readonly uses?: boolean };
  /** Access to information. */
  readonly information?: { readonly hasMeans?: boolean };
  /** Agriculture, forestry, fishery, salt production. */
  readonly agriculturalSectors?: readonly ("agriculture" | "forestry" | "fishery" | "salt")[];
}

/**
 * A validated member of a household (thành viên hộ), with `age` in completed years.
 *
 * @example
 * ```ts
 * const m: HouseholdMember = { age: 6, healthInsurance: false };
 * ```
 * @category Household
 */
export interface HouseholdMember extends Omit<HouseholdMemberInput, "age"> {
  /** Completed years of age on the review date. */
  readonly age: number;
}

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
export interface Household extends Omit<HouseholdInput, "members"> {
  /** The members, each with an age. */
  readonly members: readonly HouseholdMember[];
}

/**
 * Validates a household (kiểm tra dữ liệu hộ gia đình), returning the issues instead of throwing.
 *
 * @remarks
 * The rules: NFC-normalised identifiers, optional names never used in
 * computation, ages 0–130 in whole years or a birth date with the household's review date (the age is then
 * computed on that date); impossible ages (negative, above 130, fractional, a birth date after the review date)
 * are issues.
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
  return guardSafe(() => {
    const r = safeParseWith(householdSchema, input);
    if (!r.ok) return r;
    const h = r.value;
    return {
      ok: true,
      value: { ...h, members: h.members.map((m) => ({ ...m, age: m.age ?? years(m.birthDate ?? "", h.reviewDate ?? "") })) } as Household,
    };
  });
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
