import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { applyLayout, goTo, openWorkbench, readRange, waitForRange } from "../support/workbench";
import type { Cell } from "../../src/core/cells";
import { computeCostToServe, SHEET_LABELS } from "../../src/core/costToServe/builder";
import { sampleConfig, sampleSource } from "../support/costToServe";
import { columnLetters, type SheetLayout } from "../../src/core/layout";
import { QUADRATIC_WARNING_ROWS } from "../../src/core/rank";
import { parseCsvText } from "../../src/workbench/csv";

// Many customers in the workbench: opening the CSV, a layout written through the host, then both
// builders through the real pane. Measures how long each takes, that progress is reported, and the
// longest time the page's main thread is blocked (the longest gap between animation frames).
// Figures are printed and saved to test-artifacts/workbench-scale-<N>.json. `npm test` runs it on 5,000
// customers (about 10 s); with KAM_SCALE=1 (`npm run test:scale`) on 100,000 (about a minute):
//   KAM_SCALE=1 [KAM_SCALE_N=100000] [KAM_SCALE_PANE=0] [KAM_SCALE_PROFILE=1] npx vitest run test/browser/workbench.scale.e2e.test.ts
// (KAM_SCALE_PANE=0 stops after the host write, before the builders; KAM_SCALE_PROFILE=1 saves a CPU
// profile of the page's main thread during each build, to open in Chrome DevTools.)

/** How many customers (KAM_SCALE_N; by default 100,000 with KAM_SCALE=1, else 5,000). */
const CUSTOMERS = Number(process.env["KAM_SCALE_N"] ?? (process.env["KAM_SCALE"] === "1" ? 100_000 : 5_000));
const SHEET = `customers-${CUSTOMERS}`;
const SHOT = `workbench-scale-${CUSTOMERS}`;
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

function bigCsv(): string {
  const [header = [], ...rows] = parseCsvText(
    readFileSync(join(__dirname, "../../assets/sample/customers.csv"), "utf8").trim(),
    ",",
  );
  const quote = (f: string): string => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  const out = [header.map(quote).join(",")];
  for (let i = 0; i < CUSTOMERS; i++) {
    const row = rows[i % rows.length] ?? [];
    out.push([`Customer ${i + 1}`, ...row.slice(1)].map(quote).join(","));
  }
  return `${out.join("\n")}\n`;
}

interface Watch {
  readonly maxGapMs: number;
  readonly longGaps: number;
  readonly progress: readonly string[];
}

