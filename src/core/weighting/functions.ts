import { erase, type AnyFunctionSpec } from "../catalog/define";
import { AHP, AHPCR, CLASSSTABILITY, STABILITY, TIPPINGWEIGHT } from "./index";

/** The KAM functions of this model, for the catalog. */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [
  erase(AHP),
  erase(AHPCR),
  erase(TIPPINGWEIGHT),
  erase(STABILITY),
  erase(CLASSSTABILITY),
];
