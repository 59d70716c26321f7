/**
 * Part 1: the core against the floor. `KAM.SCORE`, `KAM.CLASSIFY`, `KAM.COSTTOSERVE` and
 * `KAM.WHALECURVE` are called through the BUILT functions bundle (loaded in a bare context, as
 * Excel's JavaScript-only runtime loads it) with Excel-shaped input, and compared with a
 * hand-written typed-array loop that does only the arithmetic on the same numbers. The pure core
 * (`spec.compute`, without the Excel coercion of `invoke`) is timed too, to show where the time goes.
 *
 * @module
 */
import { buildSync } from "esbuild";
import { CLASS_LABELS } from "../src/core/classification/labels";
import type { Grid } from "../src/core/cells";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { runInThisContext } from "node:vm";
import { FakeCfError, loadBuiltBundle } from "../test/support/bundle";
import {
  CRITERIA as IMPORTED_CRITERIA,
  RATES,
  WEIGHTS,
  classifyInput,
  driverInput,
  profitInput,
  scoreInput,
} from "./data";
import { ratio, span, table, time, count, type Timing } from "./lib";

/** The goal: at most this many times the floor at 100,000 rows. */
export const CORE_GOAL_RATIO = 3;

/** One function at one size. */
export interface CoreRow {
  readonly fn: string;
  readonly rows: number;
  /** The built bundle loaded in this realm (as in Excel's JavaScript runtime). */
  readonly bundle: Timing;
  /** The built bundle in a `vm` context (as `test/support/bundle.ts` loads it). */
  readonly bundleVm: Timing;
  /** The pure core (`spec.compute`), without the Excel coercion of `invoke`. */
  readonly core: Timing;
  readonly floor: Timing;
  /** The Excel-shaped floor: arrays of arrays in, `any[][]` out. */
  readonly excelFloor: Timing;
  /** bundle median ÷ Excel-shaped floor median. */
  readonly excelRatio: number;
  /** bundle median ÷ floor median. */
  readonly ratio: number;
  /** bundle-in-vm median ÷ floor median. */
  readonly vmRatio: number;
  /** core median ÷ floor median. */
  readonly coreRatio: number;
}

type Fn = (...args: unknown[]) => unknown;

type Specs = typeof import("./coreEntry");

/** The pure specs, bundled by esbuild into one scope-hoisted script and loaded in this realm. */
function loadCore(): Specs {
  const out = buildSync({
    entryPoints: [resolve(__dirname, "coreEntry.ts")],
    bundle: true,
    format: "iife",
    globalName: "kamCore",
    platform: "neutral",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild produced nothing for bench/coreEntry.ts");
  return runInThisContext(`(() => { ${code}; return kamCore; })()`, { filename: "kam-core.js" }) as Specs;
}

/**
 * Loads the built bundle into THIS realm (a plain global object with `CustomFunctions`, `Office`
 * and `self`, as in Excel's JavaScript-only runtime). `loadBuiltBundle` uses a `vm` context, whose
 * global object is an interceptor: every global lookup inside the bundle (`Array`, `Number`…) is
 * slower there than in any real runtime, so that figure is reported apart.
 */
function loadBundleHere(distDir: string): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  const g = globalThis as Record<string, unknown>;
  g["CustomFunctions"] = {
    associate: (id: string, fn: Fn) => associated.set(id, fn),
    Error: FakeCfError,
    ErrorCode: {},
  };
  g["Office"] = { onReady: () => Promise.resolve({ host: null, platform: null }) };
  g["self"] ??= globalThis;
  for (const file of ["runtime.js", "functions.js"]) {
    const path = resolve(distDir, file);
    if (existsSync(path)) runInThisContext(readFileSync(path, "utf8"), { filename: path });
  }
  return associated;
}

/** A module constant (not an imported binding, which compiles to a getter call in the inner loop). */
const CRITERIA: number = IMPORTED_CRITERIA;

/** A floor: the arithmetic alone on typed arrays, into a preallocated output (no allocation is timed). */
function scoreFloor(flat: Float64Array, w: Float64Array, n: number, out = new Float64Array(n)): Float64Array {
  for (let r = 0; r < n; r++) {
    let sum = 0;
    let weight = 0;
    const base = r * CRITERIA;
    for (let c = 0; c < CRITERIA; c++) {
      const v = flat[base + c] as number;
      if (v === v) {
        const wc = w[c] as number;
        sum += wc * v;
        weight += wc;
      }
    }
    out[r] = sum / weight;
  }
  return out;
}

const CLASS_CODES = ["key", "futureKey", "large", "small", "loss"] as const;

function classifyFloor(
  current: Float64Array,
  future: Float64Array,
  profit: Float64Array,
  n: number,
  out = new Uint8Array(n),
): Uint8Array {
  for (let r = 0; r < n; r++) {
    const c = (current[r] as number) >= 3;
    const f = (future[r] as number) >= 3;
    out[r] = (profit[r] as number) < 0 ? 4 : c ? (f ? 0 : 2) : f ? 1 : 3;
  }
  return out;
}

function costFloor(flat: Float64Array, rates: Float64Array, n: number, out = new Float64Array(n)): Float64Array {
  for (let r = 0; r < n; r++) {
    let sum = 0;
    const base = r * CRITERIA;
    for (let c = 0; c < CRITERIA; c++) sum += (flat[base + c] as number) * (rates[c] as number);
    out[r] = sum;
  }
  return out;
}

function whaleFloor(
  profits: Float64Array,
  n: number,
  sorted = new Float64Array(n),
  out = new Float64Array(2 * n),
): Float64Array {
  sorted.set(profits);
  sorted.sort();
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i] as number;
  let cum = 0;
  for (let i = 0; i < n; i++) {
    cum += sorted[n - 1 - i] as number;
    out[2 * i] = (i + 1) / n;
    out[2 * i + 1] = cum / total;
  }
  return out;
}