async function startWatch(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { watch: { gaps: number[]; progress: string[]; stop: boolean } };
    w.watch = { gaps: [], progress: [], stop: false };
    let last = performance.now();
    const tick = (t: number): void => {
      w.watch.gaps.push(t - last);
      last = t;
      if (!w.watch.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const observer = new MutationObserver(() => {
      const text = document.querySelector('[data-testid="wb-progress-text"]')?.textContent;
      if (text !== undefined && text !== null && w.watch.progress.at(-1) !== text) w.watch.progress.push(text);
      if (w.watch.stop) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

async function stopWatch(p: Page): Promise<Watch> {
  return p.evaluate(() => {
    const w = window as unknown as { watch: { gaps: number[]; progress: string[]; stop: boolean } };
    w.watch.stop = true;
    return {
      maxGapMs: Math.round(Math.max(0, ...w.watch.gaps)),
      longGaps: w.watch.gaps.filter((g) => g > 250).length,
      progress: w.watch.progress,
    };
  });
}

/** The customers the cost-to-serve keeps: the CSV cycles the sample, whose left-out rows repeat every 200. */
function keptCustomers(): number {
  const kept = new Set(computeCostToServe(sampleConfig("kam"), sampleSource()).customers.map((c) => c.sourceRow));
  let count = 0;
  for (let i = 0; i < CUSTOMERS; i++) if (kept.has(i % 200)) count++;
  return count;
}

/**
 * Reads the built cost-to-serve sheet back: the customer count, the last table row's rank and profit,
 * nothing below the table, and the whale curve ending at 100 % of customers and of profit. Proves
 * every spill reached the last customer.
 */
async function checkCostToServeSheet(p: Page): Promise<Record<string, unknown>> {
  const sheet = "KAM Cost-to-serve";
  const L = SHEET_LABELS;
  const top = await readRange(p, sheet, "A1:AZ60");
  const labelRow = (text: string): number => top.findIndex((row) => row[0] === text);
  const summary = top[labelRow(L.customers.en)]?.[1];
  const header = labelRow(L.customer.en);
  const headers = top[header] ?? [];
  const rankCol = headers.indexOf(L.rank.en);
  const profitCol = headers.indexOf(L.netProfit.en);
  const shareCol = headers.lastIndexOf(L.shareProfit.en);
  const letter = (c: number): string => columnLetters(c);
  const lastRow = header + 1 + summaryCount(summary);
  const last = (await readRange(p, sheet, `A${lastRow}:${letter(shareCol)}${lastRow + 1}`)) as Cell[][];
  const whale = await readRange(p, sheet, `${letter(shareCol - 1)}${lastRow + 1}:${letter(shareCol)}${lastRow + 1}`);
  expect(summary).toBe(keptCustomers());
  expect(last[0]?.[rankCol]).toEqual(expect.any(Number));
  expect(last[0]?.[profitCol]).toEqual(expect.any(Number));
  expect(last[1]?.slice(0, rankCol + 1).every((c) => c === null)).toBe(true);
  expect(whale[0]?.[0]).toBeCloseTo(1, 12);
  expect(whale[0]?.[1]).toBeCloseTo(1, 12);
  return { customers: summary, lastRank: last[0]?.[rankCol], whaleEnd: whale[0] };
}

function summaryCount(value: Cell | undefined): number {
  if (typeof value !== "number") throw new Error(`the summary's customer count is ${String(value)}`);
  return value;
}

/**
 * With KAM_SCALE_PROFILE=1, records a CPU profile of the page's main thread (Chrome DevTools format)
 * until the returned function saves it as test-artifacts/<name>.cpuprofile; otherwise does nothing.
 */
async function startProfile(p: Page): Promise<((name: string) => Promise<void>) | undefined> {
  if (process.env["KAM_SCALE_PROFILE"] !== "1") return undefined;
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  return async (name) => {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(join(ARTIFACTS_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}

describe(`the workbench with ${CUSTOMERS.toLocaleString("en")} customers`, () => {
  const step = async (name: string, action: () => Promise<unknown>): Promise<number> => {
    const t0 = Date.now();
    try {
      await action();
    } catch (e) {
      await screenshot(page, `${SHOT}-failed-${name}`);
      throw e;
    }
    return Date.now() - t0;
  };

  const report: Record<string, unknown> = { customers: CUSTOMERS };
  const record = (figures: Record<string, unknown>): void => {
    Object.assign(report, figures);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, `${SHOT}.json`), JSON.stringify(report, null, 2));
  };

  it("opens the CSV, builds the selection matrix and the cost-to-serve analysis with progress, page responsive", async () => {
    const load = await openWorkbench(page, server);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, `${SHEET}.csv`);
    writeFileSync(file, bigCsv());

    let started = Date.now();
    await startWatch(page);
    await page.getByTestId("wb-open-input").setInputFiles(file);
    await page.getByTestId("wb-notice").waitFor({ timeout: 120_000 });
    const open = { ms: Date.now() - started, ...(await stopWatch(page)) };
    record({ firstLoadMs: load, open });
    expect(await readRange(page, SHEET, `A${CUSTOMERS + 1}`)).toEqual([[`Customer ${CUSTOMERS}`]]);

    const rows = Array.from({ length: CUSTOMERS }, (_, i) => [
      { f: `='${SHEET}'!A${i + 2}` },
      { f: `='${SHEET}'!F${i + 2}-'${SHEET}'!G${i + 2}` },
      i === 0 ? { f: `=KAM.LOYALTYZONE('${SHEET}'!P2:P${CUSTOMERS + 1})` } : null,
    ]);
    const layout: SheetLayout = {
      name: "Host build",
      tag: "kam:scale",
      blocks: [{ row: 0, col: 0, cells: [[{ v: "Customer" }, { v: "Margin" }, { v: "Zone" }], ...rows] }],
      tables: [],
      formats: [{ range: { row: 1, col: 1, rows: CUSTOMERS, cols: 1 }, numberFormat: "#,##0" }],
      conditional: [],
      charts: [],
      columnWidths: { 0: 24, 2: 22 },
    };
    started = Date.now();
    await startWatch(page);
    const written = await applyLayout(page, layout);
    const hostBuild = {
      ms: Date.now() - started,
      ...(await stopWatch(page)),
      progressCalls: written.progress.length,
    };
    expect(written.error).toBeUndefined();
    await waitForRange(page, "Host build", `C${CUSTOMERS + 1}`, (v) => typeof v[0]?.[0] === "string");
    record({ hostBuild });
    await screenshot(page, `${SHOT}-host-build`);

    started = Date.now();
    await startWatch(page);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 400_000 }),
      page.getByTestId("wb-save").click(),
    ]);
    const saved = join(ARTIFACTS_DIR, `${SHOT}.xlsx`);
    await download.saveAs(saved);
    record({ save: { ms: Date.now() - started, ...(await stopWatch(page)), bytes: statSync(saved).size } });

    if (process.env["KAM_SCALE_PANE"] !== "0") {
      await page.getByTestId("wb-sheet-tab").filter({ hasText: SHEET }).click();
      await goTo(page, "B5");
      const selectionSteps = {
        readSource: await step("sel-source", async () => {
          await page.getByTestId("sel-read-source").click({ timeout: 240_000 });
          await page.getByTestId("sel-source-found").waitFor({ timeout: 240_000 });
        }),
        criteria: await step("sel-criteria", () => page.getByTestId("sel-next-criteria").click({ timeout: 240_000 })),
        classes: await step("sel-classes", () => page.getByTestId("sel-next-classes").click({ timeout: 240_000 })),
        // The portable style ranks with a COUNTIF per row (O(n²)); above QUADRATIC_WARNING_ROWS the
        // pane warns, and the KAM functions (KAM.RANKALL, one spill) are the style that finishes.
        style: await step("sel-style", async () => {
          if (CUSTOMERS > QUADRATIC_WARNING_ROWS)
            await page.getByTestId("sel-warning-portable").waitFor({ timeout: 240_000 });
          await page.getByTestId("sel-style").selectOption("kam", { timeout: 240_000 });
          await page.getByTestId("sel-warning-portable").waitFor({ state: "detached", timeout: 240_000 });
        }),
      };
      started = Date.now();
      await startWatch(page);
      const selectionProfile = await startProfile(page);
      await page.getByTestId("sel-build").click({ timeout: 240_000 });
      await step("sel-build", () => page.getByTestId("sel-build-done").waitFor({ timeout: 400_000 }));
      const selection = { ms: Date.now() - started, ...(await stopWatch(page)) };
      await selectionProfile?.(`${SHOT}-selection`);
      record({ selectionSteps, selection });
      await screenshot(page, `${SHOT}-selection`);

      await page.getByTestId("wb-sheet-tab").filter({ hasText: SHEET }).click({ timeout: 240_000 });
      await goTo(page, "B5");
      await page.getByRole("tab", { name: "Cost-to-serve" }).click({ timeout: 240_000 });
      const costSteps = {
        readSource: await step("cts-source", () => page.getByTestId("cts-source-found").waitFor({ timeout: 240_000 })),
        activities: await step("cts-activities", () => page.getByTestId("cts-next-source").click({ timeout: 240_000 })),
        style: await step("cts-style", () => page.getByTestId("cts-style-kam").check({ timeout: 240_000 })),
        preview: await step("cts-preview", () => page.getByTestId("cts-next-activities").click({ timeout: 240_000 })),
        confirm: await step("cts-confirm", () => page.getByTestId("cts-next-preview").click({ timeout: 240_000 })),
      };
      started = Date.now();
      await startWatch(page);
      const costProfile = await startProfile(page);
      await page.getByTestId("cts-build").click({ timeout: 240_000 });
      await step("cts-build", () => page.getByTestId("cts-done").waitFor({ timeout: 400_000 }));
      const costToServe = { ms: Date.now() - started, ...(await stopWatch(page)) };
      await costProfile?.(`${SHOT}-cost-to-serve`);
      await screenshot(page, `${SHOT}-cost-to-serve`);
      const checked = await checkCostToServeSheet(page);
      await goTo(page, "AB4");
      await screenshot(page, `${SHOT}-cost-to-serve-charts`);

      record({ costSteps, costToServe, checked });
      expect(selection.progress.length).toBeGreaterThan(1);
      expect(costToServe.progress.length).toBeGreaterThan(1);
    }
    console.info(`workbench scale: ${JSON.stringify(report, null, 1)}`);
  }, 1_500_000);
});
