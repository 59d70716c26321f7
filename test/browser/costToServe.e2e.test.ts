import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { REPO_ROOT, serveStatic, type StaticServer } from "../support/server";
import { openWorkbench, readRange } from "../support/workbench";

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

const seriesOf = async (chart: string): Promise<(string | null)[]> =>
  page
    .getByTestId(chart)
    .locator('[data-testid="chart-series"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-series")));

describe("the cost-to-serve builder in the workbench", () => {
  it("builds the sheet from the sample through the pane, with the three charts and their series", async () => {
    await openWorkbench(page, server);
    await page.getByTestId("wb-name-box").fill("B5");
    await page.getByTestId("wb-name-box").press("Enter");
    await page.getByRole("tab", { name: "Cost-to-serve" }).click();
    await page.getByTestId("cts-source-found").waitFor();
    expect(await page.getByTestId("cts-source-found").textContent()).toBe("200 rows in Customers!A1:AA201");
    await page.getByTestId("cts-next-source").click();
    await page.getByTestId("cts-activity-name-0").waitFor();
    await page.getByTestId("cts-next-activities").click();
    await page.getByTestId("cts-preview").waitFor();
    const profit = await page.getByTestId("cts-figure-profit").textContent();
    await page.getByTestId("cts-chart-scatter").scrollIntoViewIfNeeded();
    await screenshot(page, "costToServe-preview");
    await page.getByTestId("cts-next-preview").click();
    const started = Date.now();
    await page.getByTestId("cts-build").click();
    await page.getByTestId("cts-done").waitFor({ timeout: 60_000 });
    console.info(`cost-to-serve build in the workbench: ${Date.now() - started} ms`);
    expect(await page.getByTestId("cts-done").textContent()).toContain("Built KAM Cost-to-serve");

    await page.getByTestId("chart-shapiro").waitFor({ timeout: 30_000 });
    expect(await seriesOf("chart-shapiro")).toEqual(["Customers", "Cost-to-serve cut-off", "Margin cut-off"]);
    expect(await seriesOf("chart-whale")).toEqual(["Whale curve", "100 % of profit"]);
    expect(await seriesOf("chart-largest")).toEqual([
      "Order processing",
      "Deliveries",
      "Transport",
      "Sales visits",
      "Returns",
      "Rush orders",
      "Service calls",
      "Payment terms",
    ]);
    const labels = await page.getByTestId("chart-shapiro").locator('[data-testid="chart-label"]').allTextContents();
    expect(labels).toEqual(["Passive", "Carriage trade", "Bargain basement", "Aggressive"]);
    const points = await page
      .getByTestId("chart-whale")
      .locator('[data-testid="chart-series"]')
      .first()
      .getAttribute("data-points");
    expect(Number(points)).toBe(199);

    const top = await readRange(page, "KAM Cost-to-serve", "A1:B45");
    const total = top.find((row) => row[0] === "Total profit")?.[1];
    expect(typeof total).toBe("number");
    expect(Math.round(total as number).toLocaleString("en-US")).toBe(profit);
    await screenshot(page, "costToServe-sheet");
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    for (const id of ["shapiro", "whale", "largest"]) {
      const chart = page.getByTestId(`chart-${id}`);
      await chart.scrollIntoViewIfNeeded();
      await chart.screenshot({ path: join(ARTIFACTS_DIR, `costToServe-chart-${id}.png`) });
    }
    // @fluentui/react-charts' ScatterChart renders its children without keys (a library warning, also
    // for a one-series chart of two points); every other console error fails the test.
    expect(errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
  });

  it("builds a Dutch sheet beside the first after switching the pane to Dutch", async () => {
    await page.getByTestId("lang-nl").click();
    await page.getByTestId("cts-step-build").click();
    await page.getByTestId("cts-build").click();
    await page.getByTestId("cts-done").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("cts-done").textContent()).toContain("KAM Cost-to-serve (2) gebouwd");
    await page.getByTestId("chart-shapiro").waitFor({ timeout: 30_000 });
    const titles = await page.locator('[data-testid="chart-title"]').allTextContents();
    expect(titles).toEqual([
      "Marge × cost-to-serve (Shapiro)",
      "Walviscurve",
      "Cost-to-serve per activiteit, 20 grootste klanten",
    ]);
    expect(await seriesOf("chart-shapiro")).toEqual(["Klanten", "Grens cost-to-serve", "Grens marge"]);
  });
});

describe("the cost-to-serve charts on the 793-customer retail profile (issue 13)", () => {
  it("keeps the bulk readable: the outliers are left off the fixed axes and named beside the chart", async () => {
    const retail = await browser.newPage();
    const p = retail.page;
    await openWorkbench(p, server);
    await p.getByTestId("wb-open-input").setInputFiles(join(REPO_ROOT, "assets/sample/retail-793.csv"));
    await p.getByTestId("wb-read-as").waitFor();
    await p.getByRole("tab", { name: "Cost-to-serve" }).click();
    await p.getByTestId("cts-read-source").click();
    await p.getByTestId("cts-source-found").waitFor();
    expect(await p.getByTestId("cts-source-found").textContent()).toMatch(/^793 rows in /);
    await p.getByTestId("cts-next-source").click();
    await p.getByTestId("cts-activity-name-0").waitFor();
    // The activity and resource tables show their names whole (they were cut off: "Order proce").
    for (const [id, neighbour] of [
      ["cts-activity-name-0", "cts-activity-method-0"],
      ["cts-resource-name-0", "cts-resource-cost-0"],
    ] as const) {
      const box = p.getByTestId(id);
      const fits = await box.evaluate((el) => {
        const input = el instanceof HTMLInputElement ? el : el.querySelector("input");
        const ctx = document.createElement("canvas").getContext("2d");
        if (input === null || ctx === null) return false;
        ctx.font = getComputedStyle(input).font;
        return ctx.measureText(input.value).width <= input.clientWidth;
      });
      expect(fits, id).toBe(true);
      // No field lies over the name (they overlapped in the narrow table).
      const a = await box.boundingBox();
      const b = await p.getByTestId(neighbour).boundingBox();
      if (a === null || b === null) throw new Error("not visible");
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${id} under ${neighbour}`).toBe(false);
    }
    await p.getByTestId("cts-activity-1").scrollIntoViewIfNeeded();
    await screenshot(p, "costToServe-retail-activities");
    await p.getByTestId("cts-next-activities").click();
    await p.getByTestId("cts-preview").waitFor();
    await p.getByTestId("cts-preview").screenshot({ path: join(ARTIFACTS_DIR, "costToServe-retail-preview.png") });
    await p.getByTestId("cts-next-preview").click();
    await p.getByTestId("cts-build").click();
    await p.getByTestId("cts-done").waitFor({ timeout: 60_000 });
    const scatter = p.getByTestId("chart-shapiro");
    await scatter.waitFor({ timeout: 30_000 });
    const customers = scatter.locator('[data-testid="chart-series"][data-series="Customers"]');
    const all = Number(await customers.getAttribute("data-points"));
    const drawn = Number(await customers.getAttribute("data-drawn"));
    expect(all).toBeGreaterThan(780);
    expect(drawn).toBeLessThan(all);
    expect(drawn / all).toBeGreaterThan(0.95);
    const labels = await scatter.locator('[data-testid="chart-label"]').allTextContents();
    expect(labels).toEqual(["Passive", "Carriage trade", "Bargain basement", "Aggressive"]);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    for (const id of ["shapiro", "whale", "largest"]) {
      const chart = p.getByTestId(`chart-${id}`);
      await chart.scrollIntoViewIfNeeded();
      await chart.screenshot({ path: join(ARTIFACTS_DIR, `costToServe-retail-chart-${id}.png`) });
    }
    expect(retail.errors.filter((e) => !/unique "key" prop[\s\S]*CartesianChart/.test(e))).toEqual([]);
    await p.close();
  });
});
