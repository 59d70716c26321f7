import type { Bilingual } from "../lang";

/**
 * Whitney's eight actions (HBR 1996; course 003 slide 34; models.md §3), keyed by the three
 * judgements strategic, significant, profitable as `y`/`n`.
 */
export const WHITNEY_LABELS = {
  yyy: { en: "Retain these customers; invest", nl: "Deze klanten behouden; investeer" },
  yyn: {
    en: "Improve profitability: change the mix of service, delivery, price",
    nl: "Verbeter winstgevendheid: wijzig mix van service, levering, prijs",
  },
  yny: {
    en: "If sales potential is large, raise sales volume",
    nl: "Bij groot verkooppotentieel: verhoog verkoopvolume",
  },
  ynn: { en: "Raise profitability and sales volume", nl: "Verhoog winstgevendheid en verkoopvolume" },
  nyy: {
    en: "Invest in other customers: insufficient future value",
    nl: "Investeer in andere klanten: onvoldoende toekomstwaarde",
  },
  nyn: { en: "Size is not enough: stop investing", nl: "Grootte is niet genoeg: stop investeren" },
  nny: { en: "Insufficient contribution: stop investing", nl: "Onvoldoende bijdrage: stop investeren" },
  nnn: { en: "Outsource to the main competitor", nl: "Outsource naar belangrijkste concurrent" },
} as const satisfies Record<string, Bilingual>;

/** One of Whitney's eight actions. */
export type WhitneyAction = keyof typeof WHITNEY_LABELS;
