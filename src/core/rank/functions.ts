import { erase, type AnyFunctionSpec } from "../catalog/define";
import { RANK, SORTBY } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(RANK), erase(SORTBY)];
