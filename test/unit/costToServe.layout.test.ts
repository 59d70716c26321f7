import { describe, expect, it } from "vitest";
import {
  CostToServeConfigSchema,
  costToServeLayout,
  parseConfig,
  SHEET_TAG,
  sourceRuns,
} from "../../src/core/costToServe/builder";
import { tableNameForSheet as tableName, uniqueSheetName } from "../../src/core/compose";
import { a1, type SheetLayout } from "../../src/core/layout";
import { sampleConfig, sampleSource } from "../support/costToServe";
import { retailSourceTable } from "../support/selectionSample";
import { cellsAt } from "../support/layoutDigest";

const source = sampleSource();
const built = costToServeLayout(sampleConfig("portable"), source, { existingSheets: ["Data", "KAM Cost-to-serve"] });
const { layout, anchors } = built;

function formulas(l: SheetLayout): string[] {
  return l.blocks.flatMap((b) => b.cells.flat()).flatMap((c) => (c !== null && "f" in c ? [c.f] : []));
}

describe("the cost-to-serve layout as data", () => {
  it("gets a unique name and the builder's tag", () => {
    expect(layout.name).toBe("KAM Cost-to-serve (2)");
    expect(layout.tag).toBe(SHEET_TAG);
    expect(uniqueSheetName("KAM Cost-to-serve", [])).toBe("KAM Cost-to-serve");
  });

  it("ranks and sorts once per column in the KAM style, in a formatted range (a table cannot hold spills)", () => {
    const kam = costToServeLayout(sampleConfig("kam"), source, { existingSheets: ["Data"] });
    const all = formulas(kam.layout);
    expect(kam.layout.tables).toEqual([]);
    expect(all.filter((f) => f.includes("KAM.RANKALL("))).toEqual([
      expect.stringMatching(/^=KAM\.RANKALL\(.*,0,"first"\)$/),
    ]);
    expect(all.filter((f) => f.includes("KAM.SORTROWS("))).toHaveLength(2);
    // The deprecated ids of issue 12 are for saved workbooks only; the builder writes the new ones.
    expect(all.filter((f) => /KAM\.(RANK|SORTBY)\(/.test(f))).toEqual([]);
    expect(all.some((f) => f.includes("MATCH(") && f.includes("INDEX(") && !f.includes("SMALL("))).toBe(false);
    expect(all.filter((f) => f.startsWith("=SUMPRODUCT(("))).toEqual([]);
  });

  it("makes the customer table an Excel table with 18 columns and one row per kept customer", () => {
    expect(layout.tables).toEqual([{ name: tableName(layout.name), range: anchors.table, style: "TableStyleMedium2" }]);
    expect(anchors.table.cols).toBe(10 + 8);
    expect(anchors.table.rows).toBe(198 + 1);
    expect(tableName("KAM Cost-to-serve (2)")).toBe("KAM_Cost_to_serve_2");
  });

  it("freezes the rows down to the customer table's header row, in both styles", () => {
    expect(layout.freezeRows).toBe(anchors.table.row + 1);
    const kam = costToServeLayout(sampleConfig("kam"), source, { existingSheets: ["Data"] });
    expect(kam.layout.freezeRows).toBe(kam.anchors.table.row + 1);
  });

  it("uses only natives that Excel 2016 and LibreOffice share in the portable style", () => {
    const all = formulas(layout).join("\n");
    for (const banned of [
      "KAM.",
      "SORTBY(",
      "FILTER(",
      "LET(",
      "XLOOKUP(",
      "IFS(",
      "SORT(",
      "UNIQUE(",
      "SEQUENCE(",
      "RANK.EQ(",
    ]) {
      expect(all).not.toContain(banned);
    }
  });

  it("uses KAM.ACTIVITYRATE, KAM.CUSTOMERPROFIT, KAM.PROFITQUADRANT, KAM.WHALECURVE and KAM.WHALESTATS in the KAM style", () => {
    const kam = formulas(costToServeLayout(sampleConfig("kam"), source).layout).join("\n");
    for (const fn of [
      "KAM.ACTIVITYRATE(",
      "KAM.CUSTOMERPROFIT(",
      "KAM.PROFITQUADRANT(",
      "KAM.WHALECURVE(",
      "KAM.WHALESTATS(",
    ]) {
      expect(kam).toContain(fn);
    }
  });

  it("reads the source sheet row by row and the rates block by absolute reference", () => {
    const first = anchors.table.row + 1;
    const row = cellsAt(layout, { row: first, col: 0, rows: 1, cols: anchors.table.cols })[0] ?? [];
    expect(row[0]).toEqual({ f: "=Data!A2" });
    expect(row[1]).toEqual({ f: "=Data!D2*(1-Data!E2)" });
    const rate = anchors.rateCells[0];
    expect(row[4]).toEqual({ f: `=Data!U2*${a1(rate as never, true)}` });
  });

  it("spills one formula per table column over each run of consecutive source rows in the KAM style", () => {
    const kam = costToServeLayout(sampleConfig("kam"), source, { existingSheets: ["Data"] });
    const first = kam.anchors.table.row + 1;
    const table = cellsAt(kam.layout, { ...kam.anchors.table, row: first, rows: kam.anchors.table.rows - 1 });
    const kept = kam.preview.customers.map((c) => c.sourceRow);
    const starts = table.flatMap((row, i) => (row[0] === null ? [] : [i]));
    expect(starts).toEqual([0, ...kept.flatMap((s, i) => (i > 0 && s !== (kept[i - 1] as number) + 1 ? [i] : []))]);
    expect(starts).toHaveLength(3);
    const head = table[0] ?? [];
    const rows = starts[1] as number;
    expect(head[0]).toEqual({ f: `=+Data!A2:A${rows + 1}` });
    expect(head[1]).toEqual({ f: `=Data!D2:D${rows + 1}*(1-Data!E2:E${rows + 1})` });
    expect(head[12]).toEqual({ f: expect.stringMatching(new RegExp(`^=E${first + 1}:E${first + rows}\\+F`)) });
    const cells = table.reduce((sum, row) => sum + row.filter((c) => c !== null).length, 0);
    expect(cells).toBe(3 * 16 + 2);
    expect(sourceRuns([0, 1, 2, 4, 5, 9])).toEqual([3, 0, 0, 2, 0, 1]);
    expect(sourceRuns([])).toEqual([]);
  });

  it("draws the Shapiro scatter of margin % against cost-to-serve % with both cut-off lines and four quadrant names", () => {
    const chart = layout.charts.find((c) => c.id === "shapiro");
    const t = anchors.tableColumns;
    expect(chart?.type).toBe("scatter");
    expect(chart?.title).toBe("Margin × cost-to-serve (Shapiro)");
    expect(chart?.xTitle).toBe("Cost-to-serve as % of net revenue");
    expect(chart?.yTitle).toBe("Gross margin as % of net revenue");
    expect(chart?.series.map((s) => [s.name, s.style])).toEqual([
      ["Customers", "markers"],
      ["Cost-to-serve cut-off", "line"],
      ["Margin cut-off", "line"],
    ]);
    expect(chart?.series[0]?.x).toEqual({ row: anchors.table.row + 1, col: t.ctsPct, rows: 198, cols: 1 });
    expect(chart?.series[0]?.y).toEqual({ row: anchors.table.row + 1, col: t.marginPct, rows: 198, cols: 1 });
    expect(chart?.series[1]?.x.rows).toBe(2);
    expect(chart?.labels?.map((l) => l.text)).toEqual(["Passive", "Carriage trade", "Bargain basement", "Aggressive"]);
  });

  describe("on the 793-customer retail profile: one customer at 5.4 × revenue, a third loss-making (issue 13)", () => {
    const retail = retailSourceTable();
    const built = costToServeLayout(sampleConfig("portable"), retail, { existingSheets: ["Customers"] });
    const chart = built.layout.charts.find((c) => c.id === "shapiro");
    const pct = built.preview.customers.map((c) => c.costToServePct);
    const outlier = built.preview.customers.findIndex((c) => c.name === "Customer 15223");

    it("sets the axes to the bulk of the customers and leaves the outlier outside them", () => {
      expect(outlier).toBeGreaterThanOrEqual(0);
      const x = chart?.xAxis;
      expect(x).toBeDefined();
      expect(pct[outlier]).toBeGreaterThan(x?.max ?? Infinity);
      const inside = pct.filter((p) => p >= (x?.min ?? 0) && p <= (x?.max ?? 0)).length;
      expect(inside / pct.length).toBeGreaterThan(0.97);
      expect((x?.max ?? 0) / (pct[outlier] ?? 1)).toBeLessThan(0.5);
    });

    it("names the customers outside the axes beside the chart, with their percentages as table cells", () => {
      const block = built.layout.blocks.find(
        (b) => b.cells[0]?.[0] !== null && JSON.stringify(b.cells[0]?.[0]).includes("Outside the chart"),
      );
      expect(block).toBeDefined();
      const names = (block?.cells ?? []).slice(2).map((r) => r[0]);
      expect(names).toContainEqual({ v: "Customer 15223" });
      const row = (block?.cells ?? [])
        .slice(2)
        .find((r) => JSON.stringify(r[0]) === JSON.stringify({ v: "Customer 15223" }));
      expect(row?.[1]).toMatchObject({ f: expect.stringMatching(/^=\$[A-Z]+\$\d+$/) });
    });

    it("puts the quadrant names inside the plot's corners and runs the cut-off lines between the axis bounds", () => {
      const x = chart?.xAxis;
      const y = chart?.yAxis;
      for (const l of chart?.labels ?? []) {
        expect(l.x).toBeGreaterThan(x?.min ?? Infinity);
        expect(l.x).toBeLessThan(x?.max ?? -Infinity);
        expect(l.y).toBeGreaterThan(y?.min ?? Infinity);
        expect(l.y).toBeLessThan(y?.max ?? -Infinity);
      }
      expect(chart?.labels?.map((l) => l.align)).toEqual(["start", "end", "start", "end"]);
      const points = chart?.labelPoints;
      expect(
        points &&
          cellsAt(built.layout, points.x)
            .flat()
            .map((c) => (c !== null && "v" in c ? c.v : c)),
      ).toEqual(chart?.labels?.map((l) => l.x));
      expect(
        points &&
          cellsAt(built.layout, points.y)
            .flat()
            .map((c) => (c !== null && "v" in c ? c.v : c)),
      ).toEqual(chart?.labels?.map((l) => l.y));
      const lines = built.layout.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null && "v" in c);
      expect(lines).toContainEqual({ v: y?.min });
      expect(lines).toContainEqual({ v: y?.max });
    });
  });

  it("draws the whale curve from (0, 0) over all customers with a 100 % reference line", () => {
    const chart = layout.charts.find((c) => c.id === "whale");
    expect(chart?.title).toBe("Whale curve");
    expect(chart?.series[0]?.x).toEqual(anchors.whaleX);
    expect(chart?.series[0]?.y).toEqual(anchors.whaleY);
    expect(anchors.whaleX.rows).toBe(199);
    expect(chart?.series[1]?.name).toBe("100 % of profit");
    expect(chart?.yPercent).toBe(true);
  });

  it("stacks the cost-to-serve of the 20 largest customers, one series per activity", () => {
    const chart = layout.charts.find((c) => c.id === "largest");
    expect(chart?.type).toBe("barStacked");
    expect(chart?.series.map((s) => s.name)).toEqual(sampleConfig("portable").activities.map((a) => a.name));
    for (const s of chart?.series ?? []) {
      expect(s.x).toEqual(anchors.largestCustomers);
      expect(s.y.rows).toBe(20);
    }
  });

  it("places the three charts beside the table without covering any written cell", () => {
    const cells = new Set<string>();
    for (const b of layout.blocks)
      b.cells.forEach((line, r) => line.forEach((c, k) => c !== null && cells.add(`${b.row + r},${b.col + k}`)));
    for (const chart of layout.charts) {
      expect(chart.placement.col).toBeGreaterThanOrEqual(anchors.table.cols);
      for (let r = 0; r < chart.placement.rows; r++)
        for (let c = 0; c < chart.placement.cols; c++)
          expect(cells.has(`${chart.placement.row + r},${chart.placement.col + c}`)).toBe(false);
    }
  });

  it("writes cut-off cells as editable medians, or the number given", () => {
    const cut = cellsAt(layout, anchors.marginCut)[0]?.[0];
    expect(cut).toEqual({ f: expect.stringMatching(/^=MEDIAN\(/) as unknown as string });
    const fixed = costToServeLayout({ ...sampleConfig("portable"), cuts: { margin: 0.2, costToServe: 0.05 } }, source);
    const fixedCut = cellsAt(fixed.layout, fixed.anchors.marginCut)[0]?.[0];
    expect(fixedCut).toEqual({ v: 0.2 });
  });
});

describe("the configuration schema", () => {
  it("accepts the sample configuration", () => {
    expect(CostToServeConfigSchema.safeParse(sampleConfig("kam", "nl")).success).toBe(true);
  });

  it.each([
    ["a time-driven activity without its resource", { resources: [] }, "activities.1.resource"],
    ["no activity", { activities: [] }, "activities"],
    [
      "a negative cost pool",
      { activities: [{ id: "x", method: "abc", name: "X", pool: -1, driver: "Orders" }] },
      "activities.0.pool",
    ],
    [
      "an interest rate of 6 (not 0.06)",
      { activities: [{ id: "x", method: "financing", name: "F", daysColumn: "Payment days", rate: 6 }] },
      "activities.0.rate",
    ],
    [
      "a zero practical capacity",
      { resources: [{ id: "log", name: "L", cost: 1, capacityMinutes: 0 }] },
      "resources.0.capacityMinutes",
    ],
  ])("rejects %s", (_, patch, path) => {
    const result = parseConfig({ ...sampleConfig("portable"), ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.startsWith(`${path}:`))).toBe(true);
  });

  it("rejects an activity named like a fixed column of the table", () => {
    const config = sampleConfig("portable", "nl");
    const result = parseConfig({ ...config, activities: [{ ...config.activities[0], name: "Rang" }] });
    expect(result.ok).toBe(false);
  });

  it("rejects two activities with the same name", () => {
    const config = sampleConfig("portable");
    const result = parseConfig({
      ...config,
      activities: [...config.activities, { ...config.activities[0], id: "dup" }],
    });
    expect(result.ok).toBe(false);
  });
});

describe("the cost-to-serve sheet's column widths", () => {
  it("fit the headings of the customer, whale and largest-customer tables (issue 13: they were clipped)", () => {
    const { layout } = costToServeLayout(sampleConfig("portable"), source, { existingSheets: ["Data"] });
    for (const name of ["Total cost-to-serve", "Cumulative profit", "Share of customers", "Order processing"]) {
      const cols = layout.blocks.flatMap((b) =>
        b.cells.flatMap((line) => line.flatMap((c, j) => (c !== null && "v" in c && c.v === name ? [b.col + j] : []))),
      );
      expect(cols.length, name).toBeGreaterThan(0);
      for (const col of cols) expect(layout.columnWidths[col] ?? 8.43, name).toBeGreaterThanOrEqual(name.length + 2);
    }
  });
});
