// A caller's B1 points table: each consistency rule with the exact issue (code, path, params), and scoring by sheet.
// The table is the fictional one of the tests (no official table could be sourced: ../shared/spec/forms.md); the
// numbers asserted are its own points added up by hand, never legal values.
import { describe, expect, it } from "vitest";
import { FICTIONAL_SCORECARD } from "../../test/fixtures/fictionalScorecard.js";
import { parseB1Scorecard, safeParseB1Scorecard, safeScoreB1, scoreB1 } from "../index.js";

type Card = typeof FICTIONAL_SCORECARD;
const card = (patch: Partial<{ [K in keyof Card]: unknown }>) => ({ ...FICTIONAL_SCORECARD, ...patch });
const issuesOf = (x: unknown) => {
  const r = safeParseB1Scorecard(x as Card);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
};
const points = (urban: number, north: number, south: number) => ({ urban, "NT-north": north, "NT-south": south });

describe("parseB1Scorecard: the consistency rules, one issue each", () => {
  it("the fictional table is valid and comes back deeply frozen", () => {
    const c = parseB1Scorecard(FICTIONAL_SCORECARD);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.items[0]?.options[0]?.points)).toBe(true);
  });

  it("a sheet id used twice", () => {
    expect(issuesOf(card({ sheets: [...FICTIONAL_SCORECARD.sheets.slice(1), { id: "NT-north", area: "urban", base: 0 }] }))).toContainEqual({
      code: "duplicate_id",
      path: ["sheets", 2, "id"],
      params: { id: "NT-north", where: "sheets" },
    });
  });

  it("an item id used twice, an option id used twice within an item (the same option id in two items is fine)", () => {
    const [size, roof] = FICTIONAL_SCORECARD.items;
    expect(issuesOf(card({ items: [size, roof, { ...roof, formItem: "B1.9" }] }))).toEqual([{ code: "duplicate_id", path: ["items", 2, "id"], params: { id: "roof", where: "items" } }]);
    const twice = { ...roof, options: [roof.options[0], roof.options[1], { ...roof.options[2], id: "concrete" }] };
    expect(issuesOf(card({ items: [size, twice] }))).toEqual([{ code: "duplicate_id", path: ["items", 1, "options", 2, "id"], params: { id: "concrete", where: "options" } }]);
    const yes = { id: "yes", label: { vi: "Có", en: "Yes" }, points: points(1, 1, 1) };
    expect(safeParseB1Scorecard(card({ items: [{ id: "a", label: { vi: "A", en: "A" }, options: [yes] }, { id: "b", label: { vi: "B", en: "B" }, options: [yes] }] })).ok).toBe(true);
  });

  it("an option without points for a sheet, and with points for a sheet that does not exist", () => {
    const option = { id: "x", label: { vi: "X", en: "X" }, points: { urban: 1, "NT-north": 1, "NT-west": 1 } };
    expect(issuesOf(card({ items: [{ id: "i", label: { vi: "I", en: "I" }, options: [option] }] }))).toEqual([
      { code: "scorecard_points_missing", path: ["items", 0, "options", 0, "points", "NT-south"], params: { sheet: "NT-south" } },
      { code: "scorecard_unknown_sheet", path: ["items", 0, "options", 0, "points", "NT-west"], params: { sheet: "NT-west" } },
    ]);
  });

  it("sheets that overlap within an area: a region twice, a region under an all-regions sheet, and the reverse", () => {
    const base = { base: 0 };
    const items: never[] = [];
    // a region on two sheets
    expect(
      issuesOf(card({ items, sheets: [{ id: "A", area: "rural", regions: ["central_highlands", "south_east"], ...base }, { id: "B", area: "rural", regions: ["south_east"], ...base }] })),
    ).toEqual([{ code: "scorecard_sheets_overlap", path: ["sheets", 1], params: { sheet: "B", other: "A", area: "rural", region: "south_east" } }]);
    // a regional sheet after an all-regions sheet of the same area
    expect(issuesOf(card({ items, sheets: [{ id: "A", area: "rural", ...base }, { id: "B", area: "rural", regions: ["mekong_delta"], ...base }] }))).toEqual([
      { code: "scorecard_sheets_overlap", path: ["sheets", 1], params: { sheet: "B", other: "A", area: "rural", region: "mekong_delta" } },
    ]);
    // an all-regions sheet after a regional one
    expect(issuesOf(card({ items, sheets: [{ id: "A", area: "rural", regions: ["mekong_delta"], ...base }, { id: "B", area: "rural", ...base }] }))).toEqual([
      { code: "scorecard_sheets_overlap", path: ["sheets", 1], params: { sheet: "B", other: "A", area: "rural", region: null } },
    ]);
    // two all-regions sheets of one area
    expect(issuesOf(card({ items, sheets: [{ id: "A", area: "urban", ...base }, { id: "B", area: "urban", ...base }] }))).toEqual([
      { code: "scorecard_sheets_overlap", path: ["sheets", 1], params: { sheet: "B", other: "A", area: "urban", region: null } },
    ]);
    // the same region in the other area is no overlap, nor are an urban and a rural all-regions sheet
    expect(safeParseB1Scorecard(card({ items, sheets: [{ id: "A", area: "urban", regions: ["mekong_delta"], ...base }, { id: "B", area: "rural", regions: ["mekong_delta"], ...base }] })).ok).toBe(true);
    expect(safeParseB1Scorecard(card({ items, sheets: [{ id: "A", area: "urban", ...base }, { id: "B", area: "rural", ...base }] })).ok).toBe(true);
  });
});

