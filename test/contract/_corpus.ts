// The seeded corpus of the agreement test: per schema, the library function that gives the verdict, a generator of
// valid inputs, and targeted mutations for the rules that tie fields together (both those the schema expresses and
// those it lists as not expressible). The generic mutations are in _mutate.ts. Valid inputs are built from the law's
// shapes (the standards' own indicator keys, lines and counts), never from the code under test.
import fc from "fast-check";
import {
  getStandard,
  safeClassifyByIncome,
  safeClassifyHousehold,
  safeLayerLocalStandard,
  safeParseB1Scorecard,
  safeParseHousehold,
  safeScoreB1,
  safeScoreB2,
  safeScreenFormA,
  safeTallyMeetingVote,
  type Issue,
  type SafeResult,
} from "../../src/index.js";
import { FICTIONAL_SCORECARD } from "../fixtures/fictionalScorecard.js";
import type { Json } from "./_mutate.js";

/** One schema's corpus. */
export interface Corpus {
  /** The library's verdict on an input: accepted, or the issues. */
  readonly verdict: (input: unknown) => SafeResult<unknown>;
  /** Valid inputs. */
  readonly valid: fc.Arbitrary<Json>;
  /** Targeted mutations of valid inputs (cross-field rules). */
  readonly targeted: fc.Arbitrary<Json>;
}

const IDS = ["2016-2020", "2021-2025", "2027-2030"] as const;
type Id = (typeof IDS)[number];
const REGIONS = ["northern_midlands_and_mountains", "red_river_delta", "north_central_and_central_coast", "central_highlands", "south_east", "mekong_delta"] as const;
const json = <T>(v: T): Json => JSON.parse(JSON.stringify(v)) as Json;
const STANDARD_JSON: { readonly [K in Id]: Json } = { "2016-2020": json(getStandard("2016-2020")), "2021-2025": json(getStandard("2021-2025")), "2027-2030": json(getStandard("2027-2030")) };
const keys = (id: Id): string[] => getStandard(id).indicators.map((i) => i.key);
/** Points per B2 indicator, 10 under both standards that have B2 (Circular 17/2016 and Circular 07/2021, Phiếu B phần B2). */
const B2_POINTS = 10;
const hasB2 = (id: Id) => id !== "2027-2030";
/** Phiếu A criteria under 2022–2025: 9 (seed 003, Mục I.2 Bước 1). */
const criteriaCount = (id: Id): number | undefined => (id === "2021-2025" ? 9 : undefined);

/** Drops the keys whose value is undefined (fc.record with optional keys gives none, but spreads may). */
function clean<T extends object>(o: T): Json {
  return json(o);
}

// ── building blocks ──────────────────────────────────────────────────────────────────────────────────────────────

