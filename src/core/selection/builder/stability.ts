/**
 * How firm one customer's class is, for the Explain panel: its class stability (the share of random
 * weight sets that keep both composites on their sides, `KAM.CLASSSTABILITY`) and the criterion
 * whose tipping weight is the smallest relative change from today's weight (`KAM.TIPPINGWEIGHT`).
 * The same functions as the sheet's sensitivity block, on the preview's scores, so pane and sheet
 * show the same figures.
 *
 * @module
 */
import { CLASSSTABILITY, TIPPINGWEIGHT } from "../../weighting";
import type { Grid } from "../../cells";
import type { Criterion, SelectionConfig } from "./config";
import { roundTo, type SelectionPreview } from "./preview";
import { CHANGE_DECIMALS } from "./sensitivity";

/** The sensitivity of one customer. */
export interface StabilityExplanation {
  /** Share of the random weight sets (1,000, spread 0.2, the fixed seed) that keep the class; undefined without a class. */
  readonly stability?: number;
  /** The criterion closest to tipping, its weight today and the weight at which its composite crosses the cut-off. */
  readonly tipping?: { readonly criterion: Criterion; readonly weight: number; readonly tippingWeight: number };
}

const column = (values: readonly (number | string)[]): Grid => values.map((v) => [v]);

/**
 * The class stability and the criterion closest to tipping of the customer in source row `index`,
 * or `undefined` outside the table.
 *
 * @example
 * explainStability(preview, config, 4)?.stability; // 0.912
 */
export function explainStability(
  preview: SelectionPreview,
  config: Pick<SelectionConfig, "cuts">,
  index: number,
): StabilityExplanation | undefined {
  const row = preview.rows[index];
  if (row === undefined) return undefined;
  const criteria = preview.criteria.map((c) => c.criterion);
  const scores: Grid = [row.scores.map((s) => s ?? null)];
  const weights = column(criteria.map((c) => c.weight));
  const out: { stability?: number; tipping?: NonNullable<StabilityExplanation["tipping"]> } = {};
  if (row.cls !== undefined) {
    const cell = CLASSSTABILITY.compute(
      scores,
      weights,
      column(criteria.map((c) => c.horizon)),
      [[config.cuts.current]],
      [[config.cuts.future]],
      undefined,
      undefined,
      undefined,
    )[0]?.[0];
    if (typeof cell === "number") out.stability = cell;
  }
  let best: { change: number; j: number; tip: number } | undefined;
  criteria.forEach((c, j) => {
    const same = criteria.map((d, i) => (d.horizon === c.horizon ? i : -1)).filter((i) => i >= 0);
    const tip = TIPPINGWEIGHT.compute(
      [same.map((i) => row.scores[i] ?? null)],
      column(same.map((i) => criteria[i]?.weight ?? 0)),
      [[same.indexOf(j) + 1]],
      [[c.horizon === "current" ? config.cuts.current : config.cuts.future]],
    )[0]?.[0];
    if (typeof tip !== "number" || !(c.weight > 0)) return;
    const change = roundTo(Math.abs(tip / c.weight - 1), CHANGE_DECIMALS);
    if (best === undefined || change < best.change) best = { change, j, tip };
  });
  if (best !== undefined) {
    const criterion = criteria[best.j] as Criterion;
    out.tipping = { criterion, weight: criterion.weight, tippingWeight: best.tip };
  }
  return out;
}
