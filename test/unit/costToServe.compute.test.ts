import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cells";
import {
  computeCostToServe,
  costToServeLayout,
  formatCtsProblem,
  scaleSuggestion,
  suggestConfig,
  previewWhale,
  type CostToServeConfig,
} from "../../src/core/costToServe/builder";
import { median, profitQuadrant as quadrantOf } from "../../src/core/costToServe";
import { whaleStats } from "../../src/core/whale";
import type { SourceTable } from "../../src/core/host";
import { recalculate, sampleRows, sampleSource, tableSource } from "../support/costToServe";
import { retailSourceTable } from "../support/selectionSample";
import { cellsAt } from "../support/layoutDigest";

const rows: Cell[][] = [
  ["Name", "List", "Discount", "Margin", "Orders", "Days"],
  ["P", 1000, 100, 300, 10, 30],
  ["Q", 500, 0, 50, 30, 60],
  ["R", 800, 50, 250, 0, 90],
];

function config(patch: Partial<CostToServeConfig> = {}): CostToServeConfig {
  return {
    version: 1,
    mapping: {
      customer: "Name",
      revenue: { kind: "list", list: "List", discount: "Discount", discountAs: "amount" },
      cost: { kind: "margin", column: "Margin" },
    },
    resources: [],
    activities: [
      { id: "o", method: "abc", name: "Orders", pool: 400, driver: "Orders" },
      { id: "f", method: "financing", name: "Terms", daysColumn: "Days", rate: 0.0365 },
    ],
    cuts: { margin: null, costToServe: null },
    style: "portable",
    lang: "en",
    ...patch,
  };
}

