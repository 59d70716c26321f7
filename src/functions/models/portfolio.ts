/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { PORTFOLIO } from "../../core/portfolio";
import { invoke } from "../invoke";

/**
 * Key-account portfolio quadrant (McDonald & Woodburn): Strategic, Star, Status or Streamline.
 * @customfunction PORTFOLIO
 * @helpurl https://localhost:3000/help/functions.html#kam-portfolio
 * @param attractiveness Attractiveness of the account, on the 1–5 scale.
 * @param strength Our relative strength with the account, on the 1–5 scale.
 * @param [attractivenessCut] Lowest "high" attractiveness. Default 3.
 * @param [strengthCut] Lowest "high" strength. Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The quadrant per account, spilled in the shape of the inputs.
 */
export function portfolio(
  attractiveness: any[][],
  strength: any[][],
  attractivenessCut?: any[][],
  strengthCut?: any[][],
  lang?: any[][],
): any[][] {
  return invoke(PORTFOLIO, attractiveness, strength, attractivenessCut, strengthCut, lang);
}
