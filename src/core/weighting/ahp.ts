/**
 * Weights from pairwise comparisons (AHP, Saaty 1980; models.md §12): the principal right
 * eigenvector or the normalised geometric row means of a square reciprocal matrix on Saaty's 1–9
 * scale, and the consistency ratio of the judgements.
 *
 * @module
 */
import { isSheetError, type Grid } from "../cells";
import { isFail, readNumber, type Fail } from "../cells/read";
import { issue } from "../issues";

/** The two ways of deriving weights from a pairwise matrix. */
export const AHP_METHODS = ["eigenvector", "geomean"] as const;
/** A weighting method of `KAM.AHP`. */
export type AhpMethod = (typeof AHP_METHODS)[number];

/** The most criteria a pairwise matrix may compare (Saaty's random index is listed up to 10). */
export const AHP_MAX_CRITERIA = 10;

/** The relative tolerance of the reciprocal rule (and of the diagonal and the 1/9–9 bounds): a typed 0.333 passes against 3. */
export const RECIPROCAL_TOLERANCE = 1e-3;

/** Saaty's extremes: a judgement lies in 1/9 … 9. */
export const SAATY_MIN = 1 / 9;
/** The largest judgement on Saaty's scale. */
export const SAATY_MAX = 9;

/**
 * Saaty's random index RI(n) as models.md §12 lists it (0 for n ≤ 2, where every reciprocal matrix
 * is consistent).
 *
 * @example
 * RANDOM_INDEX[4]; // 0.9
 */
export const RANDOM_INDEX: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

/** A checked pairwise matrix: n, and the judgements row-major in a typed array. */
export interface Pairwise {
  readonly n: number;
  readonly a: Float64Array;
}

/** A little slack on the tolerance, so that 0.333 × 3 = 0.9990000000000001 still passes. */
const SLACK = RECIPROCAL_TOLERANCE * (1 + 1e-9);

/** The value checks of one judgement: a positive number on Saaty's scale (1 on the diagonal). */
function readJudgement(cell: Grid[number][number] | undefined, r: number, c: number): number | Fail {
  const path = ["pairwise", r + 1, c + 1];
  const v = readNumber(cell, path);
  if (isFail(v)) return v;
  if (v <= 0) return issue("not_positive", path, { value: v });
  if (v < SAATY_MIN * (1 - SLACK) || v > SAATY_MAX * (1 + SLACK)) {
    return issue("out_of_range", path, { value: v, min: "1/9", max: 9 });
  }
  if (r === c && Math.abs(v - 1) > SLACK) return issue("diagonal_not_one", path, { value: v });
  return v;
}

/**
 * Reads and checks a pairwise matrix: square, 1 to 10 criteria, every cell a number in Saaty's
 * 1/9–9, 1 on the diagonal, and each cell below the diagonal the reciprocal of its mirror within a
 * relative tolerance of 1e-3. The first bad cell (row by row; the reciprocal rule after the value
 * checks, naming the cell below the diagonal) fails the whole matrix.
 *
 * @example
 * readPairwise([[1, 3], [1 / 3, 1]]); // { n: 2, a: Float64Array [1, 3, 0.333…, 1] }
 * readPairwise([[1, 3], [0.5, 1]]).code; // "not_reciprocal"
 */
export function readPairwise(grid: Grid): Pairwise | Fail {
  const n = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (grid.some((line) => line.length !== n) || cols !== n) {
    return issue("not_square", ["pairwise", 1], { rows: n, cols });
  }
  if (n > AHP_MAX_CRITERIA) return issue("too_many_criteria", ["pairwise", 1], { max: AHP_MAX_CRITERIA, actual: n });
  const a = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const v = readJudgement(grid[r]?.[c], r, c);
      if (isFail(v)) return v;
      a[r * n + c] = v;
    }
  }
  for (let r = 1; r < n; r++) {
    for (let c = 0; c < r; c++) {
      const v = a[r * n + c] as number;
      const mirror = a[c * n + r] as number;
      if (Math.abs(v * mirror - 1) > SLACK) {
        return issue("not_reciprocal", ["pairwise", r + 1, c + 1], {
          value: v,
          mirror,
          expected: Number((1 / mirror).toPrecision(4)),
          row: c + 1,
          col: r + 1,
        });
      }
    }
  }
  return { n, a };
}

