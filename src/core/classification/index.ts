/**
 * Customer classes (models.md §2, course 003 slide 37): loss customers, key accounts, future key
 * accounts, large and small customers on current × future value, and ABC (Pareto) tiers.
 *
 * @module
 */
import { filled, isBlank, isSheetError, mapEach, type Cell, type Grid, type OutCell, type OutGrid } from "../cells";
import { isFail, readLang, readNumber, readOptionalNumber, readSingle, type Fail } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import { isBadScale, readScale, readScore, scaleCut } from "../scale";
import { CLASS_LABELS, type AbcTier, type CustomerClass } from "./labels";

export { ABC_TIERS, CLASS_LABELS, type AbcTier, type CustomerClass } from "./labels";

/** Default cut-offs of the customer classes **[choice]**: 3 on both composites. */
export const CLASSIFY_DEFAULTS = { currentCut: 3, futureCut: 3 } as const;
/** Default ABC cut-offs **[choice]**: A below 80 % cumulative share, B below 95 %. */
export const ABC_DEFAULTS = { cutA: 0.8, cutB: 0.95 } as const;

/**
 * The class of a customer, first match wins: a profit below zero makes a loss customer; then
 * current ≥ cut and future ≥ cut is a key account, only future a future key account, only current
 * a large customer, neither a small customer. `profit` `undefined` means not given.
 *
 * @example
 * customerClass(4, 2); // "large"
 * customerClass(4, 4, -10); // "loss"
 */
export function customerClass(
  current: number,
  future: number,
  profit?: number,
  currentCut: number = CLASSIFY_DEFAULTS.currentCut,
  futureCut: number = CLASSIFY_DEFAULTS.futureCut,
): CustomerClass {
  if (profit !== undefined && profit < 0) return "loss";
  const c = current >= currentCut;
  const f = future >= futureCut;
  if (c) return f ? "key" : "large";
  return f ? "futureKey" : "small";
}

/**
 * `KAM.CLASSIFY(current, future, [profit], [currentCut], [futureCut], [lang], [scale])`, element-wise.
 * A blank profit means "not given"; a blank current or future value is `#N/A`. Current and future
 * values are on `scale` (default 1–5); the default cuts move onto it, given ones are on it.
 *
 * @example
 * CLASSIFY.compute([[4], [2]], [[4]], [[100], [-5]], undefined, undefined, undefined);
 * // [["Key account"], ["Loss customer"]]
 * CLASSIFY.compute([[5]], [[5]], undefined, undefined, undefined, undefined, [["0-10"]]); // [["Key account"]]
 */
export const CLASSIFY = defineFunction({
  id: "CLASSIFY",
  params: [
    { name: "current", kind: "each" },
    { name: "future", kind: "each" },
    { name: "profit", kind: "each", optional: true },
    { name: "currentCut", kind: "each", optional: true },
    { name: "futureCut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (current, future, profit, currentCut, futureCut, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(
      ["current", "future", "profit", "currentCut", "futureCut", "lang"],
      [current, future, profit, currentCut, futureCut, lang],
      ([cv, fv, pv, cc, fc, l], r): OutCell => {
        if (isBadScale(scale)) return scale;
        const row = r + 1;
        const language = readLang(l, ["lang", row]);
        if (isFail(language)) return language;
        const cCut = scaleCut(cc, CLASSIFY_DEFAULTS.currentCut, scale, ["currentCut", row]);
        if (isFail(cCut)) return cCut;
        const fCut = scaleCut(fc, CLASSIFY_DEFAULTS.futureCut, scale, ["futureCut", row]);
        if (isFail(fCut)) return fCut;
        const c = readScore(cv, scale, ["current", row]);
        if (isFail(c)) return c;
        const f = readScore(fv, scale, ["future", row]);
        if (isFail(f)) return f;
        let p: number | undefined;
        if (!isBlank(pv)) {
          const read = readNumber(pv, ["profit", row]);
          if (isFail(read)) return read;
          p = read;
        }
        return CLASS_LABELS[customerClass(c, f, p, cCut, fCut)][language];
      },
    );
  },
});

/**
 * The ABC tier of a customer from the cumulative share of the customers ranked above it: A below
 * `cutA`, B below `cutB`, else C. The customer that crosses `cutA` is still A.
 *
 * @example
 * abcTier(0.79); // "A"
 * abcTier(0.8); // "B"
 */
