/**
 * Deriving and testing weights (models.md §12, beyond the course): weights from pairwise
 * comparisons (`KAM.AHP`, `KAM.AHPCR`), the weight of one criterion at which a customer changes
 * side (`KAM.TIPPINGWEIGHT`), and how often a customer keeps its side, or its class, when every
 * weight moves at random (`KAM.STABILITY`, `KAM.CLASSSTABILITY`).
 *
 * @module
 */
import { filled, isBlank, isSheetError, type Cell, type Grid, type OutCell, type OutGrid } from "../cells";
import { isFail, readNumber, readOption, readSingle, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { isIssue, issue } from "../issues";
import { readWeights } from "../selection";
import { HORIZONS, type Horizon } from "../selection/builder/config";
import { HORIZON_LABELS } from "../selection/builder/labels";
import {
  AHP_METHODS,
  consistency,
  eigenvectorWeights,
  geomeanWeights,
  pairwiseFailed,
  readPairwise,
  type AhpMethod,
} from "./ahp";
import { DEFAULT_SEED } from "./random";
import {
  MAX_DRAWS,
  STABILITY_DEFAULTS,
  drawWeights,
  keptClass,
  keptSide,
  presentScores,
  marginUnder,
  tippingWeight,
  type PresentRow,
} from "./sensitivity";

export * from "./ahp";
export { DEFAULT_SEED, mulberry32 } from "./random";
export * from "./sensitivity";

/** True when a parsed object is a failure. */
function failed<T>(value: T | Fail): value is Fail {
  return isIssue(value) || isSheetError(value);
}

/** One number of a `single` parameter; blank or omitted gives `fallback` (required when there is none). */
function singleNumber(grid: Grid | undefined, name: string, fallback?: number): number | Fail {
  const cell = readSingle(grid, name);
  if (isFail(cell)) return cell;
  if (isBlank(cell) && fallback !== undefined) return fallback;
  return readNumber(cell, [name, 1]);
}

/** A whole number from `min` to `max` of a `single` parameter. */
function singleWhole(grid: Grid | undefined, name: string, min: number, max: number, fallback?: number): number | Fail {
  const v = singleNumber(grid, name, fallback);
  if (isFail(v)) return v;
  if (!Number.isInteger(v)) return issue("not_whole", [name, 1], { value: v });
  if (v < min || v > max) return issue("out_of_range", [name, 1], { value: v, min, max });
  return v;
}

/**
 * `KAM.AHP(pairwise, [method])`: the weights of a square pairwise matrix (n from 1 to 10), an n×1
 * column summing to 1; `method` `"eigenvector"` (default, Saaty's principal eigenvector) or
 * `"geomean"` (normalised geometric row means). A bad matrix gives its error, naming the cell, in
 * every output cell.
 *
 * @example
 * AHP.compute([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], undefined).map(([w]) => Number(w).toFixed(3));
 * // ["0.637", "0.258", "0.105"]
 */
export const AHP = defineFunction({
  id: "AHP",
  params: [
    { name: "pairwise", kind: "range" },
    { name: "method", kind: "single", optional: true },
  ],
  shape: ([pairwise]) => ({ rows: Math.max(1, pairwise?.rows ?? 1), cols: 1 }),
  compute: (pairwise, method): OutGrid => {
    const rows = Math.max(1, pairwise.length);
    const m = readSingle(method, "method");
    if (isFail(m)) return filled(rows, 1, m);
    const chosen = readOption<AhpMethod>(m, AHP_METHODS, "eigenvector", ["method", 1]);
    if (isFail(chosen)) return filled(rows, 1, chosen);
    const p = readPairwise(pairwise);
    if (pairwiseFailed(p)) return filled(rows, 1, p);
    const w = chosen === "eigenvector" ? eigenvectorWeights(p.a, p.n) : geomeanWeights(p.a, p.n);
    return Array.from(w, (v) => [v]);
  },
});

/**
 * `KAM.AHPCR(pairwise)`: the consistency ratio CR = CI ÷ RI(n) of a pairwise matrix, with
 * CI = (λmax − n) ÷ (n − 1) from the eigenvector and Saaty's random index; 0 for n ≤ 2, never
 * below 0. Above 0.10 the judgements need another look.
 *
 * @example
 * Number(AHPCR.compute([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])[0]?.[0]).toFixed(3); // "0.033"
 */
export const AHPCR = defineFunction({
  id: "AHPCR",
  params: [{ name: "pairwise", kind: "range" }],
  compute: (pairwise): OutGrid => {
    const p = readPairwise(pairwise);
    if (pairwiseFailed(p)) return [[p]];
    return [[consistency(p.a, p.n).cr]];
  },
});

/** The number of rows and criteria of a scores table, or its failure. */
function scoresShape(scores: Grid): { n: number; k: number } | Fail {
  const k = scores[0]?.length ?? 0;
  if (scores.length === 0 || k === 0) return issue("empty_range", ["scores", 1]);
  return { n: scores.length, k };
}

/** A scratch row for {@link presentScores}. */
function scratch(k: number): PresentRow {
  return { count: 0, columns: new Int32Array(k), margins: new Float64Array(k) };
}

/** The columns 0 … k − 1. */
function allColumns(k: number): Int32Array {
  return Int32Array.from({ length: k }, (_, i) => i);
}

/**
 * The tipping weight of one row: the weight of criterion `j` (0-based) at which its weighted score
 * equals `cut`, other weights fixed; or the row's failure.
 */
function tippingRow(
  line: readonly Cell[],
  row: number,
  w: Float64Array,
  j: number,
  cut: number,
  columns: Int32Array,
  p: PresentRow,
): OutCell {
  const fail = presentScores(line, row, columns, cut, p);
  if (fail !== undefined) return fail;
  let dj: number | undefined;
  let own = 0;
  let total = 0;
  let size = 0;
  for (let m = 0; m < p.count; m++) {
    const c = p.columns[m] as number;
    const term = (w[c] as number) * (p.margins[m] as number);
    total += term;
    size += Math.abs(term);
    if (c === j) {
      dj = p.margins[m] as number;
      own = term;
    }
  }
  if (dj === undefined) return issue("blank", ["scores", row, j + 1]);
  // The others' weighted margin, as the sheet's native formula computes it (all terms, less its own);
  // a residue of rounding means the others sit on the cut-off: no weight tips the customer.
  const residue = total - own;
  const others = Math.abs(residue) <= CANCELLATION * size ? 0 : residue;
  return tippingWeight(dj, others) ?? issue("no_tipping_weight", ["scores", row], { criterion: j + 1, cut });
}

/**
 * The relative size under which the others' weighted margin counts as 0 (a residue of rounding,
 * as when every other score equals the cut-off): 1e-12 of the sum of the absolute terms.
 */
export const CANCELLATION = 1e-12;

/**
 * `KAM.TIPPINGWEIGHT(scores, weights, criterion, cut)`: per row of scores, the weight of criterion
 * number `criterion` (1-based) at which the weighted score of `KAM.SCORE` equals `cut`, the other
 * weights fixed, in the units of `weights`: `w* = (cut·B − A) ÷ (sⱼ − cut)` over the other present
 * criteria (models.md §12). `#N/A` with a message when no positive weight does (sⱼ equals the
 * cut-off, or w* ≤ 0); `#N/A` for a blank sⱼ.
 *
 * @example
 * TIPPINGWEIGHT.compute([[5, 3, 1], [2, 4, 4]], [[2, 1, 1]], [[1]], [[3]]); // [[1], [2]]
 * // row 1: (3·2 − 4) ÷ (5 − 3) = 1, and (1·5 + 3 + 1) ÷ 3 = 3; row 2: (3·2 − 8) ÷ (2 − 3) = 2
 */
export const TIPPINGWEIGHT = defineFunction({
  id: "TIPPINGWEIGHT",
  params: [
    { name: "scores", kind: "range" },
    { name: "weights", kind: "range" },
    { name: "criterion", kind: "single" },
    { name: "cut", kind: "single" },
  ],
  shape: ([scores]) => ({ rows: scores?.rows ?? 1, cols: 1 }),
  compute: (scores, weights, criterion, cut): OutGrid => {
    const shape = scoresShape(scores);
    if (failed(shape)) return [[shape]];
    const w = readWeights(weights, shape.k);
    if (failed(w)) return filled(shape.n, 1, w);
    const j = singleWhole(criterion, "criterion", 1, shape.k);
    if (isFail(j)) return filled(shape.n, 1, j);
    const c = singleNumber(cut, "cut");
    if (isFail(c)) return filled(shape.n, 1, c);
    const p = scratch(shape.k);
    const columns = allColumns(shape.k);
    return scores.map((line, r) => [tippingRow(line, r + 1, w, j - 1, c, columns, p)]);
  },
});

/** The validated options of a stability figure. */
export interface StabilityOptions {
  readonly spread: number;
  readonly draws: number;
  readonly seed: number;
}

/**
 * Reads `spread` (in [0, 1), default 0.2), `draws` (a whole number from 1 to 100,000, default
 * 1,000) and `seed` (a whole number from 0 to 4,294,967,295, default {@link DEFAULT_SEED}).
 *
 * @example
 * readStabilityOptions(undefined, undefined, undefined); // { spread: 0.2, draws: 1000, seed: 15 }
 * readStabilityOptions([[1]], undefined, undefined).code; // "spread_out_of_range"
 */
export function readStabilityOptions(
  spread: Grid | undefined,
  draws: Grid | undefined,
  seed: Grid | undefined,
): StabilityOptions | Fail {
  const s = singleNumber(spread, "spread", STABILITY_DEFAULTS.spread);
  if (isFail(s)) return s;
  if (!(s >= 0 && s < 1)) return issue("spread_out_of_range", ["spread", 1], { value: s });
  const d = singleWhole(draws, "draws", 1, MAX_DRAWS, STABILITY_DEFAULTS.draws);
  if (isFail(d)) return d;
  const z = singleWhole(seed, "seed", 0, 4294967295, DEFAULT_SEED);
  if (isFail(z)) return z;
  return { spread: s, draws: d, seed: z };
}

/**
 * The side of a present row under the weights themselves (`true`: at or above the cut-off), or
 * `blank` (#N/A) when no present criterion carries weight, as `KAM.SCORE` gives #N/A.
 */
function baseSide(p: PresentRow, w: Float64Array, row: number): boolean | Fail {
  let weight = 0;
  for (let m = 0; m < p.count; m++) weight += w[p.columns[m] as number] as number;
  if (weight === 0) return issue("blank", ["scores", row]);
  const margin = marginUnder(p, w, w.length, 0);
  return margin - margin === 0 ? margin >= 0 : issue("not_finite", ["scores", row], { value: String(margin) });
}

/**
 * `KAM.STABILITY(scores, weights, cut, [spread], [draws], [seed])`: per row, the share of random
 * weight sets (each weight times an independent uniform factor in [1 − spread, 1 + spread]) in which
 * the weighted score of `KAM.SCORE` stays on the same side of `cut` (ties high). The same sets serve
 * every row ({@link drawWeights}: mulberry32 from `seed`), so the figure depends only on the row and
 * the arguments. Spread 0 gives 1.
 *
 * @example
 * STABILITY.compute([[5, 1], [3, 3]], [[1, 1]], [[3]], [[0]], undefined, undefined); // [[1], [1]]
 */
export const STABILITY = defineFunction({
  id: "STABILITY",
  params: [
    { name: "scores", kind: "range" },
    { name: "weights", kind: "range" },
    { name: "cut", kind: "single" },
    { name: "spread", kind: "single", optional: true },
    { name: "draws", kind: "single", optional: true },
    { name: "seed", kind: "single", optional: true },
  ],
  shape: ([scores]) => ({ rows: scores?.rows ?? 1, cols: 1 }),
  compute: (scores, weights, cut, spread, draws, seed): OutGrid => {
    const shape = scoresShape(scores);
    if (failed(shape)) return [[shape]];
    const { n, k } = shape;
    const w = readWeights(weights, k);
    if (failed(w)) return filled(n, 1, w);
    const c = singleNumber(cut, "cut");
    if (isFail(c)) return filled(n, 1, c);
    const o = readStabilityOptions(spread, draws, seed);
    if (failed(o)) return filled(n, 1, o);
    const sets = drawWeights(w, o.spread, o.draws, o.seed);
    const columns = allColumns(k);
    const p = scratch(k);
    const out: OutGrid = new Array<OutCell[]>(n);
    for (let r = 0; r < n; r++) {
      const fail = presentScores(scores[r] ?? [], r + 1, columns, c, p);
      const high = fail ?? baseSide(p, w, r + 1);
      out[r] = [isFail(high) ? high : keptSide(p, sets, k, o.draws, high) / o.draws];
    }
    return out;
  },
});

/** Extra spellings of a horizon, beyond its key and its labels (`HORIZON_LABELS`). */
const HORIZON_ALIASES: Readonly<Record<string, Horizon>> = { huidige: "current", toekomstige: "future" };

/**
 * One horizon: `"current"`/`"future"`, their labels in English or Dutch ("Current", "Huidig",
 * "Future", "Toekomstig", as the selection builder writes them) or "huidige"/"toekomstige", in any
 * case.
 *
 * @example
 * readHorizon("Toekomstig", ["horizons", 1, 2]); // "future"
 */
export function readHorizon(cell: Cell | undefined, path: Path): Horizon | Fail {
  if (isBlank(cell)) return issue("blank", path);
  if (isSheetError(cell)) return cell;
  const text = String(cell).trim().toLowerCase();
  const found =
    HORIZONS.find((h) => h === text || HORIZON_LABELS[h].en.toLowerCase() === text) ??
    HORIZONS.find((h) => HORIZON_LABELS[h].nl.toLowerCase() === text) ??
    HORIZON_ALIASES[text];
  return found ?? issue("unknown_label", path, { value: String(cell), allowed: HORIZONS.join(", ") });
}

/** The columns of each horizon, checked: k horizons, each composite with a weight above zero. */
function readHorizons(grid: Grid, w: Float64Array): { current: Int32Array; future: Int32Array } | Fail {
  const k = w.length;
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (rows !== 1 && cols !== 1) return issue("not_a_list", ["horizons", 1]);
  const count = rows === 1 ? cols : rows;
  if (count !== k) return issue("length_mismatch", ["horizons", 1], { expected: k, actual: count });
  const current: number[] = [];
  const future: number[] = [];
  const total = { current: 0, future: 0 };
  for (let i = 0; i < k; i++) {
    const h = readHorizon(
      rows === 1 ? grid[0]?.[i] : grid[i]?.[0],
      rows === 1 ? ["horizons", 1, i + 1] : ["horizons", i + 1],
    );
    if (failed(h)) return h;
    (h === "current" ? current : future).push(i);
    total[h] += w[i] as number;
  }
  if (!(total.current > 0)) return issue("no_current_weight", ["horizons", 1]);
  if (!(total.future > 0)) return issue("no_future_weight", ["horizons", 1]);
  return { current: Int32Array.from(current), future: Int32Array.from(future) };
}

/**
 * `KAM.CLASSSTABILITY(scores, weights, horizons, currentCut, futureCut, [spread], [draws], [seed])`:
 * per row, the share of random weight sets (as `KAM.STABILITY`) in which both composites, current
 * value C over the "current" criteria and future value F over the "future" ones, stay on their
 * sides of `currentCut` and `futureCut`: the class of `KAM.CLASSIFY` (profit aside) holds.
 *
 * @example
 * CLASSSTABILITY.compute([[4, 2]], [[1, 1]], [["current", "future"]], [[3]], [[3]], undefined, undefined, undefined);
 * // [[1]]
 */
export const CLASSSTABILITY = defineFunction({
  id: "CLASSSTABILITY",
  params: [
    { name: "scores", kind: "range" },
    { name: "weights", kind: "range" },
    { name: "horizons", kind: "range" },
    { name: "currentCut", kind: "single" },
    { name: "futureCut", kind: "single" },
    { name: "spread", kind: "single", optional: true },
    { name: "draws", kind: "single", optional: true },
    { name: "seed", kind: "single", optional: true },
  ],
  shape: ([scores]) => ({ rows: scores?.rows ?? 1, cols: 1 }),
  compute: (scores, weights, horizons, currentCut, futureCut, spread, draws, seed): OutGrid => {
    const shape = scoresShape(scores);
    if (failed(shape)) return [[shape]];
    const { n, k } = shape;
    const w = readWeights(weights, k);
    if (failed(w)) return filled(n, 1, w);
    const h = readHorizons(horizons, w);
    if (failed(h)) return filled(n, 1, h);
    const cc = singleNumber(currentCut, "currentCut");
    if (isFail(cc)) return filled(n, 1, cc);
    const fc = singleNumber(futureCut, "futureCut");
    if (isFail(fc)) return filled(n, 1, fc);
    const o = readStabilityOptions(spread, draws, seed);
    if (failed(o)) return filled(n, 1, o);
    const sets = drawWeights(w, o.spread, o.draws, o.seed);
    const pc = scratch(k);
    const pf = scratch(k);
    const out: OutGrid = new Array<OutCell[]>(n);
    for (let r = 0; r < n; r++) {
      const line = scores[r] ?? [];
      const fail = presentScores(line, r + 1, h.current, cc, pc) ?? presentScores(line, r + 1, h.future, fc, pf);
      const c = fail ?? baseSide(pc, w, r + 1);
      const f = isFail(c) ? c : baseSide(pf, w, r + 1);
      if (isFail(c)) out[r] = [c];
      else if (isFail(f)) out[r] = [f];
      else out[r] = [keptClass(pc, pf, sets, k, o.draws, [c, f]) / o.draws];
    }
    return out;
  },
});
