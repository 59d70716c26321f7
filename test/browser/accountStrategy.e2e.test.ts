import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { REPO_ROOT, serveStatic, type StaticServer } from "../support/server";
import { goTo, openWorkbench, readRange } from "../support/workbench";
import { strategyLayout } from "../../src/core/kraljic/builder";
import { accountConfig, accountSource } from "../support/accountStrategy";

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

const SHEET = "KAM Account strategy";

/** Opens a CSV in the workbench and reads it in the account strategy tab. */
async function openAccounts(page: Page, file: string): Promise<void> {
  await openWorkbench(page, server);
  await page.getByTestId("wb-open-input").setInputFiles(file);
  await page.getByTestId("wb-read-as").waitFor();
  await page.getByRole("tab", { name: "Account strategy" }).click();
  await page.getByTestId("ast-read-source").click();
  await page.getByTestId("ast-source-found").waitFor({ timeout: 60_000 });
}

/** Builds in the given style and answers how long the build took (click to "Built …"). */
async function build(page: Page, style: "portable" | "kam"): Promise<number> {
  await page.getByTestId("ast-next-source").click();
  await page.getByTestId("ast-preview").waitFor();
  if (style === "kam") await page.getByTestId("ast-style-kam").click();
  await page.getByTestId("ast-next-settings").click();
  const started = Date.now();
  await page.getByTestId("ast-build").click();
  await page.getByTestId("ast-done").waitFor({ timeout: 240_000 });
  const ms = Date.now() - started;
  expect(await page.getByTestId("ast-done").textContent()).toContain(`Built ${SHEET}`);
  // The workbench's banners (file opened, read as) take the room the screenshots need.
  const dismiss = page.getByRole("button", { name: "Dismiss" });
  for (let i = 0; i < 4 && (await dismiss.count()) > 0; i++) await dismiss.first().click();
  return ms;
}

const seriesOf = async (page: Page): Promise<(string | null)[]> =>
  page
    .getByTestId("chart-accountStrategy")
    .locator('[data-testid="chart-series"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-series")));

const timings: Record<string, number> = {};

describe("the account strategy builder in the workbench", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`builds the sheet from the 40-customer sample through the pane (${style}), with the bubble chart`, async () => {
      const { page, errors } = await browser.newPage();
      await openAccounts(page, join(REPO_ROOT, "assets/sample/accounts.csv"));
      expect(await page.getByTestId("ast-source-found").textContent()).toMatch(/^40 rows in /);
      if (style === "portable") await screenshot(page, "accountStrategy-pane");
      timings[`sample ${style}`] = await build(page, style);
      await page.getByTestId("chart-accountStrategy").waitFor({ timeout: 30_000 });
      expect(await seriesOf(page)).toEqual(["Routine", "Leverage", "Bottleneck", "Partner"]);
      const chart = page.getByTestId("chart-accountStrategy");
      expect(await chart.locator('[data-testid="chart-cross-x"]').count()).toBe(1);
      expect(await chart.locator('[data-testid="chart-cross-y"]').count()).toBe(1);
      const labels = await chart.locator('[data-testid="chart-point-label"]').allTextContents();
      const { preview, anchors } = strategyLayout(accountConfig(style), accountSource());
      expect(labels.sort()).toEqual(preview.largest.map((i) => preview.customers[i]?.name).sort());

      const top = await readRange(page, SHEET, "A1:H12");
      const counts = top.filter((r) => ["Routine", "Leverage", "Bottleneck", "Partner"].includes(r[3] as string));
      expect(counts.map((r) => r[4])).toEqual(
        ["routine", "leverage", "bottleneck", "partner"].map((q) => preview.counts[q as "routine"]),
      );
      const t = anchors.table;
      const row19 = await readRange(page, SHEET, `A${t.row + 19}:R${t.row + 19}`);
      expect(row19[0], JSON.stringify(row19[0])).toContain("Impact in accounts!B19 is outside 1–5");
      await screenshot(page, `accountStrategy-sheet-${style}`);
      await goTo(page, `A${t.row + 12}`);
      await screenshot(page, `accountStrategy-table-${style}`);

      await goTo(page, `B${t.row + 2}`);
      await page.getByTestId("ast-explain-name").waitFor();
      expect(await page.getByTestId("ast-explain-name").textContent()).toBe(
        `Why this customer: ${preview.customers[0]?.name}`,
      );
      if (style === "portable") {
        await page.getByTestId("ast-explain").scrollIntoViewIfNeeded();
        await screenshot(page, "accountStrategy-explain");
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        // Scroll the grid so that the whole chart is in view: to the top, then down to its last row.
        const placed = strategyLayout(accountConfig(style), accountSource()).layout.charts[0]!.placement;
        await goTo(page, "A1");
        await goTo(page, `A${placed.row + placed.rows + 1}`);
        await chart.screenshot({ path: join(ARTIFACTS_DIR, "accountStrategy-chart.png") });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const style of ["portable", "kam"] as const) {
    it(`builds 10,000 customers (${style}) and draws every bubble series`, async () => {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = join(ARTIFACTS_DIR, "accounts-10000.csv");
      execFileSync(process.execPath, [
        join(REPO_ROOT, "scripts/make-accounts-sample.mjs"),
        "--count",
        "10000",
        "--out",
        file,
      ]);
      const { page, errors } = await browser.newPage();
      await openAccounts(page, file);
      expect(await page.getByTestId("ast-source-found").textContent()).toMatch(/^10000 rows in /);
      timings[`10,000 ${style}`] = await build(page, style);
      await page.getByTestId("chart-accountStrategy").waitFor({ timeout: 60_000 });
      const drawn = await page
        .getByTestId("chart-accountStrategy")
        .locator('[data-testid="chart-series"]')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-points"))));
      expect(drawn).toEqual([10000, 10000, 10000, 10000]);
      if (style === "portable") {
        await screenshot(page, "accountStrategy-10000-sheet");
        const chart = page.getByTestId("chart-accountStrategy");
        const placed = strategyLayout(accountConfig(style), accountSource()).layout.charts[0]!.placement;
        await goTo(page, "A1");
        await goTo(page, `A${placed.row + placed.rows + 1}`);
        await chart.screenshot({ path: join(ARTIFACTS_DIR, "accountStrategy-10000-chart.png") });
      }
      expect(errors).toEqual([]);
      await page.close();
      console.log("account strategy build times (ms, click to Built)", timings);
    });
  }
});
