import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import { costToServeLayout, QUADRANT_LABELS } from "../../src/core/costToServe/builder";
import type { RangeRef } from "../../src/core/layout";
import { recalculate, sampleConfig, sampleRows, sampleSource, tableSource, withCredit } from "../support/costToServe";

const rows = sampleRows();
const source = sampleSource();
const portable = costToServeLayout(sampleConfig("portable"), source, { existingSheets: ["Data"] });
const kam = costToServeLayout(sampleConfig("kam"), source, { existingSheets: ["Data"] });
const wbPortable = recalculate(portable.layout, "Data", rows);
const wbKam = recalculate(kam.layout, "Data", rows);

/** Every value the sheet computes: table, whale block, largest block, summary, rates, capacity. */
function everything(anchors: typeof portable.anchors): RangeRef[] {
  const whale = { ...anchors.whaleX, col: anchors.whaleX.col - 4, cols: 6 };
  const largest = {
    ...anchors.largestCustomers,
    col: anchors.largestCustomers.col - 3,
    cols: 4 + anchors.largestActivities.length + 1,
  };
  return [
    anchors.table,
    whale,
    largest,
    ...Object.values(anchors.summary),
    ...anchors.rateCells,
    ...anchors.resourceCells.flatMap((r) => [r.rate, r.used, r.unusedMinutes, r.unusedCost]),
    anchors.marginCut,
    anchors.costCut,
  ];
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

describe("the cost-to-serve sheet on the 200-customer sample", () => {
  it("leaves out the 2 rows with a blank or text driver and keeps 198 customers", () => {
    expect(portable.preview.customers).toHaveLength(198);
    expect(portable.preview.problems.map((p) => p.code)).toEqual(["row_left_out", "row_left_out"]);
    expect(wbPortable.value(portable.anchors.summary.customers)).toBe(198);
  });

  it("computes identical values in the portable and the KAM-functions style", () => {
    const a = everything(portable.anchors).flatMap((r) => wbPortable.values(r).flat());
    const b = everything(kam.anchors).flatMap((r) => wbKam.values(r).flat());
    expect(a.length).toBeGreaterThan(198 * 18);
    const differences = a.map((x, i) => [x, b[i]]).filter(([x, y]) => !close(x, y));
    expect(differences).toEqual([]);
    expect(a.filter((x) => typeof x === "object" && x !== null)).toEqual([]);
  });

  it("agrees with the pane's preview on every customer's profit, quadrant and rank", () => {
    const t = portable.anchors.tableColumns;
    const body = wbPortable.values({ ...portable.anchors.table, row: portable.anchors.table.row + 1, rows: 198 });
    portable.preview.customers.forEach((c, i) => {
      const line = body[i] ?? [];
      expect(line[t.profit]).toBeCloseTo(c.profit, 6);
      expect(line[t.quadrant]).toBe(QUADRANT_LABELS[c.quadrant].en);
      expect(line[t.rank]).toBe(c.rank);
    });
    const s = portable.anchors.summary;
    expect(wbPortable.value(s.totalProfit)).toBeCloseTo(portable.preview.totals.profit, 4);
    expect(wbPortable.value(s.lossCount)).toBe(portable.preview.loss.count);
    expect(wbPortable.value(s.peakShare)).toBeCloseTo(portable.preview.whale?.peakShare ?? NaN, 10);
  });

  it("ranks 1…198 without gaps or repeats, and the whale block lists every customer once", () => {
    const t = portable.anchors.tableColumns;
    const ranks = wbPortable
      .values({ row: portable.anchors.table.row + 1, col: t.rank, rows: 198, cols: 1 })
      .map((r) => r[0] as number)
      .sort((x, y) => x - y);
    expect(ranks).toEqual(Array.from({ length: 198 }, (_, i) => i + 1));
    const names = wbPortable.values(portable.anchors.whaleCustomers).map((r) => r[0]);
    expect(new Set(names).size).toBe(new Set(portable.preview.customers.map((c) => c.name)).size);
  });

  it("lists the 20 largest customers by net revenue, once each", () => {
    const names = wbPortable.values(portable.anchors.largestCustomers).map((r) => r[0]);
    expect(names).toEqual(portable.preview.largest.map((i) => portable.preview.customers[i]?.name));
    expect(names).toHaveLength(20);
  });

  it("keeps a customer name that looks like a formula as text", () => {
    const t = portable.anchors.tableColumns;
    const names = wbPortable
      .values({ row: portable.anchors.table.row + 1, col: t.customer, rows: 198, cols: 1 })
      .map((r) => r[0]);
    expect(names).toContain('=HYPERLINK("http://x","Click")');
  });

  it("recalculates the profits when a cost pool is edited in the rates block", () => {
    const rate = portable.anchors.rateCells[0] as RangeRef;
    const before = wbPortable.value(portable.anchors.summary.totalProfit) as number;
    const pool = 1_450_000;
    wbPortable.set(portable.layout.name, rate.row, 3, pool + 100_000);
    expect(wbPortable.value(portable.anchors.summary.totalProfit)).toBeCloseTo(before - 100_000 * rateShare(), 0);
    wbPortable.set(portable.layout.name, rate.row, 3, pool);
    expect(wbPortable.value(portable.anchors.summary.totalProfit)).toBeCloseTo(before, 6);
  });

  it("moves customers between quadrants when a cut-off is typed over the median", () => {
    const t = portable.anchors.tableColumns;
    const cut = portable.anchors.costCut;
    const quadrants = (): unknown[] =>
      wbPortable.values({ row: portable.anchors.table.row + 1, col: t.quadrant, rows: 198, cols: 1 }).map((r) => r[0]);
    wbPortable.set(portable.layout.name, cut.row, cut.col, 10);
    expect(new Set(quadrants())).toEqual(new Set(["Passive", "Bargain basement"]));
    wbPortable.set(portable.layout.name, cut.row, cut.col, -1);
    expect(new Set(quadrants())).toEqual(new Set(["Carriage trade", "Aggressive"]));
  });

  it("writes Dutch labels and quadrant names with lang nl", () => {
    const nl = costToServeLayout(sampleConfig("portable", "nl"), source);
    const wb = recalculate(nl.layout, "Data", rows);
    const t = nl.anchors.tableColumns;
    const header = wb.values({ ...nl.anchors.table, rows: 1 })[0] ?? [];
    expect(header[t.profit]).toBe("Nettowinst");
    const quadrants = new Set(
      wb.values({ row: nl.anchors.table.row + 1, col: t.quadrant, rows: 198, cols: 1 }).map((r) => r[0]),
    );
    expect(quadrants).toEqual(new Set(["Carriage trade", "Passief", "Agressief", "Bargain basement"]));
    expect(nl.layout.charts.map((c) => c.title)).toEqual([
      "Marge × cost-to-serve (Shapiro)",
      "Walviscurve",
      "Cost-to-serve per activiteit, 20 grootste klanten",
    ]);
  });
});

/** The share of the order-processing pool the kept customers carry (their orders ÷ all orders). */
function rateShare(): number {
  const header = rows[0] ?? [];
  const col = header.indexOf("Orders");
  const kept = new Set(portable.preview.customers.map((c) => c.sourceRow));
  let all = 0;
  let mine = 0;
  rows.slice(1).forEach((r, i) => {
    const q = typeof r[col] === "number" ? r[col] : 0;
    all += q;
    if (kept.has(i)) mine += q;
  });
  return mine / all;
}

describe("a customer with negative revenue (issue 13: revenue −250, gross margin −40)", () => {
  const CREDIT = 3;
  const credit = withCredit(rows, CREDIT);
  const name = rows[CREDIT + 1]?.[0];
  /** A value as the two styles must agree on it: errors by their kind (the KAM style adds a message). */
  const kind = (x: unknown): unknown => (x instanceof DetailedCellError ? x.value : x);

  it("leaves the customer out of the sheet in both styles, naming its cell, and the styles agree", () => {
    const table = tableSource("Data", credit);
    const p = costToServeLayout(sampleConfig("portable"), table, { existingSheets: ["Data"] });
    const k = costToServeLayout(sampleConfig("kam"), table, { existingSheets: ["Data"] });
    expect(p.preview.customers.map((c) => c.name)).not.toContain(name);
    expect(p.preview.problems).toContainEqual({
      code: "negative_revenue",
      params: { count: 1, cells: `D${CREDIT + 2}` },
    });
    const a = recalculate(p.layout, "Data", credit);
    const b = recalculate(k.layout, "Data", credit);
    const names = a.values({ row: p.anchors.table.row + 1, col: 0, rows: 197, cols: 1 }).map((r) => r[0]);
    expect(names).not.toContain(name);
    const left = everything(p.anchors).flatMap((r) => a.values(r).flat());
    const right = everything(k.anchors).flatMap((r) => b.values(r).flat());
    expect(left.map((x, i) => [x, right[i]]).filter(([x, y]) => !close(x, y))).toEqual([]);
  });

  it("blanks its percentages and gives it no quadrant when its revenue turns negative after the build", () => {
    const found = portable.preview.customers.findIndex((c) => c.name === name);
    expect(found).toBeGreaterThanOrEqual(0);
    const seen = [portable, kam].map((built) => {
      const wb = recalculate(built.layout, "Data", credit);
      const t = built.anchors.tableColumns;
      const line = wb.values({ row: built.anchors.table.row + 1 + found, col: 0, rows: 1, cols: t.rank + 1 })[0] ?? [];
      const body = wb.values({ row: built.anchors.table.row + 1, col: t.marginPct, rows: 198, cols: 1 }).flat();
      const kept = body.filter((x): x is number => typeof x === "number").sort((x, y) => x - y);
      const mid = (kept[(kept.length - 1) >> 1]! + kept[kept.length >> 1]!) / 2;
      const quadrant = line[t.quadrant];
      return {
        revenue: line[t.revenue],
        marginPct: line[t.marginPct],
        ctsPct: line[t.ctsPct],
        quadrant: kind(line[t.quadrant]),
        message: quadrant instanceof DetailedCellError ? quadrant.message : "",
        marginCut: wb.value(built.anchors.marginCut),
        median: mid,
        kept: kept.length,
      };
    });
    for (const s of seen) {
      expect(s).toMatchObject({ revenue: -250, marginPct: "", ctsPct: "", quadrant: "#N/A", kept: 197 });
      expect(s.marginCut).toBeCloseTo(s.median, 12);
    }
    expect(seen[1]?.message).toContain("the net revenue is -250");
    expect(seen[0]?.marginCut).toBeCloseTo(seen[1]?.marginCut as number, 12);
  });
});