describe("the cost-to-serve computation", () => {
  it("takes net revenue as list − discount and cost of goods as revenue − gross margin", () => {
    const p = computeCostToServe(config(), tableSource("Data", rows));
    // P: revenue 900, cost of goods 600, orders 10 × (400 / 40) = 100, financing 900 × 30 / 365 × 0.0365 = 2.7.
    expect(p.customers[0]).toMatchObject({ revenue: 900, costOfGoods: 600, grossMargin: 300 });
    expect(p.customers[0]?.activityCosts[0]).toBeCloseTo(100, 12);
    expect(p.customers[0]?.activityCosts[1]).toBeCloseTo(2.7, 12);
    expect(p.customers[0]?.profit).toBeCloseTo(197.3, 12);
  });

  it("computes the same P&L in the sheet for these mappings (portable and KAM functions)", () => {
    for (const style of ["portable", "kam"] as const) {
      const built = costToServeLayout(config({ style }), tableSource("Data", rows));
      const wb = recalculate(built.layout, "Data", rows);
      const t = built.anchors.tableColumns;
      built.preview.customers.forEach((c, i) => {
        const r = built.anchors.table.row + 1 + i;
        expect(wb.value({ row: r, col: t.profit, rows: 1, cols: 1 })).toBeCloseTo(c.profit, 9);
        expect(wb.value({ row: r, col: t.cogs, rows: 1, cols: 1 })).toBeCloseTo(c.costOfGoods, 9);
      });
    }
  });

  it("reads a table that starts at C3 on a sheet whose name needs quotes", () => {
    const source = { ...tableSource("Klant's data", rows), origin: { row: 2, col: 2 } };
    const built = costToServeLayout(config(), source);
    const padded: Cell[][] = [[], [], ...rows.map((r) => [null, null, ...r])];
    const wb = recalculate(built.layout, "Klant's data", padded);
    const first = cellsAt(built.layout, { ...built.anchors.table, row: built.anchors.table.row + 1, rows: 1 })[0];
    expect(first?.[0]).toEqual({ f: "='Klant''s data'!C4" });
    const t = built.anchors.tableColumns;
    built.preview.customers.forEach((c, i) => {
      expect(wb.value({ row: built.anchors.table.row + 1 + i, col: t.profit, rows: 1, cols: 1 })).toBeCloseTo(
        c.profit,
        9,
      );
    });
  });

  it("takes a fraction discount as list × (1 − discount)", () => {
    const p = computeCostToServe(
      config({
        mapping: {
          ...config().mapping,
          revenue: { kind: "list", list: "List", discount: "Discount", discountAs: "fraction" },
        },
      }),
      tableSource("Data", [rows[0] as Cell[], ["P", 1000, 0.1, 300, 10, 30]]),
    );
    expect(p.customers[0]?.revenue).toBeCloseTo(900, 12);
  });

  it("stops on a driver that adds up to zero", () => {
    const zero = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), 0, r[5] ?? null]));
    const p = computeCostToServe(config(), tableSource("Data", zero));
    expect(p.problems.map((x) => x.code)).toContain("zero_volume");
    expect(formatCtsProblem(p.problems[0] ?? { code: "no_customers", params: {} }, "en")).toBe(
      'The driver "Orders" of the activity "Orders" adds up to zero, so its rate cannot be computed.',
    );
  });

  it("names a mapped column that is not in the table, in Dutch too", () => {
    const p = computeCostToServe(
      config({ mapping: { ...config().mapping, customer: "Klant" } }),
      tableSource("Data", rows),
    );
    expect(p.problems).toEqual([{ code: "missing_column", params: { column: "Klant", role: "customer" } }]);
    expect(formatCtsProblem(p.problems[0] ?? { code: "no_customers", params: {} }, "nl")).toBe(
      'De kolom "Klant" (customer) staat niet in de brontabel; koppel hem opnieuw.',
    );
  });

  it("leaves out rows with text or a blank in a number column and rows with zero revenue, naming the cells", () => {
    const bad: Cell[][] = [...rows, ["S", "n/a", 0, 1, 1, 1], ["T", 100, 100, 0, 1, 1], ["U", 100, 0, 10, null, 1]];
    const p = computeCostToServe(config(), tableSource("Data", bad));
    expect(p.customers.map((c) => c.name)).toEqual(["P", "Q", "R"]);
    expect(p.problems).toEqual([
      { code: "row_left_out", params: { column: "List", count: 1, cells: "B5" } },
      { code: "row_left_out", params: { column: "Orders", count: 1, cells: "E7" } },
      { code: "zero_revenue", params: { count: 1, cells: "B6" } },
    ]);
  });

  it("leaves out a customer with negative revenue, naming its cell, instead of a positive margin and a quadrant", () => {
    // Issue 13: revenue −250 with a gross margin of −40 reads as a margin of +16 %.
    const credit: Cell[][] = [...rows, ["V", -250, 0, -40, 1, 30]];
    const p = computeCostToServe(config(), tableSource("Data", credit));
    expect(p.customers.map((c) => c.name)).toEqual(["P", "Q", "R"]);
    expect(p.problems).toEqual([{ code: "negative_revenue", params: { count: 1, cells: "B5" } }]);
    const [problem] = p.problems;
    expect(formatCtsProblem(problem!, "en")).toBe(
      "1 row(s) are left out because their net revenue is negative (a credit or returns): a loss would show as a positive margin and a confident quadrant (first: B5).",
    );
    expect(formatCtsProblem(problem!, "nl")).toContain("weggelaten omdat de netto-omzet negatief is");
    expect(p.cuts.margin).toBe(
      median(computeCostToServe(config(), tableSource("Data", rows)).customers.map((c) => c.marginPct)),
    );
  });

  it("warns that a total profit of zero or less has no whale curve", () => {
    const loss: Cell[][] = [rows[0] as Cell[], ["P", 100, 0, 10, 10, 0]];
    const p = computeCostToServe(config(), tableSource("Data", loss));
    expect(p.whale).toBeUndefined();
    expect(p.problems.map((x) => x.code)).toEqual(["non_positive_profit"]);
  });

  it("reports a resource used beyond its practical capacity", () => {
    const over = config({
      resources: [{ id: "r", name: "Desk", cost: 100, capacityMinutes: 10 }],
      activities: [{ id: "t", method: "tdabc", name: "Orders", minutesPerUnit: 1, resource: "r", driver: "Orders" }],
    });
    const p = computeCostToServe(over, tableSource("Data", rows));
    expect(p.resources[0]).toMatchObject({ minutesUsed: 40, unusedMinutes: -30, capacityCostRate: 10 });
    expect(p.problems.map((x) => x.code)).toContain("over_capacity");
  });

  it.each([
    [0.3, 0.1, "carriageTrade"],
    [0.3, 0.09, "passive"],
    [0.29, 0.1, "aggressive"],
    [0.29, 0.09, "bargainBasement"],
  ] as const)("puts margin %s and cost-to-serve %s at cut-offs 0.3 / 0.1 in %s (ties go high)", (m, c, q) => {
    expect(quadrantOf(m, c, 0.3, 0.1)).toBe(q);
  });

  it("takes the median of an even list as the mean of the middle two", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it("has no whale curve without customers", () => {
    expect(previewWhale([])).toBeUndefined();
  });

  it("gives the preview the whale figures of KAM.WHALESTATS (one rule, src/core/whale)", () => {
    const profits = Array.from({ length: 15 }, (_, i) => 100 - i * 9);
    const whale = previewWhale(profits);
    const stats = whaleStats(profits);
    expect(whale?.top20Share).toBeCloseTo(
      profits.slice(0, 3).reduce((a, b) => a + b, 0) / profits.reduce((a, b) => a + b, 0),
      12,
    );
    expect(whale?.top20Share).toBe(stats.top20Share);
    expect(whale?.peakShare).toBe(stats.peakShare);
  });
});

