/**
 * Profitability and cost-to-serve (models.md §4; course 003 slides 25–31): activity-based costing
 * and its time-driven variant (Kaplan & Anderson, HBR 2004), customer profit, and the margin ×
 * cost-to-serve matrix (Shapiro, Rangan, Moriarty & Ross, HBR 1987).
 *
 * @module
 */
import { asVector, cellAt, mapEach, shapeOf, type Cell, type Grid, type OutCell, type OutGrid } from "../cells";
import { isFail, readLang, readNumber, readSingle, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import { QUADRANT_LABELS, type ProfitQuadrant } from "./labels";

export { QUADRANT_LABELS, type ProfitQuadrant } from "./labels";

/** A computed number as an output cell: `overflow` (#VALUE!) when it is not finite. */
function finite(value: number, path: Path): OutCell {
  return value - value === 0 ? value : issue("overflow", path);
}

/**
 * An activity rate: cost pool ÷ driver volume. With a resource cost and practical capacity in
 * minutes it is the capacity cost rate of time-driven ABC.
 *
 * @example
 * activityRate(560_000, 700_000); // 0.8 ($ per minute)
 */
export function activityRate(costPool: number, driverVolume: number): number {
  return costPool / driverVolume;
}

/**
 * Cost-to-serve of one customer: Σ driver quantity × rate.
 *
 * @example
 * costToServe([10, 2], [8, 40]); // 160
 */
export function costToServe(quantities: ArrayLike<number>, rates: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < rates.length; j++) sum += (quantities[j] ?? 0) * (rates[j] ?? 0);
  return sum;
}

/**
 * Customer profit: net revenue − cost of goods − cost-to-serve.
 *
 * @example
 * customerProfit(1000, 600, 150); // 250
 */
export function customerProfit(netRevenue: number, costOfGoods: number, serveCost: number): number {
  return netRevenue - costOfGoods - serveCost;
}

/**
 * The quadrant of the margin × cost-to-serve matrix; a cut is the lowest "high" value (ties go high).
 *
 * @example
 * profitQuadrant(0.3, 500, 0.2, 400); // "carriageTrade"
 * profitQuadrant(0.1, 100, 0.2, 400); // "bargainBasement"
 */
export function profitQuadrant(margin: number, serveCost: number, marginCut: number, costCut: number): ProfitQuadrant {
  const highMargin = margin >= marginCut;
  const highCost = serveCost >= costCut;
  if (highMargin) return highCost ? "carriageTrade" : "passive";
  return highCost ? "aggressive" : "bargainBasement";
}

/**
 * The median of a list of numbers (the mean of the two middle ones for an even count), or
 * `undefined` for an empty list.
 *
 * @example
 * median([3, 1, 2]); // 2
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * `KAM.ACTIVITYRATE(costPools, driverVolumes)`: cost pool ÷ driver volume per cell. A zero volume is
 * `division_by_zero`; a negative pool or volume `negative` (both `#VALUE!`, with the message).
 *
 * @example
 * ACTIVITYRATE.compute([[392_000], [56_000], [112_000]], [[49_000], [1_400], [2_500]]); // [[8], [40], [44.8]]
 */
export const ACTIVITYRATE = defineFunction({
  id: "ACTIVITYRATE",
  params: [
    { name: "costPools", kind: "each" },
    { name: "driverVolumes", kind: "each" },
  ],
  compute: (costPools, driverVolumes) =>
    mapEach(["costPools", "driverVolumes"], [costPools, driverVolumes], ([p, v], r, c): OutCell => {
      const at = [r + 1, c + 1] as const;
      const pool = readNumber(p, ["costPools", ...at]);
      if (isFail(pool)) return pool;
      if (pool < 0) return issue("negative", ["costPools", ...at], { value: pool });
      const volume = readNumber(v, ["driverVolumes", ...at]);
      if (isFail(volume)) return volume;
      if (volume < 0) return issue("negative", ["driverVolumes", ...at], { value: volume });
      if (volume === 0) return issue("division_by_zero", ["driverVolumes", ...at]);
      return finite(activityRate(pool, volume), ["costPools", ...at]);
    }),
});

