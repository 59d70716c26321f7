/**
 * How far a customer's side of a cut-off can be trusted (models.md §12): the tipping weight of one
 * criterion, and the stability of a weighted score (or of a class) under random weights. The
 * weighted score is that of `KAM.SCORE` (models.md §1): `S = Σ wᵢ·sᵢ / Σ wᵢ` over the criteria
 * present, so weights need not sum to 1 and a blank score is skipped.
 *
 * @module
 */
import { isSheetError, type Cell } from "../cells";
import type { Fail } from "../cells/read";
import { issue } from "../issues";
import { mulberry32 } from "./random";

/** Defaults of the stability functions (models.md §12). */
export const STABILITY_DEFAULTS = { spread: 0.2, draws: 1000 } as const;

/** The most draws a stability figure may ask for. */
export const MAX_DRAWS = 100_000;

/**
 * The tipping weight of criterion j (models.md §12): the weight w* at which
 * `(A + w·sⱼ) / (B + w) = cut`, i.e. `w* = (cut·B − A) ÷ (sⱼ − cut)`, with A = Σ wᵢ·sᵢ and B = Σ wᵢ
 * over the other present criteria. Computed as `−Σ wᵢ·(sᵢ − cut) ÷ (sⱼ − cut)`, the same number in
 * exact arithmetic (cut·B − A = −Σ wᵢ·(sᵢ − cut)) with less rounding: `others` is that sum of
 * margins, `dj` is sⱼ − cut. `undefined` when sⱼ equals the cut-off or w* is not positive (no
 * positive weight puts the score on the cut-off).
 *
 * @example
 * tippingWeight(2, -2); // 1: scores (5, 3, 1), weights (·, 1, 1), cut 3: −(0 − 2) ÷ (5 − 3)
 * tippingWeight(1, 0); // undefined: the other criteria sit on the cut-off, any weight keeps S above it
 */
export function tippingWeight(dj: number, others: number): number | undefined {
  if (dj === 0) return undefined;
  const w = -others / dj;
  return w > 0 && w < Infinity ? w : undefined;
}

/** The failure of one score cell that is neither a finite number nor a blank. */
export function badScore(cell: Cell | undefined, row: number, col: number): Fail {
  if (isSheetError(cell)) return cell;
  if (typeof cell === "number") return issue("not_finite", ["scores", row, col], { value: String(cell) });
  return issue("not_a_number", ["scores", row, col], { value: String(cell) });
}

/**
 * The weight sets of a stability figure, drawn once for every row: `draws × k` factors row-major,
 * weight `wᵢ` times an independent uniform factor in [1 − spread, 1 + spread). The generator is
 * {@link mulberry32}, seeded with `seed`, read draw by draw and criterion by criterion. At spread 0
 * every factor is exactly 1, so each set is the weights themselves.
 *
 * @example
 * Array.from(drawWeights(Float64Array.from([2, 1]), 0, 2, 15)); // [2, 1, 2, 1]
 */
export function drawWeights(weights: Float64Array, spread: number, draws: number, seed: number): Float64Array {
  const k = weights.length;
  const next = mulberry32(seed);
  const out = new Float64Array(draws * k);
  const low = 1 - spread;
  const width = 2 * spread;
  for (let d = 0; d < draws; d++) {
    for (let c = 0; c < k; c++) out[d * k + c] = (weights[c] as number) * (low + width * next());
  }
  return out;
}

/**
 * One row of scores split into its present criteria: their columns and their margins over the
 * cut-off (score − cut).
 */
export interface PresentRow {
  /** How many criteria are present. */
  count: number;
  readonly columns: Int32Array;
  readonly margins: Float64Array;
}

/**
 * Collects the present (finite) scores of one row among the given columns, as margins over `cut`,
 * into `into`; returns a failure for a text, boolean, non-finite or error cell, as `KAM.SCORE`
 * would.
 *
 * @example
 * const into = { count: 0, columns: new Int32Array(3), margins: new Float64Array(3) };
 * presentScores([4, null, 2], 1, Int32Array.from([0, 1, 2]), 3, into); // undefined; into.margins starts 1, -1
 */
export function presentScores(
  line: readonly Cell[],
  row: number,
  columns: Int32Array,
  cut: number,
  into: PresentRow,
): Fail | undefined {
  let count = 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as number;
    const v = line[c];
    if (typeof v === "number") {
      if (v - v !== 0) return badScore(v, row, c + 1);
      into.columns[count] = c;
      into.margins[count++] = v - cut;
    } else if (v !== null && v !== undefined && v !== "") return badScore(v, row, c + 1);
  }
  into.count = count;
  return undefined;
}

/**
 * The weighted margin of a present row under weight set `d` of `sets` (k weights per set):
 * Σ wᵢ·(sᵢ − cut). It is ≥ 0 exactly when the weighted score S = Σ wᵢ·sᵢ / Σ wᵢ is ≥ cut (the
 * weights are positive), without the division: a row whose scores all equal the cut-off has margin
 * exactly 0 under any weights, where the rounded mean can fall a hair either side.
 *
 * @example
 * const p = { count: 2, columns: Int32Array.from([0, 2]), margins: Float64Array.from([1, -1]) };
 * marginUnder(p, Float64Array.from([3, 5, 1]), 3, 0); // 2: 3·1 + 1·(−1)
 */
export function marginUnder(p: PresentRow, sets: Float64Array, k: number, d: number): number {
  let sum = 0;
  const base = d * k;
  for (let m = 0; m < p.count; m++) sum += (sets[base + (p.columns[m] as number)] as number) * (p.margins[m] as number);
  return sum;
}

/**
 * How many of the weight sets keep the row on its side of the cut-off (`high`: margin ≥ 0, so
 * ties go high, as in `KAM.CLASSIFY`). One pass over the sets, no division.
 *
 * @example
 * const p = { count: 2, columns: Int32Array.from([0, 1]), margins: Float64Array.from([2, -2]) };
 * keptSide(p, Float64Array.from([1, 1, 1, 3]), 2, 2, true); // 1: the second set gives 2 − 6 < 0
 */
export function keptSide(p: PresentRow, sets: Float64Array, k: number, draws: number, high: boolean): number {
  let kept = 0;
  const n = p.count;
  const columns = p.columns;
  const margins = p.margins;
  for (let d = 0, base = 0; d < draws; d++, base += k) {
    let sum = 0;
    for (let m = 0; m < n; m++) sum += (sets[base + (columns[m] as number)] as number) * (margins[m] as number);
    if (sum >= 0 === high) kept++;
  }
  return kept;
}

/**
 * How many of the weight sets keep both composites of a row on their sides (the class of
 * `KAM.CLASSIFY` from current value C and future value F): C's margin over currentCut stays
 * `high[0]` and F's over futureCut `high[1]`.
 *
 * @example
 * const c = { count: 1, columns: Int32Array.from([0]), margins: Float64Array.from([1]) };
 * const f = { count: 1, columns: Int32Array.from([1]), margins: Float64Array.from([-1]) };
 * keptClass(c, f, Float64Array.from([1, 1, 2, 1]), 2, 2, [true, false]); // 2
 */
export function keptClass(
  current: PresentRow,
  future: PresentRow,
  sets: Float64Array,
  k: number,
  draws: number,
  high: readonly [boolean, boolean],
): number {
  let kept = 0;
  const [highC, highF] = high;
  for (let d = 0; d < draws; d++) {
    if (marginUnder(current, sets, k, d) >= 0 === highC && marginUnder(future, sets, k, d) >= 0 === highF) kept++;
  }
  return kept;
}
