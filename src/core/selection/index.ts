/**
 * The weighted selection matrix (models.md §1): a weighted score per customer over the criteria
 * that are present, and the normalisation of raw data (revenue, growth, days of payment) to a
 * 1–5 score by min–max, percentile rank or explicit bands.
 *
 * @module
 */
import { filled, isBlank, isSheetError, type Cell, type Grid, type OutCell, type OutGrid } from "../cells";
import { isFail, readNumber, readOption, readSingle, type Fail } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { isIssue, issue } from "../issues";

/** The normalisation methods of `KAM.NORMALIZE`. */
export const NORMALIZE_METHODS = ["minmax", "percentile", "bands"] as const;
/** A normalisation method. */
export type NormalizeMethod = (typeof NORMALIZE_METHODS)[number];

/** Defaults of `KAM.NORMALIZE`: min–max onto the 1–5 scale, higher is better. */
export const NORMALIZE_DEFAULTS = { method: "minmax", low: 1, high: 5, direction: 1 } as const;

/** A failure for the whole result (bad weights, a bad option), or the parsed value. */
type Whole<T> = T | Fail;

/** True when a parsed object is a failure (`isFail` only suits primitive results). */
function failed<T>(value: Whole<T>): value is Fail {
  return isIssue(value) || isSheetError(value);
}

/**
 * The weights as a typed array: one finite, non-negative number per criterion, not all zero.
 * Any bad weight fails the whole call.
 *
 * @example
 * readWeights([[2, 1, 1]], 3); // Float64Array [2, 1, 1]
 * readWeights([[1, -1]], 2); // issue "negative" at ["weights", 1, 2]
 */
export function readWeights(weights: Grid, criteria: number): Whole<Float64Array> {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  if (rows !== 1 && cols !== 1) return issue("not_a_list", ["weights", 1]);
  const count = rows === 1 ? cols : rows;
  if (count !== criteria) {
    return issue("length_mismatch", ["weights", 1], { expected: criteria, actual: count });
  }
  const out = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const cell = rows === 1 ? weights[0]?.[i] : weights[i]?.[0];
    const path = rows === 1 ? ["weights", 1, i + 1] : ["weights", i + 1];
    const w = readNumber(cell, path);
    if (isFail(w)) return w;
    if (w < 0) return issue("negative", path, { value: w });
    out[i] = w;
    total += w;
  }
  if (total === 0) return issue("all_zero", ["weights", 1]);
  return out;
}

/**
 * The failure of one score cell that is neither a finite number nor a blank.
 */
function badScore(cell: Cell | undefined, row: number, col: number): Fail {
  if (isSheetError(cell)) return cell;
  if (typeof cell === "number") return issue("not_finite", ["scores", row, col], { value: String(cell) });
  return issue("not_a_number", ["scores", row, col], { value: String(cell) });
}

/**
 * The weighted score of each row: `Σ wᵢ·sᵢ / Σ wᵢ` over the criteria present in that row. Blank
 * scores are skipped (their weight does not count); a row in which no weighted criterion is
 * present is `blank` (#N/A); a bad score fails that row only.
 *
 * @example
 * weightedScores([[4, 2], [5, null]], new Float64Array([3, 1])); // [[3.5], [5]]
 */
export function weightedScores(scores: Grid, weights: Float64Array): OutGrid {
  const n = scores.length;
  const k = weights.length;
  const out: OutGrid = new Array<OutCell[]>(n);
  for (let r = 0; r < n; r++) {
    const line = scores[r] ?? [];
    let sum = 0;
    let weight = 0;
    let fail: Fail | undefined;
    for (let c = 0; c < k; c++) {
      const v = line[c];
      if (typeof v === "number") {
        if (v - v !== 0) {
          fail = badScore(v, r + 1, c + 1);
          break;
        }
        const w = weights[c] as number;
        sum += w * v;
        weight += w;
      } else if (v !== null && v !== undefined && v !== "") {
        fail = badScore(v, r + 1, c + 1);
        break;
      }
    }
    let result: OutCell;
    if (fail !== undefined) result = fail;
    else if (weight === 0) result = issue("blank", ["scores", r + 1]);
    else {
      const mean = sum / weight;
      result = mean - mean === 0 ? mean : issue("not_finite", ["scores", r + 1], { value: String(mean) });
    }
    out[r] = [result];
  }
  return out;
}

/**
 * `KAM.SCORE(scores, weights)`: the weighted score per customer (row). `scores` is n×k (one row per
 * customer, one column per criterion); `weights` is 1×k or k×1, non-negative and not all zero.
 * Bad weights fail the whole column (every row shows the same error).
 *
 * @example
 * SCORE.compute([[5, 3, 1], [2, null, 4]], [[2, 1, 1]]); // [[3.5], [2.6666666666666665]]
 */
