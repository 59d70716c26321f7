/**
 * Cost-to-serve analysis (models.md §4): configuration schema, the preview computed in core and the
 * layout generator of the "KAM Cost-to-serve" sheet.
 *
 * @module
 */
export * from "./config";
export * from "./compute";
export * from "./sheet";
export * from "./messages";
export { SHEET_LABELS, QUADRANT_LABELS, type SheetLabel, type ProfitQuadrant } from "./labels";
export { scaleSuggestion, suggestConfig } from "./suggest";
