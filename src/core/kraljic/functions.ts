import { erase, type AnyFunctionSpec } from "../catalog/define";
import { KRALJIC, SUPPLIERSTRATEGY } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(KRALJIC), erase(SUPPLIERSTRATEGY)];
