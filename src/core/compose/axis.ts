/**
 * Chart axes that follow the bulk of the data. On real data one customer at 537 % squeezes 790 others into
 * a sliver; a chart's axes should show the bulk and name what falls outside (issue 13).
 *
 * @module
 */

/** The bounds of one chart axis, and the data points that fall outside them. */
export interface AxisBounds {
  readonly min: number;
  readonly max: number;
  /** The distance between gridlines: 1, 2, 2.5 or 5 times a power of ten. */
  readonly step: number;
  /** The indices (into the values given) of the finite values outside [min, max], in order. */
  readonly outside: readonly number[];
}

/** Options of {@link robustAxis}. */
export interface AxisOptions {
  /** Values the axis must show whatever the data (cut-off lines, zero). */
  readonly include?: readonly number[];
  /** Tukey's fence factor: values beyond Q1 − k·IQR or Q3 + k·IQR are outliers (3: "far out"). */
  readonly fence?: number;
  /** About how many gridline steps the axis should have. */
  readonly steps?: number;
}

/**
 * A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
 *
 * @example
 * niceStep(0.13); // 0.2
 * niceStep(2400); // 2500
 */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (at - lo);
}

/**
 * Axis bounds that hold the bulk of the values: everything inside Tukey's far-out fences (Q1 − 3·IQR,
 * Q3 + 3·IQR) and every `include` value, rounded outwards to a gridline step. Values beyond are left
 * outside the axes and listed in `outside`, so a chart can name them beside the plot. Blanks, text and
 * non-finite values are ignored; with no values the axis is 0–1.
 *
 * @example
 * const axis = robustAxis([0.1, 0.12, 0.15, 0.2, 0.22, 0.25, 5.37]);
 * [axis.min, axis.max, axis.outside]; // [0.1, 0.25, [6]] — the 537 % customer is named, not plotted
 */
export function robustAxis(values: readonly unknown[], options: AxisOptions = {}): AxisBounds {
  const fence = options.fence ?? 3;
  const finite = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const sorted = [...finite].sort((a, b) => a - b);
  const include = (options.include ?? []).filter((v) => Number.isFinite(v));
  if (sorted.length === 0 && include.length === 0) return { min: 0, max: 1, step: 0.2, outside: [] };
  let lo: number;
  let hi: number;
  if (sorted.length === 0) {
    lo = Math.min(...include);
    hi = Math.max(...include);
  } else {
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const iqr = q3 - q1;
    lo = Math.max(sorted[0] as number, q1 - fence * iqr);
    hi = Math.min(sorted[sorted.length - 1] as number, q3 + fence * iqr);
    // The values that are inside the fences decide the bulk; the fences themselves are not data.
    lo = sorted.find((v) => v >= lo) ?? lo;
    hi = [...sorted].reverse().find((v) => v <= hi) ?? hi;
    for (const v of include) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  // A constant (or nearly constant) column opens around its value.
  if (hi - lo <= 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    const pad = Math.abs(lo) < 1e-9 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / (options.steps ?? 5));
  const tidy = (v: number): number => Number(v.toPrecision(12));
  // Round outwards to the step; a bound that rounding left inside the data moves one step out.
  let min = tidy(Math.floor(lo / step) * step);
  if (min > lo) min = tidy(min - step);
  let max = tidy(Math.ceil(hi / step) * step);
  if (max < hi) max = tidy(max + step);
  const bounds = { min, max, step: tidy(step) };
  const outside: number[] = [];
  values.forEach((v, i) => {
    if (typeof v === "number" && Number.isFinite(v) && (v < bounds.min || v > bounds.max)) outside.push(i);
  });
  return { ...bounds, outside };
}
