import type { Bilingual } from "../lang";

/**
 * Whitney's eight actions (HBR 1996; course 003 slide 34; docs/models.md §4), keyed by the three
 * judgements strategic, significant, profitable as `y`/`n`. The Dutch says what the slide says, as
 * a full sentence that starts with its verb rather than in the slide's telegraphic style.
 */
export const WHITNEY_LABELS = {
  yyy: { en: "Retain these customers; invest", nl: "Behoud deze klanten en investeer in hen" },
  yyn: {
    en: "Improve profitability: change the mix of service, delivery, price",
    nl: "Verbeter de winstgevendheid: wijzig de mix van service, levering en prijs",
  },
  yny: {
    en: "If sales potential is large, raise sales volume",
    nl: "Verhoog het verkoopvolume als het verkooppotentieel groot is",
  },
  ynn: { en: "Raise profitability and sales volume", nl: "Verhoog de winstgevendheid en het verkoopvolume" },
  nyy: {
    en: "Invest in other customers: insufficient future value",
    nl: "Investeer in andere klanten: deze hebben onvoldoende toekomstwaarde",
  },
  nyn: { en: "Size is not enough: stop investing", nl: "Stop met investeren: grootte alleen is niet genoeg" },
  nny: { en: "Insufficient contribution: stop investing", nl: "Stop met investeren: de bijdrage is onvoldoende" },
  nnn: { en: "Outsource to the main competitor", nl: "Besteed deze klanten uit aan de belangrijkste concurrent" },
} as const satisfies Record<string, Bilingual>;

/** One of Whitney's eight actions. */
export type WhitneyAction = keyof typeof WHITNEY_LABELS;
