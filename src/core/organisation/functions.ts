import { erase, type AnyFunctionSpec } from "../catalog/define";
import { AMLEVEL, READINESS } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(READINESS), erase(AMLEVEL)];