export const SCORE = defineFunction({
  id: "SCORE",
  params: [
    { name: "scores", kind: "range" },
    { name: "weights", kind: "range" },
  ],
  shape: ([scores]) => ({ rows: scores?.rows ?? 1, cols: 1 }),
  compute: (scores, weights): OutGrid => {
    const criteria = scores[0]?.length ?? 0;
    if (scores.length === 0 || criteria === 0) return [[issue("empty_range", ["scores", 1])]];
    const w = readWeights(weights, criteria);
    if (failed(w)) return filled(scores.length, 1, w);
    return weightedScores(scores, w);
  },
});

/** The validated options of a normalisation. */
export interface NormalizeOptions {
  readonly method: NormalizeMethod;
  readonly low: number;
  readonly high: number;
  readonly direction: 1 | -1;
  /** Ascending band boundaries (only for `bands`). */
  readonly bands: Float64Array;
}

function singleNumber(grid: Grid | undefined, name: string, fallback: number): Whole<number> {
  const cell = readSingle(grid, name);
  if (isFail(cell)) return cell;
  if (isBlank(cell)) return fallback;
  return readNumber(cell, [name, 1]);
}

function readBands(grid: Grid | undefined): Whole<Float64Array> {
  if (grid === undefined) return issue("blank", ["bands", 1]);
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (rows !== 1 && cols !== 1) return issue("not_a_list", ["bands", 1]);
  const count = rows === 1 ? cols : rows;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const cell = rows === 1 ? grid[0]?.[i] : grid[i]?.[0];
    if (isBlank(cell)) continue;
    const b = readNumber(cell, ["bands", i + 1]);
    if (isFail(b)) return b;
    const previous = out[out.length - 1];
    if (previous !== undefined && b <= previous) {
      return issue("cut_order", ["bands", i + 1], { low: `boundary ${i}`, high: `boundary ${i + 1}` });
    }
    out.push(b);
  }
  if (out.length === 0) return issue("blank", ["bands", 1]);
  return Float64Array.from(out);
}

/**
 * Reads and checks the options of `KAM.NORMALIZE`. Any bad option fails the whole call.
 *
 * @example
 * (readNormalizeOptions(undefined, undefined, undefined, [[-1]], undefined) as NormalizeOptions).direction; // -1
 */
export function readNormalizeOptions(
  method: Grid | undefined,
  low: Grid | undefined,
  high: Grid | undefined,
  direction: Grid | undefined,
  bands: Grid | undefined,
): Whole<NormalizeOptions> {
  const m = readSingle(method, "method");
  if (isFail(m)) return m;
  const chosen = readOption(m, NORMALIZE_METHODS, NORMALIZE_DEFAULTS.method, ["method", 1]);
  if (isFail(chosen)) return chosen;
  const lo = singleNumber(low, "low", NORMALIZE_DEFAULTS.low);
  if (isFail(lo)) return lo;
  const hi = singleNumber(high, "high", NORMALIZE_DEFAULTS.high);
  if (isFail(hi)) return hi;
  if (lo > hi) return issue("cut_order", ["low", 1], { low: "low", high: "high" });
  const d = singleNumber(direction, "direction", NORMALIZE_DEFAULTS.direction);
  if (isFail(d)) return d;
  if (d !== 1 && d !== -1) return issue("out_of_range", ["direction", 1], { value: d, min: -1, max: 1 });
  let boundaries: Float64Array = new Float64Array(0);
  if (chosen === "bands") {
    const b = readBands(bands);
    if (failed(b)) return b;
    boundaries = b;
  }
  return { method: chosen, low: lo, high: hi, direction: d, bands: boundaries };
}

/**
 * The band index of a value: the number of boundaries at or below it (a boundary is the lowest
 * value of the higher band, so ties go up).
 *
 * @example
 * bandIndex(3, new Float64Array([1, 3, 5])); // 2
 */
