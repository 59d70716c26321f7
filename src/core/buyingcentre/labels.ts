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
