/**
 * The buying centre (Miller Heiman; models.md §9; course 003 slides 92–112): the response mode of a
 * buying influence, the order chance it gives, and the situation assessment (stance).
 *
 * @module
 */
import { isBlank, mapEach, type OutCell } from "../cells";
import { isFail, readLang, readNumber, readOptionalNumber } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import { isBadScale, readScale, readScore, scaleCut } from "../scale";
import {
  ADVICE_LABELS,
  INFLUENCE_LABELS,
  MODE_LABELS,
  STANCE_LABELS,
  type Advice,
  type Influence,
  type ResponseMode,
  type Stance,
} from "./labels";
export { REDFLAGS, RED_FLAGS, redFlags, type BuyingInfluence } from "./redflags";
export { NO_RED_FLAGS_LABEL, RED_FLAG_LABELS, UNKNOWN_MODE_LABEL, type RedFlag } from "./labels";
import { INFLUENCE_ALIASES, readLabel } from "./read";

export {
  ADVICE_LABELS,
  INFLUENCE_LABELS,
  MODE_LABELS,
  STANCE_LABELS,
  type Advice,
  type Influence,
  type ResponseMode,
  type Stance,
} from "./labels";

/** Default risk-perception cut of `KAM.STANCE` **[choice]**: from 3.5 on the 1–5 scale a supporter is cautious. */
export const STANCE_DEFAULTS = { riskCut: 3.5 } as const;

/**
 * Default tolerance of `KAM.RESPONSEMODE` **[choice]**: 0, so only an exact match of perceived reality
 * and desired results is even keel (the course's "discrepantie nihil", 003 slide 102).
 */
export const RESPONSEMODE_DEFAULTS = { tolerance: 0 } as const;

/**
 * The response mode from perceived reality against desired results: within `tolerance` of the desired
 * result (on either side) → even keel; above → overconfident; below with a falling trend (trend < 0) →
 * trouble, otherwise growth. A positive tolerance allows for rounding (10⁻⁹ of it), so that 3.9
 * against 4 is within 0.1.
 *
 * @example
 * responseMode(3, 4); // "growth"
 * responseMode(3, 4, -1); // "trouble"
 * responseMode(4, 4); // "evenKeel"
 * responseMode(3.9, 4, 0, 0.2); // "evenKeel"
 */
export function responseMode(
  perceived: number,
  desired: number,
  trend?: number,
  tolerance: number = RESPONSEMODE_DEFAULTS.tolerance,
): ResponseMode {
  if (perceived === desired || Math.abs(perceived - desired) <= tolerance * (1 + 1e-9)) return "evenKeel";
  if (perceived > desired) return "overconfident";
  return trend !== undefined && trend < 0 ? "trouble" : "growth";
}

/**
 * The advice for an influence in a response mode (models.md §9 [choice]): growth or trouble is an
 * order chance; even keel is none with the economic influence and "work through the economic
 * influence" with the others; overconfident is no order chance: wait.
 *
 * @example
 * orderChance("technical", "evenKeel"); // "workThroughEconomic"
 */
export function orderChance(influence: Influence, mode: ResponseMode): Advice {
  switch (mode) {
    case "growth":
    case "trouble":
      return "orderChance";
    case "evenKeel":
      return influence === "economic" ? "noOrderChance" : "workThroughEconomic";
    case "overconfident":
      return "wait";
  }
}

/**
 * The stance of an influence (models.md §9 [choice]): business interest and personal gain on −5…+5,
 * positive meaning > 0; both positive → supporter, or cautious supporter when risk perception ≥ the
 * cut; exactly one positive → constructive critic; neither → opponent.
 *
 * @example
 * stance(2, 1, 2); // "supporter"
 * stance(2, 1, 4); // "cautiousSupporter"
 * stance(2, -1, 1); // "constructiveCritic"
 */
export function stance(
  businessInterest: number,
  personalGain: number,
  riskPerception: number,
  riskCut: number = STANCE_DEFAULTS.riskCut,
): Stance {
  const business = businessInterest > 0;
  const personal = personalGain > 0;
  if (business && personal) return riskPerception >= riskCut ? "cautiousSupporter" : "supporter";
  return business || personal ? "constructiveCritic" : "opponent";
}

/**
 * `KAM.RESPONSEMODE(perceived, desired, [trend], [lang], [tolerance])`: Growth, Trouble, Even keel or
 * Overconfident per influence. `trend` is the direction of the perceived reality (negative: it fell);
 * omitted or blank means no fall. `tolerance` **[choice]** is how far from the desired result still
 * counts as even keel (default 0: only an exact match); it must not be negative.
 *
 * @example
 * RESPONSEMODE.compute([[3], [3], [4], [5]], [[4]], [[0], [-1], [0], [0]], undefined);
 * // [["Growth"], ["Trouble"], ["Even keel"], ["Overconfident"]]
 * RESPONSEMODE.compute([[3.9]], [[4]], undefined, undefined, [[0.2]]); // [["Even keel"]]
 */
