import { erase, type AnyFunctionSpec } from "../catalog/define";
import { LOYALTYTYPE, LOYALTYZONE, SATISFACTION } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(LOYALTYZONE), erase(LOYALTYTYPE), erase(SATISFACTION)];
