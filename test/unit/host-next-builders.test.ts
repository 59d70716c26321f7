/**
 * Issue 14, "what the next builders need", on BOTH hosts: the workbook's table names, data-validation
 * lists, bubble and radar charts, frozen header rows, input blocks a refresh keeps, and a refresh in
 * place that keeps the user's formulas pointing at our sheet.
 */
import { describe, expect, it } from "vitest";
import { at, compose, type Parts } from "../../src/core/compose";
import type { ChartSpec, LayoutCell, SheetLayout } from "../../src/core/layout";
import { createHost, REGISTRY_KEY } from "../../src/excel/host";
import { packChunks, planWrites } from "../../src/excel/plan";
import { plainSheet } from "../../src/workbench/model";
import { DEFAULT_PROFILE, OfficeFake } from "../support/officeFake";
import { createInProcessWorkbench } from "../support/workbenchHost";

const DATA = [
  ["Customer", "Revenue"],
  ["Acme", 1200],
  ["Globex", 800],
];

export const base: SheetLayout = {
  name: "KAM Out",
  tag: "kam:out",
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        [{ v: "Class" }, { v: "Score" }],
        [{ v: "Key account" }, { f: "=Data!B2/1000" }],
      ],
    },
  ],
  tables: [{ name: "KamOut", range: { row: 0, col: 0, rows: 2, cols: 2 } }],
  formats: [],
  conditional: [],
  charts: [],
  columnWidths: {},
};

describe("WorkbookHost.tableNames", () => {
  it("Office.js: every table of the workbook, on every sheet, in one sync", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA, { table: "Customers" });
    fake.addSheet("Other", [["A"], [1]], { table: "Orders" });
    const host = createHost(fake.deps());
    fake.resetCounts();
    await expect(host.tableNames?.()).resolves.toEqual(["Customers", "Orders"]);
    expect(fake.syncs).toBe(1);
    await host.applyLayout(base);
    await expect(host.tableNames?.()).resolves.toEqual(["Customers", "Orders", "KamOut"]);
  });

  it("workbench: the tables of every sheet's metadata", async () => {
    const meta = {
      ...plainSheet("Data"),
      tables: [{ name: "Customers", range: { row: 0, col: 0, rows: 3, cols: 2 } }],
    };
    const { host } = await createInProcessWorkbench([{ name: "Data", cells: DATA }], [meta]);
    await expect(host.tableNames()).resolves.toEqual(["Customers"]);
    await host.applyLayout(base);
    await expect(host.tableNames()).resolves.toEqual(["Customers", "KamOut"]);
  });
});

/** A layout with a weights input block (B2:B3), dropdown lists and a cell the user's formula reads (B2). */
function inputLayout(weights: readonly number[] = [0.6, 0.4], key = "weights:a|b"): SheetLayout {
  return {
    ...base,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [{ v: "Criterion" }, { v: "Weight" }, { v: "Class" }],
          ...weights.map((w, i): LayoutCell[] => [{ v: `C${i + 1}` }, { v: w }, { v: "A" }]),
          [{ v: "Total" }, { f: `=SUM(B2:B${weights.length + 1})` }, null],
        ],
      },
      { row: 0, col: 5, cells: [[{ v: "A" }], [{ v: "B" }], [{ v: "C" }]] },
    ],
    tables: [],
    freezeRows: 1,
    validations: [
      { range: { row: 1, col: 2, rows: weights.length, cols: 1 }, source: { row: 0, col: 5, rows: 3, cols: 1 } },
      { range: { row: 1, col: 3, rows: weights.length, cols: 1 }, values: ["Yes", "No"] },
      { range: { row: 1, col: 4, rows: 1, cols: 1 }, source: { row: 0, col: 0, rows: 3, cols: 1 }, sheet: "Data" },
    ],
    inputs: [{ key, range: { row: 1, col: 1, rows: weights.length, cols: 1 } }],
  };
}

