/**
 * The buying-centre builder (Miller Heiman; models.md §9, §13): configuration schema, the preview
 * computed in core and the layout of one sheet per account or opportunity.
 *
 * @module
 */
export * from "./config";
export * from "./compute";
export * from "./messages";
export * from "./sheet";
export { BUYING_CENTRE_LABELS, CHECK_MARKS, TECHNIQUE_LABELS, type BuyingCentreLabel, type Technique } from "./labels";
export { suggestBuyingCentreMapping } from "./suggest";
