/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { WHITNEY } from "../../core/whitney";
import { invoke } from "../invoke";

/**
 * Whitney's action for a customer from three yes/no judgements (HBR 1996).
 * @customfunction WHITNEY
 * @helpurl https://localhost:3000/help/functions.html#kam-whitney
 * @param strategic Is the customer strategic? TRUE/FALSE, 1/0, yes/no or ja/nee.
 * @param significant Is the customer significant (large share of our sales)? TRUE/FALSE, 1/0, yes/no or ja/nee.
 * @param profitable Is the customer profitable? TRUE/FALSE, 1/0, yes/no or ja/nee.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns One of the eight actions per customer, spilled in the shape of the inputs.
 */
export function whitney(strategic: any[][], significant: any[][], profitable: any[][], lang?: any[][]): any[][] {
  return invoke(WHITNEY, strategic, significant, profitable, lang);
}
