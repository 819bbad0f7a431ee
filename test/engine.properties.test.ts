// The engine's invariants over arbitrary inputs: each fast input path agrees with the schema it stands in for; the
// bulk path decides as the explained path does; a standard is recognised by its structure.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  classifyByIncome,
  classifyHousehold,
  classifyHouseholds,
  getStandard,
  layerLocalStandard,
  safeClassifyByIncome,
  safeClassifyHousehold,
  safeLayerLocalStandard,
  STANDARDS,
  type ClassifyHouseholdInput,
  type PovertyStandard,
} from "../src/index.js";
import { resolveFast as fastIncome, resolveIncomeInput, classifyByIncomeSchema } from "../src/classify/classifyByIncome.js";
import { resolveFast as fastHousehold, resolveFull as fullHousehold, type FastHousehold } from "../src/classify/_householdInput.js";
import { checkDeprivations } from "../src/forms/_b2.js";
import { safeParseWith } from "../src/_lib/issues.js";

const IDS = ["2016-2020", "2021-2025", "2027-2030"] as const;
const keysOf = (id: string) => getStandard(id).indicators.map((i) => i.key);
const anyKey = fc.constantFrom(...new Set(STANDARDS.flatMap((s) => s.indicators.map((i) => i.key))), "x", "__proto__", "");

/** Numbers near the bounds the schemas draw: whole or not, negative, huge, not finite. */
const num = fc.oneof(fc.integer({ min: -3, max: 3_000_000 }), fc.constantFrom(0, -0, 1e12, 1e12 + 1, 2 ** 53, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1000, 1001), fc.double());
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Inputs close to valid ones, with every kind of mistake, and arbitrary values. */
const incomeInput = fc.oneof(
  fc.record(
    {
      standard: fc.oneof(fc.constantFrom<unknown>(...IDS, "2099", 7, null), fc.constant<unknown>(getStandard("2021-2025"))),
      area: fc.constantFrom<unknown>("rural", "urban", "city", undefined),
      income: fc.oneof(
        fc.record({ perCapitaMonthly: num }),
        fc.record({ monthlyTotal: num, members: num }),
        fc.record({ annualTotal: num, members: maybe(num) }),
        fc.record({ perCapitaMonthly: num, members: num }),
        fc.anything(),
      ),
      deprivations: maybe(fc.array(anyKey, { maxLength: 14 })),
      deprivationCount: maybe(num),
      extra: maybe(fc.anything()),
    },
    { requiredKeys: ["standard", "area", "income"] },
  ),
  fc.anything(),
);

