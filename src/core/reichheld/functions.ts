import { erase, type AnyFunctionSpec } from "../catalog/define";
import { BREAKEVENVOLUME, CLV, PRICEEFFECT } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(PRICEEFFECT), erase(BREAKEVENVOLUME), erase(CLV)];
