/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { AHP, AHPCR, CLASSSTABILITY, STABILITY, TIPPINGWEIGHT } from "../../core/weighting";
import { invoke } from "../invoke";

/**
 * Weights from pairwise comparisons (AHP): a column of weights summing to 1, one per criterion of a square pairwise matrix.
 * @customfunction AHP
 * @helpurl https://localhost:3000/help/functions.html#kam-ahp
 * @param pairwise Square pairwise matrix, 1 to 10 criteria: how much more important the row's criterion is than the column's, on Saaty's scale 1/9 to 9; 1 on the diagonal, each lower cell the reciprocal of its mirror.
 * @param [method] "eigenvector" (default, Saaty's principal eigenvector) or "geomean" (normalised geometric row means).
 * @returns The weight per criterion, spilled as a column summing to 1.
 */
export function ahp(pairwise: any[][], method?: any[][]): any[][] {
  return invoke(AHP, pairwise, method);
}

/**
 * Consistency ratio of a pairwise matrix (AHP): CI ÷ Saaty's random index; above 0.10 the judgements need another look.
 * @customfunction AHPCR
 * @helpurl https://localhost:3000/help/functions.html#kam-ahpcr
 * @param pairwise Square pairwise matrix, 1 to 10 criteria, on Saaty's scale 1/9 to 9. For 1 or 2 criteria the ratio is 0.
 * @returns The consistency ratio, 0 or more.
 */
export function ahpcr(pairwise: any[][]): any[][] {
  return invoke(AHPCR, pairwise);
}

/**
 * Tipping weight: per customer, the weight of one criterion (the others fixed) at which its weighted score equals the cut-off.
 * @customfunction TIPPINGWEIGHT
 * @helpurl https://localhost:3000/help/functions.html#kam-tippingweight
 * @param scores Criteria scores: one row per customer, one column per criterion. Blank scores are skipped, as in KAM.SCORE.
 * @param weights One weight per criterion (a row or a column); not negative, not all zero. The result is in the same units.
 * @param criterion Number of the criterion to vary, 1 for the first column of scores.
 * @param cut The cut-off the weighted score is to reach (for example 3).
 * @returns The tipping weight per customer, spilled as a column; #N/A where no positive weight reaches the cut-off.
 */
export function tippingweight(scores: any[][], weights: any[][], criterion: any[][], cut: any[][]): any[][] {
  return invoke(TIPPINGWEIGHT, scores, weights, criterion, cut);
}

/**
 * Stability: per customer, the share of random weight sets in which its weighted score stays on the same side of the cut-off.
 * @customfunction STABILITY
 * @helpurl https://localhost:3000/help/functions.html#kam-stability
 * @param scores Criteria scores: one row per customer, one column per criterion. Blank scores are skipped, as in KAM.SCORE.
 * @param weights One weight per criterion (a row or a column); not negative, not all zero.
 * @param cut The cut-off: a score at or above it is high.
 * @param [spread] How far each weight may move: a factor drawn uniformly from 1 − spread to 1 + spread; at least 0, below 1. Default 0.2.
 * @param [draws] Number of random weight sets, 1 to 100,000. Default 1,000.
 * @param [seed] Seed of the random weight sets, a whole number from 0 to 4,294,967,295. Default 15: the same inputs always give the same figure.
 * @returns The share of weight sets (0 to 1) per customer, spilled as a column.
 */
export function stability(
  scores: any[][],
  weights: any[][],
  cut: any[][],
  spread?: any[][],
  draws?: any[][],
  seed?: any[][],
): any[][] {
  return invoke(STABILITY, scores, weights, cut, spread, draws, seed);
}

/**
 * Class stability: per customer, the share of random weight sets in which both the current and the future value stay on their sides of their cut-offs.
 * @customfunction CLASSSTABILITY
 * @helpurl https://localhost:3000/help/functions.html#kam-classstability
 * @param scores Criteria scores: one row per customer, one column per criterion. Blank scores are skipped, as in KAM.SCORE.
 * @param weights One weight per criterion (a row or a column); not negative; at least one above zero for each horizon.
 * @param horizons One horizon per criterion (a row or a column): "current" or "future" (also "Huidig", "Toekomstig").
 * @param currentCut Lowest "high" current value (for example 3).
 * @param futureCut Lowest "high" future value (for example 3).
 * @param [spread] How far each weight may move: a factor drawn uniformly from 1 − spread to 1 + spread; at least 0, below 1. Default 0.2.
 * @param [draws] Number of random weight sets, 1 to 100,000. Default 1,000.
 * @param [seed] Seed of the random weight sets, a whole number from 0 to 4,294,967,295. Default 15.
 * @returns The share of weight sets (0 to 1) per customer in which its class holds, spilled as a column.
 */
export function classstability(
  scores: any[][],
  weights: any[][],
  horizons: any[][],
  currentCut: any[][],
  futureCut: any[][],
  spread?: any[][],
  draws?: any[][],
  seed?: any[][],
): any[][] {
  return invoke(CLASSSTABILITY, scores, weights, horizons, currentCut, futureCut, spread, draws, seed);
}