export function bandIndex(value: number, boundaries: Float64Array): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((boundaries[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sorted values are strictly below `value` (`direction` 1) or strictly above it (−1). */
function countBeyond(sorted: Float64Array, value: number, direction: 1 | -1): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = sorted[mid] as number;
    if (s < value || (direction === -1 && s === value)) lo = mid + 1;
    else hi = mid;
  }
  return direction === 1 ? lo : sorted.length - lo;
}

/**
 * Normalises a whole range onto `low..high`. The population is every finite number in the range.
 * Blanks stay blank (`""`: missing stays missing, so `KAM.SCORE` skips them); text, booleans and
 * non-finite numbers give an error in their own cell; errors from the sheet pass through.
 *
 * - `minmax`: `low + (x − min) / (max − min) × (high − low)`.
 * - `percentile`: `low + p × (high − low)` with `p` = share of the other values strictly below `x`
 *   (Excel's PERCENTRANK.INC: the smallest value scores `low`, the largest `high`, ties share a score).
 * - For both: a population without spread (every number equal, or only one) tells no customer
 *   apart, so every value scores the midpoint `(low + high) / 2`, in either direction (see
 *   {@link noSpreadValue}; the builders warn about such a column).
 * - `bands`: k ascending boundaries make k + 1 bands scored `low, low + (high − low)/k, …, high`;
 *   a value equal to a boundary belongs to the higher band.
 *
 * `direction` −1 is for "lower is better": `minmax` and `bands` mirror the score (`low + high − score`),
 * `percentile` counts the values strictly above `x` instead of below (so ties still share a score).
 *
 * @example
 * normalizeRange([[10], [20], [30]], { method: "minmax", low: 1, high: 5, direction: 1, bands: new Float64Array(0) });
 * // [[1], [3], [5]]
 */
export function normalizeRange(values: Grid, options: NormalizeOptions): OutGrid {
  const rows = values.length;
  const { method, low, high, direction, bands } = options;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < rows; r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v === "number" && v - v === 0) {
        count++;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  let sorted: Float64Array = new Float64Array(0);
  if (method === "percentile") {
    sorted = new Float64Array(count);
    let i = 0;
    for (let r = 0; r < rows; r++) {
      const line = values[r] ?? [];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (typeof v === "number" && v - v === 0) sorted[i++] = v;
      }
    }
    sorted.sort();
  }
  const span = high - low;
  const spread = 0.5 * max - 0.5 * min;
  const step = bands.length > 0 ? span / bands.length : 0;
  const out: OutGrid = new Array<OutCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line = values[r] ?? [];
    const o = new Array<OutCell>(line.length);
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v === "number" && v - v === 0) {
        let score: number;
        if (method === "percentile") {
          score = spread > 0 ? low + (countBeyond(sorted, v, direction) / (count - 1)) * span : low + span / 2;
        } else {
          if (method === "minmax") score = spread > 0 ? low + ((0.5 * v - 0.5 * min) / spread) * span : low + span / 2;
          else score = low + bandIndex(v, bands) * step;
          if (direction === -1) score = low + high - score;
        }
        o[c] = score - score === 0 ? score : issue("not_finite", ["values", r + 1, c + 1], { value: String(score) });
      } else if (v === null || v === undefined || v === "") {
        o[c] = "";
      } else o[c] = badValue(v, r + 1, c + 1);
    }
    out[r] = o;
  }
  return out;
}

/**
 * The one value of a population without spread: when the finite numbers of `values` are all equal
 * (or there is only one), that number; `undefined` when they differ or there is none. Such a
 * criterion tells no customer apart, so `minmax` and `percentile` score it mid-scale.
 *
 * @example
 * noSpreadValue([[7], [null], [7]]); // 7
 * noSpreadValue([[7], [8]]); // undefined
 * noSpreadValue([["n/a"]]); // undefined
 */
export function noSpreadValue(values: Grid): number | undefined {
  let first: number | undefined;
  for (const line of values) {
    for (const v of line) {
      if (typeof v !== "number" || v - v !== 0) continue;
      if (first === undefined) first = v;
      else if (v !== first) return undefined;
    }
  }
  return first;
}

function badValue(cell: Cell, row: number, col: number): Fail {
  if (isSheetError(cell)) return cell;
  if (typeof cell === "number") return issue("not_finite", ["values", row, col], { value: String(cell) });
  return issue("not_a_number", ["values", row, col], { value: String(cell) });
}

/**
 * `KAM.NORMALIZE(values, [method], [low], [high], [direction], [bands])`: raw data → scores, in the
 * shape of `values`. See {@link normalizeRange} for the methods.
 *
 * @example
 * NORMALIZE.compute([[10], [20], [30]], [["minmax"]], undefined, undefined, [[-1]], undefined);
 * // [[5], [3], [1]]
 */
export const NORMALIZE = defineFunction({
  id: "NORMALIZE",
  params: [
    { name: "values", kind: "range" },
    { name: "method", kind: "single", optional: true },
    { name: "low", kind: "single", optional: true },
    { name: "high", kind: "single", optional: true },
    { name: "direction", kind: "single", optional: true },
    { name: "bands", kind: "range", optional: true },
  ],
  shape: ([values]) => values ?? { rows: 1, cols: 1 },
  compute: (values, method, low, high, direction, bands): OutGrid => {
    if (values.length === 0 || (values[0]?.length ?? 0) === 0) return [[issue("empty_range", ["values", 1])]];
    const options = readNormalizeOptions(method, low, high, direction, bands);
    if (failed(options)) return filled(values.length, values[0]?.length ?? 1, options);
    return normalizeRange(values, options);
  },
});
