/**
 * `npm run bench`: the performance harness of issue 8. Prints a table per part and writes
 * `bench/results.json`; exits non-zero when a bundle is over its budget (or a part fails).
 *
 *   npm run bench                         sizes up to 100k (a few minutes)
 *   npm run bench -- --full               adds 1M rows (parts 1 and 3) and a larger browser build
 *   npm run bench -- --only=core,bundles  some parts: core, engine, host, bundles, browser
 *   npm run bench -- --dist=DIR           a production build to measure (default: build one)
 *   npm run bench -- --workbench-dist=DIR a production build with KAM_WORKBENCH=1 (default: build one)
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchBrowser, browserTable, type BrowserResult, type Builder, type BuildSize, type Style } from "./browser";
import { budgetedSizes, bundleTable, overBudget, workbenchSizes, type BundleSize } from "./bundles";
import {
  benchCore,
  benchStability,
  coreTable,
  CORE_GOAL_RATIO,
  STABILITY_GOAL_RATIO,
  type CoreRow,
  type StabilityRow,
} from "./core";
import { benchEngine, engineTable, engineVerdicts, type EngineRow } from "./engine";
import { benchHost, hostTable, hostVerdicts, type HostRow } from "./host";
import { machine, ratio } from "./lib";

const ROOT = resolve(__dirname, "..");
const PARTS = ["core", "engine", "host", "bundles", "browser"] as const;
type Part = (typeof PARTS)[number];

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const full = process.argv.includes("--full");
const only = option("only")?.split(",") ?? [...PARTS];
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(", ")}; parts: ${PARTS.join(", ")}`);
const wanted = (part: Part): boolean => only.includes(part);

/** Temporary build directories this run made (removed at the end). */
const madeDirs: string[] = [];

/** A production build: the given directory, or a fresh one in a temporary directory. */
function productionBuild(given: string | undefined, workbench: boolean): string {
  if (given !== undefined) {
    const dir = resolve(given);
    if (!existsSync(join(dir, "functions.js"))) throw new Error(`${dir}/functions.js is missing`);
    return dir;
  }
  const dir = mkdtempSync(join(tmpdir(), workbench ? "kam-bench-wb-" : "kam-bench-"));
  madeDirs.push(dir);
  console.log(`building ${workbench ? "production + workbench" : "production"} into ${dir} …`);
  execFileSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, KAM_OUT: dir, ...(workbench ? { KAM_WORKBENCH: "1" } : {}) },
  });
  return dir;
}

function isProduction(dir: string): boolean {
  return !readFileSync(join(dir, "functions.js"), "utf8").includes("sourceMappingURL=");
}

