import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { REPO_ROOT, serveStatic, type StaticServer } from "../support/server";
import { goTo, openWorkbench, readRange, typeInFormulaBar, waitForRange } from "../support/workbench";
import { a1 } from "../../src/core/layout";
import { buyingCentreLayout } from "../../src/core/buyingcentre/builder";
import { SAMPLE_ACCOUNT, buyingCentreSource, sampleConfig } from "../support/buyingCentre";

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

const seriesOf = async (page: Page, chart: string): Promise<(string | null)[]> =>
  page
    .getByTestId(chart)
    .locator('[data-testid="chart-series"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-series")));

/** Opens the sample buying centre in the workbench and reads it in the buying-centre tab. */
async function openSample(page: Page): Promise<void> {
  await openWorkbench(page, server);
  await page.getByTestId("wb-open-input").setInputFiles(join(REPO_ROOT, "assets/sample/buying-centre.csv"));
  await page.getByTestId("wb-read-as").waitFor();
  await page.getByRole("tab", { name: "Buying centre" }).click();
  await page.getByTestId("bc-read-source").click();
  await page.getByTestId("bc-source-found").waitFor();
}

const { anchors, layout } = buyingCentreLayout(sampleConfig("portable"), buyingCentreSource());
const chartAt = layout.charts[0]?.placement ?? { row: 0, col: 0, rows: 1, cols: 1 };
const cell = (row: number, key: string): string =>
  a1({ row: anchors.people.row + row, col: anchors.tableColumns[key] ?? 0, rows: 1, cols: 1 });
const flagsAddress = a1(anchors.flags);
const texts = (v: unknown[][]): unknown[] => v.map((r) => r[0]).filter((x) => x !== null && x !== "");

describe("the buying-centre builder in the workbench", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`builds the sheet of the sample buying centre through the pane (${style}): flags, bubble chart, Refresh keeps an edit`, async () => {
      const { page, errors } = await browser.newPage();
      await openSample(page);
      expect(await page.getByTestId("bc-source-found").textContent()).toMatch(/^8 rows in /);
      expect(await page.getByTestId("bc-influence").inputValue()).toBe("Influence");
      await page.getByTestId("bc-account").fill(SAMPLE_ACCOUNT);
      if (style === "portable") await screenshot(page, "buyingCentre-pane-people");
      await page.getByTestId("bc-next-source").click();
      await page.getByTestId("bc-preview").waitFor();
      if (style === "kam") await page.getByTestId("bc-style-kam").click();
      expect(await page.getByTestId("bc-preview-people").textContent()).toBe(
        "8 people · Stances: Supporter 2 · Cautious supporter 3 · Constructive critic 2 · Opponent 1",
      );
      if (style === "portable") await screenshot(page, "buyingCentre-pane-check");
      await page.getByTestId("bc-next-settings").click();
      const started = Date.now();
      await page.getByTestId("bc-build").click();
      await page.getByTestId("bc-done").waitFor({ timeout: 60_000 });
      const buildMs = Date.now() - started;
      expect(await page.getByTestId("bc-done").textContent()).toContain(`Built ${SAMPLE_ACCOUNT}`);

      await page.getByTestId("chart-buyingCentre").waitFor({ timeout: 30_000 });
      expect(await seriesOf(page, "chart-buyingCentre")).toEqual([
        "Supporter",
        "Cautious supporter",
        "Constructive critic",
        "Opponent",
      ]);
      const drawn = await page
        .getByTestId("chart-buyingCentre")
        .locator('[data-testid="chart-series"]')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-drawn"))));
      expect(drawn).toEqual([2, 3, 2, 1]);
      const labels = await page
        .getByTestId("chart-buyingCentre")
        .locator('[data-testid="chart-label"]')
        .allTextContents();
      expect(labels).toEqual(["Constructive critic (gain)", "Supporter", "Opponent", "Constructive critic (business)"]);
      await waitForRange(page, SAMPLE_ACCOUNT, flagsAddress, (v) => texts(v).length === 2);
      expect(texts(await readRange(page, SAMPLE_ACCOUNT, flagsAddress))).toEqual([
        "An influence whose response mode is unknown",
        "An opponent among the influences",
      ]);
      await screenshot(page, `buyingCentre-sheet-${style}`);
      if (style === "portable") {
        // The chart as built (before the edits below): scroll past it, then up to the row above it.
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        await goTo(page, a1({ row: chartAt.row + chartAt.rows + 20, col: 0, rows: 1, cols: 1 }));
        await goTo(page, a1({ row: chartAt.row - 1, col: 0, rows: 1, cols: 1 }));
        await page
          .getByTestId("chart-buyingCentre")
          .screenshot({ path: join(ARTIFACTS_DIR, "buyingCentre-chart.png") });
      }
      console.log(`buying centre ${style}: build ${buildMs} ms`);

      if (style === "portable") {
        // The user wins the opponent over on the sheet (business interest −1 → 2, personal gain −1 → 1)…
        await typeInFormulaBar(page, cell(2, "businessInterest"), "2");
        await typeInFormulaBar(page, cell(2, "personalGain"), "1");
        await waitForRange(page, SAMPLE_ACCOUNT, cell(2, "outStance"), (v) => v[0]?.[0] === "Supporter");
        await waitForRange(page, SAMPLE_ACCOUNT, flagsAddress, (v) => texts(v).length === 1);
        // …and ticks a pilot for the CFO.
        await typeInFormulaBar(page, cell(0, "pilot"), "✓");
        await waitForRange(page, SAMPLE_ACCOUNT, cell(0, "outRisk"), (v) => v[0]?.[0] === "1 technique(s) chosen");
        // Refresh rewrites the sheet and keeps the edits.
        await page.getByTestId("bc-refresh").click();
        await page
          .getByText(`Refreshed ${SAMPLE_ACCOUNT}; your edits of the people were kept.`)
          .waitFor({ timeout: 60_000 });
        await waitForRange(page, SAMPLE_ACCOUNT, cell(2, "businessInterest"), (v) => v[0]?.[0] === 2);
        await waitForRange(page, SAMPLE_ACCOUNT, cell(2, "outStance"), (v) => v[0]?.[0] === "Supporter");
        await waitForRange(page, SAMPLE_ACCOUNT, cell(0, "outRisk"), (v) => v[0]?.[0] === "1 technique(s) chosen");
        expect(texts(await readRange(page, SAMPLE_ACCOUNT, flagsAddress))).toEqual([
          "An influence whose response mode is unknown",
        ]);
        // The results beside the people (mode, order chance, stance, priority, the checklist).
        await goTo(
          page,
          a1({ row: anchors.table.row + anchors.table.rows + 4, col: anchors.table.cols - 1, rows: 1, cols: 1 }),
        );
        await screenshot(page, "buyingCentre-sheet-results");
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        // Scroll below the chart, then up to the row above it, so the whole chart is in view.
        await goTo(page, a1({ row: chartAt.row + chartAt.rows + 20, col: 0, rows: 1, cols: 1 }));
        await goTo(page, a1({ row: chartAt.row - 1, col: 0, rows: 1, cols: 1 }));
        await screenshot(page, "buyingCentre-sheet-chart");
        const chart = page.getByTestId("chart-buyingCentre");
        await chart.screenshot({ path: join(ARTIFACTS_DIR, "buyingCentre-chart-edited.png") });
      }
      expect(errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
      await page.close();
    });
  }
  it("writes a blank template in Dutch; a person typed on the sheet is computed, and Refresh keeps the person", async () => {
    const { page, errors } = await browser.newPage();
    await openWorkbench(page, server);
    await page.getByTestId("lang-nl").click();
    await page.getByRole("tab", { name: "Buying center (DMU)" }).click();
    await page.getByTestId("bc-account").fill("Acme – pilot");
    await page.getByTestId("bc-kind-template").click();
    await page.getByTestId("bc-template-rows").fill("6");
    await page.getByTestId("bc-next-source").click();
    await page.getByTestId("bc-preview").waitFor();
    await page.getByTestId("bc-style-portable").click();
    await page.getByTestId("bc-next-settings").click();
    await page.getByTestId("bc-build").click();
    await page.getByTestId("bc-done").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("bc-done").textContent()).toContain("Acme – pilot gebouwd");
    const template = buyingCentreLayout(
      { ...sampleConfig("portable", "nl"), source: "template", templateRows: 6, account: "Acme – pilot" },
      buyingCentreSource(),
    ).anchors;
    const at = (row: number, key: string): string =>
      a1({ row: template.people.row + row, col: template.tableColumns[key] ?? 0, rows: 1, cols: 1 });
    const flags = a1(template.flags);
    await waitForRange(page, "Acme – pilot", flags, (v) => texts(v).length === 3);
    await typeInFormulaBar(page, at(0, "name"), "Anna de Wit");
    await typeInFormulaBar(page, at(0, "influence"), "Economisch");
    await typeInFormulaBar(page, at(0, "perceived"), "4");
    await typeInFormulaBar(page, at(0, "desired"), "7");
    await waitForRange(page, "Acme – pilot", at(0, "outAdvice"), (v) => v[0]?.[0] === "Opdrachtkans");
    await waitForRange(page, "Acme – pilot", flags, (v) => texts(v).length === 1 && v[0]?.[0] === "Geen coach");
    await page.getByTestId("bc-refresh").click();
    await page.getByText("Acme – pilot vernieuwd; uw wijzigingen van de personen zijn bewaard.").waitFor({
      timeout: 60_000,
    });
    await waitForRange(page, "Acme – pilot", at(0, "name"), (v) => v[0]?.[0] === "Anna de Wit");
    await waitForRange(page, "Acme – pilot", at(0, "outMode"), (v) => v[0]?.[0] === "Growth");
    await goTo(page, "A1");
    await screenshot(page, "buyingCentre-template-nl");
    expect(errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
    await page.close();
  });
});
