/**
 * A HyperFormula engine with the KAM functions, as the workbench and the formula tests use it.
 * GPL-3.0 (HyperFormula), so development and workbench only.
 *
 * @module
 */
import { HyperFormula, type ConfigParams, type RawCellContent } from "hyperformula";
import { registerKamFunctions } from "./kamPlugin";
import { registerLargeRangeMedian } from "./median";
import { installLinearChangeExport } from "./changes";

export { applyLayoutToEngine, layoutToSheet } from "./applyLayout";
export { flatExport, installLinearChangeExport } from "./changes";
export { largeRangeMedianPlugin, medianOf, registerLargeRangeMedian } from "./median";
export { fromEngine, kamPlugin, kamTranslations, registerKamFunctions, NAMESPACE } from "./kamPlugin";

/** The engine settings shared by the workbench and the tests (Excel-like). */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  // HyperFormula's column index speeds up lookups in unsorted ranges but re-indexes every spilled
  // cell on each recalculation: off, it halves a 100,000-customer build (docs/performance.md).
  useColumnIndex: false,
  // The workbench has no undo; HyperFormula's undo stack would keep every written cell of the last
  // builds alive (1.3 GB instead of 2.2 GB after a 100,000-customer cost-to-serve build).
  undoLimit: 0,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  precisionRounding: 14,
  smartRounding: true,
};

/**
 * A HyperFormula engine with the KAM functions registered and the given sheets.
 *
 * @example
 * const hf = createKamEngine({ Data: [[1], [5]], Out: [["=KAM.LOYALTYZONE(Data!A1:A2)"]] });
 * hf.getSheetValues(hf.getSheetId("Out")!); // [["Zone of defection"], ["Zone of affection"]]
 */
export function createKamEngine(
  sheets: Record<string, RawCellContent[][]> = {},
  config: Partial<ConfigParams> = {},
): HyperFormula {
  registerKamFunctions();
  registerLargeRangeMedian();
  const hf =
    Object.keys(sheets).length > 0
      ? HyperFormula.buildFromSheets(sheets, { ...ENGINE_CONFIG, ...config })
      : HyperFormula.buildEmpty({ ...ENGINE_CONFIG, ...config });
  installLinearChangeExport(hf);
  return hf;
}
