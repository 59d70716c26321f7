import type { Bilingual } from "../lang";

/**
 * The row labels of `KAM.WHALESTATS`, in the order of the spill (docs/models.md §5.5, course 003 slide 31).
 * The loss customers are "Verliesklanten", the course's word (003 slides 31 and 37).
 */
export const WHALESTATS_LABELS = {
  total: { en: "Total profit", nl: "Totale winst" },
  peakShare: { en: "Peak share of total profit", nl: "Piekaandeel in de totale winst" },
  peakCount: { en: "Customers up to the peak", nl: "Klanten tot de piek" },
  peakCustomerShare: { en: "Share of customers up to the peak", nl: "Aandeel klanten tot de piek" },
  lossCount: { en: "Loss customers", nl: "Verliesklanten" },
  lossTotal: { en: "Total loss", nl: "Totaal verlies" },
  top20Share: { en: "Top-20 % share of total profit", nl: "Aandeel top-20 % in de totale winst" },
} as const satisfies Record<string, Bilingual>;

/** A figure of `KAM.WHALESTATS`. */
export type WhaleFigure = keyof typeof WHALESTATS_LABELS;
