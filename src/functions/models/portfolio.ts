/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { PORTFOLIO } from "../../core/portfolio";
import { invoke } from "../invoke";

/**
 * Key-account portfolio quadrant (McDonald & Woodburn): Strategic, Star, Status or Streamline.
 * @customfunction PORTFOLIO
 * @helpurl https://localhost:3000/help/functions.html#kam-portfolio
 * @param attractiveness Attractiveness of the account, on the 1–5 scale unless scale says otherwise.
 * @param strength Our relative strength with the account, on the 1–5 scale unless scale says otherwise.
 * @param [attractivenessCut] Lowest "high" attractiveness. Default 3.
 * @param [strengthCut] Lowest "high" strength. Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The quadrant per account, spilled in the shape of the inputs.
 */
export function portfolio(
  attractiveness: any[][],
  strength: any[][],
  attractivenessCut?: any[][],
  strengthCut?: any[][],
  lang?: any[][],
  scale?: any[][],
): any[][] {
  return invoke(PORTFOLIO, attractiveness, strength, attractivenessCut, strengthCut, lang, scale);
}
