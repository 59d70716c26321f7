/**
 * Deterministic inputs for the benchmarks, in two forms: Excel-shaped (arrays of arrays as Excel
 * passes a range to a custom function, blanks as `null` or `""`) and flat typed arrays for the
 * hand-written floor loops (a blank is `NaN`).
 *
 * @module
 */
import { random } from "./lib";

/** The number of criteria (and of cost-to-serve activities) in every benchmark. */
export const CRITERIA = 8;

/** The weights of the eight criteria (not summing to 1, as users type them). */
export const WEIGHTS: readonly number[] = [3, 1, 2, 2, 1, 1, 0.5, 0.5];

/** The rates of the eight activities (money per driver unit). */
export const RATES: readonly number[] = [12.5, 48, 0.65, 310, 75, 95, 22, 1.2];

/** One Excel cell as a custom function receives it. */
export type RawCell = number | string | null;

/** A range argument: rows of cells. */
export type RawRange = RawCell[][];

/** Scores n×8 on the 1–5 scale with about 5 % blanks (alternately `null` and `""`). */
export interface ScoreInput {
  readonly excel: RawRange;
  /** Row-major n×8, `NaN` where the cell is blank. */
  readonly flat: Float64Array;
}

/**
 * n customers' scores on eight criteria.
 *
 * @example
 * scoreInput(3).excel.length; // 3
 */
export function scoreInput(n: number, seed = 1): ScoreInput {
  const rnd = random(seed);
  const excel: RawRange = new Array<RawCell[]>(n);
  const flat = new Float64Array(n * CRITERIA);
  let blanks = 0;
  for (let r = 0; r < n; r++) {
    const row: RawCell[] = new Array<RawCell>(CRITERIA);
    for (let c = 0; c < CRITERIA; c++) {
      if (rnd() < 0.05) {
        row[c] = blanks++ % 2 === 0 ? null : "";
        flat[r * CRITERIA + c] = Number.NaN;
      } else {
        const v = 1 + Math.round(rnd() * 40) / 10;
        row[c] = v;
        flat[r * CRITERIA + c] = v;
      }
    }
    excel[r] = row;
  }
  return { excel, flat };
}

/** Current value, future value and profit per customer (profit blank for about 10 %). */
export interface ClassifyInput {
  readonly current: RawRange;
  readonly future: RawRange;
  readonly profit: RawRange;
  readonly currentFlat: Float64Array;
  readonly futureFlat: Float64Array;
  /** `NaN` where the profit is blank (not given). */
  readonly profitFlat: Float64Array;
}

/**
 * n customers' two composites and profit.
 *
 * @example
 * classifyInput(2).profit.length; // 2
 */
export function classifyInput(n: number, seed = 2): ClassifyInput {
  const rnd = random(seed);
  const current: RawRange = [];
  const future: RawRange = [];
  const profit: RawRange = [];
  const currentFlat = new Float64Array(n);
  const futureFlat = new Float64Array(n);
  const profitFlat = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const c = 1 + Math.round(rnd() * 400) / 100;
    const f = 1 + Math.round(rnd() * 400) / 100;
    current.push([c]);
    future.push([f]);
    currentFlat[r] = c;
    futureFlat[r] = f;
    if (rnd() < 0.1) {
      profit.push([r % 2 === 0 ? null : ""]);
      profitFlat[r] = Number.NaN;
    } else {
      const p = Math.round((rnd() - 0.15) * 100_000);
      profit.push([p]);
      profitFlat[r] = p;
    }
  }
  return { current, future, profit, currentFlat, futureFlat, profitFlat };
}

/** Driver quantities n×8 (about 0.5 % blank: that customer's cost-to-serve is #N/A). */
export interface DriverInput {
  readonly excel: RawRange;
  readonly flat: Float64Array;
}

/**
 * n customers' driver quantities on eight activities.
 *
 * @example
 * driverInput(2).flat.length; // 16
 */
export function driverInput(n: number, seed = 3): DriverInput {
  const rnd = random(seed);
  const excel: RawRange = new Array<RawCell[]>(n);
  const flat = new Float64Array(n * CRITERIA);
  for (let r = 0; r < n; r++) {
    const row: RawCell[] = new Array<RawCell>(CRITERIA);
    for (let c = 0; c < CRITERIA; c++) {
      if (rnd() < 0.005) {
        row[c] = null;
        flat[r * CRITERIA + c] = Number.NaN;
      } else {
        const v = Math.round(rnd() * 300) / 10;
        row[c] = v;
        flat[r * CRITERIA + c] = v;
      }
    }
    excel[r] = row;
  }
  return { excel, flat };
}

/** Profit per customer (a column; the whale curve needs every profit, so no blanks), about 15 % losses. */
export interface ProfitInput {
  readonly excel: RawRange;
  readonly flat: Float64Array;
}

/**
 * n customers' profits, with ties (rounded to 10).
 *
 * @example
 * profitInput(2).excel[0]!.length; // 1
 */
export function profitInput(n: number, seed = 4): ProfitInput {
  const rnd = random(seed);
  const excel: RawRange = new Array<RawCell[]>(n);
  const flat = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const p = Math.round(((rnd() - 0.15) * rnd() * 200_000) / 10) * 10;
    excel[r] = [p];
    flat[r] = p;
  }
  return { excel, flat };
}
