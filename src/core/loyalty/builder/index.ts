/**
 * The loyalty and customer value builder (models.md §8, §9): configuration schema, the preview
 * computed in core and the layout of the "KAM Loyalty" sheet.
 *
 * @module
 */
export * from "./config";
export * from "./compute";
export * from "./messages";
export * from "./sheet";
export { LOYALTY_LABELS, type LoyaltyLabel } from "./labels";
export { suggestLoyaltyMapping, suggestLoyaltyScale } from "./suggest";
