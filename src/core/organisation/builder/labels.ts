/**
 * Every text the readiness questionnaire writes, in English and Dutch: the sheet's own labels and the
 * statements of its seven sections. The seeds give topics, not questions: every statement is our wording
 * (KAM for Excel) of a topic of the course, and the sheet says so.
 *
 * @module
 */
import type { Bilingual } from "../../lang";

export {
  AMNEED_LABELS,
  DISCIPLINE_LABELS,
  DIVISION_LABELS,
  LEVEL_LABELS,
  READINESS_LABELS,
  type AmLevel,
  type Discipline,
  type Readiness,
} from "../labels";

/** The sheet's own labels. */
export const ASSESSMENT_LABELS = {
  sheetName: { en: "KAM Readiness", nl: "KAM Gereedheid" },
  title: {
    en: "Readiness for key account management: a self-assessment",
    nl: "Gereedheid voor key-accountmanagement: een zelfevaluatie",
  },
  wording: {
    en: "The statements are our own wording (KAM for Excel) of the course's topics.",
    nl: "De stellingen zijn onze eigen formulering (KAM voor Excel) van de cursusonderwerpen.",
  },
  howTo: {
    en: "Score the blue cells from 1 (not true) to 5 (completely true), or yes/no; the result is live.",
    nl: "Scoor de blauwe cellen van 1 (niet waar) tot 5 (helemaal waar), of ja/nee; de uitkomst volgt direct.",
  },
  styleportable: { en: "portable formulas", nl: "draagbare formules" },
  stylekam: { en: "KAM functions", nl: "KAM-functies" },
  topic: { en: "Topic", nl: "Onderwerp" },
  statement: { en: "Statement (our wording)", nl: "Stelling (onze formulering)" },
  score: { en: "Score 1–5", nl: "Score 1–5" },
  yesNo: { en: "Yes / no", nl: "Ja / nee" },
  order: { en: "Weakest first", nl: "Zwakste eerst" },
  part: { en: "Part", nl: "Deel" },
  yes: { en: "yes", nl: "ja" },
  no: { en: "no", nl: "nee" },
  results: { en: "Result (live formulas)", nl: "Uitkomst (live formules)" },
  breadth: { en: "Breadth", nl: "Breedte" },
  depth: { en: "Depth", nl: "Diepte" },
  readiness: { en: "Readiness", nl: "Gereedheid" },
  amNeedMean: { en: "Nine factors, mean", nl: "Negen factoren, gem." },
  amNeed: { en: "Account management", nl: "Accountmanagement" },
  holdingBack: { en: "Factors below 3", nl: "Factoren onder 3" },
  holdingBackNames: { en: "Holding it back", nl: "Remmen af" },
  division: { en: "Account division", nl: "Accountdivisie" },
  level: { en: "Level of the AM system", nl: "Niveau AM-systeem" },
  discipline: { en: "Value discipline", nl: "Waardediscipline" },
  quickscanMean: { en: "Core activities, mean", nl: "Kernactiviteiten, gem." },
  bottleneckMean: { en: "Bottlenecks, mean", nl: "Knelpunten, gem." },
  weakestQuickscan: { en: "Weakest 3 activities", nl: "Zwakste 3 activiteiten" },
  weakestBottlenecks: { en: "Weakest 3 bottlenecks", nl: "Zwakste 3 knelpunten" },
  weakFactors: { en: "The nine factors, weakest first", nl: "De negen factoren, zwakste eerst" },
  weakQuickscan: { en: "Core activities, weakest first", nl: "Kernactiviteiten, zwakste eerst" },
  weakBottlenecks: { en: "KAM bottlenecks, weakest first", nl: "KAM-knelpunten, zwakste eerst" },
  quickscanChart: { en: "Process quickscan: the eleven core activities", nl: "Quickscan: de elf kernactiviteiten" },
  bottleneckChart: { en: "KAM bottlenecks (5 = no bottleneck)", nl: "KAM-knelpunten (5 = geen knelpunt)" },
  factorChart: {
    en: "Account management yes/no: the nine factors (1 = no … 5 = yes)",
    nl: "Accountmanagement ja/nee: de negen factoren (1 = nee … 5 = ja)",
  },
  scoreAxis: { en: "Score", nl: "Score" },
} as const satisfies Record<string, Bilingual>;

