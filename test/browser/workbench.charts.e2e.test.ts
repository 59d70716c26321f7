import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SheetLayout } from "../../src/core/layout";
import { ARTIFACTS_DIR, launchBrowser, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { applyLayout, openWorkbench } from "../support/workbench";

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  ({ page, errors } = await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ACTIVITIES = ["Account planning", "Needs analysis", "Value proposition", "Negotiation", "Delivery", "Review"];
const range = (row: number, col: number, rows: number) => ({ row, col, rows, cols: 1 });

/** Four customers (impact, difficulty, revenue) and six activities scored by two teams. */
const layout: SheetLayout = {
  name: "Charts",
  tag: "kam:test",
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        [{ v: "Customer" }, { v: "Impact" }, { v: "Difficulty" }, { v: "Revenue" }],
        [{ v: "A" }, { v: 4.5 }, { v: 4 }, { v: 900_000 }],
        [{ v: "B" }, { v: 2 }, { v: 4.2 }, { v: 100_000 }],
        [{ v: "C" }, { v: 3.5 }, { v: 1.5 }, { v: 400_000 }],
        [{ v: "D" }, { v: 1.2 }, { v: 2 }, { v: 25_000 }],
      ],
    },
    {
      row: 7,
      col: 0,
      cells: [
        [{ v: "Activity" }, { v: "Team 1" }, { v: "Team 2" }],
        ...ACTIVITIES.map((a, i) => [{ v: a }, { v: 1 + (i % 5) }, { v: 5 - (i % 4) }]),
      ],
    },
  ],
  tables: [],
  formats: [],
  conditional: [],
  charts: [
    {
      id: "bubble",
      type: "bubble",
      title: "Impact × difficulty (bubble = revenue)",
      xTitle: "Difficulty of replacing us",
      yTitle: "Impact on their result",
      series: [{ name: "Customers", x: range(1, 2, 4), y: range(1, 1, 4), sizes: range(1, 3, 4), style: "markers" }],
      placement: { row: 0, col: 5, rows: 14, cols: 7 },
      xAxis: { min: 1, max: 5, step: 1 },
      yAxis: { min: 1, max: 5, step: 1 },
    },
    {
      id: "radar",
      type: "radarFilled",
      title: "Core activities (1–5)",
      xTitle: "",
      yTitle: "",
      series: [
        { name: "Team 1", x: range(8, 0, 6), y: range(8, 1, 6), style: "line" },
        { name: "Team 2", x: range(8, 0, 6), y: range(8, 2, 6), style: "markers" },
      ],
      placement: { row: 15, col: 5, rows: 16, cols: 7 },
      yAxis: { min: 0, max: 5, step: 1 },
    },
  ],
  columnWidths: { 0: 20 },
};

describe("bubble and radar charts in the workbench (issue 14)", () => {
  it("draws bubbles whose area follows the size, and a radar with one spoke per category", async () => {
    await openWorkbench(page, server);
    const written = await applyLayout(page, layout);
    expect(written.error).toBeUndefined();
    const bubble = page.getByTestId("chart-bubble");
    await bubble.waitFor({ timeout: 30_000 });
    const radii = await bubble
      .locator('[data-testid="chart-series"] circle')
      .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("r"))));
    expect(radii).toHaveLength(4);
    // Area ∝ size, so r ∝ √size: A (900,000) is √(900/400) = 1.5 times C and √(900/25) = 6 times D.
    expect((radii[0] ?? 0) / (radii[2] ?? 1)).toBeCloseTo(1.5, 2);
    expect((radii[0] ?? 0) / (radii[3] ?? 1)).toBeCloseTo(6, 1);
    const radar = page.getByTestId("chart-radar-plot");
    await radar.waitFor();
    expect(await radar.locator('[data-testid="chart-category"]').allTextContents()).toEqual(ACTIVITIES);
    const drawn = await radar
      .locator('[data-testid="chart-series"]')
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute("data-drawn"))));
    expect(drawn).toEqual([6, 6]);
    await bubble.screenshot({ path: join(ARTIFACTS_DIR, "workbench-chart-bubble.png") });
    const radarChart = page.getByTestId("chart-radar");
    await radarChart.scrollIntoViewIfNeeded();
    await radarChart.screenshot({ path: join(ARTIFACTS_DIR, "workbench-chart-radar.png") });
    expect(errors).toEqual([]);
  });
});
