/**
 * The weighted selection matrix builder (models.md §1, §2, §6), as pure functions: the zod schema
 * of its configuration and the two templates, the live preview (class counts, portfolio points,
 * the > 35 key accounts warning, the explanation of one customer) computed with the same core
 * functions as `KAM.NORMALIZE`, `KAM.SCORE`, `KAM.CLASSIFY` and `KAM.PORTFOLIO`, and the layout
 * generator that turns a source table and a configuration into the "KAM Selection" sheet.
 *
 * The sheet is live: every output is a formula on the source cells and on the weights block, so
 * editing a weight, a band boundary, a cut-off or a source value recalculates everything without
 * the add-in. Two formula styles give the same values:
 * - `portable` (default): per-row formulas with SUMPRODUCT, COUNTIF, nested IF, ROUND, MIN/MAX,
 *   inside an Excel table; Excel 2016+, LibreOffice and HyperFormula compute them. The rank uses
 *   COUNTIF (RANK.EQ and PERCENTRANK.INC are missing in HyperFormula and RANK.EQ fails on an error
 *   in its range); percentile scores use COUNTIF so that ties share a score exactly.
 * - `kam`: `KAM.NORMALIZE`, `KAM.SCORE`, `KAM.RANKALL`, `KAM.CLASSIFY`, `KAM.PORTFOLIO`, and array
 *   formulas for the raw, contribution and weight-present columns: one spilled formula per column
 *   (a whole column in one call, O(n log n) for the rank where the portable COUNTIF is O(n²)).
 *   Excel tables cannot hold spilled formulas, so this style writes a formatted range instead of a
 *   table. Use it above 20,000 customers.
 *
 * Composites are rounded to 10 decimals in both styles (and in the preview), so a customer exactly
 * on a cut-off is on the high side in every engine.
 *
 * @module
 */
export * from "./config";
export * from "./labels";
export * from "./sheet";
export * from "./notices";
export * from "./preview";
export * from "./templates";
export * from "./pairwise";
export * from "./stability";
export { LEAST_STABLE_ROWS, concatFormula } from "./sensitivity";
