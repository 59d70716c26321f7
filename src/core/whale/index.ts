/**
 * The whale curve and Pareto shares (models.md §4; course 003 slides 29–31): customers sorted by
 * profit, most profitable first, against the cumulative share of total profit. With loss customers
 * the curve peaks above 100 % and falls back to 100 %.
 *
 * @module
 */
import { shapeOf, type Grid, type OutCell, type OutGrid } from "../cells";
import { isFail, readLang, readNumber, readSingle, type Fail, type Path } from "../cells/read";
import { defineFunction, type Shape } from "../catalog/define";
import { issue } from "../issues";
import type { Lang } from "../lang";
import { WHALESTATS_LABELS, type WhaleFigure } from "./labels";

export { WHALESTATS_LABELS, type WhaleFigure } from "./labels";

/** The top fraction of customers `KAM.WHALESTATS` reports the profit share of (the 20 of 20/80). */
export const TOP_FRACTION = 0.2;

/** The cumulative curve: x = share of customers (i/n), y = cumulative profit ÷ total profit. */
export interface WhaleCurve {
  readonly customerShare: Float64Array;
  readonly profitShare: Float64Array;
  /** The total profit, summed in curve order (so the last share is exactly 1). */
  readonly total: number;
}

/** The figures of `KAM.WHALESTATS`. A share is `undefined` when the total profit is zero or less. */
export type WhaleStats = { readonly [F in WhaleFigure]: number | undefined };

/**
 * The order of the whale curve: indices of `values` from the highest to the lowest, ties in input
 * order (a stable O(n log n) sort).
 *
 * @example
 * whaleOrder([5, 9, 5, -2]); // [1, 0, 2, 3]
 */
export function whaleOrder(values: ArrayLike<number>): number[] {
  const order = Array.from({ length: values.length }, (_, i) => i);
  return order.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
}

/**
 * The whale curve of a profit list, or `undefined` when the total profit is zero or less (shares of
 * such a total are meaningless) or too large to add up. The curve follows {@link whaleOrder}; as
 * tied customers have equal profits, a plain numeric sort of the values gives the same curve, so
 * no index is tracked.
 *
 * @example
 * const curve = whaleCurve([10, -5, 45]);
 * Array.from(curve?.profitShare ?? []); // [0.9, 1.1, 1]
 */
export function whaleCurve(values: ArrayLike<number>): WhaleCurve | undefined {
  const n = values.length;
  const ascending = Float64Array.from(values).sort();
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += ascending[n - 1 - i] ?? 0;
    cumulative[i] = sum;
  }
  if (!(sum > 0 && sum < Infinity)) return undefined;
  const customerShare = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    customerShare[i] = (i + 1) / n;
    cumulative[i] = (cumulative[i] ?? 0) / sum;
  }
  return { customerShare, profitShare: cumulative, total: sum };
}

/**
 * How many customers make up the top `fraction`: ceil(fraction × n), where a product within
 * rounding error of a whole number counts as that number (0.07 × 100 is 7.000000000000001 in
 * floating point, and counts as 7, not 8).
 *
 * @example
 * topCount(0.2, 12); // 3
 * topCount(0.07, 100); // 7
 */
export function topCount(fraction: number, n: number): number {
  const exact = fraction * n;
  const whole = Math.round(exact);
  return Math.abs(exact - whole) <= 1e-9 * Math.max(1, Math.abs(exact)) ? whole : Math.ceil(exact);
}

/** The top share from values sorted ascending: the sum of the last k over the sum of all. */
function topShare(ascending: Float64Array, fraction: number): number | undefined {
  const n = ascending.length;
  const k = Math.min(n, topCount(fraction, n));
  let top = 0;
  for (let i = n - 1; i >= n - k; i--) top += ascending[i] ?? 0;
  let total = top;
  for (let i = n - k - 1; i >= 0; i--) total += ascending[i] ?? 0;
  return total > 0 ? top / total : undefined;
}

/**
 * The share of the total held by the top `fraction` of the values, or `undefined` when the total is
 * zero or less.
 *
 * @example
 * paretoShare([50, 30, 10, 5, 5], 0.2); // 0.5
 */
export function paretoShare(values: ArrayLike<number>, fraction: number): number | undefined {
  return topShare(Float64Array.from(values).sort(), fraction);
}

/**
 * The figures of the whale curve: total profit, the peak share and where it is first reached,
 * the loss customers and their total (a negative number), and the top-20 % share.
 *
 * @example
 * whaleStats([10, -5, 45]).peakShare; // 1.1
 * whaleStats([10, -5, 45]).lossTotal; // -5
 */
export function whaleStats(values: ArrayLike<number>): WhaleStats {
  const n = values.length;
  let lossCount = 0;
  let lossTotal = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? 0;
    if (v < 0) {
      lossCount++;
      lossTotal += v;
    }
  }
  const curve = whaleCurve(values);
  let peakShare: number | undefined;
  let peakCount: number | undefined;
  if (curve !== undefined) {
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      const share = curve.profitShare[i] ?? 0;
      if (share > best) {
        best = share;
        peakCount = i + 1;
      }
    }
    peakShare = best;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i] ?? 0;
  return {
    total: curve?.total ?? total,
    peakShare,
    peakCount,
    peakCustomerShare: peakCount === undefined ? undefined : peakCount / n,
    lossCount,
    lossTotal,
    top20Share: paretoShare(values, TOP_FRACTION),
  };
}

/**
 * A profit (or value) list as numbers: one row or one column of finite numbers. A blank is
 * missing, so it fails the list like any other bad cell.
 *
 * @example
 * readValues([[10], [-5]], "profits"); // Float64Array [10, -5]
 */