const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.", ..."ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ", "Đ", "Ư"];
const TEXT_UNIT = fc.constantFrom(...LETTERS, " ");
/** Plain text: NFC (the letters are precomposed), no surrounding spaces, within the BMP, `min`–`max` characters. */
const text = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: TEXT_UNIT, minLength: min, maxLength: Math.min(max, 24) }).map((s) => s.replace(/^ +| +$/g, (m) => "a".repeat(m.length)));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const bilingual = fc.record({ vi: text(1, 30), en: text(1, 30) });

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const daysIn = (y: number, m: number) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
/** A date that exists, as YYYY-MM-DD. */
const date = (minYear: number, maxYear: number) =>
  fc.record({ y: fc.integer({ min: minYear, max: maxYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));
const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${p2(m)}-${p2(d)}`;

/** A standard: mostly by id, sometimes as the standard object sent back as JSON. */
const standardRef = (id: Id) => fc.oneof({ arbitrary: fc.constant<Json>(id), weight: 9 }, { arbitrary: fc.constant(STANDARD_JSON[id]), weight: 1 });

/** A subset of a list, in a shuffled order, each element once. */
const subset = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs]);

// ── household ────────────────────────────────────────────────────────────────────────────────────────────────────

const member = (review: { y: number; m: number; d: number } | undefined) =>
  fc
    .record(
      {
        id: text(1, 20),
        name: text(0, 40),
        sex: fc.constantFrom("male", "female"),
        ethnicityCode: text(1, 10),
        schooling: fc.record(
          { attending: fc.boolean(), level: fc.constantFrom("none", "primary", "lower_secondary", "upper_secondary", "vocational_certificate", "college_or_higher") },
          { requiredKeys: [] },
        ),
        work: fc.constantFrom("wage_with_contract", "wage_without_contract", "self_employed", "unemployed", "not_in_labour_force"),
        healthInsurance: fc.boolean(),
        disability: fc.boolean(),
        monthlySocialAllowance: fc.boolean(),
        dependant: fc.boolean(),
        malnourished: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .chain((m) =>
      fc.record({ age: fc.integer({ min: 0, max: 130 }), form: fc.constantFrom("age", "birthDate", "both"), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).map(({ age, form, m: bm, d: bd }) => {
        if (review === undefined || form === "age") return { ...m, age };
        // A birthday on or before the review's month and day in the birth year: the completed age is the difference of years.
        const by = review.y - age;
        let mm = Math.min(bm, review.m);
        let dd = Math.min(bd, daysIn(by, mm));
        if (mm === review.m && dd > review.d) dd = review.d;
        if (mm < 1) mm = 1;
        const birthDate = iso({ y: by, m: mm, d: dd });
        return form === "both" ? { ...m, age, birthDate } : { ...m, birthDate };
      }),
    );

const household = maybe(date(1990, 2100)).chain((review) =>
  fc
    .record(
      {
        code: text(1, 100),
        adminUnit: fc.record({ province: text(1, 10), district: text(1, 10), commune: text(1, 10), village: text(1, 10) }, { requiredKeys: [] }),
        headName: text(0, 60),
        area: fc.constantFrom("rural", "urban"),
        region: fc.constantFrom(...REGIONS),
        members: fc.array(member(review), { minLength: 1, maxLength: 6 }),
        housing: fc.record(
          { walls: fc.constantFrom("durable", "non_durable"), columns: fc.constantFrom("durable", "non_durable"), roof: fc.constantFrom("durable", "non_durable"), floorAreaM2: fc.double({ min: 0, max: 100_000, noNaN: true }) },
          { requiredKeys: [] },
        ),
        water: fc.record({ cleanSource: fc.boolean() }, { requiredKeys: [] }),
        sanitation: fc.record({ hygienicLatrine: fc.boolean() }, { requiredKeys: [] }),
        telecom: fc.record({ uses: fc.boolean() }, { requiredKeys: [] }),
        information: fc.record({ hasMeans: fc.boolean() }, { requiredKeys: [] }),
        agriculturalSectors: subset(["agriculture", "forestry", "fishery", "salt"]),
      },
      { requiredKeys: ["code", "area", "members"] },
    )
    .map((h) => clean(review ? { ...h, reviewDate: iso(review) } : h)),
);

type Obj = { [k: string]: Json };
const members = (h: Json) => (h as Obj)["members"] as Obj[];

const householdTargeted = fc.tuple(household, fc.nat(5), fc.nat()).map(([h0, kind, n]) => {
  const h = structuredClone(h0) as Obj;
  const ms = members(h);
  const m = ms[n % ms.length] as Obj;
  switch (kind) {
    case 0: // age_missing (expressed)
      delete m["age"];
      delete m["birthDate"];
      break;
    case 1: // review_date_required (expressed)
      delete h["reviewDate"];
      m["birthDate"] = "2001-05-06";
      delete m["age"];
      break;
    case 2: // duplicate_sector (expressed)
      h["agriculturalSectors"] = ["fishery", "salt", "fishery"];
      break;
    case 3: // age_mismatch (not expressible)
      h["reviewDate"] = "2023-09-20";
      m["birthDate"] = "2017-09-15";
      m["age"] = 5 + (n % 2 === 0 ? 0 : 2); // 6 is right
      break;
    default: // impossible_age (not expressible): born after the review, or over 130
      h["reviewDate"] = "2023-09-20";
      m["birthDate"] = n % 2 === 0 ? "2024-01-01" : "1890-01-01";
      delete m["age"];
  }
  return h as Json;
});

// ── Phiếu A ──────────────────────────────────────────────────────────────────────────────────────────────────────

const bit = fc.constantFrom(0, 1);
const formAAnswers = (id: Id) => {
  const n = criteriaCount(id);
  const criteria = n === undefined ? fc.array(bit, { maxLength: 50 }) : fc.array(bit, { minLength: n, maxLength: n });
  return fc.record({ reviewed: bit, criteria: maybe(criteria), withLabels: fc.boolean() }).chain(({ reviewed, criteria: c0, withLabels }) => {
    const c = reviewed === 1 && c0 === undefined ? (n === undefined ? [1, 0, 1] : Array.from({ length: n }, () => 0)) : c0;
    const labels = withLabels ? fc.array(fc.record({ vi: text(0, 20), en: text(0, 20) }), { minLength: c?.length ?? 0, maxLength: c?.length ?? 0 }) : fc.constant(undefined);
    return labels.map((l) => clean({ reviewed, ...(c !== undefined ? { criteria: c } : {}), ...(l !== undefined ? { labels: l } : {}) }));
  });
};
const anyId = fc.constantFrom(...IDS);
const formA = anyId.chain((id) => fc.tuple(standardRef(id), formAAnswers(id)).map(([standard, a]) => clean({ standard, ...(a as Obj) })));

const formATargeted = fc.tuple(formA, fc.nat(2), fc.nat()).map(([x0, kind, n]) => {
  const x = structuredClone(x0) as Obj;
  if (kind === 0) {
    x["reviewed"] = 1; // form_a_criteria_required (expressed)
    delete x["criteria"];
    delete x["labels"];
  } else if (kind === 1) {
    x["standard"] = "2021-2025"; // wrong_criteria_count (expressed for the id)
    x["criteria"] = Array.from({ length: [8, 10, 3][n % 3] as number }, () => 0);
    delete x["labels"];
  } else {
    x["labels"] = [{ vi: "a", en: "a" }]; // labels_length_mismatch (not expressible) unless there is one criterion
    x["criteria"] = [0, 1];
    x["standard"] = "2016-2020";
  }
  return x as Json;
});

// ── B1 ───────────────────────────────────────────────────────────────────────────────────────────────────────────

const CARD = json(FICTIONAL_SCORECARD) as Obj;
const cardItems = FICTIONAL_SCORECARD.items;
/** Answers to the fictional card: each item answered with one of its options, or left out. */
const cardAnswers = fc.tuple(...cardItems.map((item) => maybe(fc.constantFrom(...item.options.map((o) => o.id))))).map((opts) => {
  const out: { [k: string]: string } = {};
  opts.forEach((o, i) => {
    if (o !== undefined) out[(cardItems[i] as { id: string }).id] = o;
  });
  return out;
});
const b1Entry = (id: Id) =>
  id === "2021-2025"
    ? fc.oneof(fc.record({ total: fc.nat(400) }), fc.record({ scorecard: fc.constant(CARD), answers: cardAnswers }))
    : fc.record({ total: fc.oneof(fc.nat(400), fc.nat()) });
const b1 = anyId.chain((id) =>
  fc
    .tuple(standardRef(id), fc.constantFrom("rural", "urban"), fc.constantFrom(...REGIONS), b1Entry(id))
    .map(([standard, area, region, e]) => clean({ standard, area, region, ...(e as Obj) })),
);

const b1Targeted = fc.tuple(b1, fc.nat(6), fc.nat()).map(([x0, kind, n]) => {
  const x = structuredClone(x0) as Obj;
  const withCard = () => {
    delete x["total"];
    x["standard"] = "2021-2025";
    x["scorecard"] = structuredClone(CARD);
    x["answers"] = { roof: "tiled" };
  };
  switch (kind) {
    case 0: // invalid_b1 (expressed): a total and a scorecard
      withCard();
      x["total"] = 100;
      break;
    case 1: // invalid_b1 (expressed): a scorecard without answers
      withCard();
      delete x["answers"];
      break;
    case 2: // scorecard_of_other_standard (expressed for the id)
      withCard();
      x["standard"] = IDS[n % 2 === 0 ? 0 : 2] as string;
      break;
    case 3: // unknown_b1_item / unknown_b1_option (not expressible)
      withCard();
      x["answers"] = n % 2 === 0 ? { wifi: "yes" } : { roof: "gold" };
      break;
    case 4: // region_required (not expressible)
      withCard();
      x["area"] = "rural";
      delete x["region"];
      break;
    default: // scorecard consistency (not expressible): a duplicate item id
      withCard();
      (x["scorecard"] as Obj)["items"] = [...((CARD["items"] as Json[]) ?? []), (CARD["items"] as Json[])[0] as Json];
  }
  return x as Json;
});

// ── B2 ───────────────────────────────────────────────────────────────────────────────────────────────────────────

const b2Fields = (id: Id) => {
  const ks = keys(id);
  const n = ks.length;
  const answers = fc.tuple(...ks.map(() => maybe(fc.boolean()))).map((bs) => Object.fromEntries(ks.flatMap((k, i) => (bs[i] === undefined ? [] : [[k, bs[i] as boolean]]))));
  return fc.oneof(
    answers.map((a) => ({ answers: a })),
    fc.nat(n).map((c) => ({ total: c * B2_POINTS })),
    subset(ks).map((d) => ({ deprivations: d })),
    fc.nat(n).map((c) => ({ deprivationCount: c })),
  );
};
const b2 = anyId.chain((id) => fc.tuple(standardRef(id), b2Fields(id)).map(([standard, e]) => clean({ standard, ...e })));

const b2Targeted = fc.tuple(b2, fc.nat(6), fc.nat()).map(([x0, kind, n]) => {
  const x = { standard: IDS[n % 2 === 0 ? 1 : 0] as string } as Obj;
  if (typeof x0 === "object" && x0 !== null && !Array.isArray(x0) && typeof x0["standard"] === "object") x["standard"] = x0["standard"] as Json;
  switch (kind) {
    case 0: // invalid_b2 (expressed)
      return { ...x, total: 10, deprivationCount: 1 } as Json;
    case 1: // b2_not_multiple_of_points
      return { ...x, total: 25 } as Json;
    case 2: // b2_above_maximum: 12 × 10 + 10 (2022–2025), 10 × 10 + 10 (2016–2020)
      return { ...x, total: 130 } as Json;
    case 3: // unknown_indicator / indicator_of_other_standard
      return { ...x, answers: { [n % 2 === 0 ? "wifi" : "healthcareAccess"]: true, informationAccess: false } } as Json;
    case 4: // duplicate_indicator
      return { ...x, deprivations: ["sanitation", "sanitation"] } as Json;
    default: // too_many_deprivations
      return { ...x, deprivationCount: 13 } as Json;
  }
});

// ── B1 scorecard ─────────────────────────────────────────────────────────────────────────────────────────────────

const points = fc.integer({ min: -100_000, max: 100_000 });
const scorecard = fc
  .record({
    id: text(1, 40),
    version: text(1, 10),
    title: bilingual,
    citation: fc.record({ instrument: text(1, 40), article: text(0, 5), note: text(0, 40) }, { requiredKeys: ["instrument"] }),
    status: fc.constantFrom("confirmed", "seed", "uncertain"),
    standard: fc.constantFrom(...IDS),
    split: fc.boolean(),
    note: maybe(bilingual),
    itemCount: fc.nat(4),
  })
  .chain((c) => {
    // Sheets: urban for every region; rural for every region, or two rural sheets on disjoint regions.
    const sheets: Obj[] = c.split
      ? [
          { id: "U", area: "urban", base: 0 },
          { id: "R1", area: "rural", regions: ["red_river_delta"], base: 5 },
          { id: "R2", area: "rural", regions: ["mekong_delta", "south_east"], base: 7, label: { vi: "Nam", en: "South" } },
        ]
      : [
          { id: "U", area: "urban", base: 10 },
          { id: "R", area: "rural", base: 20 },
        ];
    const option = (j: number) => fc.tuple(bilingual, fc.tuple(...sheets.map(() => points))).map(([label, ps]) => ({ id: `o${j}`, label, points: Object.fromEntries(sheets.map((s, k) => [s["id"] as string, ps[k] as number])) }));
    const item = (i: number) =>
      fc
        .tuple(bilingual, fc.integer({ min: 1, max: 3 }), maybe(text(1, 6)))
        .chain(([label, nOpt, formItem]) => fc.tuple(...Array.from({ length: nOpt }, (_, j) => option(j))).map((options) => clean({ id: `i${i}`, label, ...(formItem !== undefined ? { formItem } : {}), options })));
    const items = c.itemCount === 0 ? fc.constant([] as Json[]) : fc.tuple(...Array.from({ length: c.itemCount }, (_, i) => item(i)));
    return items.map((its) => clean({ id: c.id, version: c.version, title: c.title, citation: c.citation, status: c.status, standard: c.standard, sheets, items: its, ...(c.note ? { note: c.note } : {}) }));
  });

const scorecardTargeted = fc.tuple(fc.constant(CARD), fc.nat(4), fc.nat()).map(([c0, kind, n]) => {
  const c = structuredClone(c0) as Obj;
  const sheets = c["sheets"] as Obj[];
  const items = c["items"] as Obj[];
  const opt = (items[n % items.length] as { options: Obj[] }).options[0] as Obj;
  switch (kind) {
    case 0: // duplicate_id
      sheets.push(structuredClone(sheets[0] as Obj));
      break;
    case 1: // scorecard_points_missing
      delete (opt["points"] as Obj)["urban"];
      break;
    case 2: // scorecard_unknown_sheet
      (opt["points"] as Obj)["NT-west"] = 1;
      break;
    default: // scorecard_sheets_overlap
      sheets.push({ id: "NT-all", area: "rural", base: 0 });
  }
  return c as Json;
});

// ── classifyByIncome ─────────────────────────────────────────────────────────────────────────────────────────────

const money = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom(0, 1_000_000_000_000));
const income = fc.oneof(
  money.map((v) => ({ perCapitaMonthly: v })),
  fc.record({ monthlyTotal: money, members: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ annualTotal: money, members: fc.integer({ min: 1, max: 1000 }) }),
);
const byIncome = anyId.chain((id) =>
  fc
    .record({ standard: standardRef(id), area: fc.constantFrom("rural", "urban"), income, dep: fc.oneof(fc.constant(undefined), subset(keys(id)).map((d) => ({ deprivations: d })), fc.nat(keys(id).length).map((c) => ({ deprivationCount: c }))) })
    .map(({ dep, ...r }) => clean({ ...r, ...(dep ?? {}) })),
);

const byIncomeTargeted = fc.tuple(byIncome, fc.nat(7), fc.nat()).map(([x0, kind, n]) => {
  const x = structuredClone(x0) as Obj;
  delete x["deprivations"];
  delete x["deprivationCount"];
  switch (kind) {
    case 0: // invalid_income: two forms
      x["income"] = { perCapitaMonthly: 1, annualTotal: 12, members: 1 };
      break;
    case 1: // members_not_allowed
      x["income"] = { perCapitaMonthly: 1_000_000, members: 4 };
      break;
    case 2: // members_required
      x["income"] = n % 2 === 0 ? { monthlyTotal: 1_000_000 } : { annualTotal: 1_000_000 };
      break;
    case 3: // deprivations_and_count_both_given
      x["deprivations"] = [];
      x["deprivationCount"] = 0;
      break;
    case 4: // duplicate_indicator
      x["deprivations"] = ["sanitation", "sanitation"];
      break;
    case 5: // unknown_indicator / indicator_of_other_standard
      x["deprivations"] = [n % 2 === 0 ? "wifi" : n % 3 === 0 ? "healthcareAccess" : "employment"];
      break;
    default: // too_many_deprivations
      x["deprivationCount"] = 13;
  }
  return x as Json;
});

// ── classifyHousehold ────────────────────────────────────────────────────────────────────────────────────────────

const classifyHouseholdInput = anyId.chain((id) => {
  const b1e = id === "2021-2025" ? fc.oneof(fc.nat(400), fc.record({ total: fc.nat(400) }), fc.record({ scorecard: fc.constant(CARD), answers: cardAnswers })) : fc.oneof(fc.nat(400), fc.record({ total: fc.nat(400) }));
  const b2e = hasB2(id) ? fc.oneof(fc.nat(keys(id).length).map((c) => c * B2_POINTS), b2Fields(id)) : fc.oneof(fc.nat(), b2Fields(id));
  return fc
    .record(
      { standard: standardRef(id), area: fc.constantFrom("rural", "urban"), region: fc.constantFrom(...REGIONS), formA: formAAnswers(id), b1: b1e, b2: b2e },
      { requiredKeys: ["standard", "area", "region"] },
    )
    .map(clean);
});

const classifyHouseholdTargeted = fc
  .tuple(classifyHouseholdInput, fc.nat(3), formATargeted, b1Targeted, b2Targeted)
  .map(([x0, kind, a, one, two]) => {
    const x = structuredClone(x0) as Obj;
    if (kind === 0) {
      const { standard, ...answers } = a as Obj;
      return { ...x, standard: standard as Json, formA: answers } as Json;
    }
    if (kind === 1) {
      const { standard, area, region, ...entry } = one as Obj;
      return clean({ ...x, standard, area, ...(region !== undefined ? { region } : {}), b1: entry });
    }
    const { standard, ...entry } = two as Obj;
    return { ...x, standard: standard as Json, b2: kind === 2 && typeof entry["total"] === "number" ? entry["total"] : entry } as Json;
  });

// ── meeting ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Votes for `n` attendees: agree ≤ n; disagree and abstain add up to n with agree when both are given. */
const votes = (n: number) =>
  fc.record({ agree: fc.integer({ min: 0, max: n }), form: fc.nat(3), split: fc.nat() }).map(({ agree, form, split }) => {
    const rest = n - agree;
    const d = rest === 0 ? 0 : split % (rest + 1);
    if (form === 0) return { agree };
    if (form === 1) return { agree, disagree: d };
    if (form === 2) return { agree, abstain: d };
    return { agree, disagree: d, abstain: rest - d };
  });
const meeting = anyId.chain((id) =>
  fc.record({ attendees: fc.integer({ min: 1, max: 40 }), scope: fc.constantFrom("whole_list", "per_household"), list: fc.boolean(), threshold: fc.boolean() }).chain(({ attendees, scope, list, threshold }) =>
    fc
      .record(
        {
          standard: standardRef(id),
          heldOn: date(1900, 2199).map(iso),
          chairRole: text(1, 30),
          absent: fc.nat(50),
          items:
            scope === "whole_list"
              ? votes(attendees).map((v) => ({ votes: v }))
              : fc.uniqueArray(text(1, 12), { minLength: 1, maxLength: 8 }).chain((codes) => fc.tuple(...codes.map((c) => votes(attendees).map((v) => ({ householdCode: c, ...v })))).map((households) => ({ households }))),
          attendeeList: list ? fc.array(fc.record({ role: text(1, 20), code: text(1, 10) }, { requiredKeys: ["role"] }), { minLength: attendees, maxLength: attendees }) : fc.constant(undefined),
          share: fc.integer({ min: 1, max: 1000 }).chain((den) => fc.record({ numerator: fc.integer({ min: 1, max: den }), denominator: fc.constant(den), citation: fc.record({ instrument: text(1, 40), article: text(0, 5) }, { requiredKeys: ["instrument"] }) })),
        },
        { requiredKeys: ["standard", "heldOn", "items", "attendeeList", "share"] },
      )
      .map(({ items, attendeeList, share, ...r }) =>
        clean({ ...r, attendees, scope, ...items, ...(attendeeList ? { attendeeList } : {}), ...(threshold && getStandard(id).procedure?.meetingAgreementShare === undefined ? { threshold: share } : {}) }),
      ),
  ),
);

const meetingTargeted = fc.tuple(meeting, fc.nat(7), fc.nat()).map(([x0, kind, n]) => {
  const x = structuredClone(x0) as Obj;
  const attendees = x["attendees"] as number;
  const first = () => (x["votes"] as Obj | undefined) ?? ((x["households"] as Obj[])[0] as Obj);
  switch (kind) {
    case 0: // threshold_already_in_standard (expressed for the id)
      x["standard"] = "2021-2025";
      x["threshold"] = { numerator: 1, denominator: 2, citation: { instrument: "x" } };
      break;
    case 1: // threshold_above_one (not expressible)
      x["standard"] = "2016-2020";
      x["threshold"] = { numerator: 3, denominator: 2, citation: { instrument: "x" } };
      break;
    case 2: // attendee_list_mismatch (not expressible)
      x["attendeeList"] = Array.from({ length: attendees + 1 + (n % 2) }, () => ({ role: "reviewer" }));
      break;
    case 3: // agree_exceeds_attendees (not expressible)
      first()["agree"] = attendees + 1;
      break;
    case 4: // votes_do_not_add_up (not expressible)
      Object.assign(first(), { agree: 0, disagree: 0, abstain: attendees === 1 ? 0 : 1 });
      if (attendees === 1) first()["disagree"] = 0;
      break;
    case 5: // duplicate_household (not expressible)
      x["scope"] = "per_household";
      delete x["votes"];
      x["households"] = [
        { householdCode: "HH-1", agree: 0 },
        { householdCode: "HH-1", agree: 0 },
      ];
      break;
    default: // votes_do_not_match_scope (expressed)
      x["scope"] = x["scope"] === "whole_list" ? "per_household" : "whole_list";
  }
  return x as Json;
});

// ── local standard ───────────────────────────────────────────────────────────────────────────────────────────────

/** Each national standard's lines by area (the decrees' values, as the standards carry them). */
const lines = (id: Id, area: "rural" | "urban") => getStandard(id).incomeLines[area];
const localLines = (id: Id, area: "rural" | "urban") =>
  fc.record({ period: fc.constantFrom(undefined, "month", "year"), up: fc.nat(2_000_000), upPoor: fc.nat(1_000_000), poor: fc.boolean() }).map(({ period, up, upPoor, poor }) => {
    const months = period === "year" ? 12 : 1;
    const national = lines(id, area);
    const nPoor = national.poorByIncomeLine?.value;
    return clean({
      incomeLine: national.incomeLine.value * months + up,
      ...(poor && nPoor !== undefined ? { poorByIncomeLine: nPoor * months + upPoor } : {}),
      ...(period !== undefined ? { period } : {}),
    });
  });
/** A provision of the province's instrument, sometimes. */
const provision = fc.option(fc.record({ article: text(1, 5), clause: text(1, 5), point: text(1, 3), item: text(1, 20) }, { requiredKeys: [] }), { nil: undefined });
/** A province's B1 cut-offs for an area: at or above the national ones, the poverty cut-off (2016–2020 only) below the other. */
const localB1 = (id: Id, area: "rural" | "urban") =>
  fc.record({ up: fc.nat(60), upPoor: fc.nat(200), cite: provision }).map(({ up, upPoor, cite }) => {
    const nb = getStandard(id).scoring.b1?.[area];
    const cutoff = (nb?.cutoff.value ?? 100) + up;
    const nPoor = nb?.poorByIncome?.value;
    return clean({
      cutoff,
      ...(getStandard(id).classRule.value === "two_lines" && nPoor !== undefined ? { poorByIncome: nPoor + (upPoor % (cutoff - nPoor)) } : {}),
      ...(cite ? { cite } : {}),
    });
  });
/** A middle-living ceiling for an area: at or above the national one and above the area's line (`line` per `months`). */
const localCeiling = (id: Id, area: "rural" | "urban", line: number, months: number) =>
  fc.record({ up: fc.nat(1_000_000), cite: provision }).map(({ up, cite }) => {
    const floor = Math.max(getStandard(id).middleLiving?.[area].value ?? 0, Math.floor(line / months) + 1);
    return clean({ ceiling: floor + up, ...(cite ? { cite } : {}) });
  });

const local = anyId.chain((id) =>
  fc
    .record(
      {
        id: text(1, 100).filter((s) => !(IDS as readonly string[]).includes(s)),
        national: fc.oneof({ arbitrary: fc.constant<Json>(id), weight: 9 }, { arbitrary: fc.constant(STANDARD_JSON[id]), weight: 1 }),
        authority: text(1, 60),
        title: bilingual,
        instrument: fc.record(
          { id: text(1, 40), kind: fc.constantFrom("decree", "decision", "circular", "law", "consolidated", "local"), title: fc.record({ vi: text(0, 20), en: text(0, 20) }), signed: date(1990, 2100).map(iso), inForce: date(1990, 2100).map(iso), amends: fc.array(text(0, 20), { maxLength: 3 }) },
          { requiredKeys: ["id", "kind", "title"] },
        ),
        rural: localLines(id, "rural"),
        urban: localLines(id, "urban"),
        which: fc.constantFrom("rural", "urban", "both", "none"),
        count: fc.option(fc.record({ value: fc.integer({ min: 1, max: getStandard(id).poorDeprivationCount.value }), cite: provision }), { nil: undefined }),
        b1Rural: fc.option(localB1(id, "rural"), { nil: undefined }),
        b1Urban: fc.option(localB1(id, "urban"), { nil: undefined }),
        middle: fc.boolean(),
        status: fc.constantFrom("confirmed", "seed", "uncertain"),
      },
      { requiredKeys: ["id", "national", "authority", "title", "instrument", "rural", "urban", "which", "b1Rural", "b1Urban", "middle", "count"] },
    )
    .chain(({ rural, urban, which, count, b1Rural, b1Urban, middle, ...r }) => {
      const incomeLines = which === "rural" ? { rural } : which === "urban" ? { urban } : which === "both" ? { rural, urban } : {};
      const lineOf = (a: "rural" | "urban"): [number, number] => {
        const l = (incomeLines as { [k: string]: { incomeLine: number; period?: string } | undefined })[a];
        return l ? [l.incomeLine, l.period === "year" ? 12 : 1] : [lines(id, a).incomeLine.value, 1];
      };
      const b1 = b1Rural || b1Urban ? clean({ ...(b1Rural ? { rural: b1Rural } : {}), ...(b1Urban ? { urban: b1Urban } : {}) }) : undefined;
      const needSomething = which === "none" && !count && !b1;
      // a middle-living ceiling only where the national standard has a band (not 2027–2030): else a line is set
      const band = getStandard(id).middleLiving !== undefined;
      return fc.tuple(localCeiling(id, "rural", ...lineOf("rural")), localCeiling(id, "urban", ...lineOf("urban"))).map(([mr, mu]) =>
        clean({
          ...r,
          incomeLines: needSomething && !band ? { rural } : incomeLines,
          ...(count ? { poorDeprivationCount: clean(count) } : {}),
          ...(b1 ? { b1 } : {}),
          ...(band && (middle || needSomething) ? { middleLiving: { rural: mr, urban: mu } } : {}),
        }),
      );
    }),
);

const localTargeted = fc.tuple(local, fc.nat(9), fc.nat()).map(([x0, kind, n]) => {
  const x = structuredClone(x0) as Obj;
  switch (kind) {
    case 0: // local_id_shadows_national (expressed)
      x["id"] = IDS[n % 3] as string;
      break;
    case 1: // local_standard_empty (expressed)
      x["incomeLines"] = {};
      delete x["poorDeprivationCount"];
      delete x["b1"];
      delete x["middleLiving"];
      break;
    case 4: {
      // local_threshold_above_national (expressed for the id)
      const id = typeof x["national"] === "string" ? (x["national"] as Id) : "2021-2025";
      x["poorDeprivationCount"] = { value: getStandard(id).poorDeprivationCount.value + 1 + (n % 3) };
      break;
    }
    case 5: // local_b1_below_national (expressed for the id)
      x["national"] = "2021-2025";
      x["incomeLines"] = {};
      x["b1"] = { rural: { cutoff: 139 - (n % 20) } };
      delete x["middleLiving"];
      break;
    case 6: // local_b1_poor_cutoff_missing (expressed for the id)
      x["national"] = "2016-2020";
      x["incomeLines"] = {};
      x["b1"] = { urban: { cutoff: 175 + (n % 20) } };
      delete x["middleLiving"];
      break;
    case 7: // local_b1_cutoffs_reversed (not expressible)
      x["national"] = "2016-2020";
      x["incomeLines"] = {};
      x["b1"] = { rural: { cutoff: 150, poorByIncome: 150 + (n % 5) } };
      delete x["middleLiving"];
      break;
    case 8: // local_ceiling_not_above_line (not expressible): a ceiling at the local line
      x["national"] = "2021-2025";
      x["incomeLines"] = { rural: { incomeLine: 2_300_000 + (n % 1000) } };
      x["middleLiving"] = { rural: { ceiling: 2_300_000 + (n % 1000) } };
      break;
    case 2: {
      // local_line_below_national: one đồng below the national line (expressed for the id)
      const id = typeof x["national"] === "string" ? (x["national"] as Id) : "2021-2025";
      x["incomeLines"] = { rural: { incomeLine: lines(id, "rural").incomeLine.value - 1 } };
      break;
    }
    default: // local_poor_line_without_national: 2021–2025 has one line per area (expressed for the id)
      x["national"] = n % 5 === 0 ? STANDARD_JSON["2021-2025"] : "2021-2025";
      x["incomeLines"] = { urban: { incomeLine: 3_000_000, poorByIncomeLine: 2_500_000 } };
  }
  return x as Json;
});

// ── the corpus by schema ─────────────────────────────────────────────────────────────────────────────────────────

const as = <F extends (x: never) => SafeResult<unknown>>(f: F) => (x: unknown) => f(x as never);

/** Every schema's corpus, by the schema file's name. */
export const CORPUS: { readonly [name: string]: Corpus } = {
  household: { verdict: as(safeParseHousehold), valid: household, targeted: householdTargeted },
  "form-a": { verdict: as(safeScreenFormA), valid: formA, targeted: formATargeted },
  b1: { verdict: as(safeScoreB1), valid: b1, targeted: b1Targeted },
  b2: { verdict: as(safeScoreB2), valid: b2, targeted: b2Targeted },
  "b1-scorecard": { verdict: as(safeParseB1Scorecard), valid: scorecard, targeted: scorecardTargeted },
  "classify-by-income": { verdict: as(safeClassifyByIncome), valid: byIncome, targeted: byIncomeTargeted },
  "classify-household": { verdict: as(safeClassifyHousehold), valid: classifyHouseholdInput, targeted: classifyHouseholdTargeted },
  "meeting-vote": { verdict: as(safeTallyMeetingVote), valid: meeting, targeted: meetingTargeted },
  "local-standard": { verdict: as(safeLayerLocalStandard), valid: local, targeted: localTargeted },
};

/** The issue codes of a rejected verdict. */
export function codesOf(r: SafeResult<unknown>): string[] {
  return r.ok ? [] : r.issues.map((i: Issue) => i.code);
}