/** A key of the sheet's own labels. */
export type AssessmentLabel = keyof typeof ASSESSMENT_LABELS;

/** One statement of the questionnaire: its topic (short, a chart category) and our wording. */
export interface Question {
  readonly id: string;
  readonly topic: Bilingual;
  readonly statement: Bilingual;
}

/**
 * The seven sections of the questionnaire, in the sheet's order.
 *
 * @example
 * SECTIONS.length; // 7
 */
export const SECTIONS = [
  "readiness",
  "amNeed",
  "division",
  "level",
  "disciplines",
  "quickscan",
  "bottlenecks",
] as const;

/** A section of the questionnaire. */
export type SectionId = (typeof SECTIONS)[number];

/** How a section is answered: a score from 1 to 5, or yes/no. */
export const SECTION_KIND: Readonly<Record<SectionId, "score" | "yesNo">> = {
  readiness: "score",
  amNeed: "score",
  division: "yesNo",
  level: "yesNo",
  disciplines: "score",
  quickscan: "score",
  bottlenecks: "score",
};

/** The headings of the sections, with the course's slides they come from. */
export const SECTION_TITLES: Readonly<Record<SectionId, Bilingual>> = {
  readiness: {
    en: "Is the organisation ready? Breadth × depth (course 000 slides 6–9)",
    nl: "Is de organisatie er klaar voor? Breedte × diepte (cursus 000 dia 6–9)",
  },
  amNeed: {
    en: "Account management yes or no: nine factors, 1 = the “no” end, 5 = the “yes” end (000 slide 11)",
    nl: "Accountmanagement ja of nee: negen factoren, 1 = de kant “nee”, 5 = de kant “ja” (000 dia 11)",
  },
  division: {
    en: "An account division? Five questions (000 slide 12)",
    nl: "Een accountdivisie? Vijf vragen (000 dia 12)",
  },
  level: {
    en: "At which level should the account management system sit? (000 slides 10, 13, 15)",
    nl: "Op welk niveau hoort het accountmanagementsysteem? (000 dia 10, 13, 15)",
  },
  disciplines: {
    en: "Value discipline (Treacy & Wiersema; course 001 and 004)",
    nl: "Waardediscipline (Treacy & Wiersema; cursus 001 en 004)",
  },
  quickscan: {
    en: "Process quickscan: the eleven core activities (course 004)",
    nl: "Quickscan procesanalyse: de elf kernactiviteiten (cursus 004)",
  },
  bottlenecks: {
    en: "KAM bottlenecks: 1 = a real bottleneck, 5 = in order (course 002)",
    nl: "Knelpunten key-accountmanagement: 1 = een echt knelpunt, 5 = op orde (cursus 002)",
  },
};

const q = (id: string, topic: Bilingual, statement: Bilingual): Question => ({ id, topic, statement });

/**
 * The statements of each section, in the order of the functions' arguments.
 *
 * @example
 * QUESTIONS.quickscan.length; // 11
 */
