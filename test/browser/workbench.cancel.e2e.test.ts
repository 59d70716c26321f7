import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { goTo, openWorkbench, readRange } from "../support/workbench";
import { parseCsvText } from "../../src/workbench/csv";

let server: StaticServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  ({ page } = await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Customers of the table: the portable selection sheet takes about a minute to recalculate in HyperFormula. */
const CUSTOMERS = 3_000;
const SHEET = "cancel-3000";

function csv(): string {
  const [header = [], ...rows] = parseCsvText(
    readFileSync(join(__dirname, "../../assets/sample/customers.csv"), "utf8").trim(),
    ",",
  );
  const out = [header.join(",")];
  for (let i = 0; i < CUSTOMERS; i++)
    out.push([`Customer ${i + 1}`, ...(rows[i % rows.length] ?? []).slice(1)].join(","));
  return `${out.join("\n")}\n`;
}

describe("Cancel during the workbench's recalculation (issue 13)", () => {
  it("answers within seconds while HyperFormula recalculates, and leaves the workbook as it was", async () => {
    await openWorkbench(page, server);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, `${SHEET}.csv`);
    writeFileSync(file, csv());
    await page.getByTestId("wb-open-input").setInputFiles(file);
    await page.getByTestId("wb-notice").waitFor({ timeout: 120_000 });
    await goTo(page, "B5");
    await page.getByTestId("sel-read-source").click();
    await page.getByTestId("sel-source-found").waitFor({ timeout: 60_000 });
    await page.getByTestId("sel-next-criteria").click();
    await page.getByTestId("sel-next-classes").click();
    await page.getByTestId("sel-warning-portable").waitFor({ timeout: 60_000 });
    await page.getByTestId("sel-build").click();
    // Wait until the engine is in its synchronous recalculation, where a cancel message cannot reach it.
    await page.waitForFunction(() => /Calculating/.test(document.body.innerText), undefined, { timeout: 120_000 });
    await page.waitForTimeout(1_000);
    const started = Date.now();
    await page.getByTestId("sel-cancel").click();
    await page.getByTestId("sel-build-cancelled").waitFor({ timeout: 30_000 });
    const ms = Date.now() - started;
    console.info(`Cancel during the recalculation of the portable selection sheet, ${CUSTOMERS} customers: ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
    await screenshot(page, "workbench-cancelled");
    // The workbook is as it was: no selection sheet, the source intact, and the engine answers again.
    const tabs = await page.getByTestId("wb-sheet-tab").allTextContents();
    expect(tabs).toEqual([SHEET]);
    expect(await readRange(page, SHEET, `A${CUSTOMERS + 1}`)).toEqual([[`Customer ${CUSTOMERS}`]]);
    await page.getByTestId("sel-style").selectOption("kam");
    await page.getByTestId("sel-build").click();
    await page.getByTestId("sel-build-done").waitFor({ timeout: 120_000 });
  });
});
