/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { ACCOUNTDIVISION, AMLEVEL, AMNEED, READINESS, VALUEDISCIPLINE } from "../../core/organisation";
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

/**
 * Account management yes or no from the nine factors of course 000 slide 11 (mean from 3 is yes).
 * @customfunction AMNEED
 * @helpurl https://localhost:3000/help/functions.html#kam-amneed
 * @param factors The nine factor scores in one row or one column, each 1 (the slide's "no" end) to 5 (its "yes" end): how accounts buy, their organisation, account asks for an account manager, power position of accounts, coordination need, cooperation culture, customer orientation, personal resistance, management initiative. Blanks are skipped; at least five must be filled in.
 * @param [cut] Lowest mean that means "yes". Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns "Account management: yes" or "Account management: no".
 */
export function amneed(factors: any[][], cut?: any[][], lang?: any[][]): any[][] {
  return invoke(AMNEED, factors, cut, lang);
}

/**
 * Account division or account management within the organisation, from the five questions of course 000 slide 12.
 * @customfunction ACCOUNTDIVISION
 * @helpurl https://localhost:3000/help/functions.html#kam-accountdivision
 * @param productionVolume Does production volume matter? Yes/no (TRUE/FALSE, 1/0, yes/no, ja/nee).
 * @param veryLargeAccounts Are the accounts very large? Yes/no.
 * @param otherProducts Do the accounts buy other products? Yes/no.
 * @param differentNeeds Do the accounts' needs differ from other customers'? Yes/no.
 * @param coordination Does coordination of production and sales matter? Yes/no.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns "Account division" when all five are yes; "Account management within the organisation" as soon as one is no.
 */
export function accountdivision(
  productionVolume: any[][],
  veryLargeAccounts: any[][],
  otherProducts: any[][],
  differentNeeds: any[][],
  coordination: any[][],
  lang?: any[][],
): any[][] {
  return invoke(
    ACCOUNTDIVISION,
    productionVolume,
    veryLargeAccounts,
    otherProducts,
    differentNeeds,
    coordination,
    lang,
  );
}

/**
 * The value discipline that leads (Treacy & Wiersema): product leadership, operational excellence, customer intimacy, or no clear choice.
 * @customfunction VALUEDISCIPLINE
 * @helpurl https://localhost:3000/help/functions.html#kam-valuediscipline
 * @param productLeadership Score for product leadership (for example 1–5).
 * @param operationalExcellence Score for operational excellence.
 * @param customerIntimacy Score for customer intimacy.
 * @param [lead] Lowest lead over the next discipline that makes a clear choice. Default 0.5.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The leading discipline, or "No clear choice" (also for a tie at the top).
 */
export function valuediscipline(
  productLeadership: any[][],
  operationalExcellence: any[][],
  customerIntimacy: any[][],
  lead?: any[][],
  lang?: any[][],
): any[][] {
  return invoke(VALUEDISCIPLINE, productLeadership, operationalExcellence, customerIntimacy, lead, lang);
}
