/**
 * Shared pieces of the benchmark harness: timing through tinybench (warm-up, then at least five
 * measured runs, reported as median, min and max), the machine description, a deterministic
 * random generator and plain-text tables.
 *
 * @module
 */
import { cpus, loadavg, totalmem } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Bench } from "tinybench";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * A full garbage collection, so that a task does not pay for the garbage the previous one left.
 *
 * @example
 * collectGarbage();
 */
export function collectGarbage(): void {
  gc();
}

/** Median, min and max of the measured runs, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** How to time one task. */
export interface TimingOptions {
  /** Measured runs (at least 5). */
  readonly runs?: number;
  /** Warm-up runs before the measured ones. */
  readonly warmup?: number;
  /** Keep running (past `runs`) until this many milliseconds are spent; small sizes get more samples. */
  readonly minTimeMs?: number;
  /** Untimed work before every run (warm-up and measured), e.g. clearing a sheet. */
  readonly beforeEach?: () => void | Promise<void>;
}

/** The smallest number of measured runs the harness reports. */
export const MIN_RUNS = 5;

/**
 * Times one function with tinybench: `warmup` untimed runs, then `runs` timed runs (more when
 * `minTimeMs` allows). Throws when the function throws (a failing benchmark is never a figure).
 *
 * @example
 * const t = await time("sum", () => [1, 2, 3].reduce((a, b) => a + b), { runs: 5 });
 * t.runs >= 5; // true
 */
export async function time(name: string, fn: () => unknown, options: TimingOptions = {}): Promise<Timing> {
  const runs = Math.max(MIN_RUNS, options.runs ?? MIN_RUNS);
  const bench = new Bench({
    iterations: runs,
    time: options.minTimeMs ?? 0,
    warmupIterations: options.warmup ?? 1,
    warmupTime: 0,
    throws: true,
  });
  const hooks = options.beforeEach === undefined ? {} : { beforeEach: options.beforeEach };
  bench.add(name, fn, hooks);
  collectGarbage();
  await bench.run();
  const task = bench.tasks[0];
  const result = task?.result;
  if (result === undefined || result.error !== undefined) {
    throw new Error(`benchmark "${name}" failed: ${String(result?.error ?? "no result")}`);
  }
  const samples = result.latency.samples;
  return {
    median: median(samples),
    min: result.latency.min,
    max: result.latency.max,
    runs: samples.length,
  };
}

/**
 * The median of a list of numbers (the mean of the two middle ones for an even count).
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The machine the figures were measured on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly v8: string;
  readonly platform: string;
  /** The 1-minute load average when the run started (other processes share the cores). */
  readonly load: number;
  readonly date: string;
}

/**
 * Describes this machine and Node.
 *
 * @example
 * machine().cores > 0; // true
 */
export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? "unknown",
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    date: new Date().toISOString(),
  };
}

/**
 * A deterministic pseudo-random generator in [0, 1) (a 32-bit LCG), so every run sees the same data.
 *
 * @example
 * const rnd = random(1);
 * rnd() === random(1)(); // true
 */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

/**
 * Milliseconds with three significant digits.
 *
 * @example
 * ms(1234.5); // "1235"
 * ms(0.01234); // "0.0123"
 */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value >= 100) return value.toFixed(0);
  return value.toPrecision(3);
}

/**
 * A timing as "median (min–max)".
 *
 * @example
 * span({ median: 2, min: 1, max: 3, runs: 5 }); // "2.00 (1.00–3.00)"
 */
export function span(t: Timing): string {
  return `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`;
}

/**
 * A ratio with two decimals and a ×.
 *
 * @example
 * ratio(2.5); // "2.50×"
 */
export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "—";
}

/**
 * Bytes as B, KB or MB (1 KB = 1024 B).
 *
 * @example
 * bytes(2048); // "2.0 KB"
 */
export function bytes(value: number): string {
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${(value / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * A plain-text table with aligned columns (numbers right-aligned).
 *
 * @example
 * table(["a", "b"], [["x", "1"]]); // "a  b\n-  -\nx  1"
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = headers.map((_, i) => rows.every((r) => /^[-\d.,×%()–—\s]*[\dKMB×—)]?\s*$/.test(r[i] ?? "")));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (numeric[i] === true ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * Formats an integer with thousands separators.
 *
 * @example
 * count(100000); // "100,000"
 */
export function count(n: number): string {
  return n.toLocaleString("en-US");
}
