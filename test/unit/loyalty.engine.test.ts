import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import { TYPE_LABELS, ZONE_LABELS } from "../../src/core/loyalty";
import { loyaltyLayout, PRICE_STEPS, TYPES, ZONES } from "../../src/core/loyalty/builder";
import { CLV } from "../../src/core/reichheld";
import { recalculate } from "../support/costToServe";
import { surveyConfig, surveyRows, surveySource } from "../support/loyalty";

const rows = surveyRows();
const source = surveySource(rows);
const build = (style: "portable" | "kam", full = true) => {
  const built = loyaltyLayout(surveyConfig(style, full), source, { existingSheets: ["Survey"] });
  return { ...built, wb: recalculate(built.layout, "Survey", rows) };
};
const portable = build("portable");
const kam = build("kam");

const shown = (v: unknown): unknown => (v instanceof DetailedCellError ? "error" : v);
function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(shown(a)) === JSON.stringify(shown(b));
}

describe("the loyalty sheet on the 0–10 survey sample (80 customers), both styles in HyperFormula", () => {
  const body = (b: typeof portable) => b.wb.values({ ...b.anchors.table, row: b.anchors.table.row + 1, rows: 80 });

  it("gives every customer the zone, type, gap and lifetime values of the preview (errors in the bad rows only)", () => {
    const t = portable.anchors.tableColumns;
    const lines = body(portable);
    portable.preview.customers.forEach((c, i) => {
      const line = lines[i] ?? [];
      const at = (k: string): unknown => line[t[k] as number];
      expect(shown(at("zone")), `row ${i + 1}`).toBe(c.zone === undefined ? "error" : ZONE_LABELS[c.zone].en);
      expect(shown(at("type")), `row ${i + 1}`).toBe(c.type === undefined ? "error" : TYPE_LABELS[c.type].en);
      if (c.gap === undefined) expect(shown(at("gap"))).toBe("error");
      else expect(at("gap")).toBe(c.gap);
      if (c.clv === undefined) expect(shown(at("clv"))).toBe("error");
      else expect(at("clv") as number).toBeCloseTo(c.clv, 6);
      if (c.clvUp === undefined) expect(shown(at("clvUp"))).toBe("error");
      else expect(at("clvUp") as number).toBeCloseTo(c.clvUp, 6);
    });
    expect(portable.preview.customers.filter((c) => c.type === undefined).map((c) => c.sourceRow)).toEqual([
      11, 27, 44,
    ]);
  });

  it("computes the same values in the portable and the KAM-functions style, cell for cell", () => {
    const ranges = (b: typeof portable) => [
      b.anchors.table,
      b.anchors.priceTable,
      ...Object.values(b.anchors.zoneCounts),
      ...Object.values(b.anchors.typeCounts),
      ...Object.values(b.anchors.summary),
      ...Object.values(b.anchors.settings),
    ];
    const a = ranges(portable).flatMap((r) => portable.wb.values(r).flat());
    const k = ranges(kam).flatMap((r) => kam.wb.values(r).flat());
    expect(a.length).toBeGreaterThan(80 * 14);
    expect(a.map((x, i) => [x, k[i]]).filter(([x, y]) => !close(x, y))).toEqual([]);
  });

  it("counts the customers per zone and per type as the preview does, and the shares add up to 1", () => {
    for (const b of [portable, kam]) {
      ZONES.forEach((z) => expect(b.wb.value(b.anchors.zoneCounts[z])).toBe(b.preview.zoneCounts[z]));
      TYPES.forEach((k) => expect(b.wb.value(b.anchors.typeCounts[k])).toBe(b.preview.typeCounts[k]));
    }
    expect(ZONES.reduce((s, z) => s + portable.preview.zoneCounts[z], 0)).toBe(78);
    expect(portable.preview.zoneCounts.affection).toBeGreaterThan(0);
    expect(portable.preview.typeCounts.hostage).toBeGreaterThan(0);
  });

  it("maps the course's 1–5 cut-offs onto 0–10 on the sheet: 3.75, 8.75, 6.25, 6.25", () => {
    const s = portable.anchors.settings;
    expect(
      [s.indifferenceFrom, s.affectionFrom, s.satisfactionCut, s.loyaltyCut].map((r) => portable.wb.value(r)),
    ).toEqual([3.75, 8.75, 6.25, 6.25]);
  });

  it("values fewer defections: total lifetime value now and at retention + 5 points, capped at 100 %", () => {
    const s = portable.anchors.summary;
    const totals = portable.preview.totals;
    expect(portable.wb.value(s.valued ?? s.totalClv!)).toBe(totals?.valued);
    expect(portable.wb.value(s.totalClv!) as number).toBeCloseTo(totals?.clv ?? NaN, 4);
    expect(portable.wb.value(s.totalClvUp!) as number).toBeCloseTo(totals?.clvUp ?? NaN, 4);
    expect(portable.wb.value(s.gain!) as number).toBeGreaterThan(0);
    const t = portable.anchors.tableColumns;
    const lines = body(portable);
    const capped = lines.filter(
      (l) => typeof l[t["retention"] as number] === "number" && (l[t["retention"] as number] as number) > 0.95,
    );
    expect(capped.length).toBeGreaterThan(0);
    for (const l of capped) expect(l[t["retentionUp"] as number]).toBe(1);
    // Row 1 by hand: margin 10,850, retention 0.66, 10 % discount, open horizon: 10850 / (1.1 − 0.66).
    expect(lines[0]?.[t["clv"] as number] as number).toBeCloseTo(10850 / 0.44, 6);
    expect(lines[0]?.[t["clvUp"] as number] as number).toBeCloseTo(10850 / (1.1 - 0.71), 6);
  });

  it("writes the course's price table (100 % … 100 %) with the user's 4 % margin as an extra column", () => {
    const p = portable.wb.values(portable.anchors.priceTable);
    expect(p[0]?.[0]).toBeCloseTo(1, 12);
    expect(p[4]?.[0]).toBeCloseTo(16, 12);
    expect(p[4]?.[4]).toBeCloseTo(1, 12);
    PRICE_STEPS.forEach((rise, i) => expect(p[i]?.[5]).toBeCloseTo(rise / 0.04, 12));
  });

  it("follows an edit: growth 20 % a year on a 5-year horizon recalculates every lifetime value as KAM.CLV does", () => {
    for (const b of [portable, kam]) {
      const g = b.anchors.value.growth!;
      const y = b.anchors.value.years!;
      b.wb.set(b.layout.name, g.row, g.col, 0.2);
      b.wb.set(b.layout.name, y.row, y.col, 5);
      const t = b.anchors.tableColumns;
      const line = body(b)[0] ?? [];
      const want = CLV.compute([[10850]], [[0.66]], [[0.1]], [[5]], undefined, [[0.2]])[0]?.[0] as number;
      expect(line[t["clv"] as number] as number).toBeCloseTo(want, 6);
    }
  });

  it("moves the cut-offs when the scale changes on the sheet (1–5 typed over 0–10 reclassifies)", () => {
    const b = build("portable", false);
    const s = b.anchors.settings;
    b.wb.set(b.layout.name, s.scaleMin.row, s.scaleMin.col, 1);
    b.wb.set(b.layout.name, s.scaleMax.row, s.scaleMax.col, 5);
    expect(b.wb.value(s.affectionFrom)).toBe(4.5);
    const t = b.anchors.tableColumns;
    const zone = body(b)[0]?.[t["zone"] as number];
    expect(zone).toBe(ZONE_LABELS.affection.en);
  });
});
