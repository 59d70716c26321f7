import type { Bilingual } from "../lang";

/**
 * Kraljic's purchasing portfolio as the course names it (course 003 slides 43–51; models.md §5).
 * Kraljic's own name for the Partner cell is "strategic".
 */
export const KRALJIC_LABELS = {
  routine: { en: "Routine", nl: "Routine" },
  leverage: { en: "Leverage", nl: "Hefboom" },
  bottleneck: { en: "Bottleneck", nl: "Bottleneck" },
  partner: { en: "Partner", nl: "Partner" },
} as const satisfies Record<string, Bilingual>;

/** A Kraljic quadrant. */
export type KraljicQuadrant = keyof typeof KRALJIC_LABELS;

/** The supplier-strategy models of `KAM.SUPPLIERSTRATEGY`. */
export const STRATEGY_MODELS = ["stewart", "rackham", "buying", "holden", "seller"] as const;

/**
 * A supplier-strategy model: Stewart's response, Rackham's selling mode, Rackham's buying behaviour, Holden's
 * buying pattern, or the seller profile (course 003 slide 64) that goes with the selling mode.
 */
export type StrategyModel = (typeof STRATEGY_MODELS)[number];

/**
 * The matching strategy per quadrant and model (course 003 slide 47, "Matching modellen", after
 * W. van den Berg 2004; models.md §5). English labels are those of models.md. models.md gives no
 * Dutch for them, so the Dutch follows the course: Stewart's responses and Rackham's buying
 * behaviour as slides 43–45 word them in Dutch; Rackham's selling modes and Holden's buying
 * patterns keep the English terms the course itself uses (slides 47 and 51). The seller profile (slide 64;
 * models.md §13) follows the selling mode: transactional → Star salesman, consultative → Relationship
 * manager, enterprise → Network manager, in Dutch as docs/models.md §6.3 gives them.
 */
export const STRATEGY_LABELS = {
  stewart: {
    routine: { en: "Automate", nl: "Automatiseren" },
    leverage: { en: "Differentiate", nl: "Differentiëren" },
    bottleneck: { en: "Informate", nl: "Informeren" },
    partner: { en: "Capitalize", nl: "Kapitaliseren" },
  },
  buying: {
    routine: { en: "Shop", nl: "Shoppen" },
    leverage: { en: "Leverage size", nl: "Gebruik van omvang" },
    bottleneck: { en: "Manage risk", nl: "Risicobeheersing" },
    partner: { en: "Partner", nl: "Partner" },
  },
  rackham: {
    routine: { en: "Transactional selling", nl: "Transactional selling" },
    leverage: { en: "Consultative selling", nl: "Consultative selling" },
    bottleneck: { en: "Consultative selling", nl: "Consultative selling" },
    partner: { en: "Enterprise selling", nl: "Enterprise selling" },
  },
  holden: {
    routine: { en: "Commodity", nl: "Commodity" },
    leverage: { en: "Solutions", nl: "Solutions" },
    bottleneck: { en: "Business", nl: "Business" },
    partner: { en: "Strategic", nl: "Strategic" },
  },
  seller: {
    routine: { en: "Star salesman", nl: "Sterverkoper" },
    leverage: { en: "Relationship manager", nl: "Relatiemanager" },
    bottleneck: { en: "Relationship manager", nl: "Relatiemanager" },
    partner: { en: "Network manager", nl: "Netwerkmanager" },
  },
} as const satisfies Record<StrategyModel, Record<KraljicQuadrant, Bilingual>>;

/** The selling modes of slide 64, each with its seller profile. */
export type SellingMode = "transactional" | "consultative" | "enterprise";

/** The selling mode (Rackham) of each quadrant, which decides the seller profile (course 003 slides 47 and 64). */
export const SELLING_MODE = {
  routine: "transactional",
  leverage: "consultative",
  bottleneck: "consultative",
  partner: "enterprise",
} as const satisfies Record<KraljicQuadrant, SellingMode>;

/**
 * The traits of each seller profile (course 003 slide 64; docs/models.md §6.3): orientation, role, horizon and skills.
 * models.md gives them in English only; the Dutch is our translation in the course's plain wording.
 */
export const SELLER_TRAITS = {
  transactional: [
    { en: "Transaction oriented", nl: "Transactiegericht" },
    { en: "Individualist", nl: "Individualist" },
    { en: "Short-term", nl: "Korte termijn" },
    { en: "Sales skills", nl: "Verkoopvaardigheden" },
  ],
  consultative: [
    { en: "Process oriented", nl: "Procesgericht" },
    { en: "Team player", nl: "Teamspeler" },
    { en: "Long-term", nl: "Lange termijn" },
    { en: "Advisory skills", nl: "Adviesvaardigheden" },
  ],
  enterprise: [
    { en: "Organisation oriented", nl: "Organisatiegericht" },
    { en: "Leader", nl: "Leider" },
    { en: "Long-term", nl: "Lange termijn" },
    { en: "Management skills", nl: "Managementvaardigheden" },
  ],
} as const satisfies Record<SellingMode, readonly Bilingual[]>;
