import { erase, type AnyFunctionSpec } from "../catalog/define";
import { ACTIVITYRATE, COSTTOSERVE, CUSTOMERPROFIT, PROFITQUADRANT } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [
  erase(ACTIVITYRATE),
  erase(COSTTOSERVE),
  erase(CUSTOMERPROFIT),
  erase(PROFITQUADRANT),
];
