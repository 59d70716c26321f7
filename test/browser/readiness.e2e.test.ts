import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { cellCenter, goTo, openWorkbench, readRange, typeInGrid, waitForRange } from "../support/workbench";
import { a1, type RangeRef } from "../../src/core/layout";
import { defaultReadinessConfig, readinessLayout } from "../../src/core/organisation/builder";

let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SHEET = "KAM Readiness";
/** The places are the same in both styles and whatever the answers. */
const { anchors } = readinessLayout(defaultReadinessConfig("en"));
const cell = (r: RangeRef, i = 0): string => a1({ row: r.row + i, col: r.col, rows: 1, cols: 1 });
const result = (key: keyof typeof anchors.results): string => a1(anchors.results[key]);
const until = (page: Page, address: string, want: unknown) =>
  waitForRange(page, SHEET, address, (v) => v[0]?.[0] === want);

/** Opens the workbench, the Readiness tab, picks how to start and the style, and builds. */
async function build(page: Page, start: "blank" | "example", style: "portable" | "kam"): Promise<void> {
  await openWorkbench(page, server);
  await page.getByRole("tab", { name: "Readiness" }).click();
  await page.getByTestId("rdy-preview").waitFor();
  // Say both choices: the workbench keeps the pane's settings between pages, so a page may open restored.
  await page.getByTestId(`rdy-start-${start}`).click();
  await page.getByTestId(`rdy-style-${style}`).click();
  if (start === "example" && style === "portable") {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.getByTestId("readiness-builder").screenshot({ path: join(ARTIFACTS_DIR, "readiness-pane.png") });
  }
  await page.getByTestId("rdy-next-start").click();
  await page.getByTestId("rdy-build").click();
  await page.getByTestId("rdy-done").waitFor({ timeout: 60_000 });
  expect(await page.getByTestId("rdy-done").textContent()).toMatch(/^Built KAM Readiness: /);
  await page.getByTestId("chart-readiness-quickscan").waitFor({ timeout: 30_000 });
}

/** Types answers into consecutive cells of the grid, starting at `address` (Enter moves down). */
async function typeDown(page: Page, address: string, answers: readonly (string | number)[]): Promise<void> {
  await goTo(page, address);
  for (const a of answers) await typeInGrid(page, String(a));
}

