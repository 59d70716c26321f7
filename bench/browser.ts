/**
 * Part 5: the workbench in a real browser (Debian's Chromium through playwright-core).
 *
 * - Time to interactive: from navigation until the grid holds the sample data
 *   (`wb-root[data-ready=true]`) and the task pane is shown, on a fresh page each run.
 * - A build of n customers inside the page, as the pane runs it: `host.readSource()`, the core's
 *   layout generator (injected: the same code the pane calls; `buildSelectionLayout`, or
 *   `computeCostToServe` + `costToServeLayout` with the tests' sample configuration), then
 *   `host.applyLayout()`, which writes the sheet into the engine worker and recalculates it.
 *   Each run starts from a fresh page holding n customers (untimed setup).
 *
 * @module
 */
import { build } from "esbuild";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "../test/support/browser";
import { serveStatic, type StaticServer } from "../test/support/server";
import { WORKBENCH_VIEWPORT } from "../test/support/workbench";
import { count, median, span, table, type Timing } from "./lib";

/** The browser figures. */
export interface BrowserResult {
  readonly interactive: Timing;
  readonly builds: readonly BuildRow[];
  /** Why a size was not measured, when it was not. */
  readonly skipped: readonly string[];
}

/** The formula style of both sheets (see `src/core/selection/builder` and `src/core/costToServe/builder`). */
export type Style = "portable" | "kam";

/** Which builder. */
export type Builder = "selection" | "costToServe";

/** One build to measure. */
export interface BuildSize {
  readonly build: Builder;
  readonly customers: number;
  readonly style: Style;
}

/** One build size, measured. */
export interface BuildRow {
  readonly build: Builder;
  readonly customers: number;
  readonly style: Style;
  readonly total: Timing;
  readonly read: Timing;
  readonly layout: Timing;
  readonly apply: Timing;
  readonly cells: number;
}

interface BuildSample {
  readonly read: number;
  readonly layout: number;
  readonly apply: number;
  readonly cells: number;
}

const BUILD_NAMES: Readonly<Record<Builder, string>> = { selection: "selection", costToServe: "cost-to-serve" };

