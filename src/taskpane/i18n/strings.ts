import type { Lang } from "../../core/lang";

/** Every string of the pane shell, in both languages. Builders keep their own tables beside them. */
export const SHELL_STRINGS = {
  en: {
    title: "KAM for Excel",
    subtitle: "Key account management models for your customer data",
    preview: "Preview: not running inside Excel. Changes go to the workbench or nowhere.",
    inExcel: "Connected to Excel",
    language: "Language",
    selection: "Selection matrix",
    costToServe: "Cost-to-serve",
    accountStrategy: "Account strategy",
    loyalty: "Loyalty",
    buyingCentre: "Buying centre",
    readiness: "Readiness",
    loading: "Starting…",
    loadingBuilder: "Loading the builder…",
  },
  nl: {
    title: "KAM voor Excel",
    subtitle: "Key-accountmanagementmodellen voor uw klantgegevens",
    preview: "Voorbeeld: niet in Excel geopend. Wijzigingen gaan naar de werkbank of nergens heen.",
    inExcel: "Verbonden met Excel",
    language: "Taal",
    selection: "Selectiematrix",
    costToServe: "Cost-to-serve",
    accountStrategy: "Accountstrategie",
    loyalty: "Loyaliteit",
    buyingCentre: "Buying center (DMU)",
    readiness: "Gereedheid",
    loading: "Bezig met starten…",
    loadingBuilder: "De bouwer wordt geladen…",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the shell strings. */
export type ShellKey = keyof (typeof SHELL_STRINGS)["en"];