describe("scoreB1 from a scorecard: the sheet for the area and region, its base and the options' points", () => {
  const all = { householdSize: "3-4", roof: "tiled", motorbike: "yes" } as const;

  it("each sheet adds its own points (worked by hand from the fictional table)", () => {
    // NT-north: 80 + 15 + 22 + 10 = 127; NT-south: 90 + 10 + 20 + 10 = 130; urban: 100 + 20 + 25 + 12 = 157
    for (const [area, region, sheet, base, total, items] of [
      ["rural", "red_river_delta", "NT-north", 80, 127, [15, 22, 10]],
      ["rural", "northern_midlands_and_mountains", "NT-north", 80, 127, [15, 22, 10]],
      ["rural", "mekong_delta", "NT-south", 90, 130, [10, 20, 10]],
      ["urban", undefined, "urban", 100, 157, [20, 25, 12]],
      ["urban", "mekong_delta", "urban", 100, 157, [20, 25, 12]],
    ] as const) {
      const d = scoreB1({ standard: "2021-2025", area, ...(region === undefined ? {} : { region }), scorecard: FICTIONAL_SCORECARD, answers: all });
      expect(d.outcome).toMatchObject({ kind: "scored", total, source: "scorecard", base, scorecard: { sheet } });
      const s = d.explanation.steps.find((x) => x.rule === "b1.scorecard");
      expect(s?.children?.map((c) => c.actual)).toEqual(items);
      expect(s).toMatchObject({ code: "b1_scorecard_total", actual: total });
    }
  });

  it("the cut-off is then applied to the computed total (2022–2025 rural 140: 130 at or below, urban 175: 157 at or below)", () => {
    const rural = scoreB1({ standard: "2021-2025", area: "rural", region: "mekong_delta", scorecard: FICTIONAL_SCORECARD, answers: all });
    expect(rural.explanation.steps.find((x) => x.rule === "b1.at_or_below_cutoff")).toMatchObject({ actual: 130, expected: "≤ 140", result: true });
    const high = scoreB1({ standard: "2021-2025", area: "rural", region: "red_river_delta", scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "1-2", roof: "concrete", motorbike: "yes" } });
    // 80 + 25 + 38 + 10 = 153 > 140
    expect(high.outcome).toMatchObject({ total: 153 });
    expect(high.explanation.steps.find((x) => x.rule === "b1.at_or_below_cutoff")).toMatchObject({ actual: 153, result: false });
  });

  it("an item named like an Object member (constructor, toString) is answered only by the caller's own answer", () => {
    const opt = (pts: number) => [{ id: "o", label: { vi: "O", en: "O" }, points: { urban: pts } }];
    const odd = card({
      sheets: [{ id: "urban", area: "urban", base: 0 }],
      items: [
        { id: "constructor", label: { vi: "C", en: "C" }, options: opt(20) },
        { id: "toString", label: { vi: "T", en: "T" }, options: opt(7) },
        { id: "q", label: { vi: "Q", en: "Q" }, options: opt(5) },
      ],
    });
    // answered only "q": the other two are missing, not answered by what every object inherits (once "5 points")
    expect(scoreB1({ standard: "2021-2025", area: "urban", scorecard: odd as never, answers: { q: "o" } }).outcome).toMatchObject({ kind: "undetermined" });
    const r = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: odd as never, answers: { q: "o" } });
    expect(r.ok && r.value.outcome.kind === "undetermined" ? r.value.outcome.missing : null).toEqual(["constructor", "toString"]);
    expect(scoreB1({ standard: "2021-2025", area: "urban", scorecard: odd as never, answers: { constructor: "o", toString: "o", q: "o" } as never }).outcome).toMatchObject({ kind: "scored", total: 32 });
  });

  it("an id `__proto__` (it would be a key of the answers or the points) is refused", () => {
    const proto = card({ items: [{ id: "__proto__", label: { vi: "P", en: "P" }, options: [{ id: "o", label: { vi: "O", en: "O" }, points: points(1, 1, 1) }] }] });
    expect(issuesOf(JSON.parse(JSON.stringify(proto)))).toEqual([{ code: "invalid_key", path: ["items", 0, "id"], params: { received: "__proto__" } }]);
  });

  it("a region no sheet covers, a negative total, an option not in the item: issues with their numbers", () => {
    const northOnly = card({ sheets: [FICTIONAL_SCORECARD.sheets[0], FICTIONAL_SCORECARD.sheets[1]], items: [] });
    const r = safeScoreB1({ standard: "2021-2025", area: "rural", region: "mekong_delta", scorecard: northOnly as never, answers: {} });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "region_not_covered", path: ["region"], params: { area: "rural", region: "mekong_delta" } });
    const minus = card({ sheets: [{ id: "urban", area: "urban", base: -10 }], items: [{ id: "roof", label: { vi: "Mái", en: "Roof" }, options: [{ id: "leaves", label: { vi: "Lá", en: "Leaves" }, points: { urban: 5 } }] }] });
    const n = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: minus as never, answers: { roof: "leaves" } });
    expect(!n.ok && n.issues[0]).toMatchObject({ code: "b1_total_negative", path: ["answers"], params: { total: -5 } });
    const zero = card({ sheets: [{ id: "urban", area: "urban", base: -5 }], items: minus.items });
    expect(scoreB1({ standard: "2021-2025", area: "urban", scorecard: zero as never, answers: { roof: "leaves" } }).outcome).toMatchObject({ kind: "scored", total: 0 });
    const gold = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: FICTIONAL_SCORECARD, answers: { ...all, roof: "gold" as never } });
    expect(!gold.ok && gold.issues[0]).toMatchObject({ code: "unknown_b1_option", path: ["answers", "roof"], params: { item: "roof", option: "gold", known: "concrete, tiled, leaves" } });
  });

  it("some answers missing: undetermined, the missing items listed in the table's order", () => {
    const d = scoreB1({ standard: "2021-2025", area: "rural", region: "south_east", scorecard: FICTIONAL_SCORECARD, answers: { roof: "tiled" } });
    expect(d.outcome).toEqual({ kind: "undetermined", missing: ["householdSize", "motorbike"] });
    expect(d.explanation.steps.find((x) => x.rule === "b1.scorecard")).toMatchObject({ code: "b1_items_missing", params: { missing: "householdSize, motorbike" }, expected: "householdSize, motorbike", actual: null, result: false, status: "uncertain" });
  });
});
