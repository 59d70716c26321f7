import { erase, type AnyFunctionSpec } from "../catalog/define";
import { PARETOSHARE, WHALECURVE, WHALESTATS } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(WHALECURVE), erase(WHALESTATS), erase(PARETOSHARE)];
