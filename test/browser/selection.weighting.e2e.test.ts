import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { a1 } from "../../src/core/layout";
import { profileSource } from "../../src/core/source";
import {
  SAATY_VALUES,
  buildSelectionLayout,
  explainStability,
  horizonCriteria,
  initialConfig,
  judgementCount,
  judgementIndex,
  pairwiseReport,
  previewSelection,
  validateConfig,
} from "../../src/core/selection/builder";
import { launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { sampleSourceTable } from "../support/selectionSample";
import { goTo, openWorkbench, readRange, waitForRange } from "../support/workbench";

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

const sample = sampleSourceTable();
const course = initialConfig(profileSource(sample), "course", "en");
const n = horizonCriteria(course, "current").length;
/** The judgements the test picks in the pane: A over B 5, B over C 5, A over C 1/3 (contradictory). */
const PICKS: readonly [number, number, number][] = [
  [0, 1, 5],
  [1, 2, 5],
  [0, 2, 1 / 3],
];

describe("the pairwise step and the sensitivity block of the selection builder in the workbench", () => {
  it("derives the weights from the judgements, prompts the inconsistent one, and builds the sensitivity block", async () => {
    await openWorkbench(page, server);
    await goTo(page, "B5");
    await page.getByTestId("sel-read-source").click();
    await page.getByTestId("sel-source-found").waitFor();
    await page.getByTestId("sel-next-criteria").click();
    await page.getByTestId("sel-crit-12").waitFor();
    await page.getByTestId("sel-pairwise").click();
    await page.getByTestId("sel-pairwise-current").waitFor();
    for (const [i, j, v] of PICKS) {
      await page.getByTestId(`sel-pairwise-current-${i}-${j}`).selectOption(String(v));
    }
    // The expected configuration: the same judgements through core.
    const current = new Array<number>(judgementCount(n)).fill(1);
    for (const [i, j, v] of PICKS) current[judgementIndex(i, j, n)] = v;
    const future = new Array<number>(judgementCount(horizonCriteria(course, "future").length)).fill(1);
    const checked = validateConfig(
      { ...course, template: "custom", pairwise: { current, future }, sensitivity: true },
      "en",
    );
    if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join(" "));
    const config = checked.config;
    const report = pairwiseReport(config, "current");
    expect(report?.revisit).toBeDefined();
    await page.getByTestId("sel-pairwise-current-revisit").waitFor();
    const names = horizonCriteria(config, "current").map((c) => c.column);
    expect(await page.getByTestId("sel-pairwise-current-revisit").textContent()).toContain(
      `revisit ${names[report?.revisit?.i ?? 0]} over ${names[report?.revisit?.j ?? 0]}`,
    );
    expect(await page.getByTestId(`sel-pairwise-current-1-0`).textContent()).toBe("1/5");
    expect(SAATY_VALUES).toContain(5);
    await page.getByTestId("sel-pairwise-current").scrollIntoViewIfNeeded();
    await screenshot(page, "selection-pairwise-pane");

    await page.getByTestId("sel-next-classes").click();
    await page.getByTestId("sel-sensitivity").click();
    const preview = previewSelection(sample, config);
    await page.waitForFunction(
      (k) => document.querySelector('[data-testid="sel-count-key"]')?.textContent === String(k),
      preview.classCounts.key,
    );
    const started = Date.now();
    await page.getByTestId("sel-build").click();
    await page.getByTestId("sel-build-done").waitFor({ timeout: 120_000 });
    console.info(
      `selection with pairwise grids and sensitivity block, 200 customers: built in ${Date.now() - started} ms`,
    );

    const built = buildSelectionLayout(sample, config, { existingSheets: ["Customers"] });
    if (!built.ok) throw new Error(built.message);
    const { map, layout } = built;
    // The weights on the sheet are 100 × the AHP weights of the grids.
    const weights = await waitForRange(
      page,
      map.sheet,
      a1(map.weightCells[0] ?? { row: 0, col: 0, rows: 1, cols: 1 }),
      (v) => typeof v[0]?.[0] === "number",
    );
    expect(weights[0]?.[0] as number).toBeCloseTo(config.criteria[0]?.weight ?? Number.NaN, 9);
    const key = map.classCountCells.key;
    expect((await readRange(page, map.sheet, a1(key)))[0]?.[0]).toBe(preview.classCounts.key);

    // The least-stable list: the customers with the lowest class stability, as core computes it.
    const block = layout.blocks.find(
      (b) => b.cells[0]?.[0] !== null && JSON.stringify(b.cells[0]?.[0]).includes("Least stable"),
    );
    if (block === undefined) throw new Error("no least-stable block");
    const listed = await waitForRange(
      page,
      map.sheet,
      a1({ row: block.row + 1, col: block.col + 2, rows: 10, cols: 1 }),
      (v) => v.every((r) => typeof r[0] === "number"),
    );
    const lowest = preview.rows
      .map((r) => explainStability(preview, config, r.index)?.stability)
      .filter((s): s is number => s !== undefined)
      .sort((a, b) => a - b)
      .slice(0, 10);
    expect(listed.map((r) => r[0])).toEqual(lowest);
    expect(lowest[0]).toBeLessThan(1);

    const grid = layout.blocks.find((b) =>
      JSON.stringify(b.cells[0]?.[0] ?? "").includes("Pairwise comparison: current"),
    );
    if (grid === undefined) throw new Error("no pairwise grid");
    await goTo(page, a1({ row: grid.row + 30, col: 0, rows: 1, cols: 1 }));
    await goTo(page, a1({ row: grid.row, col: 0, rows: 1, cols: 1 }));
    await screenshot(page, "selection-pairwise-sheet");
    await goTo(page, a1({ row: block.row, col: 16, rows: 1, cols: 1 }));
    await screenshot(page, "selection-least-stable-chart");
    await goTo(page, a1({ row: block.row + 14, col: 0, rows: 1, cols: 1 }));
    await goTo(page, a1({ row: block.row, col: 0, rows: 1, cols: 1 }));
    await screenshot(page, "selection-least-stable");

    // Explain: the selected customer's stability and the weight closest to tipping.
    await goTo(page, `B${map.firstDataRow + 3}`);
    await page.getByTestId("sel-explain-stability").waitFor();
    const expected = explainStability(preview, config, 2);
    expect(await page.getByTestId("sel-explain-stability").textContent()).toContain(
      (expected?.stability ?? 0).toLocaleString("en-US", { style: "percent", maximumFractionDigits: 1 }),
    );
    await page.getByTestId("sel-explain-tipping").scrollIntoViewIfNeeded();
    await screenshot(page, "selection-explain-stability");
    expect(errors.filter((e) => !e.includes('unique "key" prop') || !e.includes("CartesianChart"))).toEqual([]);
  });
});
