import { erase, type AnyFunctionSpec } from "../catalog/define";
import { ABC, CLASSIFY } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [erase(CLASSIFY), erase(ABC)];