const chartLayout: SheetLayout = {
  ...base,
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        [{ v: "Axis" }, { v: "Score" }, { v: "Size" }, { v: "Goal" }],
        [{ v: "Price" }, { v: 3 }, { v: 10 }, { v: 4 }],
        [{ v: "Service" }, { v: 4 }, { v: 20 }, { v: 5 }],
        [{ v: "Quality" }, { v: 2 }, { v: 30 }, { v: 4 }],
      ],
    },
  ],
  tables: [],
  charts: [
    {
      id: "bubble",
      type: "bubble",
      title: "Accounts",
      xTitle: "Score",
      yTitle: "Goal",
      placement: { row: 6, col: 0, rows: 10, cols: 5 },
      series: [
        {
          name: "Accounts",
          x: { row: 1, col: 1, rows: 3, cols: 1 },
          y: { row: 1, col: 3, rows: 3, cols: 1 },
          sizes: { row: 1, col: 2, rows: 3, cols: 1 },
          style: "markers",
          color: "#4472C4",
        },
      ],
    },
    {
      id: "radar",
      type: "radar",
      title: "Profile",
      xTitle: "",
      yTitle: "",
      placement: { row: 6, col: 6, rows: 10, cols: 5 },
      series: [
        {
          name: "Score",
          x: { row: 1, col: 0, rows: 3, cols: 1 },
          y: { row: 1, col: 1, rows: 3, cols: 1 },
          style: "markers",
        },
        {
          name: "Goal",
          x: { row: 1, col: 0, rows: 3, cols: 1 },
          y: { row: 1, col: 3, rows: 3, cols: 1 },
          style: "line",
        },
      ],
    },
  ],
};

