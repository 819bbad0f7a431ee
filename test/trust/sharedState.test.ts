// Results own nothing shared: every value the library hands out is either fresh or deeply frozen. Two calls with
// fresh (equal) arguments must not return a mutable object that both results reach — a caller who trims "its"
// list would change what every later call sees. Every exported constant is deeply frozen. (Issue 12.)
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { CALLS, FUZZ_GROUPS, publicConstants, publicFunctions } from "./_calls.js";

/** Every object (and function) reachable from a value through own properties, read without calling getters. */
function reachable(root: unknown): Map<object, string> {
  const seen = new Map<object, string>();
  const stack: [unknown, string][] = [[root, "$"]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) continue;
    seen.set(v, path);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && "value" in d) stack.push([d.value, `${path}.${String(k)}`]);
    }
  }
  return seen;
}

/** Whether an object can be changed in place: not frozen (its own properties may be written, added, deleted). */
function isMutable(o: object): boolean {
  return !Object.isFrozen(o);
}

function run(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    return e; // an error is a result too (its issues must not be shared either)
  }
}

describe("every public non-report function has valid calls listed", () => {
  it("the list covers every function", () => {
    const missing = [...publicFunctions().keys()].filter((n) => !(n in CALLS));
    expect(missing).toEqual([]);
  });
  it("the listed calls are valid (none throws)", () => {
    for (const [name, calls] of Object.entries(CALLS)) {
      const fn = publicFunctions().get(name);
      expect(fn, name).toBeDefined();
      for (const c of calls) {
        const r = (fn as (...a: unknown[]) => unknown)(...c.args());
        if (name.startsWith("safe") && typeof r === "object" && r !== null && "ok" in r && !(r as { ok: boolean }).ok) {
          // a refusal on purpose (an unknown year) is listed by name
          expect(["1990", "2031", "2030 periodic", "none", "twice"], `${name} / ${c.name}`).toContain(c.name);
        }
      }
    }
  });
});

describe("no mutable object is shared between two results", () => {
  const cases = Object.entries(CALLS).flatMap(([name, calls]) => calls.map((c) => [`${name}: ${c.name}`, name, c] as const));
  it.each(cases)("%s", (_label, name, c) => {
    const fn = publicFunctions().get(name) as (...args: unknown[]) => unknown;
    const first = reachable(run(fn, c.args()));
    const second = reachable(run(fn, c.args()));
    const shared: string[] = [];
    for (const [o, path] of second) if (first.has(o) && isMutable(o)) shared.push(path);
    expect(shared).toEqual([]);
  });

  // Refusals are results too: the issues (and a thrown error's issues) of two bad calls share nothing mutable.
  const bad: readonly (readonly unknown[])[] = [[{}], [null], ["2023-02-30", "x"], [{ standard: "2021-2025" }]];
  it.each([...publicFunctions().keys()])("%s refusing bad input", (name) => {
    const fn = publicFunctions().get(name) as (...args: unknown[]) => unknown;
    for (const args of bad) {
      const first = reachable(run(fn, [...args]));
      const second = reachable(run(fn, [...args].map((a) => (typeof a === "object" && a !== null ? { ...a } : a))));
      const shared: string[] = [];
      for (const [o, path] of second) if (first.has(o) && isMutable(o)) shared.push(path);
      expect(shared, JSON.stringify(args)).toEqual([]);
    }
  });

  it("a caller editing a result does not change the next result (publicHolidays, minutes, seed plans)", () => {
    const a = api.publicHolidays(2024);
    expect(() => (a.daysOff as unknown[]).pop()).toThrow(TypeError);
    expect(api.publicHolidays(2024).daysOff.length).toBe(a.daysOff.length);
    const vote = { standard: "2021-2025", heldOn: "2023-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5 } } as const;
    const m = api.tallyMeetingVote(vote).outcome;
    if (m.kind === "rule_not_found") throw new Error("expected a decision");
    try {
      (m.minutes.citations[0] as { article: string }).article = "edited";
    } catch {
      // frozen: fine
    }
    const again = api.tallyMeetingVote(vote).outcome;
    if (again.kind === "rule_not_found") throw new Error("expected a decision");
    // Decision 24/2021/QĐ-TTg Art. 4 (the meeting step), as cited by the library
    expect(again.minutes.citations[0]?.article).toBe("4");
  });
});

describe("every exported constant is deeply frozen", () => {
  it.each([...publicConstants().entries()].filter(([, v]) => typeof v === "object" && v !== null))("%s", (_name, value) => {
    const mutable = [...reachable(value)].filter(([o]) => isMutable(o)).map(([, p]) => p);
    expect(mutable).toEqual([]);
  });

  it("editing the inspection sampling rule is refused, so the sample cannot change under a caller", () => {
    const rule = api.INSPECTION_SAMPLING_SEED_004 as unknown as { value: { villagePercent: { min: number } } };
    expect(() => {
      rule.value.villagePercent.min = 100;
    }).toThrow(TypeError);
    // seed 004, Mục III.5: 50–60% of the villages; of 4 villages, 50% is 2
    const s = api.drawInspectionSample({ seed: "KT-2021", villages: [1, 2, 3, 4].map((i) => ({ code: `T${i}`, households: ["a", "b", "c", "d", "e"].map((h) => `${h}${i}`) })) });
    expect(s.outcome.villages.length).toBe(2);
  });
});

describe("every public non-report function is fuzzed", () => {
  it("each is in one fuzz group", () => {
    const grouped = Object.values(FUZZ_GROUPS).flat();
    expect([...publicFunctions().keys()].filter((n) => !grouped.includes(n))).toEqual([]);
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
