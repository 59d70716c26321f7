/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { KRALJIC, SUPPLIERSTRATEGY } from "../../core/kraljic";
import { invoke } from "../invoke";

/**
 * Where our offer sits in the customer's purchasing portfolio (Kraljic): Routine, Leverage, Bottleneck or Partner.
 * @customfunction KRALJIC
 * @helpurl https://localhost:3000/help/functions.html#kam-kraljic
 * @param impact Impact on the customer's result (strategic or cost importance), on the 1–5 scale unless scale says otherwise.
 * @param difficulty Difficulty of replacing us, on the 1–5 scale unless scale says otherwise.
 * @param [impactCut] Lowest "high" impact. Default 3.
 * @param [difficultyCut] Lowest "high" difficulty. Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The quadrant per offer, spilled in the shape of the inputs.
 */
export function kraljic(
  impact: any[][],
  difficulty: any[][],
  impactCut?: any[][],
  difficultyCut?: any[][],
  lang?: any[][],
  scale?: any[][],
): any[][] {
  return invoke(KRALJIC, impact, difficulty, impactCut, difficultyCut, lang, scale);
}

/**
 * The supplier strategy matching a Kraljic quadrant (Stewart, Rackham or Holden), or the seller profile to put on the account.
 * @customfunction SUPPLIERSTRATEGY
 * @helpurl https://localhost:3000/help/functions.html#kam-supplierstrategy
 * @param quadrant Kraljic quadrant label in English or Dutch: Routine, Leverage/Hefboom, Bottleneck, Partner.
 * @param [model] "stewart" (supplier response, default), "rackham" (selling mode), "buying" (Rackham buying behaviour) or "holden" (buying pattern) or "seller" (seller profile: Star salesman, Relationship manager, Network manager).
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The strategy per quadrant, spilled in the shape of the inputs.
 */
export function supplierstrategy(quadrant: any[][], model?: any[][], lang?: any[][]): any[][] {
  return invoke(SUPPLIERSTRATEGY, quadrant, model, lang);
}