function timing(values: readonly number[]): Timing {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

async function openPage(
  browser: TestBrowser,
  server: StaticServer,
): Promise<{ page: Page; ms: number; errors: string[] }> {
  const { page, errors } = await browser.newPage();
  await page.setViewportSize(WORKBENCH_VIEWPORT);
  const started = Date.now();
  await page.goto(`${server.url}workbench.html`);
  await page.waitForSelector('[data-testid="wb-root"][data-ready="true"]', { timeout: 120_000 });
  await page.getByTestId("kam-pane").waitFor({ state: "visible", timeout: 120_000 });
  return { page, ms: Date.now() - started, errors };
}

/** The injected core code, bundled for the page. */
async function injectedScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(__dirname, "page/builders.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error("esbuild produced nothing for bench/page/builders.ts");
  return file.text;
}

/** Replaces the sample sheet with n customers cycled from the 200 of the sample (untimed). */
async function loadCustomers(page: Page, n: number): Promise<void> {
  await page.evaluate(async (n) => {
    const wb = window.kamWorkbench;
    if (wb === undefined) throw new Error("window.kamWorkbench is missing");
    const source = await wb.host.readSource();
    if (source === undefined) throw new Error("the workbench has no sample table under the selection");
    const raw: unknown[][] = [[...source.headers]];
    for (let i = 0; i < n; i++) {
      const row: unknown[] = [...(source.rows[i % source.rows.length] ?? [])];
      row[0] = `Customer ${i + 1}`;
      raw.push(row);
    }
    // No named helper functions in here: tsx would wrap them in a `__name` call the page lacks.
    const cells = raw.map((row) =>
      row.map((v): string | number | boolean | null => {
        if (v === null || typeof v === "number" || typeof v === "boolean") return v;
        if (typeof v === "string") return v.startsWith("=") || v.startsWith("'") ? `'${v}` : v;
        return null;
      }),
    );
    await wb.engine.call("load", { sheets: [{ name: source.sheet, cells }] });
  }, n);
}

async function timedBuild(page: Page, build: Builder, style: Style): Promise<BuildSample> {
  return page.evaluate(
    async ({ build, style }) => {
      const wb = window.kamWorkbench;
      const kb = (window as unknown as { kamBench?: typeof import("./page/builders").kamBench }).kamBench;
      if (wb === undefined || kb === undefined) throw new Error("window.kamWorkbench or window.kamBench is missing");
      const t0 = performance.now();
      const source = await wb.host.readSource();
      if (source === undefined) throw new Error("no source table");
      const t1 = performance.now();
      const existingSheets = await wb.host.sheetNames();
      let layout;
      if (build === "selection") {
        const config = { ...kb.initialConfig(kb.profileSource(source), "course", "en"), style };
        const built = kb.buildSelectionLayout(source, config, { existingSheets });
        if (!built.ok) throw new Error(built.message);
        layout = built.layout;
      } else {
        const config = kb.costToServeConfig(style);
        const preview = kb.computeCostToServe(config, source);
        layout = kb.costToServeLayout(config, source, { existingSheets, preview }).layout;
      }
      const t2 = performance.now();
      const result = await wb.host.applyLayout(layout);
      const t3 = performance.now();
      return { read: t1 - t0, layout: t2 - t1, apply: t3 - t2, cells: result.cellsWritten };
    },
    { build, style },
  );
}

/**
 * Runs part 5 on the workbench build in `dir` (a build with `KAM_WORKBENCH=1`).
 *
 * @example
 * const result = await benchBrowser("/tmp/bench-dist-wb", [10_000], console.log);
 */
export async function benchBrowser(
  dir: string,
  sizes: readonly BuildSize[],
  log: (line: string) => void,
  runs = 5,
): Promise<BrowserResult> {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  try {
    const loads: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const { page, ms, errors } = await openPage(browser, server);
      if (errors.length > 0) throw new Error(`the workbench page reported errors: ${errors.join("; ")}`);
      if (i > 0) loads.push(ms);
      await page.close();
    }
    const interactive = timing(loads);
    log(`  workbench interactive: ${span(interactive)} ms`);
    const script = await injectedScript();
    const builds: BuildRow[] = [];
    const skipped: string[] = [];
    for (const { build, customers: n, style } of sizes) {
      const samples: BuildSample[] = [];
      for (let i = 0; i <= runs; i++) {
        const { page } = await openPage(browser, server);
        await page.addScriptTag({ content: script });
        await loadCustomers(page, n);
        const sample = await timedBuild(page, build, style);
        if (i > 0) samples.push(sample);
        await page.close();
      }
      const row: BuildRow = {
        build,
        customers: n,
        style,
        total: timing(samples.map((s) => s.read + s.layout + s.apply)),
        read: timing(samples.map((s) => s.read)),
        layout: timing(samples.map((s) => s.layout)),
        apply: timing(samples.map((s) => s.apply)),
        cells: samples[0]?.cells ?? 0,
      };
      builds.push(row);
      log(`  ${BUILD_NAMES[build]} build (${style}) ${count(n)} customers: ${span(row.total)} ms`);
    }
    const [a, b] = builds.filter((x) => x.build === "selection" && x.style === "portable").slice(-2);
    if (a !== undefined && b !== undefined && !builds.some((x) => x.build === "selection" && x.customers >= 100_000)) {
      // t(n) = linear·n + quadratic·n², fitted through the two largest sizes measured.
      const [n1, t1, n2, t2] = [a.customers, a.total.median, b.customers, b.total.median];
      const quadratic = (t2 / n2 - t1 / n1) / (n2 - n1);
      const linear = t1 / n1 - quadratic * n1;
      const predicted = linear * 100_000 + quadratic * 100_000 ** 2;
      skipped.push(
        `100,000 customers not run in the portable style: fitting t = a·n + b·n² through ${count(n1)} and ${count(n2)} customers ` +
          `(a = ${linear.toFixed(3)} ms, b = ${quadratic.toExponential(2)} ms) predicts ${(predicted / 3_600_000).toFixed(1)} h ` +
          `for 100,000; the quadratic term is the per-row COUNTIF formulas of the selection sheet (see docs/performance.md).`,
      );
      log(`  ${skipped[skipped.length - 1] ?? ""}`);
    }
    return { interactive, builds, skipped };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The table of part 5.
 *
 * @example
 * console.log(browserTable(result));
 */
export function browserTable(result: BrowserResult): string {
  const rows = [
    ["time to interactive (navigation → grid + pane)", "", span(result.interactive), "", "", "", ""],
    ...result.builds.map((b) => [
      `${BUILD_NAMES[b.build]} build (${b.style})`,
      count(b.customers),
      span(b.total),
      span(b.read),
      span(b.layout),
      span(b.apply),
      count(b.cells),
    ]),
  ];
  const text = table(["measure", "customers", "total ms", "read ms", "layout ms", "write + recalc ms", "cells"], rows);
  return [text, ...result.skipped.map((s) => `\n${s}`)].join("\n");
}