function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const m = machine();
  console.log(`KAM for Excel benchmarks — ${m.date}`);
  console.log(
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node} (V8 ${m.v8}), load ${m.load}`,
  );
  console.log(
    `mode: ${full ? "full (up to 1M rows)" : "default (up to 100k rows; --full adds 1M)"}; parts: ${only.join(", ")}`,
  );

  const needsDist = wanted("core") || wanted("bundles");
  const needsWorkbench = wanted("browser") || wanted("bundles");
  const dist = needsDist ? productionBuild(option("dist") ?? process.env["KAM_BENCH_DIST"], false) : undefined;
  if (dist !== undefined && !isProduction(dist))
    throw new Error(`${dist} is a development build; measure a production build`);
  const workbenchDist = needsWorkbench
    ? productionBuild(option("workbench-dist") ?? process.env["KAM_BENCH_WORKBENCH_DIST"], true)
    : undefined;

  const results: {
    machine: typeof m;
    full: boolean;
    core?: { goalRatio: number; rows: CoreRow[] };
    stability?: { goalRatio: number; row: StabilityRow; met: boolean };
    engine?: { rows: EngineRow[]; verdicts: ReturnType<typeof engineVerdicts> };
    host?: { rows: HostRow[]; verdicts: ReturnType<typeof hostVerdicts> };
    bundles?: { budgeted: BundleSize[]; workbench: BundleSize[]; over: string[] };
    browser?: BrowserResult;
    seconds?: number;
  } = { machine: m, full };
  const log = (line: string): void => console.log(line);
  let failed = false;

  if (wanted("core") && dist !== undefined) {
    section(`1. Core against the floor (built bundle ${dist}; 8 criteria; ms median (min–max))`);
    const rows = await benchCore(dist, full ? [1_000, 10_000, 100_000, 1_000_000] : [1_000, 10_000, 100_000], log);
    console.log(`\n${coreTable(rows)}`);
    results.core = { goalRatio: CORE_GOAL_RATIO, rows };
    section("1b. KAM.STABILITY (1,000 draws) against KAM.SCORE × 1,000, 100,000 customers, built bundle (issue 15)");
    const row = await benchStability(dist, 100_000, 1_000, log);
    const met = row.ratio <= STABILITY_GOAL_RATIO;
    console.log(`  goal ≤ ${STABILITY_GOAL_RATIO}×: ${met ? "met" : "MISSED"}`);
    results.stability = { goalRatio: STABILITY_GOAL_RATIO, row, met };
  }

  if (wanted("engine")) {
    section("2. Inside HyperFormula: KAM against the native formulas (ms median (min–max))");
    const rows = await benchEngine([10_000, 100_000], log);
    const verdicts = engineVerdicts(rows);
    console.log(`\n${engineTable(rows)}\n`);
    for (const v of verdicts) {
      console.log(
        `  ${v.task} ${v.rows}: KAM ÷ fastest native = build ${ratio(v.buildRatio)} (${v.build ? "met" : "MISSED"}), recalc ${ratio(v.recalcRatio)} (${v.recalc ? "met" : "MISSED"})`,
      );
    }
    results.engine = { rows, verdicts };
  }

  if (wanted("host")) {
    section("3. Excel host round trips and payload (recording Office.js fake)");
    const rows = await benchHost(full ? [100, 10_000, 100_000, 1_000_000] : [100, 10_000, 100_000], log);
    const verdicts = hostVerdicts(rows);
    console.log(`\n${hostTable(rows)}\n`);
    if (full)
      console.log(
        "  1M: the recording fake does not fit in 8 GB at this size; the write plan (chunks = requests) is measured instead.",
      );
    for (const v of verdicts) {
      console.log(
        `  ${v.build}: write syncs ${v.writeSyncs.join(", ")}, write chunks ${v.chunks.join(", ")} (${v.constantWrites ? "constant" : "NOT constant"}), read syncs ${v.readSyncs.join(", ")}, every request < 5 MB: ${v.underLimit ? "yes" : "NO"}`,
      );
    }
    results.host = { rows, verdicts };
  }

  if (wanted("bundles") && dist !== undefined) {
    section("4. Bundle sizes (gzip -9)");
    const budgeted = budgetedSizes(dist);
    const workbench = workbenchDist === undefined ? [] : workbenchSizes(workbenchDist);
    console.log(bundleTable([...budgeted, ...workbench]));
    const over = overBudget(budgeted);
    for (const o of over)
      console.error(`\nBUDGET EXCEEDED: ${o.name} is ${o.gzip} B gzipped, budget ${o.budget ?? 0} B`);
    failed ||= over.length > 0;
    results.bundles = { budgeted, workbench, over: over.map((o) => o.name) };
  }

  if (wanted("browser") && workbenchDist !== undefined) {
    section("5. Workbench in Chromium (playwright-core); ms median (min–max)");
    const sizes = (build: Builder, style: Style, customers: readonly number[]): BuildSize[] =>
      customers.map((n) => ({ build, customers: n, style }));
    const result = await benchBrowser(
      workbenchDist,
      [
        ...sizes("selection", "portable", full ? [1_000, 4_000, 10_000] : [1_000, 4_000]),
        ...sizes("selection", "kam", full ? [1_000, 10_000, 100_000] : [1_000, 10_000]),
        ...sizes("costToServe", "portable", [1_000]),
        ...sizes("costToServe", "kam", full ? [1_000, 10_000, 100_000] : [1_000, 10_000]),
      ],
      log,
    );
    console.log(`\n${browserTable(result)}`);
    results.browser = result;
  }

  results.seconds = Math.round((Date.now() - started) / 1000);
  const file = join(ROOT, "bench", "results.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file} (${results.seconds} s)`);
  if (failed) {
    console.error("\nFAILED: a bundle is over its budget (see part 4).");
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
  });