export const RESPONSEMODE = defineFunction({
  id: "RESPONSEMODE",
  params: [
    { name: "perceived", kind: "each" },
    { name: "desired", kind: "each" },
    { name: "trend", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "tolerance", kind: "each", optional: true },
  ],
  compute: (perceived, desired, trend, lang, tolerance) =>
    mapEach(
      ["perceived", "desired", "trend", "lang", "tolerance"],
      [perceived, desired, trend, lang, tolerance],
      ([p, d, t, l, tol], r, c): OutCell => {
        const at = [r + 1, c + 1] as const;
        const language = readLang(l, ["lang", ...at]);
        if (isFail(language)) return language;
        const real = readNumber(p, ["perceived", ...at]);
        if (isFail(real)) return real;
        const wish = readNumber(d, ["desired", ...at]);
        if (isFail(wish)) return wish;
        let direction: number | undefined;
        if (!isBlank(t)) {
          const read = readNumber(t, ["trend", ...at]);
          if (isFail(read)) return read;
          direction = read;
        }
        const slack = readOptionalNumber(tol, RESPONSEMODE_DEFAULTS.tolerance, ["tolerance", ...at]);
        if (isFail(slack)) return slack;
        if (slack < 0) return issue("negative", ["tolerance", ...at], { value: slack });
        return MODE_LABELS[responseMode(real, wish, direction, slack)][language];
      },
    ),
});

/**
 * `KAM.ORDERCHANCE(influence, responseMode, [lang])`: the advice of models.md §9 for an influence
 * (economic, technical, user, coach; English or Dutch) in a response mode (a label of
 * `KAM.RESPONSEMODE`).
 *
 * @example
 * ORDERCHANCE.compute([["Economic"], ["User"]], [["Even keel"]], undefined);
 * // [["No order chance"], ["Work through the economic influence"]]
 */
export const ORDERCHANCE = defineFunction({
  id: "ORDERCHANCE",
  params: [
    { name: "influence", kind: "each" },
    { name: "responseMode", kind: "each" },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (influence, mode, lang) =>
    mapEach(["influence", "responseMode", "lang"], [influence, mode, lang], ([i, m, l], r, c): OutCell => {
      const at = [r + 1, c + 1] as const;
      const language = readLang(l, ["lang", ...at]);
      if (isFail(language)) return language;
      const who = readLabel(i, INFLUENCE_LABELS, INFLUENCE_ALIASES, ["influence", ...at]);
      if (isFail(who)) return who;
      const how = readLabel(m, MODE_LABELS, {}, ["responseMode", ...at]);
      if (isFail(how)) return how;
      return ADVICE_LABELS[orderChance(who, how)][language];
    }),
});

/**
 * `KAM.STANCE(businessInterest, personalGain, riskPerception, [riskCut], [lang], [scale])`: Supporter,
 * Cautious supporter, Constructive critic or Opponent per influence. Risk perception is on `scale`
 * (default 1–5); the default cut moves onto it, a given one is on it. Business interest and personal
 * gain are signed (−5…+5: only their sign counts), so the scale does not apply to them.
 *
 * @example
 * STANCE.compute([[2], [2], [-1]], [[1], [-3], [-1]], [[4], [2], [2]], undefined, undefined);
 * // [["Cautious supporter"], ["Constructive critic"], ["Opponent"]]
 * STANCE.compute([[2]], [[1]], [[7]], undefined, undefined, [["1-10"]]); // [["Cautious supporter"]]
 */
export const STANCE = defineFunction({
  id: "STANCE",
  params: [
    { name: "businessInterest", kind: "each" },
    { name: "personalGain", kind: "each" },
    { name: "riskPerception", kind: "each" },
    { name: "riskCut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (businessInterest, personalGain, riskPerception, riskCut, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(
      ["businessInterest", "personalGain", "riskPerception", "riskCut", "lang"],
      [businessInterest, personalGain, riskPerception, riskCut, lang],
      ([b, g, k, kc, l], r, c): OutCell => {
        if (isBadScale(scale)) return scale;
        const at = [r + 1, c + 1] as const;
        const language = readLang(l, ["lang", ...at]);
        if (isFail(language)) return language;
        const cut = scaleCut(kc, STANCE_DEFAULTS.riskCut, scale, ["riskCut", ...at]);
        if (isFail(cut)) return cut;
        const business = readNumber(b, ["businessInterest", ...at]);
        if (isFail(business)) return business;
        const personal = readNumber(g, ["personalGain", ...at]);
        if (isFail(personal)) return personal;
        const risk = readScore(k, scale, ["riskPerception", ...at]);
        if (isFail(risk)) return risk;
        return STANCE_LABELS[stance(business, personal, risk, cut)][language];
      },
    );
  },
});
