import type { Bilingual } from "../lang";

/**
 * The margin × cost-to-serve matrix (Shapiro, Rangan, Moriarty & Ross, HBR 1987; course 003 slide 28;
 * models.md §4).
 */
export const QUADRANT_LABELS = {
  carriageTrade: { en: "Carriage trade", nl: "Carriage trade" },
  passive: { en: "Passive", nl: "Passief" },
  aggressive: { en: "Aggressive", nl: "Agressief" },
  bargainBasement: { en: "Bargain basement", nl: "Bargain basement" },
} as const satisfies Record<string, Bilingual>;

/** A quadrant of the margin × cost-to-serve matrix. */
export type ProfitQuadrant = keyof typeof QUADRANT_LABELS;
