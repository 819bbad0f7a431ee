import { describe, expect, it } from "vitest";
import { buildHierarchy } from "./buildHierarchy.js";
import { addToTally } from "./addToTally.js";
import { classifyAndTallyColumns } from "./classifyAndTallyColumns.js";
import { emptyTally } from "./emptyTally.js";
import { mergeTallies } from "./mergeTallies.js";
import { rollUpTallies } from "./rollUpTallies.js";
import { tallyFromJson } from "./tallyJson.js";
import type { Tally, TallyRecord } from "./types.js";

// A tally made from another (a roll-up's village tally, say) may share memory with it until one of them is counted
// into, and tallies with no support or ethnicity key share no slots for them: whichever way a tally was made,
// counting into it changes it and no other tally.
const poor: TallyRecord = { unitCode: "V1", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["employment", "telecom", "sanitation"] };
const withKeys: TallyRecord = { ...poor, supportReceived: ["health_card"], ethnicity: "05" };

function openOf(t: Tally) {
  return { support: t.segments.poor.support, ethnicity: t.segments.poor.ethnicity };
}

/** Tallies made every way, each with no open key: two villages, read back, merged, rolled up, from columns. */
function made(): Tally[] {
    const h = buildHierarchy([
      { code: "P", name: "Tỉnh", level: "province" },
      { code: "C", name: "Xã", level: "commune", parentCode: "P" },
      { code: "V1", name: "Thôn 1", level: "village", parentCode: "C" },
      { code: "V2", name: "Thôn 2", level: "village", parentCode: "C" },
    ]);
    const a = emptyTally("2021-2025");
    const b = emptyTally("2021-2025");
    addToTally(a, poor);
    addToTally(b, poor);
    const rolled = rollUpTallies(h, { V1: a, V2: b }, { standard: "2021-2025" });
    const cols = classifyAndTallyColumns(
      { unitCodes: ["V1", "V2"], unit: new Uint8Array([0, 1]), persons: new Uint8Array([3, 3]), area: "rural", income: new Float64Array([100_000, 100_000]), incomeKind: "perCapitaMonthly", deprivations: new Uint32Array([0b111, 0b111]) },
      { standard: "2021-2025" },
    ).units;
    // shared twice over: a roll-up of the roll-up's villages, and one of the columns' tallies
    const again = rollUpTallies(h, { V1: rolled.tallies["V1"] as Tally, V2: rolled.tallies["V2"] as Tally }, { standard: "2021-2025" });
    const ofColumns = rollUpTallies(h, cols, { standard: "2021-2025" });
    return [
      a,
      b,
      tallyFromJson(JSON.parse(JSON.stringify(a))),
      tallyFromJson(JSON.parse(JSON.stringify(b))),
      mergeTallies(a, b),
      rolled.tallies["V1"] as Tally,
      rolled.tallies["V2"] as Tally,
      rolled.tallies["C"] as Tally,
      rolled.total,
      cols["V1"] as Tally,
      cols["V2"] as Tally,
      again.tallies["V1"] as Tally,
      ofColumns.tallies["V2"] as Tally,
    ];
}

describe("counting into a tally made from others", () => {
  it.each([
    ["in the order they were made", (i: number) => i],
    ["the last made first", (i: number) => 12 - i],
  ])("changes that tally only, for tallies made empty, read from JSON, merged, rolled up or from columns (%s)", (_, at) => {
    const all = made();
    const order = all.map((_t, i) => at(i));
    // households before: one poor household in each village; the commune, the province total and the merge hold two
    const before = [1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 1];
    for (const t of all) expect(openOf(t)).toEqual({ support: {}, ethnicity: {} });
    const added = new Set<number>();
    for (const i of order) {
      expect(addToTally(all[i] as Tally, withKeys)).toEqual([]);
      added.add(i);
      for (let j = 0; j < all.length; j++) {
        const t = all[j] as Tally;
        expect(openOf(t)).toEqual(added.has(j) ? { support: { health_card: 1 }, ethnicity: { "05": 1 } } : { support: {}, ethnicity: {} });
        expect([t.households.poor, t.persons.total, t.segments.poor.deprivations["employment"]]).toEqual(
          added.has(j) ? [(before[j] as number) + 1, 3 * ((before[j] as number) + 1), (before[j] as number) + 1] : [before[j], 3 * (before[j] as number), before[j]],
        );
      }
    }
  });
});