describe("data-validation lists, bubble and radar charts, frozen rows (Office.js host on the strict fake)", () => {
  it("writes dropdown lists from literal values, from cells of this sheet and of another sheet", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    const host = createHost(fake.deps());
    await host.applyLayout(inputLayout());
    expect(fake.sheet("KAM Out").validations).toEqual([
      { range: { row: 1, col: 2, rows: 2, cols: 1 }, source: "=$F$1:$F$3", inCellDropDown: true },
      { range: { row: 1, col: 3, rows: 2, cols: 1 }, source: "Yes,No", inCellDropDown: true },
      { range: { row: 1, col: 4, rows: 1, cols: 1 }, source: "=Data!$A$1:$A$3", inCellDropDown: true },
    ]);
    expect(fake.sheet("KAM Out").frozenRows).toBe(1);
    // A refresh (in place) clears the old rules first, so the same rules can be set again.
    await host.applyLayout(inputLayout(), { replace: true });
    expect(fake.sheet("KAM Out").validations).toHaveLength(3);
    expect(fake.sheet("KAM Out").frozenRows).toBe(1);
  });

  it("the fake refuses what Excel refuses in a list rule", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    const attempt = (rule: (r: Excel.Range) => void, clear = false): Promise<void> =>
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("D1:D3");
        if (clear) range.dataValidation.clear();
        rule(range);
        await context.sync();
      });
    const list = (source: string) => (r: Excel.Range) => {
      r.dataValidation.rule = { list: { inCellDropDown: true, source } };
    };
    await expect(attempt(list("x".repeat(256)))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt(list(""))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt(list("=A1:B3"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt(list("=Nowhere!$A$1:$A$3"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await attempt(list("x".repeat(255)));
    // A rule over cells that already have one: clear first (OfficeDev/office-js#2594).
    await expect(attempt(list("A,B"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await attempt(list("A,B"), true);
    expect(fake.sheet("Data").validations.map((v) => v.source)).toEqual(["A,B"]);
    const twoTypes = (r: Excel.Range): void => {
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "A" }, custom: { formula: "=TRUE" } };
    };
    await expect(attempt(twoTypes, true)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("writes a bubble chart with x, y and sizes, and a radar chart without axis titles", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    await createHost(fake.deps()).applyLayout(chartLayout);
    const [bubble, radar] = fake.sheet("KAM Out").charts;
    expect(bubble).toMatchObject({ type: "Bubble", xTitle: "Score", yTitle: "Goal" });
    expect(bubble?.series).toEqual([{ name: "Accounts", x: "B2:B4", y: "D2:D4", sizes: "C2:C4", color: "#4472C4" }]);
    expect(radar).toMatchObject({ type: "Radar" });
    expect(radar?.xTitle).toBeUndefined();
    expect(radar?.series.map((s) => s.chartType)).toEqual(["RadarMarkers", "Radar"]);
  });

  it("the fake takes axis bounds and point labels as documented and refuses what the reference does not allow", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    const onScatter = (step: (chart: Excel.Chart, series: Excel.ChartSeries) => void): Promise<void> =>
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const chart = sheet.charts.add("XYScatter", sheet.getRange("B2:B3"), "Columns");
        chart.name = "c";
        const series = chart.series.getItemAt(0);
        series.setValues(sheet.getRange("B2:B3"));
        step(chart, series);
        await context.sync();
      });
    await onScatter((chart) => {
      chart.axes.valueAxis.minimum = -1;
      chart.axes.valueAxis.maximum = 2;
      chart.axes.valueAxis.majorUnit = 0.5;
      chart.axes.valueAxis.majorUnit = "" as unknown as number; // "an empty string (for automatic axis values)"
    });
    expect(fake.sheet("Data").charts.at(-1)?.yAxis).toEqual({ minimum: -1, maximum: 2 });
    await expect(onScatter((chart) => (chart.axes.valueAxis.majorUnit = 0))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await onScatter((_chart, series) => {
      const point = series.points.getItemAt(1);
      point.hasDataLabel = true;
      point.dataLabel.position = "Right";
      point.dataLabel.text = "Passive";
    });
    expect([...(fake.sheet("Data").charts.at(-1)?.series[0]?.labels?.entries() ?? [])]).toEqual([
      [1, { shown: true, position: "Right", text: "Passive" }],
    ]);
    const text = (_c: Excel.Chart, series: Excel.ChartSeries): void => {
      series.points.getItemAt(0).dataLabel.text = "hidden";
    };
    await expect(onScatter(text)).rejects.toMatchObject({ code: "InvalidOperation" });
    const bar = (_c: Excel.Chart, series: Excel.ChartSeries): void => {
      series.points.getItemAt(0).dataLabel.position = "InsideEnd";
    };
    await expect(onScatter(bar)).rejects.toMatchObject({ code: "InvalidArgument" });
    const past = (_c: Excel.Chart, series: Excel.ChartSeries): void => {
      series.points.getItemAt(2).hasDataLabel = true;
    };
    await expect(onScatter(past)).rejects.toMatchObject({ code: "ItemNotFound" });
    const legend = (chart: Excel.Chart): void => {
      chart.legend.legendEntries.getItemAt(1).visible = false;
    };
    await expect(onScatter(legend)).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("the fake refuses bubble sizes on another chart and series types Excel cannot combine", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    const chartOf = (type: string, step: (chart: Excel.Chart, sheet: Excel.Worksheet) => void): Promise<void> =>
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const chart = sheet.charts.add(type as Excel.ChartType, sheet.getRange("B2:B3"), "Columns");
        step(chart, sheet);
        await context.sync();
      });
    const sizes = (chart: Excel.Chart, sheet: Excel.Worksheet): void =>
      chart.series.getItemAt(0).setBubbleSizes(sheet.getRange("B2:B3"));
    await expect(chartOf("XYScatter", sizes)).rejects.toMatchObject({ code: "InvalidArgument" });
    await chartOf("Bubble", sizes);
    const asLine = (chart: Excel.Chart): void => {
      chart.series.getItemAt(0).chartType = "Line";
    };
    await expect(chartOf("Bubble", asLine)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(chartOf("Radar", asLine)).rejects.toMatchObject({ code: "InvalidArgument" });
    const asRadar = (chart: Excel.Chart): void => {
      chart.series.getItemAt(0).chartType = "RadarFilled";
    };
    await expect(chartOf("Line", asRadar)).rejects.toMatchObject({ code: "InvalidArgument" });
    await chartOf("Radar", asRadar);
    const titled = (chart: Excel.Chart): void => {
      chart.axes.categoryAxis.title.text = "Axis";
    };
    await expect(chartOf("Radar", titled)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("the composer refuses a bubble series without sizes and a literal list Excel cannot take", () => {
    const block = (parts: Parts) => ({
      id: "b",
      place: { row: 0, col: 0 },
      size: { rows: 4, cols: 4 },
      render: () => parts,
    });
    const chart = chartLayout.charts[0] as ChartSpec;
    const noSizes = { ...chart, series: chart.series.map(({ sizes: _, ...s }) => s) };
    expect(() => compose({ name: "S", tag: "t", blocks: [block({ chart: noSizes })] })).toThrow(/bubble/);
    const tooLong = { range: at(0, 0), values: ["x".repeat(200), "y".repeat(60)] };
    expect(() => compose({ name: "S", tag: "t", blocks: [block({ validations: [tooLong] })] })).toThrow(/too-long/);
    const comma = { range: at(0, 0), values: ["1,5"] };
    expect(() => compose({ name: "S", tag: "t", blocks: [block({ validations: [comma] })] })).toThrow(/comma/);
  });
});

describe("input blocks a refresh keeps, and a refresh in place (Office.js host on the strict fake)", () => {
  const userFormula = (fake: OfficeFake): string | undefined => fake.cell("Mine", "A1")?.formula;

  function workbook(): OfficeFake {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    fake.addSheet("Mine", []);
    return fake;
  }

  it("keeps the weights the user typed on our sheet when the key and shape match, else the defaults", async () => {
    const fake = workbook();
    const host = createHost(fake.deps());
    await host.applyLayout(inputLayout());
    fake.setCell(fake.sheet("KAM Out"), 1, 1, { value: 0.9 }); // the user edits B2
    const kept = await host.applyLayout(inputLayout(), { replace: true, keepInputs: true });
    expect(kept).toMatchObject({ inPlace: true, keptInputs: ["weights:a|b"] });
    expect(fake.cell("KAM Out", "B2")?.value).toBe(0.9);
    expect(fake.cell("KAM Out", "B3")?.value).toBe(0.4);
    expect(fake.cell("KAM Out", "B4")?.formula).toBe("=SUM(B2:B3)");
    // Without the option, the defaults.
    await host.applyLayout(inputLayout(), { replace: true });
    expect(fake.cell("KAM Out", "B2")?.value).toBe(0.6);
    // Another shape (three criteria) or another key: the defaults.
    fake.setCell(fake.sheet("KAM Out"), 1, 1, { value: 0.9 });
    await expect(
      host.applyLayout(inputLayout([0.5, 0.3, 0.2]), { replace: true, keepInputs: true }),
    ).resolves.toMatchObject({ keptInputs: [] });
    expect(fake.cell("KAM Out", "B2")?.value).toBe(0.5);
    fake.setCell(fake.sheet("KAM Out"), 1, 1, { value: 0.9 });
    await host.applyLayout(inputLayout([0.5, 0.3, 0.2], "weights:a|c|d"), { replace: true, keepInputs: true });
    expect(fake.cell("KAM Out", "B2")?.value).toBe(0.5);
  });

  it("reads the inputs where the old sheet had them, in one more sync", async () => {
    const fake = workbook();
    const host = createHost(fake.deps());
    const moved = (layout: SheetLayout): SheetLayout => ({
      ...layout,
      blocks: layout.blocks.map((b) => ({ ...b, row: b.row + 2 })),
      validations: [],
      inputs: (layout.inputs ?? []).map((i) => ({ ...i, range: { ...i.range, row: i.range.row + 2 } })),
    });
    await host.applyLayout(inputLayout());
    fake.setCell(fake.sheet("KAM Out"), 2, 1, { value: 0.25 }); // B3, the second weight
    fake.resetCounts();
    await host.applyLayout(moved(inputLayout()), { replace: true, keepInputs: true });
    expect(fake.cell("KAM Out", "B4")?.value).toBe(0.6);
    expect(fake.cell("KAM Out", "B5")?.value).toBe(0.25);
    // inspect, inputs, chunk (beside), finish (beside), rewrite in place
    expect(fake.syncs).toBe(5);
  });

  it("a user's formula pointing at our sheet survives a refresh; deleting the sheet makes it #REF!", async () => {
    const fake = workbook();
    const host = createHost(fake.deps());
    await host.applyLayout(inputLayout());
    fake.setCell(fake.sheet("Mine"), 0, 0, { value: null, formula: "='KAM Out'!B4*100" });
    const result = await host.applyLayout(inputLayout([0.7, 0.3]), { replace: true });
    expect(result.inPlace).toBe(true);
    expect(userFormula(fake)).toBe("='KAM Out'!B4*100");
    expect(fake.formulaValue(userFormula(fake) ?? "")).not.toBe("#REF!");
    expect(fake.sheetNames()).toEqual(["Data", "Mine", "KAM Out"]);
    // What replace used to do (delete, then add under the same name) breaks it for good, as in Excel.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("KAM Out").delete();
      context.workbook.worksheets.add("KAM Out");
      await context.sync();
    });
    expect(userFormula(fake)).toBe("=#REF!B4*100");
    expect(fake.formulaValue(userFormula(fake) ?? "")).toBe("#REF!");
  });

  it("rewrites tables, charts, lists and frozen rows in place without leftovers of the old output", async () => {
    const fake = workbook();
    const host = createHost(fake.deps());
    const withAll: SheetLayout = {
      ...chartLayout,
      tables: base.tables,
      freezeRows: 2,
      validations: inputLayout().validations ?? [],
    };
    await host.applyLayout(withAll);
    await host.applyLayout({ ...withAll, freezeRows: 1 }, { replace: true });
    const sheet = fake.sheet("KAM Out");
    expect(sheet.tables.map((t) => t.name)).toEqual(["KamOut"]);
    expect(fake.tableNames()).toEqual(["KamOut"]);
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.validations).toHaveLength(3);
    expect(sheet.frozenRows).toBe(1);
    expect(fake.sheetNames()).toEqual(["Data", "Mine", "KAM Out"]);
    expect(JSON.parse(String(fake.settings.get(REGISTRY_KEY)))).toEqual([
      { id: sheet.id, name: "KAM Out", tag: "kam:out" },
    ]);
  });

  it("a refresh that fails in its last batch leaves the old sheet as it was", async () => {
    // syncs: 1-3 build; 4 inspect, 5 chunk beside, 6 finish beside, 7 rewrite in place fails
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE, failOnSync: 7 });
    fake.addSheet("Data", DATA);
    const host = createHost(fake.deps());
    await host.applyLayout(inputLayout());
    const id = fake.sheet("KAM Out").id;
    await expect(host.applyLayout(inputLayout([0.1, 0.9]), { replace: true })).rejects.toMatchObject({
      code: "write-failed",
    });
    expect(fake.sheetNames()).toEqual(["Data", "KAM Out"]);
    expect(fake.sheet("KAM Out").id).toBe(id);
    expect(fake.cell("KAM Out", "B2")?.value).toBe(0.6);
    expect(fake.sheet("KAM Out").validations).toHaveLength(3);
  });

  it("a refresh too large for one request is built beside the old sheet and swapped in, as before", async () => {
    const fake = new OfficeFake({ profile: DEFAULT_PROFILE });
    fake.addSheet("Data", DATA);
    const host = createHost(fake.deps());
    const rows = Array.from({ length: 200_000 }, (_, i): LayoutCell[] => [{ v: `Customer ${i}` }, { v: i }]);
    const big: SheetLayout = { ...base, tables: [], blocks: [{ row: 0, col: 0, cells: rows }] };
    await host.applyLayout(big);
    const id = fake.sheet("KAM Out").id;
    const result = await host.applyLayout(big, { replace: true });
    expect(packChunks(planWrites(big)).length).toBeGreaterThan(1);
    expect(result.inPlace).toBe(false);
    expect(fake.sheet("KAM Out").id).not.toBe(id);
  });
});