describe("the suggested configuration", () => {
  it("maps the sample's columns and proposes its eight activities on three resources", () => {
    const headers = (sampleRows()[0] ?? []).map(String);
    const c = suggestConfig(headers, "en");
    expect(c.mapping).toEqual({
      customer: "Customer",
      revenue: { kind: "net", net: "Net revenue" },
      cost: { kind: "cogs", column: "Cost of goods" },
    });
    expect(c.activities.map((a) => a.name)).toEqual([
      "Order processing",
      "Deliveries",
      "Transport",
      "Sales visits",
      "Returns",
      "Rush orders",
      "Service calls",
      "Payment terms",
    ]);
    expect(c.resources.map((r) => r.id)).toEqual(["log", "sales", "cs"]);
  });

  it("names them in Dutch and falls back to list revenue and gross margin", () => {
    const c = suggestConfig(
      ["Klant", "Brutomzet", "Omzet tegen lijstprijs", "Korting", "Brutomarge", "Bezoeken"],
      "nl",
    );
    expect(c.mapping.revenue).toEqual({
      kind: "list",
      list: "Omzet tegen lijstprijs",
      discount: "Korting",
      discountAs: "fraction",
    });
    expect(c.mapping.cost).toEqual({ kind: "margin", column: "Brutomarge" });
    expect(c.activities.map((a) => a.name)).toEqual(["Verkoopbezoeken"]);
    expect(c.resources.map((r) => r.name)).toEqual(["Buitendienst"]);
  });

  describe("scaled to the table (issue 13: example pools two orders too large for a small shop's table)", () => {
    const suggested = (source: SourceTable): CostToServeConfig =>
      scaleSuggestion(suggestConfig(source.headers.map(String), "en"), source);

    it("keeps the sample's example figures as they are", () => {
      const source = sampleSource();
      expect(suggested(source)).toEqual(suggestConfig(source.headers.map(String), "en"));
    });

    it("scales the pools and resource costs with net revenue, to three significant digits", () => {
      const full = sampleSource();
      const small = { ...full, rows: full.rows.slice(0, 10) };
      const revenue = computeCostToServe(suggested(small), small).totals.revenue;
      const ratio = revenue / computeCostToServe(suggested(full), full).totals.revenue;
      const pool = suggested(small).activities.find((a) => a.id === "orders");
      expect(pool?.method === "abc" && pool.pool).toBeCloseTo(1_450_000 * ratio, -4);
      expect(ratio).toBeLessThan(0.1);
      const cost = suggested(small).resources.find((r) => r.id === "log")?.cost ?? 0;
      expect(cost).toBeCloseTo(1_800_000 * ratio, -4);
      expect(String(cost).replace(/0+$/, "").length).toBeLessThanOrEqual(3);
    });

    it("gives every resource of the retail profile a capacity above the minutes its drivers take", () => {
      const retail = retailSourceTable();
      const before = computeCostToServe(suggestConfig(retail.headers.map(String), "en"), retail);
      expect(before.problems.map((p) => p.code)).toContain("over_capacity");
      const after = computeCostToServe(suggested(retail), retail);
      expect(after.problems.map((p) => p.code)).not.toContain("over_capacity");
      for (const r of after.resources) expect(r.unusedMinutes, r.id).toBeGreaterThan(0);
    });

    it("leaves a table without revenue as suggested", () => {
      const full = sampleSource();
      const none = { ...full, rows: [] };
      expect(suggested(none)).toEqual(suggestConfig(full.headers.map(String), "en"));
    });
  });
});
