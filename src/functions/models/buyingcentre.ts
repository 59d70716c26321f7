/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { ORDERCHANCE, REDFLAGS, RESPONSEMODE, STANCE } from "../../core/buyingcentre";
import { invoke } from "../invoke";

/**
 * Miller Heiman response mode: Growth, Trouble, Even keel or Overconfident, from perceived reality against desired results.
 * @customfunction RESPONSEMODE
 * @helpurl https://localhost:3000/help/functions.html#kam-responsemode
 * @param perceived Perceived current reality of the influence, on any scale.
 * @param desired Desired results, on the same scale.
 * @param [trend] Direction of the perceived reality; negative means it fell (Trouble). Default: no fall.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [tolerance] How far from the desired result still counts as Even keel, on either side (same unit as perceived and desired; our choice, not the course's). Default 0: only an exact match. Must not be negative.
 * @returns The response mode per influence.
 */
export function responsemode(
  perceived: any[][],
  desired: any[][],
  trend?: any[][],
  lang?: any[][],
  tolerance?: any[][],
): any[][] {
  return invoke(RESPONSEMODE, perceived, desired, trend, lang, tolerance);
}

/**
 * Order chance advice for a buying influence in a response mode: Order chance, No order chance, Work through the economic influence, or No order chance: wait.
 * @customfunction ORDERCHANCE
 * @helpurl https://localhost:3000/help/functions.html#kam-orderchance
 * @param influence Buying influence: economic, technical, user or coach (English or Dutch).
 * @param responseMode Response mode: Growth, Trouble, Even keel or Overconfident (as KAM.RESPONSEMODE gives it).
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The advice per influence.
 */
export function orderchance(influence: any[][], responseMode: any[][], lang?: any[][]): any[][] {
  return invoke(ORDERCHANCE, influence, responseMode, lang);
}

/**
 * Stance of a buying influence: Supporter, Cautious supporter, Constructive critic or Opponent.
 * @customfunction STANCE
 * @helpurl https://localhost:3000/help/functions.html#kam-stance
 * @param businessInterest Business interest on -5 to +5; positive means above 0.
 * @param personalGain Personal gain on -5 to +5; positive means above 0.
 * @param riskPerception Risk perception on the 1–5 scale unless scale says otherwise.
 * @param [riskCut] Lowest risk perception that makes a supporter cautious. Default 3.5.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The stance per influence.
 */
export function stance(
  businessInterest: any[][],
  personalGain: any[][],
  riskPerception: any[][],
  riskCut?: any[][],
  lang?: any[][],
  scale?: any[][],
): any[][] {
  return invoke(STANCE, businessInterest, personalGain, riskPerception, riskCut, lang, scale);
}

/**
 * Red flags of a whole buying centre, each once, as a column: no coach, no economic influence, more than one, the economic influence in even keel or overconfident, an unknown response mode, an opponent, no order chance anywhere. One cell "No red flags" when there are none.
 * @customfunction REDFLAGS
 * @helpurl https://localhost:3000/help/functions.html#kam-redflags
 * @param influences Influence per person (one column or row): economic, technical, user or coach (English or Dutch, also gebruiker or gebruikers).
 * @param responseModes Response mode per person, same length: Growth, Trouble, Even keel or Overconfident; blank or Unknown is an unknown response mode.
 * @param stances Stance per person, same length: Supporter, Cautious supporter, Constructive critic or Opponent (as KAM.STANCE gives it); may be blank.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The red flags, one per row, in a fixed order.
 */
export function redflags(influences: any[][], responseModes: any[][], stances: any[][], lang?: any[][]): any[][] {
  return invoke(REDFLAGS, influences, responseModes, stances, lang);
}