describe("the workbench host: lists, inputs and a refresh in place", () => {
  it("keeps lists and input blocks as metadata, keeps edited inputs, and rewrites in place", async () => {
    const { host, book, engine } = await createInProcessWorkbench([
      { name: "Data", cells: DATA },
      { name: "Mine", cells: [["='KAM Out'!B4*100"]] },
    ]);
    await host.applyLayout(inputLayout());
    expect(book.sheet("KAM Out")).toMatchObject({
      validations: inputLayout().validations,
      inputs: inputLayout().inputs,
    });
    await engine.call("setCell", { sheet: "KAM Out", row: 1, col: 1, input: "0.9" });
    const result = await host.applyLayout(inputLayout(), { replace: true, keepInputs: true });
    expect(result).toMatchObject({ inPlace: true, keptInputs: ["weights:a|b"] });
    const read = (sheet: string, row: number, col: number) =>
      engine.call("read", { sheet, range: { row, col, rows: 1, cols: 1 } }).then((c) => c[0]?.[0]);
    await expect(read("KAM Out", 1, 1)).resolves.toBe(0.9);
    await expect(read("Mine", 0, 0)).resolves.toBeCloseTo(130);
    await host.applyLayout(inputLayout([0.7, 0.3], "weights:x|y"), { replace: true, keepInputs: true });
    await expect(read("Mine", 0, 0)).resolves.toBeCloseTo(100);
    await engine.call("removeSheet", { sheet: "KAM Out" });
    await expect(read("Mine", 0, 0)).resolves.toMatchObject({ sheetError: "#REF!" });
  });
});
