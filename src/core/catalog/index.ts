/**
 * The catalog: every KAM function, declared once. The Excel wrappers (`src/functions`), the
 * HyperFormula plugin and the docs are checked against this list. Each model folder exports a
 * `FUNCTIONS` list; add the folder here.
 *
 * @module
 */
import type { AnyFunctionSpec } from "./define";
import { FUNCTIONS as LOYALTY } from "../loyalty/functions";

/**
 * All functions, in the order of the docs.
 *
 * @example
 * CATALOG.map((f) => f.id).includes("LOYALTYZONE"); // true
 */
export const CATALOG: readonly AnyFunctionSpec[] = [...LOYALTY];

/**
 * A function by id (without namespace), or `undefined`.
 *
 * @example
 * findFunction("LOYALTYZONE")?.params.length; // 4
 */
export function findFunction(id: string): AnyFunctionSpec | undefined {
  return CATALOG.find((f) => f.id === id.toUpperCase());
}
