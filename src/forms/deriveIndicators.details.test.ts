// deriveIndicators' details, field by field: what is missing is listed and never guessed, what is decided lists
// nothing, and each detail carries the numbers it read. The numbers are the 2021–2025 definitions as the project
// reads them (../shared/spec/indicators, all UNCERTAIN): health insurance from age 6, 8 m² a person, dependants
// more than half, two of walls, columns and roof non-durable.
import { describe, expect, it } from "vitest";
import { deriveIndicators, safeDeriveIndicators, STANDARD_2021_2025 } from "../index.js";
import type { HouseholdInput } from "../index.js";

const derive = (household: Partial<HouseholdInput>) => deriveIndicators({ standard: "2021-2025", household: { code: "HH-100", area: "rural", members: [{ age: 30 }], ...household } });
const detail = (household: Partial<HouseholdInput>, key: string) => derive(household).details.find((d) => d.key === key);

describe("deriveIndicators: missing data is listed, decided data lists nothing", () => {
  it("a household with nothing but one member's age: six indicators undetermined, each naming the fields it needs and the numbers it read", () => {
    const r = derive({});
    // no answer for an undetermined indicator, not even one set to undefined
    expect(Object.keys(r.answers)).toEqual([]);
    expect(r.details.map((d) => [d.key, d.deprived, d.missing, d.parameters, d.status])).toEqual([
      ["dependants", undefined, ["members[0].dependant"], { shareAbove: 0.5 }, "uncertain"],
      ["healthInsurance", undefined, ["members[0].healthInsurance"], { minAge: 6 }, "uncertain"],
      ["housingQuality", undefined, ["housing.walls", "housing.columns", "housing.roof"], { nonDurablePartsAtLeast: 2 }, "uncertain"],
      ["housingArea", undefined, ["housing.floorAreaM2"], { minFloorAreaPerPersonM2: 8 }, "uncertain"],
      ["drinkingWater", undefined, ["water.cleanSource"], {}, "uncertain"],
      ["sanitation", undefined, ["sanitation.hygienicLatrine"], {}, "uncertain"],
    ]);
    // each detail names the definition followed and where it comes from, as the standard's data has them
    for (const d of r.details) {
      const ind = STANDARD_2021_2025.indicators.find((i) => i.key === d.key);
      expect(d.source).toEqual(ind?.definition);
      expect(d.citation).toEqual(ind?.citation);
    }
  });

  it("water and latrine: a clean source / a hygienic latrine is not deprived, the lack of one is", () => {
    expect(detail({ water: { cleanSource: true }, sanitation: { hygienicLatrine: false } }, "drinkingWater")).toMatchObject({ deprived: false, missing: [] });
    expect(detail({ water: { cleanSource: false } }, "drinkingWater")).toMatchObject({ deprived: true, missing: [] });
    expect(detail({ sanitation: { hygienicLatrine: false } }, "sanitation")).toMatchObject({ deprived: true, missing: [] });
    expect(detail({ sanitation: { hygienicLatrine: true } }, "sanitation")).toMatchObject({ deprived: false, missing: [] });
    expect(derive({ water: { cleanSource: false }, sanitation: { hygienicLatrine: true } }).answers).toEqual({ drinkingWater: true, sanitation: false });
  });

  it("housing quality: an unknown part decides only when it could reach two; then it alone is listed", () => {
    const q = (walls?: "durable" | "non_durable", columns?: "durable" | "non_durable", roof?: "durable" | "non_durable") =>
      detail({ housing: { ...(walls ? { walls } : {}), ...(columns ? { columns } : {}), ...(roof ? { roof } : {}) } }, "housingQuality");
    // one non-durable, one durable, the roof unknown: 1 or 2 → undetermined, only the roof is missing
    expect(q("non_durable", "durable")).toMatchObject({ deprived: undefined, missing: ["housing.roof"] });
    // two non-durable: deprived whatever the roof
    expect(q("non_durable", "non_durable")).toMatchObject({ deprived: true, missing: [] });
    // two durable: at most 1 → not deprived whatever the roof
    expect(q("durable", "durable")).toMatchObject({ deprived: false, missing: [] });
    // one durable, two unknown: 0, 1 or 2 → undetermined
    expect(q("durable")).toMatchObject({ deprived: undefined, missing: ["housing.columns", "housing.roof"] });
    // all three known, one non-durable
    expect(q("durable", "non_durable", "durable")).toMatchObject({ deprived: false, missing: [] });
  });

  it("dependants: the unknown count only when they could tip the share over half", () => {
    const dep = (flags: (boolean | undefined)[]) => detail({ members: flags.map((f) => ({ age: 40, ...(f === undefined ? {} : { dependant: f }) })) }, "dependants");
    // 2 of 3 already more than half: deprived, nothing missing
    expect(dep([true, true, undefined])).toMatchObject({ deprived: true, missing: [] });
    // 1 of 4 known, 1 unknown: at most 2 of 4 = half → not deprived
    expect(dep([true, false, false, undefined])).toMatchObject({ deprived: false, missing: [] });
    // 1 of 3 known, 1 unknown: 1 or 2 of 3 → undetermined, the unknown member listed
    expect(dep([true, false, undefined])).toMatchObject({ deprived: undefined, missing: ["members[2].dependant"] });
  });

  it("health insurance: one member aged 6+ without a card decides, whatever the unknown ones", () => {
    expect(detail({ members: [{ age: 6, healthInsurance: false }, { age: 30 }] }, "healthInsurance")).toMatchObject({ deprived: true, missing: [] });
    expect(detail({ members: [{ age: 5 }, { age: 30, healthInsurance: true }] }, "healthInsurance")).toMatchObject({ deprived: false, missing: [] });
  });

  it("floor area: missing when not given, decided (with nothing missing) when given", () => {
    expect(detail({ members: [{ age: 30 }, { age: 3 }], housing: { floorAreaM2: 16 } }, "housingArea")).toMatchObject({ deprived: false, missing: [], parameters: { minFloorAreaPerPersonM2: 8 } });
    expect(detail({ members: [{ age: 30 }, { age: 3 }], housing: { walls: "durable" } }, "housingArea")).toMatchObject({ deprived: undefined, missing: ["housing.floorAreaM2"] });
  });
});

describe("deriveIndicators' input", () => {
  it("no standard, or no input at all: an issue at `standard`, not a crash", () => {
    const none = safeDeriveIndicators({ household: { code: "HH-1", area: "rural", members: [{ age: 1 }] } } as never);
    expect(!none.ok && none.issues[0]?.path).toEqual(["standard"]);
    const nothing = safeDeriveIndicators(null as never);
    expect(!nothing.ok && nothing.issues[0]?.path).toEqual(["standard"]);
    expect(() => deriveIndicators(null as never)).toThrow(expect.objectContaining({ code: "invalid_input", message: expect.stringContaining("deriveIndicators") }));
  });

  it("a bad household: its issues under `household`", () => {
    const r = safeDeriveIndicators({ standard: "2021-2025", household: { code: "HH-1", area: "rural", members: [{ age: -1 }] } });
    expect(!r.ok && r.issues[0]?.path).toEqual(["household", "members", 0, "age"]);
  });
});
