/**
 * The catalog: every KAM function, declared once. The Excel wrappers (`src/functions`), the
 * HyperFormula plugin and the docs are checked against this list. Each model folder exports a
 * `FUNCTIONS` list; add the folder here.
 *
 * @module
 */
import type { AnyFunctionSpec } from "./define";
import { FUNCTIONS as LOYALTY } from "../loyalty/functions";
import { FUNCTIONS as SELECTION } from "../selection/functions";
import { FUNCTIONS as WEIGHTING } from "../weighting/functions";
import { FUNCTIONS as CLASSIFICATION } from "../classification/functions";
import { FUNCTIONS as WHITNEY } from "../whitney/functions";
import { FUNCTIONS as KRALJIC } from "../kraljic/functions";
import { FUNCTIONS as PORTFOLIO } from "../portfolio/functions";
import { FUNCTIONS as COSTING } from "../costToServe/functions";
import { FUNCTIONS as WHALE } from "../whale/functions";
import { FUNCTIONS as REICHHELD } from "../reichheld/functions";
import { FUNCTIONS as BUYINGCENTRE } from "../buyingcentre/functions";
import { FUNCTIONS as ORGANISATION } from "../organisation/functions";
import { FUNCTIONS as RANK } from "../rank/functions";

/**
 * All functions, in the order of the docs.
 *
 * @example
 * CATALOG.map((f) => f.id).includes("LOYALTYZONE"); // true
 */
export const CATALOG: readonly AnyFunctionSpec[] = [
  ...SELECTION,
  ...WEIGHTING,
  ...CLASSIFICATION,
  ...WHITNEY,
  ...COSTING,
  ...WHALE,
  ...KRALJIC,
  ...PORTFOLIO,
  ...LOYALTY,
  ...REICHHELD,
  ...BUYINGCENTRE,
  ...ORGANISATION,
  ...RANK,
];

/**
 * A function by id (without namespace), or `undefined`.
 *
 * @example
 * findFunction("LOYALTYZONE")?.params.length; // 4
 */
export function findFunction(id: string): AnyFunctionSpec | undefined {
  return CATALOG.find((f) => f.id === id.toUpperCase());
}
