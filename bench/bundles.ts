/**
 * Part 4: bundle sizes, gzipped (level 9, as a CDN serves them). `functions.js` (with the shared
 * webpack `runtime.js`) loads at every workbook open, so it has the tightest budget. Deterministic:
 * the same build gives the same bytes, so CI checks the budgets (test/unit/budgets.test.ts).
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { bytes, table } from "./lib";

/** The budgets, in gzipped bytes. */
export const BUDGETS = {
  /** functions.js + runtime.js: what Excel loads for the custom functions at every workbook open. */
  functions: 60 * 1024,
  /** The task pane's initial chunks (taskpane.js and any chunk split off its entry), before the first tab. */
  taskpane: 350 * 1024,
} as const;

/** A measured bundle. */
export interface BundleSize {
  readonly name: string;
  readonly files: readonly string[];
  readonly raw: number;
  readonly gzip: number;
  /** The budget in gzipped bytes, when there is one. */
  readonly budget?: number;
}

function sizeOf(dir: string, files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

function required(dir: string, file: string): string {
  if (!existsSync(join(dir, file))) throw new Error(`${join(dir, file)} is missing: build first (npm run build)`);
  return file;
}

/** `bundles.json`, written by scripts/kam-chunks-plugin.cjs: the files of each entry and lazy chunk group. */
export interface ChunkMap {
  readonly entrypoints: Readonly<Record<string, readonly string[]>>;
  readonly lazy: Readonly<Record<string, readonly string[]>>;
}

/**
 * The chunk map of a build, or a map of the entries alone for a build without one (before the split).
 *
 * @example
 * chunkMap("dist").lazy["builder-selection"]; // ["builder-selection.js", …]
 */
export function chunkMap(dir: string): ChunkMap {
  const file = join(dir, "bundles.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as ChunkMap;
  return {
    entrypoints: { taskpane: [required(dir, "taskpane.js")], functions: [required(dir, "functions.js")] },
    lazy: {},
  };
}

/**
 * The scripts a page loads first, in order (its `<script src>` tags).
 *
 * @example
 * pageScripts("dist", "taskpane.html"); // ["runtime.js", "functions.js", "taskpane.js"] (+ office.js from the CDN)
 */
export function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, required(dir, page)), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:|^\/\//.test(src) && !src.startsWith("assets/"));
}

/** The builder whose tab is open when the pane starts (App.tsx). */
export const FIRST_TAB = "builder-selection";

/**
 * The budgeted bundles of a production build: functions (+ runtime), and the task pane's initial
 * chunks: every file of the taskpane entry point (the entry and any chunk split off it, all loaded
 * before the first tab opens; runtime.js is counted with functions). Then, without a budget, what
 * opening the first tab adds and each builder's lazy chunks (with the split chunks they need).
 *
 * @example
 * budgetedSizes("dist").every((b) => b.budget === undefined || b.gzip <= b.budget);
 */
export function budgetedSizes(dir: string): BundleSize[] {
  const runtime = existsSync(join(dir, "runtime.js")) ? ["runtime.js"] : [];
  const functions = [required(dir, "functions.js"), ...runtime];
  const map = chunkMap(dir);
  const initial = (map.entrypoints["taskpane"] ?? [required(dir, "taskpane.js")]).filter((f) => !runtime.includes(f));
  const out: BundleSize[] = [
    { name: "functions.js + runtime.js", files: functions, ...sizeOf(dir, functions), budget: BUDGETS.functions },
    { name: "taskpane initial chunks", files: initial, ...sizeOf(dir, initial), budget: BUDGETS.taskpane },
  ];
  const first = (map.lazy[FIRST_TAB] ?? []).filter((f) => !initial.includes(f));
  if (first.length > 0) {
    const withFirst = [...initial, ...first];
    out.push({ name: `taskpane initial + first tab (${FIRST_TAB})`, files: withFirst, ...sizeOf(dir, withFirst) });
  }
  for (const [name, files] of Object.entries(map.lazy).sort()) {
    const own = files.filter((f) => !initial.includes(f));
    if (name.startsWith("builder-"))
      out.push({ name: `lazy ${name} (+ split chunks)`, files: own, ...sizeOf(dir, own) });
  }
  return out;
}

/**
 * The workbench bundles of a build made with `KAM_WORKBENCH=1`: the entry (loaded with the page)
 * and every chunk it loads later (the engine worker with HyperFormula, the grid's editors, ExcelJS).
 * No budget: the workbench is a development tool.
 *
 * @example
 * workbenchSizes("/tmp/bench-dist-wb")[0]?.name; // "workbench.js (+ runtime.js)"
 */
export function workbenchSizes(dir: string): BundleSize[] {
  if (!existsSync(join(dir, "workbench.js"))) return [];
  const entry = ["workbench.js", ...(existsSync(join(dir, "runtime.js")) ? ["runtime.js"] : [])];
  const known = new Set(["workbench.js", "runtime.js", "functions.js", "taskpane.js"]);
  const builders = new Set(
    Object.entries(chunkMap(dir).lazy)
      .filter(([name]) => name.startsWith("builder-"))
      .flatMap(([, files]) => files),
  );
  const chunks = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !known.has(f) && !builders.has(f))
    .sort();
  const out: BundleSize[] = [{ name: "workbench.js (+ runtime.js)", files: entry, ...sizeOf(dir, entry) }];
  if (chunks.length > 0)
    out.push({ name: "workbench lazy chunks (worker, grid editors, ExcelJS)", files: chunks, ...sizeOf(dir, chunks) });
  return out;
}

/**
 * The bundles over their budget.
 *
 * @example
 * overBudget(budgetedSizes("dist")); // [] when all fit
 */
export function overBudget(sizes: readonly BundleSize[]): BundleSize[] {
  return sizes.filter((s) => s.budget !== undefined && s.gzip > s.budget);
}

/**
 * The table of part 4.
 *
 * @example
 * console.log(bundleTable(budgetedSizes("dist")));
 */
export function bundleTable(sizes: readonly BundleSize[]): string {
  return table(
    ["bundle", "raw", "gzip", "budget (gzip)", "use", "verdict"],
    sizes.map((s) => [
      s.name,
      bytes(s.raw),
      bytes(s.gzip),
      s.budget === undefined ? "—" : bytes(s.budget),
      s.budget === undefined ? "" : `${((s.gzip / s.budget) * 100).toFixed(0)} %`,
      s.budget === undefined ? "" : s.gzip <= s.budget ? "within" : "OVER BUDGET",
    ]),
  );
}
