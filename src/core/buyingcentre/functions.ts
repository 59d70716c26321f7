import { erase, type AnyFunctionSpec } from "../catalog/define";
import { ORDERCHANCE, REDFLAGS, RESPONSEMODE, STANCE } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [
  erase(RESPONSEMODE),
  erase(ORDERCHANCE),
  erase(STANCE),
  erase(REDFLAGS),
];
