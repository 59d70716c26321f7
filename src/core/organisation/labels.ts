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
