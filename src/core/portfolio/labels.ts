import type { Bilingual } from "../lang";

/** McDonald & Woodburn's key-account portfolio on attractiveness × our strength (models.md §6). */
export const PORTFOLIO_LABELS = {
  strategic: { en: "Strategic", nl: "Strategisch" },
  star: { en: "Star", nl: "Ster" },
  status: { en: "Status", nl: "Status" },
  streamline: { en: "Streamline", nl: "Stroomlijnen" },
} as const satisfies Record<string, Bilingual>;

/** A portfolio quadrant. */
export type PortfolioQuadrant = keyof typeof PORTFOLIO_LABELS;
