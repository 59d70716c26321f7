/**
 * The account strategy builder (models.md §5, §3, §13): configuration schema, the preview computed in
 * core and the layout of the "KAM Account strategy" sheet.
 *
 * @module
 */
export * from "./config";
export * from "./compute";
export * from "./messages";
export * from "./sheet";
export { STRATEGY_SHEET_LABELS, type StrategySheetLabel } from "./labels";
export { suggestStrategyMapping, suggestStrategyReading } from "./suggest";
