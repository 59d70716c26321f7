import { erase, type AnyFunctionSpec } from "../catalog/define";
import { ORDERCHANCE, RESPONSEMODE, STANCE } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(RESPONSEMODE), erase(ORDERCHANCE), erase(STANCE)];
