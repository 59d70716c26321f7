import type { Bilingual } from "../lang";

/** Jones & Sasser's three satisfaction zones (models.md §7). */
export const ZONE_LABELS = {
  defection: { en: "Zone of defection", nl: "Wegloopzone" },
  indifference: { en: "Zone of indifference", nl: "Zone van onverschilligheid" },
  affection: { en: "Zone of affection", nl: "Zone van affectie" },
} as const satisfies Record<string, Bilingual>;

/** Jones & Sasser's four customer types on satisfaction × loyalty (models.md §7). */
export const TYPE_LABELS = {
  apostle: { en: "Apostle", nl: "Apostel" },
  mercenary: { en: "Mercenary", nl: "Huurling" },
  hostage: { en: "Hostage", nl: "Gijzelaar" },
  terrorist: { en: "Terrorist", nl: "Terrorist" },
} as const satisfies Record<string, Bilingual>;

/** A zone. */
export type Zone = keyof typeof ZONE_LABELS;
/** A customer type. */
export type LoyaltyType = keyof typeof TYPE_LABELS;
