/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { LOYALTYTYPE, LOYALTYZONE, SATISFACTION } from "../../core/loyalty";
import { invoke } from "../invoke";

/**
 * Jones & Sasser's satisfaction zone of each score: Zone of defection, indifference or affection.
 * @customfunction LOYALTYZONE
 * @helpurl https://localhost:3000/help/functions.html#kam-loyaltyzone
 * @param satisfaction Satisfaction score per customer, on the 1–5 scale unless scale says otherwise (a cell or a column).
 * @param [indifferenceFrom] Lowest score of the zone of indifference. Default 2.5.
 * @param [affectionFrom] Lowest score of the zone of affection. Default 4.5.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The zone per score, spilled in the shape of the input.
 */
export function loyaltyzone(
  satisfaction: any[][],
  indifferenceFrom?: any[][],
  affectionFrom?: any[][],
  lang?: any[][],
  scale?: any[][],
): any[][] {
  return invoke(LOYALTYZONE, satisfaction, indifferenceFrom, affectionFrom, lang, scale);
}

/**
 * Jones & Sasser's customer type on satisfaction × loyalty: Apostle, Mercenary, Hostage or Terrorist.
 * @customfunction LOYALTYTYPE
 * @helpurl https://localhost:3000/help/functions.html#kam-loyaltytype
 * @param satisfaction Satisfaction score per customer, on the 1–5 scale unless scale says otherwise.
 * @param loyalty Loyalty score per customer, on the 1–5 scale unless scale says otherwise.
 * @param [satisfactionCut] Lowest "high" satisfaction. Default 3.5.
 * @param [loyaltyCut] Lowest "high" loyalty. Default 3.5.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The type per customer, spilled in the shape of the inputs.
 */
export function loyaltytype(
  satisfaction: any[][],
  loyalty: any[][],
  satisfactionCut?: any[][],
  loyaltyCut?: any[][],
  lang?: any[][],
  scale?: any[][],
): any[][] {
  return invoke(LOYALTYTYPE, satisfaction, loyalty, satisfactionCut, loyaltyCut, lang, scale);
}

/**
 * The satisfaction gap: experience minus expectation (negative means disappointed).
 * @customfunction SATISFACTION
 * @helpurl https://localhost:3000/help/functions.html#kam-satisfaction
 * @param experience Experienced performance per customer (same scale as expectation).
 * @param expectation Expected performance per customer.
 * @returns The gap per customer, spilled in the shape of the inputs.
 */
export function satisfaction(experience: any[][], expectation: any[][]): any[][] {
  return invoke(SATISFACTION, experience, expectation);
}