const series = async (page: Page, chart: string) =>
  page
    .getByTestId(chart)
    .locator('[data-testid="chart-series"]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute("data-series"), e.getAttribute("data-drawn")]));

describe("the readiness builder in the workbench", () => {
  it("writes the example in Dutch when the pane is in Dutch: ja/nee answers, Dutch verdicts and topics", async () => {
    const { page, errors } = await browser.newPage();
    await openWorkbench(page, server);
    await page.getByTestId("lang-nl").click();
    await page.getByRole("tab", { name: "Gereedheid" }).click();
    await page.getByTestId("rdy-start-example").click();
    await page.getByTestId("rdy-next-start").click();
    await page.getByTestId("rdy-build").click();
    await page.getByTestId("rdy-done").waitFor({ timeout: 60_000 });
    const nl = "KAM Gereedheid";
    const read = (address: string) => waitForRange(page, nl, address, (v) => typeof v[0]?.[0] === "string");
    expect((await read(result("readiness")))[0]?.[0]).toBe("Lippendienst: geen herschikking van resources");
    expect((await read(result("division")))[0]?.[0]).toBe("Accountmanagement binnen de organisatie");
    expect((await read(result("level")))[0]?.[0]).toBe("Divisieniveau");
    expect((await read(cell(anchors.answers.division, 2)))[0]?.[0]).toBe("nee");
    expect((await read(result("weakestQuickscan")))[0]?.[0]).toBe(
      "Sociale media · Lead management · CRM-functionaliteiten",
    );
    await page.getByTestId("chart-readiness-quickscan").waitFor({ timeout: 30_000 });
    await screenshot(page, "readiness-sheet-nl");
    expect(errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
    await page.close();
  });

  it("builds a blank questionnaire, and answers typed in the grid update the result; refresh keeps them", async () => {
    const { page, errors } = await browser.newPage();
    const started = Date.now();
    await build(page, "blank", "portable");
    const built = Date.now() - started;
    expect(await readRange(page, SHEET, result("readiness"))).toEqual([
      [expect.objectContaining({ sheetError: expect.anything() })],
    ]);
    // Breadth by a click on its cell and typing; depth below it.
    const { x, y } = await cellCenter(page, anchors.answers.readiness.row, anchors.answers.readiness.col);
    await page.mouse.click(x, y);
    await typeInGrid(page, "4");
    await typeInGrid(page, "2");
    await until(page, result("readiness"), "Lip service: no reallocation of resources");
    await typeDown(page, cell(anchors.answers.amNeed), [4, 4, 3, 2, 5, 3, 4, 2, 3]);
    await until(page, result("amNeed"), "Account management: yes");
    await until(page, result("holdingBack"), 2);
    await until(page, result("holdingBackNames"), "Power of accounts · Personal resistance");
    await typeDown(page, cell(anchors.answers.division), ["yes", "yes", "no"]);
    await until(page, result("division"), "Account management within the organisation");
    await typeDown(page, cell(anchors.answers.quickscan, 10), [1]);
    await until(page, a1({ ...anchors.lists.quickscan!, rows: 1, cols: 1 }), "Social media");
    const weakest = await readRange(page, SHEET, a1({ ...anchors.lists.amNeed!, rows: 3 }));
    expect(weakest).toEqual([
      ["Power of accounts", 2],
      ["Personal resistance", 2],
      ["Asks for account mgr", 3],
    ]);
    await screenshot(page, "readiness-typed");
    // Refresh rewrites the sheet and keeps what was typed.
    await page.getByTestId("rdy-refresh").click();
    await page.getByText("Refreshed KAM Readiness; the answers on it were kept.").waitFor({ timeout: 60_000 });
    await until(page, cell(anchors.answers.readiness), 4);
    await until(page, result("readiness"), "Lip service: no reallocation of resources");
    await until(page, result("division"), "Account management within the organisation");
    console.log(`readiness e2e: built a blank questionnaire through the pane in ${built} ms`);
    expect(errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
    await page.close();
  });

  for (const style of ["portable", "kam"] as const)
    it(`builds the filled-in example (${style}) with every verdict and the three charts drawn`, async () => {
      const { page, errors } = await browser.newPage();
      await build(page, "example", style);
      const want: Record<string, unknown> = {
        readiness: "Lip service: no reallocation of resources",
        amNeed: "Account management: yes",
        division: "Account management within the organisation",
        level: "Division",
        discipline: "Customer intimacy",
      };
      for (const [key, value] of Object.entries(want)) await until(page, result(key as "level"), value);
      const lists = await readRange(page, SHEET, a1({ ...anchors.lists.bottlenecks!, rows: 3 }));
      expect(lists).toEqual([
        ["Top management", 2],
        ["Central versus local", 2],
        ["Information, knowledge", 2],
      ]);
      expect(await series(page, "chart-readiness-quickscan")).toEqual([["Score", "11"]]);
      expect(await series(page, "chart-readiness-bottlenecks")).toEqual([["Score", "9"]]);
      expect(await series(page, "chart-readiness-factors")).toEqual([["Score", null]]);
      const categories = await page
        .getByTestId("chart-readiness-quickscan")
        .locator('[data-testid="chart-category"]')
        .allTextContents();
      expect(categories).toHaveLength(11);
      expect(categories[0]).toBe("Business strategy");
      if (style === "portable") {
        await screenshot(page, "readiness-sheet");
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        for (const id of ["quickscan", "bottlenecks", "factors"]) {
          const chart = page.getByTestId(`chart-readiness-${id}`);
          await chart.scrollIntoViewIfNeeded();
          // The chart lies inside the grid's visible area (one clipped by the grid screenshots blank).
          const [box, grid] = await Promise.all([chart.boundingBox(), page.getByTestId("wb-grid").boundingBox()]);
          const inside =
            box !== null &&
            grid !== null &&
            box.y >= grid.y - 1 &&
            box.y + box.height <= grid.y + grid.height + 1 &&
            box.x >= grid.x - 1 &&
            box.x + box.width <= grid.x + grid.width + 1;
          expect(inside, `${id}: ${JSON.stringify({ box, grid })}`).toBe(true);
          await chart.screenshot({ path: join(ARTIFACTS_DIR, `readiness-chart-${id}.png`) });
        }
      }
      if (style === "kam") {
        // Lower down: the level, value discipline and quickscan sections (on a page whose charts were not scrolled to).
        await goTo(page, a1({ ...anchors.answers.level, col: 0, rows: 1, cols: 1 }));
        await page.getByTestId("wb-grid").hover();
        await page.waitForTimeout(1_500);
        await screenshot(page, "readiness-sheet-lower");
      }
      expect(errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
      await page.close();
    });
});