/**
 * The Excel-shaped floors: the same arithmetic reading Excel's arrays of arrays (blank = `null` or
 * `""`) and returning the `any[][]` a custom function must return (one new array per row). No
 * custom function can do less; the ≤ 3× goal is also reported against these.
 */
const NA = { code: "#N/A" };

function scoreExcelFloor(rows: readonly (readonly unknown[])[], w: Float64Array): unknown[][] {
  const n = rows.length;
  const out = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r] as readonly unknown[];
    let sum = 0;
    let weight = 0;
    for (let c = 0; c < CRITERIA; c++) {
      const v = row[c];
      if (typeof v === "number") {
        const wc = w[c] as number;
        sum += wc * v;
        weight += wc;
      }
    }
    out[r] = [weight > 0 ? sum / weight : NA];
  }
  return out;
}

const CLASS_TEXT = CLASS_CODES.map((c) => CLASS_LABELS[c].en);

function classifyExcelFloor(
  current: readonly (readonly unknown[])[],
  future: readonly (readonly unknown[])[],
  profit: readonly (readonly unknown[])[],
): unknown[][] {
  const n = current.length;
  const out = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) {
    const c = (current[r]?.[0] as number) >= 3;
    const f = (future[r]?.[0] as number) >= 3;
    const p = profit[r]?.[0];
    out[r] = [CLASS_TEXT[typeof p === "number" && p < 0 ? 4 : c ? (f ? 0 : 2) : f ? 1 : 3]];
  }
  return out;
}

function costExcelFloor(rows: readonly (readonly unknown[])[], rates: Float64Array): unknown[][] {
  const n = rows.length;
  const out = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r] as readonly unknown[];
    let sum = 0;
    for (let c = 0; c < CRITERIA; c++) {
      const v = row[c];
      sum += typeof v === "number" ? v * (rates[c] as number) : Number.NaN;
    }
    out[r] = [sum === sum ? sum : NA];
  }
  return out;
}

function whaleExcelFloor(rows: readonly (readonly unknown[])[]): unknown[][] {
  const n = rows.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = rows[i]?.[0] as number;
  sorted.sort();
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i] as number;
  const out = new Array<unknown[]>(n);
  let cum = 0;
  for (let i = 0; i < n; i++) {
    cum += sorted[n - 1 - i] as number;
    out[i] = [(i + 1) / n, cum / total];
  }
  return out;
}

