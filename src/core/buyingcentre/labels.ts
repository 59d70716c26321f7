import type { Bilingual } from "../lang";

/**
 * Miller Heiman's response modes (models.md §9; course 003 slides 99–103). The Dutch course keeps the
 * English terms.
 */
export const MODE_LABELS = {
  growth: { en: "Growth", nl: "Growth" },
  trouble: { en: "Trouble", nl: "Trouble" },
  evenKeel: { en: "Even keel", nl: "Even keel" },
  overconfident: { en: "Overconfident", nl: "Overconfident" },
} as const satisfies Record<string, Bilingual>;

/** The buying influences (models.md §9; course 003 slides 92–98). */
export const INFLUENCE_LABELS = {
  economic: { en: "Economic", nl: "Economisch" },
  technical: { en: "Technical", nl: "Technisch" },
  user: { en: "User", nl: "Gebruiker" },
  coach: { en: "Coach", nl: "Coach" },
} as const satisfies Record<string, Bilingual>;

/** The advice per influence × response mode (models.md §9 [choice]; course 003 slide 103). */
export const ADVICE_LABELS = {
  orderChance: { en: "Order chance", nl: "Opdrachtkans" },
  noOrderChance: { en: "No order chance", nl: "Geen opdrachtkans" },
  workThroughEconomic: { en: "Work through the economic influence", nl: "Bewerk via de economic influence" },
  wait: { en: "No order chance: wait", nl: "Geen opdrachtkans: wacht af" },
} as const satisfies Record<string, Bilingual>;

/** The situation assessment of a buying influence (models.md §9; course 003 slide 112). */
export const STANCE_LABELS = {
  supporter: { en: "Supporter", nl: "Supporter" },
  cautiousSupporter: { en: "Cautious supporter", nl: "Voorzichtige supporter" },
  constructiveCritic: { en: "Constructive critic", nl: "Constructieve criticus" },
  opponent: { en: "Opponent", nl: "Tegenstander" },
} as const satisfies Record<string, Bilingual>;

/** A response mode. */
export type ResponseMode = keyof typeof MODE_LABELS;
/** A buying influence. */
export type Influence = keyof typeof INFLUENCE_LABELS;
/** An advice of `KAM.ORDERCHANCE`. */
export type Advice = keyof typeof ADVICE_LABELS;
/** A stance of `KAM.STANCE`. */
export type Stance = keyof typeof STANCE_LABELS;

/**
 * The red flags of a buying centre (models.md §10.6 [choice]), in the order `KAM.REDFLAGS` lists them,
 * and the one text it shows when there are none. The English texts use the words of models.md.
 */
export const RED_FLAG_LABELS = {
  noCoach: { en: "No coach", nl: "Geen coach" },
  noEconomic: { en: "No economic influence", nl: "Geen economische invloed" },
  severalEconomic: { en: "More than one economic influence", nl: "Meer dan één economische invloed" },
  economicNoChance: {
    en: "The economic influence is in even keel or overconfident",
    nl: "De economische invloed is in even keel of overconfident",
  },
  unknownMode: {
    en: "An influence whose response mode is unknown",
    nl: "Een invloed waarvan de response mode onbekend is",
  },
  opponent: { en: "An opponent among the influences", nl: "Een tegenstander onder de invloeden" },
  noOrderChance: {
    en: "No order chance anywhere: no influence in growth or trouble",
    nl: "Nergens een opdrachtkans: geen invloed in growth of trouble",
  },
} as const satisfies Record<string, Bilingual>;

/** The one cell `KAM.REDFLAGS` shows when a buying centre raises no red flag. */
export const NO_RED_FLAGS_LABEL = {
  en: "No red flags",
  nl: "Geen rode vlaggen",
} as const satisfies Bilingual;

/**
 * The words that say a response mode is not known yet (a choice in the builder's dropdown): they raise
 * the "unknown response mode" flag as a blank does.
 */
export const UNKNOWN_MODE_LABEL = { en: "Unknown", nl: "Onbekend" } as const satisfies Bilingual;

/** A red flag of `KAM.REDFLAGS`. */
export type RedFlag = keyof typeof RED_FLAG_LABELS;