/** The rates as numbers, or the failure every row of the result shows. */
function readRates(rates: Grid, k: number): Float64Array | Fail {
  const list = asVector(rates);
  if (list === undefined) return issue("not_a_list", ["rates", 1]);
  if (list.length !== k) return issue("length_mismatch", ["rates", 1], { expected: k, actual: list.length });
  const across = rates.length === 1;
  const out = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const rate = readNumber(list[j], across ? ["rates", 1, j + 1] : ["rates", j + 1]);
    if (isFail(rate)) return rate;
    out[j] = rate;
  }
  return out;
}

/** The failure of the first cell of a drivers row that is not a finite number. */
function rowFailure(row: readonly Cell[], r: number, k: number): Fail | undefined {
  for (let j = 0; j < k; j++) {
    const q = readNumber(row[j] === "" ? null : row[j], ["drivers", r + 1, j + 1]);
    if (isFail(q)) return q;
  }
  return undefined;
}

/**
 * `KAM.COSTTOSERVE(drivers, rates)`: per row of `drivers` (customers × activities), Σ driver × rate.
 * `rates` is one row or one column with one rate per activity. With unit times in `drivers` and the
 * capacity cost rate in `rates` (or unit times × capacity cost rate as rates) it is time-driven ABC.
 * A blank driver quantity is missing, not zero: that row is `#N/A`. A bad rate or a rates range of
 * the wrong length fails every row with the same message.
 *
 * @example
 * COSTTOSERVE.compute([[10, 2], [0, 1]], [[8, 40]]); // [[160], [40]]
 */
export const COSTTOSERVE = defineFunction({
  id: "COSTTOSERVE",
  params: [
    { name: "drivers", kind: "range" },
    { name: "rates", kind: "range" },
  ],
  shape: ([drivers]) => ({ rows: drivers?.rows ?? 1, cols: 1 }),
  compute: (drivers, rates) => {
    const { rows: n, cols: k } = shapeOf(drivers);
    const out: OutGrid = new Array<OutCell[]>(n);
    const rateList = readRates(rates, k);
    if (!(rateList instanceof Float64Array)) {
      for (let r = 0; r < n; r++) out[r] = [rateList];
      return out;
    }
    for (let r = 0; r < n; r++) {
      const row = drivers[r] ?? [];
      let sum = 0;
      let ok = row.length === k;
      for (let j = 0; ok && j < k; j++) {
        const q = row[j];
        if (typeof q === "number" && q - q === 0) sum += q * (rateList[j] ?? 0);
        else ok = false;
      }
      if (ok && sum - sum === 0) out[r] = [sum];
      else if (ok) out[r] = [issue("overflow", ["drivers", r + 1])];
      else out[r] = [rowFailure(row, r, k) ?? issue("shape_mismatch", ["drivers", r + 1])];
    }
    return out;
  },
});

/**
 * `KAM.CUSTOMERPROFIT(netRevenue, costOfGoods, costToServe)`: revenue − cost of goods − cost-to-serve
 * per cell.
 *
 * @example
 * CUSTOMERPROFIT.compute([[1000], [500]], [[600], [450]], [[150], [120]]); // [[250], [-70]]
 */
export const CUSTOMERPROFIT = defineFunction({
  id: "CUSTOMERPROFIT",
  params: [
    { name: "netRevenue", kind: "each" },
    { name: "costOfGoods", kind: "each" },
    { name: "costToServe", kind: "each" },
  ],
  compute: (netRevenue, costOfGoods, serveCost) =>
    mapEach(
      ["netRevenue", "costOfGoods", "costToServe"],
      [netRevenue, costOfGoods, serveCost],
      ([v, g, s], r, c): OutCell => {
        const revenue = readNumber(v, ["netRevenue", r + 1, c + 1]);
        if (isFail(revenue)) return revenue;
        const goods = readNumber(g, ["costOfGoods", r + 1, c + 1]);
        if (isFail(goods)) return goods;
        const serve = readNumber(s, ["costToServe", r + 1, c + 1]);
        if (isFail(serve)) return serve;
        return finite(customerProfit(revenue, goods, serve), ["netRevenue", r + 1, c + 1]);
      },
    ),
});

/**
 * The numbers of a range, skipping cells that are not numbers (those rows fail on their own) and
 * the positions `kept` rejects (a customer without a positive revenue has no ratio).
 */
