// Growth of the working-day functions, by counting work rather than timing it: the year look-ups and the reads of
// the per-year prefix sums that one call makes, for a span of n days and of 8n days. A walk over the days would
// read 8 times more for 8n; the prefix sums read the same.
import { describe, expect, it } from "vitest";
import { countWorkingDays, stepWorking } from "./_workingDays.js";
import { resolveCalendar, yearData, type Internal, type YearData } from "./workingCalendar.js";
import { dayFromCivil } from "./_isoDate.js";

interface Counter {
  lookups: number;
  reads: number;
}

/** The default calendar's internals, with every year look-up and prefix-sum read counted. */
function counted(): { c: Internal; n: Counter } {
  const r = resolveCalendar(undefined, []);
  if (!r.ok) throw new Error("no default calendar");
  const base = r.value;
  const n: Counter = { lookups: 0, reads: 0 };
  const wrapped = new Map<number, YearData>();
  class CountingMap extends Map<number, YearData | null> {
    override get(year: number): YearData | null | undefined {
      n.lookups++;
      const y = yearData(base, base.adjacent, year);
      if (!y) return null;
      let w = wrapped.get(year);
      if (!w) {
        const prefix = new Proxy(y.prefix, {
          get(t, k) {
            if (typeof k === "string" && /^\d+$/.test(k)) n.reads++;
            const v: unknown = Reflect.get(t, k);
            return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(t) : v;
          },
        });
        w = { ...y, prefix };
        wrapped.set(year, w);
      }
      return w;
    }
  }
  return { c: { ...base, years: new CountingMap() }, n };
}

function cost(run: (c: Internal) => unknown): Counter {
  const { c, n } = counted();
  run(c);
  return { ...n };
}

describe("working days grow with years, not days (n vs 8n)", () => {
  const start = dayFromCivil(2024, 1, 10);

  it("workingDaysBetween: a span of 8n days costs what a span of n days costs (within a year)", () => {
    const small = cost((c) => countWorkingDays(c, start, start + 30));
    const large = cost((c) => countWorkingDays(c, start, start + 240));
    expect(small.reads).toBeGreaterThan(0);
    expect(large.reads / small.reads).toBeLessThanOrEqual(1);
    expect(large.lookups / small.lookups).toBeLessThanOrEqual(1);
  });

  it("addWorkingDays: 8n working days cost what n cost (within a year)", () => {
    const small = cost((c) => stepWorking(c, start, 20));
    const large = cost((c) => stepWorking(c, start, 160));
    expect(large.reads / small.reads).toBeLessThan(1.5);
    const back = cost((c) => stepWorking(c, start + 300, -160));
    const backSmall = cost((c) => stepWorking(c, start + 300, -20));
    expect(back.reads / backSmall.reads).toBeLessThan(1.5);
  });

  it("across years the cost is one look-up and one read per year crossed (O(years))", () => {
    const years = (k: number) => cost((c) => countWorkingDays(c, start, dayFromCivil(2024 + k, 6, 1)));
    const n = years(2);
    const n8 = years(16);
    // 2 years: look-ups for 2024, 2026 and the totals of 2024, 2025; 16 years: 16 totals + 2.
    expect(n8.lookups / n.lookups).toBeLessThanOrEqual(8);
    expect(n8.reads / n.reads).toBeLessThanOrEqual(8);
    const step = (k: number) => cost((c) => stepWorking(c, start, 250 * k));
    expect(step(16).lookups / step(2).lookups).toBeLessThanOrEqual(8);
  });
});
