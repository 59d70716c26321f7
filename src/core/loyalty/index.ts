/**
 * Satisfaction and loyalty (Jones & Sasser, HBR 1995; models.md §7): the satisfaction gap, the
 * three zones on the satisfaction scale, and the four types on satisfaction × loyalty.
 *
 * @module
 */
import { mapEach, type OutCell } from "../cells";
import { isFail, readLang, readNumber } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import { isBadScale, readScale, readScore, scaleCut } from "../scale";
import { TYPE_LABELS, ZONE_LABELS, type LoyaltyType, type Zone } from "./labels";

export { TYPE_LABELS, ZONE_LABELS, type LoyaltyType, type Zone } from "./labels";

/** Default zone boundaries **[choice]** on the 1–5 scale: indifference from 2.5, affection from 4.5. */
export const ZONE_DEFAULTS = { indifferenceFrom: 2.5, affectionFrom: 4.5 } as const;
/** Default cut on both 1–5 axes for the customer type **[choice]**. */
export const TYPE_DEFAULTS = { satisfactionCut: 3.5, loyaltyCut: 3.5 } as const;

/**
 * The satisfaction gap: experience − expectation. Negative means disappointed.
 *
 * @example
 * satisfactionGap(4, 3); // 1
 */
export function satisfactionGap(experience: number, expectation: number): number {
  return experience - expectation;
}

/**
 * The zone of a satisfaction score. A boundary is the lowest value of the higher zone (ties go up).
 *
 * @example
 * loyaltyZone(2); // "defection"
 * loyaltyZone(4.5); // "affection"
 */
export function loyaltyZone(
  satisfaction: number,
  indifferenceFrom: number = ZONE_DEFAULTS.indifferenceFrom,
  affectionFrom: number = ZONE_DEFAULTS.affectionFrom,
): Zone {
  if (satisfaction >= affectionFrom) return "affection";
  if (satisfaction >= indifferenceFrom) return "indifference";
  return "defection";
}

/**
 * The customer type on satisfaction × loyalty; a cut is the lowest "high" value.
 *
 * @example
 * loyaltyType(5, 5); // "apostle"
 * loyaltyType(5, 2); // "mercenary"
 */
export function loyaltyType(
  satisfaction: number,
  loyalty: number,
  satisfactionCut: number = TYPE_DEFAULTS.satisfactionCut,
  loyaltyCut: number = TYPE_DEFAULTS.loyaltyCut,
): LoyaltyType {
  const s = satisfaction >= satisfactionCut;
  const l = loyalty >= loyaltyCut;
  if (s) return l ? "apostle" : "mercenary";
  return l ? "hostage" : "terrorist";
}

/**
 * `KAM.SATISFACTION(experience, expectation)`: the gap per cell.
 *
 * @example
 * SATISFACTION.compute([[4], [2]], [[3]]); // [[1], [-1]]
 */
export const SATISFACTION = defineFunction({
  id: "SATISFACTION",
  params: [
    { name: "experience", kind: "each" },
    { name: "expectation", kind: "each" },
  ],
  compute: (experience, expectation) =>
    mapEach(["experience", "expectation"], [experience, expectation], ([e, x], r): OutCell => {
      const ex = readNumber(e, ["experience", r + 1]);
      if (isFail(ex)) return ex;
      const xp = readNumber(x, ["expectation", r + 1]);
      if (isFail(xp)) return xp;
      const gap = satisfactionGap(ex, xp);
      return Number.isFinite(gap) ? gap : issue("not_finite", ["experience", r + 1], { value: String(gap) });
    }),
});

/**
 * `KAM.LOYALTYZONE(satisfaction, [indifferenceFrom], [affectionFrom], [lang], [scale])`. Scores are on
 * `scale` (default 1–5, docs/models.md §1.1); the default boundaries move onto it, given ones are on it.
 *
 * @example
 * LOYALTYZONE.compute([[1], [3], [5]], undefined, undefined, undefined);
 * // [["Zone of defection"], ["Zone of indifference"], ["Zone of affection"]]
 * LOYALTYZONE.compute([[9]], undefined, undefined, undefined, [["0-10"]]); // [["Zone of affection"]]
 */
export const LOYALTYZONE = defineFunction({
  id: "LOYALTYZONE",
  params: [
    { name: "satisfaction", kind: "each" },
    { name: "indifferenceFrom", kind: "each", optional: true },
    { name: "affectionFrom", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (satisfaction, indifferenceFrom, affectionFrom, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(
      ["satisfaction", "indifferenceFrom", "affectionFrom", "lang"],
      [satisfaction, indifferenceFrom, affectionFrom, lang],
      ([s, i, a, l], r): OutCell => {
        if (isBadScale(scale)) return scale;
        const row = r + 1;
        const language = readLang(l, ["lang", row]);
        if (isFail(language)) return language;
        const low = scaleCut(i, ZONE_DEFAULTS.indifferenceFrom, scale, ["indifferenceFrom", row]);
        if (isFail(low)) return low;
        const high = scaleCut(a, ZONE_DEFAULTS.affectionFrom, scale, ["affectionFrom", row]);
        if (isFail(high)) return high;
        if (low > high) {
          return issue("cut_order", ["indifferenceFrom", row], { low: "indifferenceFrom", high: "affectionFrom" });
        }
        const value = readScore(s, scale, ["satisfaction", row]);
        if (isFail(value)) return value;
        return ZONE_LABELS[loyaltyZone(value, low, high)][language];
      },
    );
  },
});

/**
 * `KAM.LOYALTYTYPE(satisfaction, loyalty, [satisfactionCut], [loyaltyCut], [lang], [scale])`. Both
 * scores are on `scale` (default 1–5); the default cuts move onto it, given ones are on it.
 *
 * @example
 * LOYALTYTYPE.compute([[5]], [[1]], undefined, undefined, [["nl"]]); // [["Huurling"]]
 * LOYALTYTYPE.compute([[6]], [[5]], undefined, undefined, undefined, [["1-7"]]); // [["Apostle"]]
 */
export const LOYALTYTYPE = defineFunction({
  id: "LOYALTYTYPE",
  params: [
    { name: "satisfaction", kind: "each" },
    { name: "loyalty", kind: "each" },
    { name: "satisfactionCut", kind: "each", optional: true },
    { name: "loyaltyCut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (satisfaction, loyalty, satisfactionCut, loyaltyCut, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(
      ["satisfaction", "loyalty", "satisfactionCut", "loyaltyCut", "lang"],
      [satisfaction, loyalty, satisfactionCut, loyaltyCut, lang],
      ([s, y, sc, yc, l], r): OutCell => {
        if (isBadScale(scale)) return scale;
        const row = r + 1;
        const language = readLang(l, ["lang", row]);
        if (isFail(language)) return language;
        const sCut = scaleCut(sc, TYPE_DEFAULTS.satisfactionCut, scale, ["satisfactionCut", row]);
        if (isFail(sCut)) return sCut;
        const yCut = scaleCut(yc, TYPE_DEFAULTS.loyaltyCut, scale, ["loyaltyCut", row]);
        if (isFail(yCut)) return yCut;
        const sat = readScore(s, scale, ["satisfaction", row]);
        if (isFail(sat)) return sat;
        const loy = readScore(y, scale, ["loyalty", row]);
        if (isFail(loy)) return loy;
        return TYPE_LABELS[loyaltyType(sat, loy, sCut, yCut)][language];
      },
    );
  },
});