export const QUESTIONS: Readonly<Record<SectionId, readonly Question[]>> = {
  readiness: [
    q(
      "breadth",
      { en: "Breadth", nl: "Breedte" },
      {
        en: "We recognise that our customers differ and that some of them are key accounts.",
        nl: "We onderkennen dat onze klanten verschillen en dat sommige key accounts zijn.",
      },
    ),
    q(
      "depth",
      { en: "Depth", nl: "Diepte" },
      {
        en: "We act on it: key accounts get their own people, time and budget.",
        nl: "We handelen ernaar: key accounts krijgen eigen mensen, tijd en budget.",
      },
    ),
  ],
  amNeed: [
    q(
      "howAccountsBuy",
      { en: "How accounts buy", nl: "Hoe accounts kopen" },
      {
        en: "Our accounts buy centrally rather than decentrally (1 = decentral, 5 = central).",
        nl: "Onze accounts kopen centraal in plaats van decentraal (1 = decentraal, 5 = centraal).",
      },
    ),
    q(
      "accountOrganisation",
      { en: "Accounts' organisation", nl: "Organisatie accounts" },
      {
        en: "Our accounts are complex organisations (1 = simple, 5 = complex).",
        nl: "Onze accounts zijn complexe organisaties (1 = eenvoudig, 5 = complex).",
      },
    ),
    q(
      "asksForManager",
      { en: "Asks for account mgr", nl: "Account vraagt acc mgr" },
      {
        en: "Our accounts ask for an account manager of their own (1 = no, 5 = yes).",
        nl: "Onze accounts vragen om een eigen accountmanager (1 = nee, 5 = ja).",
      },
    ),
    q(
      "powerPosition",
      { en: "Power of accounts", nl: "Machtspositie accounts" },
      {
        en: "Our accounts' power over us is limited (1 = large, 5 = limited).",
        nl: "De machtspositie van onze accounts ten opzichte van ons is beperkt (1 = groot, 5 = beperkt).",
      },
    ),
    q(
      "coordinationNeed",
      { en: "Coordination need", nl: "Coördinatiebehoefte" },
      {
        en: "Serving our accounts needs much coordination inside our company (1 = low, 5 = high).",
        nl: "Het bedienen van onze accounts vraagt veel coördinatie binnen ons bedrijf (1 = laag, 5 = hoog).",
      },
    ),
    q(
      "cooperationCulture",
      { en: "Cooperation culture", nl: "Samenwerkingscultuur" },
      {
        en: "Our departments work together as a matter of course (1 = low, 5 = high).",
        nl: "Onze afdelingen werken vanzelfsprekend samen (1 = laag, 5 = hoog).",
      },
    ),
    q(
      "customerOrientation",
      { en: "Customer orientation", nl: "Klantgerichtheid" },
      {
        en: "Our company is strongly customer oriented (1 = low, 5 = high).",
        nl: "Ons bedrijf is sterk klantgericht (1 = laag, 5 = hoog).",
      },
    ),
    q(
      "personalResistance",
      { en: "Personal resistance", nl: "Persoonlijke weerstand" },
      {
        en: "There is little personal resistance to account management (1 = much, 5 = little).",
        nl: "Er is weinig persoonlijke weerstand tegen accountmanagement (1 = veel, 5 = weinig).",
      },
    ),
    q(
      "managementInitiative",
      { en: "Management initiative", nl: "Initiatief management" },
      {
        en: "Management takes the initiative for account management (1 = little, 5 = much).",
        nl: "Het management neemt het initiatief tot accountmanagement (1 = weinig, 5 = veel).",
      },
    ),
  ],
  division: [
    q(
      "productionVolume",
      { en: "Production volume", nl: "Omvang productie" },
      {
        en: "Does the volume of production matter for these accounts?",
        nl: "Is de omvang van de productie belangrijk voor deze accounts?",
      },
    ),
    q(
      "veryLargeAccounts",
      { en: "Very large accounts", nl: "Zeer grote accounts" },
      { en: "Are the accounts very large?", nl: "Zijn de accounts zeer groot?" },
    ),
    q(
      "otherProducts",
      { en: "Other products", nl: "Andere producten" },
      {
        en: "Do the accounts buy other products than our other customers?",
        nl: "Kopen de accounts andere producten dan onze andere klanten?",
      },
    ),
    q(
      "differentNeeds",
      { en: "Different needs", nl: "Andere behoeften" },
      {
        en: "Do the accounts' needs differ from those of our other customers?",
        nl: "Verschillen de behoeften van de accounts van die van onze andere klanten?",
      },
    ),
    q(
      "coordination",
      { en: "Production and sales", nl: "Productie en verkoop" },
      {
        en: "Does the coordination of production and sales matter?",
        nl: "Is coördinatie tussen productie en verkoop belangrijk?",
      },
    ),
  ],
  level: [
    q(
      "divisionsShareAccounts",
      { en: "Shared by divisions", nl: "Gedeeld door divisies" },
      {
        en: "Do our divisions share accounts and buying centres?",
        nl: "Hebben onze divisies overeenkomstige accounts en buying centers?",
      },
    ),
    q(
      "jointDivisionsWanted",
      { en: "Joint AM of divisions", nl: "Samen over divisies" },
      {
        en: "Is joint account management of the divisions wanted?",
        nl: "Is gezamenlijk accountmanagement van de divisies gewenst?",
      },
    ),
    q(
      "centralBuying",
      { en: "Central buying centre", nl: "Centraal buying center" },
      {
        en: "Does the customer's buying centre sit at the central level?",
        nl: "Zit het buying center van de klant op centraal niveau?",
      },
    ),
    q(
      "unitsShareAccounts",
      { en: "Shared by units", nl: "Gedeeld door BU's" },
      {
        en: "Do our business units share accounts and buying centres?",
        nl: "Hebben onze business units overeenkomstige accounts en buying centers?",
      },
    ),
    q(
      "jointUnitsWanted",
      { en: "Joint AM of units", nl: "Samen over BU's" },
      {
        en: "Is joint account management of the business units wanted?",
        nl: "Is gezamenlijk accountmanagement van de business units gewenst?",
      },
    ),
  ],
  disciplines: [
    q(
      "productLeadership",
      { en: "Product leadership", nl: "Productleiderschap" },
      {
        en: "We win customers with the best and newest products.",
        nl: "We winnen klanten met de beste en nieuwste producten.",
      },
    ),
    q(
      "operationalExcellence",
      { en: "Operational excellence", nl: "Operationele excellence" },
      {
        en: "We win customers with reliable, easy service at the lowest cost.",
        nl: "We winnen klanten met betrouwbare, gemakkelijke dienstverlening tegen de laagste kosten.",
      },
    ),
    q(
      "customerIntimacy",
      { en: "Customer intimacy", nl: "Customer intimacy" },
      {
        en: "We win customers by knowing each of them and tailoring our offer.",
        nl: "We winnen klanten door elk van hen te kennen en ons aanbod op maat te maken.",
      },
    ),
  ],
  quickscan: [
    q(
      "businessStrategy",
      { en: "Business strategy", nl: "Bedrijfsstrategie" },
      {
        en: "Mission, vision, goals and plan are clear and known throughout the organisation.",
        nl: "Missie, visie, doelstellingen en plan zijn helder en bekend in de hele organisatie.",
      },
    ),
    q(
      "swot",
      { en: "SWOT and position", nl: "SWOT en marktpositie" },
      {
        en: "We know our strengths, weaknesses, opportunities, threats and market position.",
        nl: "We kennen onze sterkten, zwakten, kansen, bedreigingen en marktpositie.",
      },
    ),
    q(
      "marketingSales",
      { en: "Marketing and sales", nl: "Marketing en sales" },
      {
        en: "Marketing and sales processes run well and everyone knows their tasks.",
        nl: "De marketing- en salesprocessen verlopen goed en iedereen kent zijn taken.",
      },
    ),
    q(
      "leadManagement",
      { en: "Lead management", nl: "Lead management" },
      {
        en: "Campaigns for new customers are followed from the first lead to the deal.",
        nl: "Campagnes voor nieuwe klanten worden gevolgd van de eerste lead tot de deal.",
      },
    ),
    q(
      "internalOrientation",
      { en: "Internal orientation", nl: "Interne klantgericht" },
      {
        en: "Colleagues serve each other as well as they serve customers.",
        nl: "Collega's bedienen elkaar even goed als ze klanten bedienen.",
      },
    ),
    q(
      "customerSatisfaction",
      { en: "Customer satisfaction", nl: "Klanttevredenheid" },
      {
        en: "We measure customer satisfaction and act on the outcome.",
        nl: "We meten de klanttevredenheid en doen iets met de uitkomst.",
      },
    ),
    q(
      "employeeSatisfaction",
      { en: "Employee satisfaction", nl: "Medewerkerstevredenheid" },
      {
        en: "We measure employee satisfaction and act on the outcome.",
        nl: "We meten de medewerkerstevredenheid en doen iets met de uitkomst.",
      },
    ),
    q(
      "complaintManagement",
      { en: "Complaint management", nl: "Klachtenmanagement" },
      {
        en: "Complaints are registered, solved and learnt from.",
        nl: "Klachten worden geregistreerd, opgelost en we leren ervan.",
      },
    ),
    q(
      "crm",
      { en: "CRM functions", nl: "CRM-functionaliteiten" },
      {
        en: "Our CRM system supports sales, service and marketing.",
        nl: "Ons CRM-systeem ondersteunt verkoop, service en marketing.",
      },
    ),
    q(
      "segmentation",
      { en: "Customer segmentation", nl: "Klantsegmentatie" },
      {
        en: "We divide our customers into segments and serve each segment differently.",
        nl: "We delen onze klanten in segmenten in en bedienen elk segment anders.",
      },
    ),
    q(
      "socialMedia",
      { en: "Social media", nl: "Sociale media" },
      {
        en: "We use social media deliberately for customers and prospects.",
        nl: "We zetten sociale media bewust in voor klanten en prospects.",
      },
    ),
  ],
  bottlenecks: [
    q(
      "topManagement",
      { en: "Top management", nl: "Topmanagement" },
      {
        en: "Top management has a clear vision of KAM and backs it for the long term.",
        nl: "Het topmanagement heeft een duidelijke visie op KAM en steunt het voor de lange termijn.",
      },
    ),
    q(
      "selection",
      { en: "Key account selection", nl: "Selectie key accounts" },
      {
        en: "We select key accounts systematically, on explicit criteria.",
        nl: "We selecteren key accounts systematisch, op expliciete criteria.",
      },
    ),
    q(
      "balance",
      { en: "Customer–supplier", nl: "Klant–leverancier" },
      {
        en: "Customer and supplier invest in the relationship to the same degree.",
        nl: "Klant en leverancier investeren in gelijke mate in de relatie.",
      },
    ),
    q(
      "centralLocal",
      { en: "Central versus local", nl: "Centraal versus lokaal" },
      {
        en: "What is agreed centrally with a key account is carried out locally.",
        nl: "Wat centraal met een key account is afgesproken, wordt lokaal uitgevoerd.",
      },
    ),
    q(
      "structure",
      { en: "Organisation, meetings", nl: "Organisatie, overleg" },
      {
        en: "Our organisation and meeting structure fits the customer's.",
        nl: "Onze organisatie- en overlegstructuur sluit aan op die van de klant.",
      },
    ),
    q(
      "teams",
      { en: "Account teams", nl: "Key-accountteams" },
      {
        en: "Multidisciplinary and international account teams work well together.",
        nl: "Multidisciplinaire en internationale accountteams werken goed samen.",
      },
    ),
    q(
      "culture",
      { en: "Culture and language", nl: "Cultuur en taal" },
      {
        en: "Cultural differences and language barriers are handled well.",
        nl: "Met culturele verschillen en taalbarrières wordt goed omgegaan.",
      },
    ),
    q(
      "information",
      { en: "Information, knowledge", nl: "Informatie, kennis" },
      {
        en: "Information systems and knowledge sharing support the account managers.",
        nl: "Informatiesystemen en kennisdeling ondersteunen de accountmanagers.",
      },
    ),
    q(
      "rewards",
      { en: "Results and rewards", nl: "Resultaten en beloning" },
      {
        en: "We steer on account results and the rewards encourage teamwork.",
        nl: "We sturen op accountresultaten en de beloning bevordert samenwerking.",
      },
    ),
  ],
};