function numbersOf(grid: Grid, kept: (r: number, c: number) => boolean): number[] {
  const out: number[] = [];
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number" && Number.isFinite(v) && kept(r, c)) out.push(v);
    }),
  );
  return out;
}

/** A cut: the number passed, or the median of the range (the kept positions) when omitted or blank. */
function readCut(
  grid: Grid | undefined,
  name: string,
  range: Grid,
  rangeName: string,
  kept: (r: number, c: number) => boolean,
): number | Fail {
  const cell = readSingle(grid, name);
  if (isFail(cell)) return cell;
  if (cell !== undefined && cell !== null) return readNumber(cell, [name]);
  return median(numbersOf(range, kept)) ?? issue("empty_range", [rangeName]);
}

/**
 * A customer's net revenue for its margin and cost-to-serve ratios: a number above zero, else the
 * failure its row shows (`revenue_not_positive` for zero or less: no percentage exists, and a
 * negative revenue would turn a loss into a positive margin).
 */
function readRevenue(cell: Cell | undefined, path: Path): number | Fail {
  const revenue = readNumber(cell, path);
  if (isFail(revenue)) return revenue;
  return revenue > 0 ? revenue : issue("revenue_not_positive", path, { value: revenue });
}

/**
 * `KAM.PROFITQUADRANT(margin, costToServe, [marginCut], [costCut], [lang], [revenue])`: Carriage
 * trade, Passive, Aggressive or Bargain basement per customer. An omitted cut is the median of its
 * range (the numbers in it); a value equal to a cut counts as high. With `revenue` (the net revenue
 * the percentages were computed on), a customer whose revenue is zero or negative gets
 * `revenue_not_positive` (#N/A, naming its cell) instead of a quadrant and is left out of the
 * medians: −40 / −250 is a "margin" of +16 %, not a passive customer.
 *
 * @example
 * PROFITQUADRANT.compute([[0.3], [0.1]], [[500], [100]], undefined, undefined, undefined, undefined);
 * // [["Carriage trade"], ["Bargain basement"]]
 * PROFITQUADRANT.compute([[0.3], [0.16]], [[0.1], [0.2]], [[0.2]], [[0.15]], undefined, [[1000], [-250]]);
 * // [["Passive"], [issue "revenue_not_positive" at ["revenue", 2, 1]]]
 */
export const PROFITQUADRANT = defineFunction({
  id: "PROFITQUADRANT",
  params: [
    { name: "margin", kind: "range" },
    { name: "costToServe", kind: "range" },
    { name: "marginCut", kind: "single", optional: true },
    { name: "costCut", kind: "single", optional: true },
    { name: "lang", kind: "single", optional: true },
    { name: "revenue", kind: "range", optional: true },
  ],
  shape: ([margin, serveCost, , , , revenue]) => ({
    rows: Math.max(margin?.rows ?? 1, serveCost?.rows ?? 1, revenue?.rows ?? 1),
    cols: Math.max(margin?.cols ?? 1, serveCost?.cols ?? 1, revenue?.cols ?? 1),
  }),
  compute: (margin, serveCost, marginCut, costCut, lang, revenue) => {
    const langCell = readSingle(lang, "lang");
    const language = isFail(langCell) ? langCell : readLang(langCell, ["lang"]);
    const kept = (r: number, c: number): boolean => {
      if (revenue === undefined) return true;
      const v = cellAt(revenue, r, c);
      return typeof v === "number" && v > 0;
    };
    const mCut = readCut(marginCut, "marginCut", margin, "margin", kept);
    const cCut = readCut(costCut, "costCut", serveCost, "costToServe", kept);
    const names = ["margin", "costToServe", "revenue"];
    return mapEach(names, [margin, serveCost, revenue], ([m, s, v], r, c): OutCell => {
      if (isFail(language)) return language;
      if (revenue !== undefined) {
        const rv = readRevenue(v, ["revenue", r + 1, c + 1]);
        if (isFail(rv)) return rv;
      }
      if (isFail(mCut)) return mCut;
      if (isFail(cCut)) return cCut;
      const mv = readNumber(m, ["margin", r + 1, c + 1]);
      if (isFail(mv)) return mv;
      const sv = readNumber(s, ["costToServe", r + 1, c + 1]);
      if (isFail(sv)) return sv;
      return QUADRANT_LABELS[profitQuadrant(mv, sv, mCut, cCut)][language];
    });
  },
});