/** `x` divided by its sum, in place. */
function normalise(x: Float64Array): Float64Array {
  let total = 0;
  for (const v of x) total += v;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) / total;
  return x;
}

/** A·x for an n×n matrix. */
function times(a: Float64Array, n: number, x: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = 0; c < n; c++) s += (a[r * n + c] as number) * (x[c] as number);
    out[r] = s;
  }
  return out;
}

/** M², scaled so that its largest entry is 1 (the powers of a positive matrix would overflow). */
function squareScaled(m: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  let max = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += (m[r * n + k] as number) * (m[k * n + c] as number);
      out[r * n + c] = s;
      if (s > max) max = s;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / max;
  return out;
}

/**
 * The principal right eigenvector of a positive matrix, normalised to sum 1: the row sums of
 * A^(2^k), squaring until they stop changing (at most 64 squarings; the error falls as
 * (|λ₂|/λmax)^(2^k)), then three power steps w ← A·w / Σ.
 *
 * @example
 * Array.from(eigenvectorWeights(Float64Array.from([1, 3, 5, 1 / 3, 1, 3, 1 / 5, 1 / 3, 1]), 3)).map((w) => w.toFixed(3));
 * // ["0.637", "0.258", "0.105"]
 */
export function eigenvectorWeights(a: Float64Array, n: number): Float64Array {
  const ones = new Float64Array(n).fill(1);
  let w = normalise(times(a, n, ones));
  let m: Float64Array = a;
  for (let step = 0; step < 64; step++) {
    m = squareScaled(m, n);
    const next = normalise(times(m, n, ones));
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs((next[i] as number) - (w[i] as number)));
    w = next;
    if (change < 1e-15) break;
  }
  for (let step = 0; step < 3; step++) w = normalise(times(a, n, w));
  return w;
}

/**
 * The geometric mean of each row, normalised to sum 1 (the logarithmic least-squares weights).
 *
 * @example
 * Array.from(geomeanWeights(Float64Array.from([1, 4, 1 / 4, 1]), 2)); // [0.8, 0.2]
 */
export function geomeanWeights(a: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let logs = 0;
    for (let c = 0; c < n; c++) logs += Math.log(a[r * n + c] as number);
    out[r] = Math.exp(logs / n);
  }
  return normalise(out);
}

/** The consistency figures of a pairwise matrix. */
export interface Consistency {
  /** λmax = mean of (A·w)ᵢ / wᵢ over the eigenvector weights. */
  readonly lambdaMax: number;
  /** CI = (λmax − n) ÷ (n − 1); 0 for n ≤ 2. */
  readonly ci: number;
  /** CR = CI ÷ RI(n), never below 0; 0 for n ≤ 2. */
  readonly cr: number;
}

/**
 * λmax, CI and CR (models.md §12) from the eigenvector weights. Rounding can put λmax a hair below
 * n for a consistent matrix; CI and CR are then 0, never negative.
 *
 * @example
 * consistency(Float64Array.from([1, 3, 5, 1 / 3, 1, 3, 1 / 5, 1 / 3, 1]), 3).cr.toFixed(3); // "0.033"
 */
export function consistency(a: Float64Array, n: number): Consistency {
  const w = eigenvectorWeights(a, n);
  const aw = times(a, n, w);
  let lambda = 0;
  for (let i = 0; i < n; i++) lambda += (aw[i] as number) / (w[i] as number);
  const lambdaMax = lambda / n;
  if (n <= 2) return { lambdaMax, ci: 0, cr: 0 };
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  return { lambdaMax, ci, cr: ci / (RANDOM_INDEX[n] as number) };
}

/** True when a value from {@link readPairwise} is a failure. */
export function pairwiseFailed(value: Pairwise | Fail): value is Fail {
  return isSheetError(value) || "code" in value;
}