describe("classifyByIncome: the fast input path is the schema's twin", () => {
  it("whenever the fast path accepts, the schema accepts and resolves the same", () => {
    fc.assert(
      fc.property(incomeInput, (x) => {
        const fast = fastIncome(x);
        if (fast === undefined) return true;
        const shape = safeParseWith(classifyByIncomeSchema, x);
        expect(shape.ok).toBe(true);
        if (!shape.ok) return false;
        const dep = checkDeprivations(shape.value.standard, shape.value.deprivations, shape.value.deprivationCount, []);
        expect(dep.ok).toBe(true);
        expect(fast.deprivationCount).toBe(dep.ok ? dep.value.count : -1);
        expect(fast.standard).toBe(shape.value.standard);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("every ordinary valid input takes the fast path, and decides as the full path does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.constantFrom("rural" as const, "urban" as const), fc.integer({ min: 0, max: 4_000_000 }), fc.integer({ min: 1, max: 9 }), fc.nat(3), (s, area, v, m, form) => {
        const income = form === 0 ? { perCapitaMonthly: v } : form === 1 ? { monthlyTotal: v * m, members: m } : { annualTotal: v * m * 12, members: m };
        const input = { standard: s, area, income, deprivations: keysOf(s).slice(0, m % 5) };
        expect(fastIncome(input)).toBeDefined();
        const full = resolveIncomeInput(JSON.parse(JSON.stringify(input)));
        expect(full.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("safeClassifyByIncome never throws, on any value", () => {
    fc.assert(fc.property(incomeInput, (x) => typeof safeClassifyByIncome(x as never).ok === "boolean"), { numRuns: 3000 });
  });
});

const score = fc.oneof(fc.integer({ min: -2, max: 250 }), fc.constantFrom(1.5, Number.NaN, 2 ** 53));
const householdInput = fc.oneof(
  fc.record(
    {
      standard: fc.constantFrom<unknown>("2016-2020", "2021-2025", "2027-2030", "x"),
      area: fc.constantFrom<unknown>("rural", "urban", "x"),
      region: maybe(fc.constantFrom<unknown>("red_river_delta", "mekong_delta", "mars")),
      formA: maybe(
        fc.oneof(
          fc.record({ reviewed: fc.constantFrom<unknown>(0, 1, 2), criteria: maybe(fc.array(fc.constantFrom<unknown>(0, 1, 2), { minLength: 0, maxLength: 11 })) }, { requiredKeys: ["reviewed"] }),
          fc.anything(),
        ),
      ),
      b1: maybe(fc.oneof(score, fc.record({ total: score }), fc.anything())),
      b2: maybe(
        fc.oneof(
          score.map((n) => (Number.isInteger(n) ? n * 10 : n)),
          fc.record({ total: score }),
          fc.record({ deprivations: fc.array(anyKey, { maxLength: 13 }) }),
          fc.record({ deprivationCount: score }),
          fc.record({ answers: fc.dictionary(anyKey, fc.oneof(fc.boolean(), fc.anything())) }),
          fc.anything(),
        ),
      ),
      code: maybe(fc.string()),
    },
    { requiredKeys: ["standard", "area"] },
  ),
  fc.anything(),
);

describe("classifyHousehold: the fast input path is the schemas' twin; the bulk path decides as the explained one", () => {
  it("whenever the fast path accepts, the full path resolves the same facts", () => {
    fc.assert(
      fc.property(householdInput, (x) => {
        const out = {} as FastHousehold;
        let ok = false;
        try {
          ok = fastHousehold(x, out, undefined, false);
        } catch {
          ok = false;
        }
        if (!ok) return true;
        const full = fullHousehold(x);
        expect(full.ok).toBe(true);
        if (!full.ok) return false;
        expect(out.standard).toBe(full.value.standard);
        expect(out.area).toBe(full.value.area);
        expect(JSON.stringify([out.formA?.reviewed, out.formA?.total, out.b1, out.b2])).toBe(JSON.stringify([full.value.formA?.reviewed, full.value.formA?.total, full.value.b1, full.value.b2]));
        return true;
      }),
      { numRuns: 5000 },
    );
  });

  it("classifyHouseholds gives each record the outcome (or the rejection) classifyHousehold gives it", () => {
    fc.assert(
      fc.property(fc.array(householdInput, { maxLength: 40 }), (records) => {
        const batch = classifyHouseholds(records as ClassifyHouseholdInput[], { maxRejected: Number.POSITIVE_INFINITY });
        const rejected = new Set(batch.rejected.map((r) => r.index));
        records.forEach((rec, i) => {
          const fields = typeof rec === "object" && rec !== null && !Array.isArray(rec) ? Object.fromEntries(Object.entries(rec).filter(([k]) => k !== "code")) : rec;
          const single = safeClassifyHousehold(fields as ClassifyHouseholdInput);
          if (single.ok) expect(batch.outcomes.at(i)).toEqual(single.value.outcome);
          else expect(rejected.has(i)).toBe(true);
        });
        expect(batch.counts.input).toBe(records.length);
        expect(batch.counts.ok + batch.counts.rejected).toBe(records.length);
      }),
      { numRuns: 300 },
    );
  });
});

/** The same data with every object's keys in reverse order. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reversedKeys((v as Record<string, unknown>)[k])]));
}

describe("standards are recognised by their structure, not their identity", () => {
  const local = layerLocalStandard({
    id: "tinh-x-2025",
    national: "2021-2025",
    authority: "UBND tỉnh X",
    title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X poverty standard" },
    instrument: { id: "Quyết định 1/2025/QĐ-UBND", kind: "local", title: { vi: "…", en: "…" } },
    incomeLines: { rural: { incomeLine: 1_750_000 } },
  });
  const copies = (s: PovertyStandard): [string, unknown][] => [
    ["JSON round trip", JSON.parse(JSON.stringify(s))],
    ["structuredClone (what a Web Worker receives)", structuredClone(s)],
    ["keys in another order (another language's back end)", reversedKeys(JSON.parse(JSON.stringify(s)))],
  ];

  for (const s of [...STANDARDS, local]) {
    for (const [how, copy] of copies(s)) {
      it(`${s.id} after ${how} classifies the same, with its certainty marks`, () => {
        const input = { area: "rural" as const, income: { perCapitaMonthly: 1_600_000 }, deprivationCount: 3 };
        const a = classifyByIncome({ ...input, standard: s });
        const b = classifyByIncome({ ...input, standard: copy as PovertyStandard });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        if (s.scoring.b1) {
          const h = { area: "urban" as const, b1: 150, b2: 30 };
          expect(JSON.stringify(classifyHousehold({ ...h, standard: copy as PovertyStandard }))).toBe(JSON.stringify(classifyHousehold({ ...h, standard: s })));
        }
      });
    }
  }

  it("a forged standard is refused: a national id with another line, a local one whose lines do not match its definition", () => {
    const forged = JSON.parse(JSON.stringify(getStandard("2021-2025")));
    forged.incomeLines.rural.incomeLine.value = 100_000;
    const r = safeClassifyByIncome({ standard: forged, area: "rural", income: { perCapitaMonthly: 1 }, deprivationCount: 0 });
    expect(r.ok ? null : r.issues[0]?.code).toBe("invalid_standard");
    const bent = JSON.parse(JSON.stringify(local));
    bent.incomeLines.rural.incomeLine.value = 100_000;
    const l = safeClassifyByIncome({ standard: bent, area: "rural", income: { perCapitaMonthly: 1 }, deprivationCount: 0 });
    expect(l.ok ? null : l.issues[0]?.code).toBe("invalid_standard");
  });

  it("a local standard is deeply frozen and may not take a national id", () => {
    expect(Object.isFrozen(local.incomeLines.rural.incomeLine)).toBe(true);
    expect(() => {
      (local.incomeLines.rural.incomeLine as { value: number }).value = 100_000;
    }).toThrow(TypeError);
    const r = safeLayerLocalStandard({
      id: "2016-2020",
      national: "2021-2025",
      authority: "UBND tỉnh X",
      title: { vi: "x", en: "x" },
      instrument: { id: "QĐ 1", kind: "local", title: { vi: "x", en: "x" } },
      incomeLines: { rural: { incomeLine: 1_750_000 } },
    });
    expect(r.ok ? null : r.issues[0]?.code).toBe("local_id_shadows_national");
  });
});
