import type { Bilingual } from "../../lang";

export {
  ADVICE_LABELS,
  INFLUENCE_LABELS,
  MODE_LABELS,
  NO_RED_FLAGS_LABEL,
  RED_FLAG_LABELS,
  STANCE_LABELS,
  UNKNOWN_MODE_LABEL,
} from "../labels";

/**
 * The risk-reducing techniques of course 003 slide 109 (models.md §9), in the slide's order. The Dutch
 * texts are the slide's own words.
 */
export const TECHNIQUE_LABELS = {
  pilot: { en: "Pilot", nl: "Pilotversie" },
  standAlone: { en: "Stand-alone", nl: "Stand-alone" },
  inUsePricing: { en: "In-use pricing", nl: "In use pricing" },
  performanceBased: { en: "Performance-based selling", nl: "Prestatiegericht verkopen" },
  priceReduction: { en: "Price reduction on purchase", nl: "Prijsverlaging bij aankoop" },
  feasibility: { en: "Feasibility study", nl: "Haalbaarheidsstudie" },
} as const satisfies Record<string, Bilingual>;

/** A risk-reducing technique. */
export type Technique = keyof typeof TECHNIQUE_LABELS;

/** The marks of the checklist: still to decide, and chosen. */
export const CHECK_MARKS = { open: "☐", done: "✓" } as const;

/** Every text the buying-centre sheet writes, in English and Dutch. */
export const BUYING_CENTRE_LABELS = {
  sheetName: { en: "KAM Buying centre", nl: "KAM Buying center" },
  title: {
    en: "Buying centre: who decides, how each responds (Miller Heiman)",
    nl: "Buying center (DMU): wie beslist, hoe reageert ieder (Miller Heiman)",
  },
  account: { en: "Account / opportunity", nl: "Account / opportunity" },
  source: { en: "Source", nl: "Bron" },
  template: { en: "blank template", nl: "leeg sjabloon" },
  peopleCount: { en: "people", nl: "personen" },
  styleportable: { en: "portable formulas", nl: "draagbare formules" },
  stylekam: { en: "KAM functions", nl: "KAM-functies" },
  settings: { en: "Settings (edit the yellow cell)", nl: "Instellingen (wijzig de gele cel)" },
  riskCut: { en: "High risk perception from (1–5)", nl: "Hoge risicoperceptie vanaf (1–5)" },
  people: {
    en: "The people (edit the light-blue cells; Refresh keeps them)",
    nl: "De personen (wijzig de lichtblauwe cellen; Vernieuwen bewaart ze)",
  },
  name: { en: "Name", nl: "Naam" },
  function: { en: "Function", nl: "Functie" },
  influence: { en: "Influence", nl: "Invloed" },
  perceived: { en: "Perceived reality", nl: "Gepercipieerde werkelijkheid" },
  desired: { en: "Desired result", nl: "Gewenst resultaat" },
  chosenMode: { en: "Chosen mode", nl: "Gekozen mode" },
  businessInterest: { en: "Business interest (−5…+5)", nl: "Zakelijk belang (−5…+5)" },
  personalGain: { en: "Personal gain (−5…+5)", nl: "Persoonlijk voordeel (−5…+5)" },
  power: { en: "Power (1–5)", nl: "Macht (1–5)" },
  risk: { en: "Risk perception (1–5)", nl: "Risicoperceptie (1–5)" },
  chosenStance: { en: "Chosen stance", nl: "Gekozen inschatting" },
  mode: { en: "Response mode", nl: "Response mode" },
  orderChance: { en: "Order chance", nl: "Opdrachtkans" },
  stance: { en: "Stance", nl: "Situatie-inschatting" },
  priority: { en: "Priority (by power)", nl: "Prioriteit (op macht)" },
  riskStatus: { en: "Risk reduction", nl: "Risicoreductie" },
  riskOpen: { en: "High risk: pick a technique", nl: "Hoog risico: kies een techniek" },
  riskPlanned: { en: "technique(s) chosen", nl: "techniek(en) gekozen" },
  techniques: {
    en: "High risk perception: tick ✓ the risk-reducing techniques you offer (slide 109)",
    nl: "Hoge risicoperceptie: vink ✓ de risicoreducerende technieken aan (dia 109)",
  },
  redFlags: { en: "Red flags", nl: "Rode vlaggen" },
  checks: { en: "Check (models.md §13)", nl: "Controle (models.md §13)" },
  raised: { en: "Raised", nl: "Gevonden" },
  running: { en: "Running count", nl: "Lopend aantal" },
  positions: {
    en: "Positions: business interest × personal gain (course 003 slide 112)",
    nl: "Posities: zakelijk belang × persoonlijk voordeel (cursus 003 dia 112)",
  },
  positionSupporter: {
    en: "Both above 0: supporter (cautious from the risk cut-off)",
    nl: "Beide boven 0: supporter (voorzichtig vanaf de risicogrens)",
  },
  positionCritic: {
    en: "One of the two above 0: constructive critic",
    nl: "Eén van beide boven 0: constructieve criticus",
  },
  positionOpponent: { en: "Neither above 0: opponent", nl: "Geen van beide boven 0: tegenstander" },
  positionPower: {
    en: "Bubble size is power: work on the largest first",
    nl: "Belgrootte is macht: bewerk de grootste eerst",
  },
  chartData: { en: "Chart data (per stance: x, y, size)", nl: "Grafiekgegevens (per inschatting: x, y, grootte)" },
  chartTitle: {
    en: "Business interest × personal gain (bubble = power)",
    nl: "Zakelijk belang × persoonlijk voordeel (bel = macht)",
  },
  chartX: { en: "Business interest", nl: "Zakelijk belang" },
  chartY: { en: "Personal gain", nl: "Persoonlijk voordeel" },
  labelSupporter: { en: "Supporter", nl: "Supporter" },
  labelCriticGain: { en: "Constructive critic (gain)", nl: "Constructieve criticus (voordeel)" },
  labelCriticBusiness: { en: "Constructive critic (business)", nl: "Constructieve criticus (zakelijk)" },
  labelOpponent: { en: "Opponent", nl: "Tegenstander" },
} as const satisfies Record<string, Bilingual>;

/** A key of the buying-centre sheet's labels. */
export type BuyingCentreLabel = keyof typeof BUYING_CENTRE_LABELS;