export function readValues(grid: Grid, name: string): Float64Array | Fail {
  const { rows, cols } = shapeOf(grid);
  if (rows !== 1 && cols !== 1) return issue("not_a_list", [name, 1]);
  const across = rows === 1;
  const n = across ? cols : rows;
  if (n === 0) return issue("empty_range", [name, 1]);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = across ? grid[0]?.[i] : grid[i]?.[0];
    if (typeof v === "number" && v - v === 0) {
      out[i] = v;
      continue;
    }
    const failed = readNumber(v === "" ? null : v, across && n > 1 ? [name, 1, i + 1] : [name, i + 1]);
    if (isFail(failed)) return failed;
  }
  return out;
}

function vectorLength(s: Shape | undefined): number {
  if (s === undefined) return 1;
  return Math.max(1, s.rows === 1 || s.cols === 1 ? s.rows * s.cols : 1);
}

/** A computed number as an output cell: `overflow` (#VALUE!) when it is not finite. */
function finite(value: number, path: Path): OutCell {
  return value - value === 0 ? value : issue("overflow", path);
}

/** Why no share exists: a total of zero or less, or a total too large to add up. */
function noShare(values: Float64Array, name: string): OutCell {
  let total = 0;
  for (const v of values) total += v;
  return total - total === 0 && total <= 0 ? issue("non_positive_total", [name], { total }) : issue("overflow", [name]);
}

/**
 * `KAM.WHALECURVE(profits)`: an n×2 spill, most profitable customer first (ties in input order):
 * the cumulative share of customers i/n and the cumulative share of total profit. A bad profit or a
 * total of zero or less fills the spill with that error.
 *
 * @example
 * WHALECURVE.compute([[10], [-5], [45]]); // [[1/3, 0.9], [2/3, 1.1], [1, 1]]
 */
export const WHALECURVE = defineFunction({
  id: "WHALECURVE",
  params: [{ name: "profits", kind: "range" }],
  shape: ([profits]) => ({ rows: vectorLength(profits), cols: 2 }),
  compute: (profits) => {
    const values = readValues(profits, "profits");
    const fill = (cell: OutCell): OutGrid => Array.from({ length: vectorLength(shapeOf(profits)) }, () => [cell, cell]);
    if (!(values instanceof Float64Array)) return fill(values);
    const curve = whaleCurve(values);
    if (curve === undefined) return fill(noShare(values, "profits"));
    const out: OutGrid = new Array<OutCell[]>(values.length);
    for (let i = 0; i < values.length; i++) {
      out[i] = [curve.customerShare[i] ?? 0, finite(curve.profitShare[i] ?? NaN, ["profits", i + 1])];
    }
    return out;
  },
});

const FIGURES = Object.keys(WHALESTATS_LABELS) as WhaleFigure[];

function labelled(lang: Lang, value: (figure: WhaleFigure) => OutCell): OutGrid {
  return FIGURES.map((f) => [WHALESTATS_LABELS[f][lang], value(f)]);
}

/**
 * `KAM.WHALESTATS(profits, [lang])`: a 7×2 labelled spill: total profit, the peak share of total
 * profit, the customers up to the peak (count and share), the loss customers (count), the total
 * loss (negative) and the top-20 % share. With a total of zero or less the shares are `non_positive_total` (#VALUE!).
 *
 * @example
 * WHALESTATS.compute([[10], [-5], [45]], undefined)[1]; // ["Peak share of total profit", 1.1]
 */
export const WHALESTATS = defineFunction({
  id: "WHALESTATS",
  params: [
    { name: "profits", kind: "range" },
    { name: "lang", kind: "single", optional: true },
  ],
  shape: () => ({ rows: FIGURES.length, cols: 2 }),
  compute: (profits, lang) => {
    const langCell = readSingle(lang, "lang");
    const language = isFail(langCell) ? langCell : readLang(langCell, ["lang"]);
    if (isFail(language)) return labelled("en", () => language);
    const values = readValues(profits, "profits");
    if (!(values instanceof Float64Array)) return labelled(language, () => values);
    const stats = whaleStats(values);
    const missing = noShare(values, "profits");
    return labelled(language, (f) => {
      const v = stats[f];
      return v === undefined ? missing : finite(v, ["profits"]);
    });
  },
});

/**
 * `KAM.PARETOSHARE(values, topFraction)`: the share of the total held by the top ceil(topFraction × n)
 * values. `topFraction` runs from 0 to 1 and may be a range (one result per fraction).
 *
 * @example
 * PARETOSHARE.compute([[50], [30], [10], [5], [5]], [[0.2], [0.4]]); // [[0.5], [0.8]]
 */
export const PARETOSHARE = defineFunction({
  id: "PARETOSHARE",
  params: [
    { name: "values", kind: "range" },
    { name: "topFraction", kind: "each" },
  ],
  shape: ([, fraction]) => fraction ?? { rows: 1, cols: 1 },
  compute: (values, topFraction) => {
    const list = readValues(values, "values");
    const ascending = list instanceof Float64Array ? list.sort() : list;
    return topFraction.map((row, r) =>
      row.map((cell, c): OutCell => {
        const f = readNumber(cell === "" ? null : cell, ["topFraction", r + 1, c + 1]);
        if (isFail(f)) return f;
        if (f < 0 || f > 1) return issue("out_of_range", ["topFraction", r + 1, c + 1], { value: f, min: 0, max: 1 });
        if (!(ascending instanceof Float64Array)) return ascending;
        const share = topShare(ascending, f);
        return share === undefined ? noShare(ascending, "values") : finite(share, ["values"]);
      }),
    );
  },
});
