/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { AMLEVEL, READINESS } from "../../core/organisation";
import { invoke } from "../invoke";

/**
 * Readiness for key account management as breadth × depth: No commitment, Lip service, A few key accounts (experiment), or Fully committed.
 * @customfunction READINESS
 * @helpurl https://localhost:3000/help/functions.html#kam-readiness
 * @param breadth How far the company recognises that customers differ, on the 1–5 scale unless scale says otherwise.
 * @param depth How far it acted on that (resource allocation), on the 1–5 scale unless scale says otherwise.
 * @param [cut] Lowest "high" value on both axes. Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The readiness situation per row.
 */
export function readiness(breadth: any[][], depth: any[][], cut?: any[][], lang?: any[][], scale?: any[][]): any[][] {
  return invoke(READINESS, breadth, depth, cut, lang, scale);
}

/**
 * Level of the account management system: Corporate, Division or Business unit.
 * @customfunction AMLEVEL
 * @helpurl https://localhost:3000/help/functions.html#kam-amlevel
 * @param divisionsShareAccounts Do divisions share accounts and buying centres? Yes/no (TRUE/FALSE, 1/0, ja/nee).
 * @param jointDivisionsWanted Is joint account management of the divisions wanted? Yes/no.
 * @param centralBuying Does the customer buy centrally? Yes/no.
 * @param unitsShareAccounts Do business units share accounts and buying centres? Yes/no.
 * @param jointUnitsWanted Is joint account management of the business units wanted? Yes/no.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The level per row.
 */
export function amlevel(
  divisionsShareAccounts: any[][],
  jointDivisionsWanted: any[][],
  centralBuying: any[][],
  unitsShareAccounts: any[][],
  jointUnitsWanted: any[][],
  lang?: any[][],
): any[][] {
  return invoke(
    AMLEVEL,
    divisionsShareAccounts,
    jointDivisionsWanted,
    centralBuying,
    unitsShareAccounts,
    jointUnitsWanted,
    lang,
  );
}