function close(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Throws when the bundle's answer differs from the floor's: the two must compute the same thing. */
function check(fn: string, ok: boolean, row: number): void {
  if (!ok) throw new Error(`${fn}: the bundle and the floor disagree at row ${row + 1}`);
}

function checkScore(out: unknown[][], floor: Float64Array): void {
  floor.forEach((v, r) => check("KAM.SCORE", v === v ? close(out[r]?.[0], v) : typeof out[r]?.[0] === "object", r));
}

function checkClassify(out: unknown[][], floor: Uint8Array): void {
  floor.forEach((code, r) => check("KAM.CLASSIFY", out[r]?.[0] === CLASS_LABELS[CLASS_CODES[code] ?? "small"].en, r));
}

function checkCost(out: unknown[][], floor: Float64Array): void {
  floor.forEach((v, r) =>
    check("KAM.COSTTOSERVE", v === v ? close(out[r]?.[0], v) : typeof out[r]?.[0] === "object", r),
  );
}

function checkWhale(out: unknown[][], floor: Float64Array): void {
  for (let i = 0; i < out.length; i++) {
    check(
      "KAM.WHALECURVE",
      close(out[i]?.[0], floor[2 * i] as number) && close(out[i]?.[1], floor[2 * i + 1] as number),
      i,
    );
  }
}

function runsFor(n: number): { runs: number; warmup: number; minTimeMs: number } {
  if (n <= 10_000) return { runs: 15, warmup: 5, minTimeMs: 300 };
  if (n <= 100_000) return { runs: 9, warmup: 3, minTimeMs: 0 };
  return { runs: 5, warmup: 1, minTimeMs: 0 };
}

/**
 * Runs part 1 at the given sizes against the bundle in `distDir`.
 *
 * @example
 * const rows = await benchCore("/tmp/bench-dist", [1000]);
 */
export async function benchCore(
  distDir: string,
  sizes: readonly number[],
  log: (line: string) => void,
): Promise<CoreRow[]> {
  const here = loadBundleHere(distDir);
  const { SCORE, CLASSIFY, COSTTOSERVE, WHALECURVE } = loadCore();
  const { associated: inVm } = loadBuiltBundle(distDir);
  const get = (map: ReadonlyMap<string, Fn>, id: string): Fn => {
    const fn = map.get(id);
    if (fn === undefined) throw new Error(`${distDir}/functions.js does not associate ${id}`);
    return fn;
  };
  const weights = [[...WEIGHTS]];
  const rates = [[...RATES]];
  const w = Float64Array.from(WEIGHTS);
  const rt = Float64Array.from(RATES);
  const rows: CoreRow[] = [];

  for (const n of sizes) {
    const opts = runsFor(n);
    const scoreOut = new Float64Array(n);
    const classOut = new Uint8Array(n);
    const sortBuffer = new Float64Array(n);
    const whaleOut = new Float64Array(2 * n);
    const s = scoreInput(n);
    const k = classifyInput(n);
    const d = driverInput(n);
    const p = profitInput(n);
    const cases: {
      fn: string;
      id: string;
      args: readonly unknown[];
      check: (out: unknown[][]) => void;
      core: () => unknown;
      floor: () => unknown;
      excelFloor: () => unknown[][];
    }[] = [
      {
        fn: "KAM.SCORE",
        id: "SCORE",
        args: [s.excel, weights],
        check: (out) => checkScore(out, scoreFloor(s.flat, w, n)),
        core: () => SCORE.compute(s.excel as Grid, weights),
        floor: () => scoreFloor(s.flat, w, n, scoreOut),
        excelFloor: () => scoreExcelFloor(s.excel, w),
      },
      {
        fn: "KAM.CLASSIFY",
        id: "CLASSIFY",
        args: [k.current, k.future, k.profit, null, null, null],
        check: (out) => checkClassify(out, classifyFloor(k.currentFlat, k.futureFlat, k.profitFlat, n)),
        core: () =>
          CLASSIFY.compute(k.current as Grid, k.future as Grid, k.profit as Grid, undefined, undefined, undefined),
        floor: () => classifyFloor(k.currentFlat, k.futureFlat, k.profitFlat, n, classOut),
        excelFloor: () => classifyExcelFloor(k.current, k.future, k.profit),
      },
      {
        fn: "KAM.COSTTOSERVE",
        id: "COSTTOSERVE",
        args: [d.excel, rates],
        check: (out) => checkCost(out, costFloor(d.flat, rt, n)),
        core: () => COSTTOSERVE.compute(d.excel as Grid, rates),
        floor: () => costFloor(d.flat, rt, n, scoreOut),
        excelFloor: () => costExcelFloor(d.excel, rt),
      },
      {
        fn: "KAM.WHALECURVE",
        id: "WHALECURVE",
        args: [p.excel],
        check: (out) => checkWhale(out, whaleFloor(p.flat, n)),
        core: () => WHALECURVE.compute(p.excel as Grid),
        floor: () => whaleFloor(p.flat, n, sortBuffer, whaleOut),
        excelFloor: () => whaleExcelFloor(p.excel),
      },
    ];
    for (const c of cases) {
      const bundleFn = get(here, c.id);
      const vmFn = get(inVm, c.id);
      c.check(bundleFn(...c.args) as unknown[][]);
      c.check(vmFn(...c.args) as unknown[][]);
      c.check(c.excelFloor());
      const bundle = await time(`${c.fn} bundle ${n}`, () => bundleFn(...c.args), opts);
      const bundleVm = await time(`${c.fn} bundle in vm ${n}`, () => vmFn(...c.args), opts);
      const core = await time(`${c.fn} core ${n}`, c.core, opts);
      const floor = await time(`${c.fn} floor ${n}`, c.floor, opts);
      const excelFloor = await time(`${c.fn} Excel-shaped floor ${n}`, c.excelFloor, opts);
      const row: CoreRow = {
        fn: c.fn,
        rows: n,
        bundle,
        bundleVm,
        core,
        floor,
        excelFloor,
        ratio: bundle.median / floor.median,
        excelRatio: bundle.median / excelFloor.median,
        vmRatio: bundleVm.median / floor.median,
        coreRatio: core.median / floor.median,
      };
      rows.push(row);
      log(`  ${c.fn} ${count(n)} rows: bundle ${span(bundle)} ms, floor ${span(floor)} ms → ${ratio(row.ratio)}`);
    }
  }
  return rows;
}

/**
 * The table of part 1.
 *
 * @example
 * console.log(coreTable(rows));
 */
export function coreTable(rows: readonly CoreRow[]): string {
  return table(
    [
      "function",
      "rows",
      "bundle ms",
      "core ms",
      "floor ms",
      "Excel floor ms",
      "bundle÷floor",
      "bundle÷Excel floor",
      "vm÷floor",
      "core÷floor",
      `goal ≤ ${CORE_GOAL_RATIO}× at 100k`,
    ],
    rows.map((r) => [
      r.fn,
      count(r.rows),
      span(r.bundle),
      span(r.core),
      span(r.floor),
      span(r.excelFloor),
      ratio(r.ratio),
      ratio(r.excelRatio),
      ratio(r.vmRatio),
      ratio(r.coreRatio),
      r.rows === 100_000 ? (r.ratio <= CORE_GOAL_RATIO ? "met" : "MISSED") : "",
    ]),
  );
}

/** The goal of issue 15: STABILITY with 1,000 draws within this many times KAM.SCORE × 1,000. */
export const STABILITY_GOAL_RATIO = 3;

/** STABILITY (1,000 draws) against 1,000 × KAM.SCORE, both through the built bundle, at one size. */
export interface StabilityRow {
  readonly rows: number;
  readonly draws: number;
  readonly score: Timing;
  readonly stability: Timing;
  /** stability median ÷ (draws × score median). */
  readonly ratio: number;
}

/**
 * Times `KAM.STABILITY(scores, weights, 3)` with `draws` weight sets against `draws` × one
 * `KAM.SCORE(scores, weights)`, both through the built bundle loaded in this realm, on the same
 * eight-criteria input of part 1 (5 % blanks).
 *
 * @example
 * const row = await benchStability("/tmp/bench-dist", 100_000, 1000, console.log);
 */
export async function benchStability(
  distDir: string,
  n: number,
  draws: number,
  log: (line: string) => void,
): Promise<StabilityRow> {
  const here = loadBundleHere(distDir);
  const scoreFn = here.get("SCORE");
  const stabilityFn = here.get("STABILITY");
  if (scoreFn === undefined || stabilityFn === undefined)
    throw new Error(`${distDir}/functions.js lacks SCORE or STABILITY`);
  const s = scoreInput(n);
  const weights = [[...WEIGHTS]];
  const out = stabilityFn(s.excel, weights, [[3]], null, [[draws]], null) as unknown[][];
  if (out.length !== n || !out.every((r) => typeof r[0] === "number" || typeof r[0] === "object")) {
    throw new Error("KAM.STABILITY returned the wrong shape");
  }
  const score = await time(`KAM.SCORE bundle ${n}`, () => scoreFn(s.excel, weights), runsFor(n));
  const stability = await time(
    `KAM.STABILITY ${draws} draws bundle ${n}`,
    () => stabilityFn(s.excel, weights, [[3]], null, [[draws]], null),
    { runs: 5, warmup: 1, minTimeMs: 0 },
  );
  const share = stability.median / (draws * score.median);
  log(
    `  KAM.STABILITY ${count(n)} rows × ${count(draws)} draws: ${span(stability)} ms; KAM.SCORE ${span(score)} ms × ${count(draws)} = ${(draws * score.median).toFixed(0)} ms → ${ratio(share)}`,
  );
  return { rows: n, draws, score, stability, ratio: share };
}
