/**
 * The readiness self-assessment builder (models.md §10, §11, §13): configuration schema, the preview
 * computed in core, the filled-in example and the layout of the "KAM Readiness" questionnaire sheet.
 *
 * @module
 */
export * from "./config";
export * from "./compute";
export * from "./example";
export * from "./messages";
export * from "./sheet";
export {
  ASSESSMENT_LABELS,
  QUESTIONS,
  SECTIONS,
  SECTION_KIND,
  SECTION_TITLES,
  type AssessmentLabel,
  type Question,
  type SectionId,
} from "./labels";
