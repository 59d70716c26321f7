import { describe, expect, it } from "vitest";
import { computeCostToServe, costToServeLayout } from "../../src/core/costToServe/builder";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import { a1 } from "../../src/core/layout";
import { OfficeFake } from "../support/officeFake";
import { sampleConfig, syntheticCustomers as customers } from "../support/costToServe";

interface Figures {
  readSyncs: number;
  applySyncs: number;
  maxRequestBytes: number;
  readMs: number;
  previewMs: number;
  layoutMs: number;
  applyMs: number;
  cells: number;
}

async function measure(n: number, style: "portable" | "kam" = "portable"): Promise<Figures> {
  const fake = new OfficeFake();
  fake.addSheet("Data", customers(n), { table: "Customers" });
  fake.select("Data", "B2");
  const host = createHost(fake.deps());
  let t = performance.now();
  const source = await host.readSource();
  const readMs = performance.now() - t;
  const readSyncs = fake.syncs;
  if (source === undefined) throw new Error("no source");
  fake.resetCounts();
  t = performance.now();
  const preview = computeCostToServe(sampleConfig(style), source);
  const previewMs = performance.now() - t;
  t = performance.now();
  const { layout } = costToServeLayout(sampleConfig(style), source, {
    existingSheets: await host.sheetNames(),
    preview,
  });
  const layoutMs = performance.now() - t;
  fake.resetCounts();
  t = performance.now();
  const result = await host.applyLayout(layout);
  const applyMs = performance.now() - t;
  fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
  expect(fake.sheet(result.sheet).charts).toHaveLength(3);
  expect(preview.customers).toHaveLength(n);
  return {
    readSyncs,
    applySyncs: fake.syncs,
    maxRequestBytes: fake.maxRequestBytes,
    readMs: Math.round(readMs),
    previewMs: Math.round(previewMs),
    layoutMs: Math.round(layoutMs),
    applyMs: Math.round(applyMs),
    cells: result.cellsWritten,
  };
}

describe("the cost-to-serve sheet through the Office.js host (recording fake)", () => {
  it("adds the three native charts with the layout's series ranges, types and titles", async () => {
    const fake = new OfficeFake();
    fake.addSheet("Data", customers(100), { table: "Customers" });
    fake.select("Data", "B2");
    const host = createHost(fake.deps());
    const source = await host.readSource();
    if (source === undefined) throw new Error("no source");
    const { layout, anchors } = costToServeLayout(sampleConfig("portable", "nl"), source);
    const result = await host.applyLayout(layout);
    const charts = fake.sheet(result.sheet).charts;
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ["XYScatter", "Marge × cost-to-serve (Shapiro)"],
      ["XYScatter", "Walviscurve"],
      ["BarStacked", "Cost-to-serve per activiteit, 20 grootste klanten"],
    ]);
    const t = anchors.tableColumns;
    const body = (col: number): string => a1({ row: anchors.table.row + 1, col, rows: 100, cols: 1 });
    expect(charts[0]?.series[0]).toMatchObject({
      name: "Klanten",
      x: body(t.ctsPct),
      y: body(t.marginPct),
      chartType: "XYScatter",
    });
    expect(charts[0]?.series.slice(1).map((x) => x.chartType)).toEqual([
      "XYScatterLinesNoMarkers",
      "XYScatterLinesNoMarkers",
      "XYScatter",
    ]);
    // The last series carries the quadrant names (unmarked, its legend entry hidden).
    const names = charts[0]?.series[3];
    expect(names?.markerStyle).toBe("None");
    expect([...(names?.labels?.values() ?? [])].map((l) => l.text)).toEqual(
      layout.charts[0]?.labels?.map((l) => l.text),
    );
    expect(charts[0]?.hiddenLegendEntries).toEqual([3]);
    expect(charts[1]?.series[0]).toMatchObject({
      x: a1(anchors.whaleX),
      y: a1(anchors.whaleY),
      chartType: "XYScatterLinesNoMarkers",
    });
    expect(charts[2]?.series).toHaveLength(8);
    expect(charts[2]?.series.every((x) => x.x === a1(anchors.largestCustomers))).toBe(true);
    expect(fake.sheet(result.sheet).tables.map((x) => x.name)).toEqual(["KAM_Cost_to_serve"]);
  });
});

describe("the cost-to-serve build at scale, through the Office.js host and the recording fake", () => {
  it("writes 100 and 100,000 customers in the same number of round trips, every request under 5 MB", async () => {
    const small = await measure(100);
    const large = await measure(100_000);
    const kam = await measure(100_000, "kam");
    console.log("cost-to-serve build", { 100: small, 100_000: large, "100_000 kam": kam });
    expect(large.applySyncs).toBe(small.applySyncs);
    expect(kam.applySyncs).toBe(small.applySyncs);
    expect(large.previewMs + large.layoutMs).toBeLessThan(20_000);
  }, 300_000);
});
