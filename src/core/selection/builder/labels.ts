import type { Bilingual } from "../../lang";
import type { Axes, Direction, Group, Horizon, Method, FormulaStyle } from "./config";

/** Criterion groups (models.md §1). */
export const GROUP_LABELS = {
  significance: { en: "Significance", nl: "Significantie" },
  profitability: { en: "Profitability", nl: "Winstgevendheid" },
  strategic: { en: "Strategic importance", nl: "Strategisch belang" },
  relational: { en: "Relational synergy", nl: "Relationele synergie" },
  account: { en: "Account-related", nl: "Accountgerelateerd" },
  relationship: { en: "Relationship-related", nl: "Relatiegerelateerd" },
  product: { en: "Product-related", nl: "Productgerelateerd" },
} as const satisfies Record<Group, Bilingual>;

/** Horizons. */
export const HORIZON_LABELS = {
  current: { en: "Current", nl: "Huidig" },
  future: { en: "Future", nl: "Toekomstig" },
} as const satisfies Record<Horizon, Bilingual>;

/** Directions. */
export const DIRECTION_LABELS = {
  higher: { en: "Higher is better", nl: "Hoger is beter" },
  lower: { en: "Lower is better", nl: "Lager is beter" },
} as const satisfies Record<Direction, Bilingual>;

/** Scoring methods. */
export const METHOD_LABELS = {
  score: { en: "Score 1–5", nl: "Score 1–5" },
  minmax: { en: "Min–max", nl: "Min–max" },
  percentile: { en: "Percentile", nl: "Percentiel" },
  bands: { en: "Bands", nl: "Klassengrenzen" },
} as const satisfies Record<Method, Bilingual>;

/** Formula styles. */
export const STYLE_LABELS = {
  portable: { en: "Portable (Excel 2016+, LibreOffice)", nl: "Overdraagbaar (Excel 2016+, LibreOffice)" },
  kam: { en: "KAM functions (add-in)", nl: "KAM-functies (invoegtoepassing)" },
} as const satisfies Record<FormulaStyle, Bilingual>;

/** Chart axes. */
export const AXES_LABELS = {
  currentFuture: { en: "Current × future value", nl: "Huidige × toekomstige waarde" },
  attractivenessStrength: {
    en: "Attractiveness × relative strength (McDonald)",
    nl: "Aantrekkelijkheid × relatieve sterkte (McDonald)",
  },
} as const satisfies Record<Axes, Bilingual>;

