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
  /** taskpane.js: the task pane's own bundle. */
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

/**
 * The budgeted bundles of a production build: functions (+ runtime) and the task pane.
 *
 * @example
 * budgetedSizes("dist").every((b) => b.budget === undefined || b.gzip <= b.budget);
 */
export function budgetedSizes(dir: string): BundleSize[] {
  const runtime = existsSync(join(dir, "runtime.js")) ? ["runtime.js"] : [];
  const functions = [required(dir, "functions.js"), ...runtime];
  const taskpane = [required(dir, "taskpane.js")];
  return [
    { name: "functions.js + runtime.js", files: functions, ...sizeOf(dir, functions), budget: BUDGETS.functions },
    { name: "taskpane.js", files: taskpane, ...sizeOf(dir, taskpane), budget: BUDGETS.taskpane },
  ];
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
  const chunks = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !known.has(f))
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
