import { erase, type AnyFunctionSpec } from "../catalog/define";
import { ACCOUNTDIVISION, AMNEED, VALUEDISCIPLINE } from "./assessment";
import { AMLEVEL, READINESS } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [
  erase(READINESS),
  erase(AMLEVEL),
  erase(AMNEED),
  erase(ACCOUNTDIVISION),
  erase(VALUEDISCIPLINE),
];
