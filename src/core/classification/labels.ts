import type { Bilingual } from "../lang";

/** The five customer classes of course 003 slide 37 (models.md §2). */
export const CLASS_LABELS = {
  loss: { en: "Loss customer", nl: "Verliesklant" },
  key: { en: "Key account", nl: "Key account" },
  futureKey: { en: "Future key account", nl: "Toekomstige key account" },
  large: { en: "Large customer", nl: "Grote klant" },
  small: { en: "Small customer", nl: "Kleine klant" },
} as const satisfies Record<string, Bilingual>;

/** A customer class. */
export type CustomerClass = keyof typeof CLASS_LABELS;

/** The ABC (Pareto) tiers; the letters are the same in both languages. */
export const ABC_TIERS = ["A", "B", "C"] as const;

/** An ABC tier. */
export type AbcTier = (typeof ABC_TIERS)[number];
