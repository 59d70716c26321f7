import type { Bilingual } from "../lang";

/**
 * Readiness for key account management as breadth × depth (models.md §10; course 000 slides 6–9):
 * breadth is how far the company recognises that customers differ, depth how far it acted on that
 * (resource allocation).
 */
export const READINESS_LABELS = {
  noCommitment: {
    en: "No commitment: all customers alike",
    nl: "Geen commitment: alle klanten worden hetzelfde behandeld",
  },
  lipService: {
    en: "Lip service: no reallocation of resources",
    nl: "Lippendienst: geen herschikking van resources",
  },
  experiment: {
    en: "A few key accounts, perhaps as an experiment, with resources",
    nl: "Een paar key accounts, wellicht als experiment, met resource-allocatie",
  },
  fullyCommitted: {
    en: "Fully committed with matching resources",
    nl: "Totaal gecommitteerd met evenredige resource-allocatie",
  },
} as const satisfies Record<string, Bilingual>;

/** The level of the account management system (models.md §10; course 000 slides 10, 13, 15). */
export const LEVEL_LABELS = {
  corporate: { en: "Corporate", nl: "Corporate niveau" },
  division: { en: "Division", nl: "Divisieniveau" },
  businessUnit: { en: "Business unit", nl: "BU-niveau" },
} as const satisfies Record<string, Bilingual>;

/** A readiness situation. */
export type Readiness = keyof typeof READINESS_LABELS;
/** A level of the account management system. */
export type AmLevel = keyof typeof LEVEL_LABELS;

/** The need for account management (models.md §13; course 000 slide 11). */
export const AMNEED_LABELS = {
  yes: { en: "Account management: yes", nl: "Accountmanagement: ja" },
  no: { en: "Account management: no", nl: "Accountmanagement: nee" },
} as const satisfies Record<string, Bilingual>;

/** Account division or not (models.md §13; course 000 slide 12, "Account mgt. binnen organisatie"). */
export const DIVISION_LABELS = {
  division: { en: "Account division", nl: "Accountdivisie" },
  within: {
    en: "Account management within the organisation",
    nl: "Accountmanagement binnen de organisatie",
  },
} as const satisfies Record<string, Bilingual>;

/**
 * The value disciplines of Treacy & Wiersema (models.md §11 and §13; course 001 and 004, which use the
 * English names also in Dutch, as "Operationele excellence" and "Customer intimacy").
 */
export const DISCIPLINE_LABELS = {
  productLeadership: { en: "Product leadership", nl: "Productleiderschap" },
  operationalExcellence: { en: "Operational excellence", nl: "Operationele excellence" },
  customerIntimacy: { en: "Customer intimacy", nl: "Customer intimacy" },
  none: { en: "No clear choice", nl: "Geen duidelijke keuze" },
} as const satisfies Record<string, Bilingual>;

/** A value discipline, or none. */
export type Discipline = keyof typeof DISCIPLINE_LABELS;