/** Every text written on the selection sheet. */
export const SHEET_TEXT = {
  sheetName: { en: "KAM Selection", nl: "KAM-selectie" },
  title: { en: "Key-account selection matrix", nl: "Selectiematrix key accounts" },
  source: { en: "Source", nl: "Bron" },
  style: { en: "Formula style", nl: "Formulestijl" },
  editHint: {
    en: "Edit the weights, band boundaries and cut-offs in the blue cells: everything recalculates.",
    nl: "Wijzig de gewichten, klassengrenzen en grenswaarden in de blauwe cellen: alles rekent opnieuw.",
  },
  criterion: { en: "Criterion", nl: "Criterium" },
  group: { en: "Group", nl: "Groep" },
  horizon: { en: "Current/future", nl: "Huidig/toekomstig" },
  direction: { en: "Direction", nl: "Richting" },
  method: { en: "Method", nl: "Methode" },
  weight: { en: "Weight", nl: "Gewicht" },
  weightShare: { en: "Weight %", nl: "Gewicht %" },
  min: { en: "Min", nl: "Min" },
  max: { en: "Max", nl: "Max" },
  count: { en: "Count", nl: "Aantal" },
  band: { en: "Band", nl: "Grens" },
  cutoffs: { en: "Cut-off", nl: "Grenswaarde" },
  value: { en: "Value", nl: "Waarde" },
  cutCurrent: { en: "Current value C", nl: "Huidige waarde C" },
  cutFuture: { en: "Future value F", nl: "Toekomstige waarde F" },
  cutAttractiveness: { en: "Attractiveness (F)", nl: "Aantrekkelijkheid (F)" },
  cutStrength: { en: "Relative strength (C)", nl: "Relatieve sterkte (C)" },
  classHeader: { en: "Class", nl: "Klasse" },
  customers: { en: "Customers", nl: "Klanten" },
  share: { en: "Share", nl: "Aandeel" },
  total: { en: "Total", nl: "Totaal" },
  unclassified: { en: "Unclassified", nl: "Niet ingedeeld" },
  quadrantHeader: { en: "Portfolio", nl: "Portfolio" },
  tooManyKey: {
    en: "More than 35 key accounts: a supplier keeps roughly 15–35 (McDonald & Woodburn 2007, not in the course texts). Raise the cut-offs.",
    nl: "Meer dan 35 key accounts: een leverancier houdt er ongeveer 15–35 (McDonald & Woodburn 2007, niet uit de cursus). Verhoog de grenswaarden.",
  },
  chartLines: { en: "Chart lines", nl: "Grafieklijnen" },
  cutLineX: { en: "Cut-off (x)", nl: "Grens (x)" },
  cutLineY: { en: "Cut-off (y)", nl: "Grens (y)" },
  customer: { en: "Customer", nl: "Klant" },
  profit: { en: "Profit", nl: "Winst" },
  scorePrefix: { en: "Score: ", nl: "Score: " },
  contributionPrefix: { en: "Contribution: ", nl: "Bijdrage: " },
  weightPresent: { en: "Weight present", nl: "Gewicht aanwezig" },
  current: { en: "Current value", nl: "Huidige waarde" },
  future: { en: "Future value", nl: "Toekomstige waarde" },
  totalScore: { en: "Total score", nl: "Totaalscore" },
  rank: { en: "Rank", nl: "Rang" },
  weightRow: { en: "Weight →", nl: "Gewicht →" },
  chartCurrentFuture: { en: "Current vs future value", nl: "Huidige vs toekomstige waarde" },
  chartMcDonald: { en: "Attractiveness × relative strength", nl: "Aantrekkelijkheid × relatieve sterkte" },
  axisCurrent: { en: "Current value (C)", nl: "Huidige waarde (C)" },
  axisFuture: { en: "Future value (F)", nl: "Toekomstige waarde (F)" },
  axisStrength: { en: "Relative strength", nl: "Relatieve sterkte" },
  axisAttractiveness: { en: "Account attractiveness", nl: "Aantrekkelijkheid account" },
  editHintPairwise: {
    en: "The weights come from the pairwise grids: edit the judgements above their diagonals, the band boundaries and the cut-offs in the blue cells.",
    nl: "De gewichten komen uit de paarsgewijze tabellen: wijzig de oordelen boven de diagonaal, de klassengrenzen en de grenswaarden in de blauwe cellen.",
  },
  pairwiseCurrent: {
    en: "Pairwise comparison: current value (how much more important the row is than the column, 1/9 to 9)",
    nl: "Paarsgewijze vergelijking: huidige waarde (hoeveel belangrijker de rij is dan de kolom, 1/9 tot 9)",
  },
  pairwiseFuture: {
    en: "Pairwise comparison: future value (how much more important the row is than the column, 1/9 to 9)",
    nl: "Paarsgewijze vergelijking: toekomstige waarde (hoeveel belangrijker de rij is dan de kolom, 1/9 tot 9)",
  },
  ahpWeight: { en: "AHP weight", nl: "AHP-gewicht" },
  deviationPrefix: { en: "Deviation: ", nl: "Afwijking: " },
  largestDeviation: { en: "Largest deviation", nl: "Grootste afwijking" },
  deviationWith: { en: "In column no.", nl: "In kolom nr." },
  consistencyRatio: { en: "Consistency ratio (CR)", nl: "Consistentieratio (CR)" },
  revisit: {
    en: "Revisit {row} over {col} (now {now}; the other judgements imply about {consistent}).",
    nl: "Herzie {row} tegenover {col} (nu {now}; de andere oordelen wijzen op ongeveer {consistent}).",
  },
  inconsistent: { en: "Inconsistent: CR above 0.10", nl: "Inconsistent: CR boven 0,10" },
  consistent: {
    en: "Consistent enough: CR at most 0.10.",
    nl: "Consistent genoeg: CR hoogstens 0,10.",
  },
  needsAddIn: {
    en: "These cells need the KAM add-in (eigenvector, random weights); without it they show #NAME?.",
    nl: "Deze cellen hebben de KAM-invoegtoepassing nodig (eigenvector, willekeurige gewichten); zonder toont Excel #NAAM?.",
  },
  stability: { en: "Class stability", nl: "Stabiliteit klasse" },
  marginPrefix: { en: "Weighted margin: ", nl: "Gewogen marge: " },
  marginSizePrefix: { en: "Margin size: ", nl: "Margegrootte: " },
  tipPrefix: { en: "Tipping weight: ", nl: "Omslaggewicht: " },
  tipChangePrefix: { en: "Change to tip: ", nl: "Verandering tot omslag: " },
  tipCriterion: { en: "Closest to tipping", nl: "Het dichtst bij omslag" },
  tipWeight: { en: "Its tipping weight", nl: "Het omslaggewicht" },
  stabilityKey: { en: "Order key (stability)", nl: "Sorteersleutel (stabiliteit)" },
  leastStable: { en: "Least stable customers", nl: "Minst stabiele klanten" },
  tableRow: { en: "Row in table", nl: "Rij in tabel" },
  chartStability: {
    en: "Least stable customers: share of random weight sets that keep the class",
    nl: "Minst stabiele klanten: aandeel willekeurige gewichten dat de klasse behoudt",
  },
  axisStability: { en: "Class stability", nl: "Stabiliteit klasse" },
} as const satisfies Record<string, Bilingual>;

/** Conditional colours per customer class (fill, font), as Excel's good/neutral/bad styles. */
export const CLASS_COLOURS = {
  key: { fill: "#C6EFCE", fontColor: "#006100" },
  futureKey: { fill: "#DDEBF7", fontColor: "#1F4E79" },
  large: { fill: "#FFEB9C", fontColor: "#9C5700" },
  small: { fill: "#EDEDED", fontColor: "#3A3A3A" },
  loss: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;

/** Conditional colours per portfolio quadrant. */
export const QUADRANT_COLOURS = {
  strategic: { fill: "#C6EFCE", fontColor: "#006100" },
  star: { fill: "#DDEBF7", fontColor: "#1F4E79" },
  status: { fill: "#FFEB9C", fontColor: "#9C5700" },
  streamline: { fill: "#EDEDED", fontColor: "#3A3A3A" },
} as const;
