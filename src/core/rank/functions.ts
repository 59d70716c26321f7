import { erase, type AnyFunctionSpec } from "../catalog/define";
import { RANK, RANKALL, SORTBY, SORTROWS } from "./index";

/** The KAM functions of this model, for the catalog: the current ids, then their deprecated first ids. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(RANKALL), erase(SORTROWS), erase(RANK), erase(SORTBY)];
