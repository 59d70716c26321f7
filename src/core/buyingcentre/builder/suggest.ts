/**
 * Guesses for a buying-centre table: which column is which, by its header (English and Dutch words).
 *
 * @module
 */
import { BUYING_CENTRE_ROLES, type BuyingCentreMapping, type BuyingCentreRole } from "./config";

/** The header patterns per role, tried in {@link GUESS_ORDER} (specific roles before general ones). */
const GUESSES: Readonly<Record<BuyingCentreRole, RegExp>> = {
  name: /^(name|naam|person|persoon|contact)/i,
  function: /function|functie|title|titel|role|rol\b/i,
  influence: /influence|invloed|buying role/i,
  perceived: /perceiv|percep|reality|werkelijk|current|huidig/i,
  desired: /desired|gewenst|wish|target|doel/i,
  mode: /mode/i,
  businessInterest: /business|zakelijk/i,
  personalGain: /personal|persoonlijk|gain|voordeel|win/i,
  power: /power|macht/i,
  risk: /risk|risico/i,
  stance: /stance|inschatting|situati|attitude|houding/i,
};
const GUESS_ORDER: readonly BuyingCentreRole[] = [
  "risk",
  "mode",
  "perceived",
  "desired",
  "businessInterest",
  "personalGain",
  "power",
  "stance",
  "influence",
  "function",
  "name",
];

/**
 * The mapping guessed from the headers: the first unused header that matches each role, "" where none
 * does; the name falls back to the first column.
 *
 * @example
 * suggestBuyingCentreMapping(["Name", "Influence", "Power"]).power; // "Power"
 */
export function suggestBuyingCentreMapping(headers: readonly string[]): BuyingCentreMapping {
  const used = new Set<string>();
  const found: Partial<Record<BuyingCentreRole, string>> = {};
  for (const role of GUESS_ORDER) {
    const h = headers.find((x) => !used.has(x) && GUESSES[role].test(x)) ?? "";
    if (h !== "") used.add(h);
    found[role] = h;
  }
  if (found.name === "") found.name = headers.find((h) => !used.has(h)) ?? "";
  return Object.fromEntries(BUYING_CENTRE_ROLES.map((r) => [r, found[r] ?? ""])) as BuyingCentreMapping;
}
