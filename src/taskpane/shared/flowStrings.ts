import type { Lang } from "../../core/lang";

/**
 * The build flow's own texts, the same in every builder: the buttons, the progress and what a build
 * or a cancel ends with. A builder spreads them into its message table and overrides one where it
 * says more (the selection builder's "built" names what to edit next). `{name}` marks a parameter.
 *
 * @example
 * const STRINGS = { en: { ...FLOW_STRINGS.en, noWorkbook: "Open a workbook." }, nl: { ...FLOW_STRINGS.nl, noWorkbook: "Open een werkmap." } };
 * STRINGS.en.cancel; // "Cancel"
 */
export const FLOW_STRINGS = {
  en: {
    build: "Build the sheet",
    refresh: "Refresh",
    cancel: "Cancel",
    preparing: "Preparing the formulas…",
    building: "Writing {sheet}…",
    built: "Built {sheet}: {cells} cells.",
    refreshed: "Refreshed {sheet}.",
    cancelled: "Cancelled; the workbook is as it was.",
    failed: "The build failed and was rolled back: {message}",
    readFailed: "The workbook could not be read: {message}",
  },
  nl: {
    build: "Blad bouwen",
    refresh: "Vernieuwen",
    cancel: "Annuleren",
    preparing: "Formules voorbereiden…",
    building: "{sheet} wordt geschreven…",
    built: "{sheet} gebouwd: {cells} cellen.",
    refreshed: "{sheet} vernieuwd.",
    cancelled: "Geannuleerd; de werkmap is zoals hij was.",
    failed: "Het bouwen is mislukt en teruggedraaid: {message}",
    readFailed: "De werkmap kon niet worden gelezen: {message}",
  },
} as const satisfies Record<Lang, Record<string, string>>;