export function abcTier(
  shareAbove: number,
  cutA: number = ABC_DEFAULTS.cutA,
  cutB: number = ABC_DEFAULTS.cutB,
): AbcTier {
  if (shareAbove < cutA) return "A";
  if (shareAbove < cutB) return "B";
  return "C";
}

function readCut(grid: Grid | undefined, name: string, fallback: number): number | Fail {
  const cell = readSingle(grid, name);
  if (isFail(cell)) return cell;
  const cut = readOptionalNumber(cell, fallback, [name, 1]);
  if (isFail(cut)) return cut;
  if (cut < 0 || cut > 1) return issue("out_of_range", [name, 1], { value: cut, min: 0, max: 1 });
  return cut;
}

function badValue(cell: Cell | undefined, row: number, col: number): Fail {
  if (isSheetError(cell)) return cell;
  if (isBlank(cell)) return issue("blank", ["values", row, col]);
  if (typeof cell === "number") return issue("not_finite", ["values", row, col], { value: String(cell) });
  return issue("not_a_number", ["values", row, col], { value: String(cell) });
}

/**
 * ABC tiers of a range of values (a column, a row, or a block read row by row), in its shape.
 * Customers are ranked by value, highest first, ties in input order; a customer's share is the sum
 * of the values ranked above it divided by the total. Cells that are not finite numbers get their
 * own error and take no part; a total of zero or less fails the whole call (every cell shows it).
 *
 * @example
 * abcTiers([[50], [30], [15], [5]], 0.8, 0.95); // [["A"], ["A"], ["B"], ["C"]]
 */
export function abcTiers(values: Grid, cutA: number, cutB: number): OutGrid {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const order = new Uint32Array(rows * cols);
  const amount = new Float64Array(rows * cols);
  let n = 0;
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < cols; c++) {
      const v = line[c];
      if (typeof v === "number" && v - v === 0) {
        const at = r * cols + c;
        amount[at] = v;
        order[n++] = at;
        if (Math.abs(v) > largest) largest = Math.abs(v);
      }
    }
  }
  const scale = largest > 1e300 ? 1 / largest : 1;
  let total = 0;
  for (let i = 0; i < n; i++) total += (amount[order[i] as number] as number) * scale;
  if (n > 0 && !(total > 0))
    return filled(rows, cols, issue("non_positive_total", ["values", 1], { total: total / scale }));
  const ranked = order.subarray(0, n).sort((a, b) => (amount[b] as number) - (amount[a] as number) || a - b);
  const tier = new Array<AbcTier>(rows * cols);
  let above = 0;
  for (let i = 0; i < n; i++) {
    const at = ranked[i] as number;
    tier[at] = abcTier(above / total, cutA, cutB);
    above += (amount[at] as number) * scale;
  }
  const out: OutGrid = new Array<OutCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line = values[r] ?? [];
    const o = new Array<OutCell>(cols);
    for (let c = 0; c < cols; c++) {
      const v = line[c];
      o[c] = typeof v === "number" && v - v === 0 ? (tier[r * cols + c] as AbcTier) : badValue(v, r + 1, c + 1);
    }
    out[r] = o;
  }
  return out;
}

/**
 * `KAM.ABC(values, [cutA], [cutB])`: A / B / C by cumulative share, in the shape of `values`.
 *
 * @example
 * ABC.compute([[5], [50], [15], [30]], undefined, undefined); // [["C"], ["A"], ["B"], ["A"]]
 */
export const ABC = defineFunction({
  id: "ABC",
  params: [
    { name: "values", kind: "range" },
    { name: "cutA", kind: "single", optional: true },
    { name: "cutB", kind: "single", optional: true },
  ],
  shape: ([values]) => values ?? { rows: 1, cols: 1 },
  compute: (values, cutA, cutB): OutGrid => {
    if (values.length === 0 || (values[0]?.length ?? 0) === 0) return [[issue("empty_range", ["values", 1])]];
    const rows = values.length;
    const cols = values[0]?.length ?? 1;
    const a = readCut(cutA, "cutA", ABC_DEFAULTS.cutA);
    if (isFail(a)) return filled(rows, cols, a);
    const b = readCut(cutB, "cutB", ABC_DEFAULTS.cutB);
    if (isFail(b)) return filled(rows, cols, b);
    if (a > b) return filled(rows, cols, issue("cut_order", ["cutA", 1], { low: "cutA", high: "cutB" }));
    return abcTiers(values, a, b);
  },
});
