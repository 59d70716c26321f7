import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASS_LABELS } from "../../src/core/classification";
import { a1 } from "../../src/core/layout";
import { profileSource } from "../../src/core/source";
import {
  buildSelectionLayout,
  initialConfig,
  previewSelection,
  type SelectionConfig,
} from "../../src/core/selection/builder";
import { launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { sampleSourceTable } from "../support/selectionSample";
import { goTo, openWorkbench, readRange, typeInFormulaBar, waitForRange } from "../support/workbench";

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
const CUT = 3.6;
const config: SelectionConfig = { ...course, cuts: { ...course.cuts, current: CUT, future: CUT } };

describe("the selection-matrix builder in the workbench", () => {
  it("goes from the raw table to the live matrix through the pane, and the sheet computes what core computes", async () => {
    await openWorkbench(page, server);
    await goTo(page, "B5");
    await page.getByTestId("sel-read-source").click();
    await page.getByTestId("sel-source-found").waitFor();
    expect(await page.getByTestId("sel-source-found").textContent()).toBe("200 customers in Customers!A1:AA201");
    const started = Date.now();
    await page.getByTestId("sel-next-criteria").click();
    await page.getByTestId("sel-crit-12").waitFor();
    await page.getByTestId("sel-next-classes").click();
    await page.getByTestId("sel-warning-35").waitFor();
    await page.getByTestId("sel-cut-current").fill(String(CUT));
    await page.getByTestId("sel-cut-future").fill(String(CUT));
    const preview = previewSelection(sample, config);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="sel-count-key"]')?.textContent === String(n),
      preview.classCounts.key,
    );
    await screenshot(page, "selection-preview");
    await page.getByTestId("sel-build").click();
    await page.getByTestId("sel-build-done").waitFor({ timeout: 60_000 });
    console.info(
      `selection matrix, raw table to built sheet in the workbench: ${Date.now() - started} ms of clicks and work`,
    );

    const built = buildSelectionLayout(sample, config, { existingSheets: ["Customers"] });
    if (!built.ok) throw new Error(built.message);
    const { map } = built;
    const column = (c: number): string => a1({ row: map.firstDataRow, col: c, rows: map.rows, cols: 1 });
    const classes = await waitForRange(page, map.sheet, column(map.columns.cls), (v) => typeof v[0]?.[0] === "string");
    expect(classes.map((r) => r[0])).toEqual(
      preview.rows.map((r) => (r.cls === undefined ? null : CLASS_LABELS[r.cls].en)),
    );
    const totals = await readRange(page, map.sheet, column(map.columns.total));
    totals.forEach((r, i) => expect(r[0] as number).toBeCloseTo(preview.rows[i]?.total ?? Number.NaN, 9));
    const key = map.classCountCells.key;
    expect((await readRange(page, map.sheet, a1(key)))[0]?.[0]).toBe(preview.classCounts.key);
    await screenshot(page, "selection-sheet");

    // Live: a weight typed into the sheet recalculates the matrix without the add-in.
    const weight = map.weightCells[0];
    if (weight === undefined) throw new Error("no weight cell");
    await typeInFormulaBar(page, a1(weight), "60");
    const edited = previewSelection(sample, {
      ...config,
      criteria: config.criteria.map((c, i) => (i === 0 ? { ...c, weight: 60 } : c)),
    });
    await waitForRange(page, map.sheet, a1(key), (v) => v[0]?.[0] === edited.classCounts.key);

    // Explain: selecting a customer row shows why it landed in its class.
    await goTo(page, `B${map.firstDataRow + 3}`);
    await page.getByTestId("sel-explain-name").waitFor();
    expect(await page.getByTestId("sel-explain-name").textContent()).toBe(String(sample.rows[2]?.[0]));
    await page.getByTestId("sel-explain").scrollIntoViewIfNeeded();
    await screenshot(page, "selection-explain");
    // @fluentui/react-charts' ScatterChart renders each point in a Fragment without a key: React's
    // development build warns about it for every scatter chart; that warning is not ours.
    expect(errors.filter((e) => !e.includes('unique "key" prop') || !e.includes("CartesianChart"))).toEqual([]);
  });
});
