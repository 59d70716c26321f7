/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { NORMALIZE, SCORE } from "../../core/selection";
import { invoke } from "../invoke";

/**
 * Weighted score per customer: the weighted mean of its criteria scores, skipping blank scores.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help/functions.html#kam-score
 * @param scores Criteria scores: one row per customer, one column per criterion (usually 1–5). Blank scores are skipped.
 * @param weights One weight per criterion (a row or a column); not negative, not all zero, need not sum to 1.
 * @returns The weighted score per customer, spilled as a column.
 */
export function score(scores: any[][], weights: any[][]): any[][] {
  return invoke(SCORE, scores, weights);
}

/**
 * Turns raw data (revenue, growth %, days of payment) into scores on a scale, by min–max, percentile rank or bands.
 * @customfunction NORMALIZE
 * @helpurl https://localhost:3000/help/functions.html#kam-normalize
 * @param values Raw values (a column, a row or a block); blanks stay blank.
 * @param [method] "minmax" (default), "percentile" or "bands".
 * @param [low] Lowest score of the scale. Default 1.
 * @param [high] Highest score of the scale. Default 5.
 * @param [direction] 1 (default) when higher is better, -1 when lower is better (price sensitivity, cost-to-serve).
 * @param [bands] For "bands": ascending boundaries; k boundaries make k+1 bands scored from low to high. A value equal to a boundary goes up.
 * @returns The score per value, spilled in the shape of values.
 */
export function normalize(
  values: any[][],
  method?: any[][],
  low?: any[][],
  high?: any[][],
  direction?: any[][],
  bands?: any[][],
): any[][] {
  return invoke(NORMALIZE, values, method, low, high, direction, bands);
}
