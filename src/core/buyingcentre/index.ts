/**
 * The buying centre (Miller Heiman; models.md §9; course 003 slides 92–112): the response mode of a
 * buying influence, the order chance it gives, and the situation assessment (stance).
 *
 * @module
 */
import { isBlank, isSheetError, mapEach, type Cell, type OutCell } from "../cells";
import { isFail, readLang, readNumber, readOptionalNumber, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import type { Bilingual } from "../lang";
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
 * The response mode from perceived reality against desired results: above → overconfident, equal →
 * even keel, below with a falling trend (trend < 0) → trouble, otherwise growth.
 *
 * @example
 * responseMode(3, 4); // "growth"
 * responseMode(3, 4, -1); // "trouble"
 * responseMode(4, 4); // "evenKeel"
 */
export function responseMode(perceived: number, desired: number, trend?: number): ResponseMode {
  if (perceived > desired) return "overconfident";
  if (perceived === desired) return "evenKeel";
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

/** Extra spellings accepted for an influence, from the course slides. */
const INFLUENCE_ALIASES: Readonly<Record<string, Influence>> = {
  economische: "economic",
  technische: "technical",
  technic: "technical",
};

/** Reads a label (English or Dutch, any case) of a table, with extra spellings. */
function readLabel<K extends string>(
  cell: Cell | undefined,
  table: Readonly<Record<K, Bilingual>>,
  aliases: Readonly<Record<string, K>>,
  path: Path,
): K | Fail {
  if (isBlank(cell)) return issue("blank", path);
  if (isSheetError(cell)) return cell;
  const text = String(cell).trim().toLowerCase();
  const keys = Object.keys(table) as K[];
  const found =
    keys.find((k) => table[k].en.toLowerCase() === text || table[k].nl.toLowerCase() === text) ?? aliases[text];
  return (
    found ?? issue("unknown_label", path, { value: String(cell), allowed: keys.map((k) => table[k].en).join(", ") })
  );
}

/**
 * `KAM.RESPONSEMODE(perceived, desired, [trend], [lang])`: Growth, Trouble, Even keel or Overconfident
 * per influence. `trend` is the direction of the perceived reality (negative: it fell); omitted or
 * blank means no fall.
 *
 * @example
 * RESPONSEMODE.compute([[3], [3], [4], [5]], [[4]], [[0], [-1], [0], [0]], undefined);
 * // [["Growth"], ["Trouble"], ["Even keel"], ["Overconfident"]]
 */
export const RESPONSEMODE = defineFunction({
  id: "RESPONSEMODE",
  params: [
    { name: "perceived", kind: "each" },
    { name: "desired", kind: "each" },
    { name: "trend", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (perceived, desired, trend, lang) =>
    mapEach(
      ["perceived", "desired", "trend", "lang"],
      [perceived, desired, trend, lang],
      ([p, d, t, l], r, c): OutCell => {
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
        return MODE_LABELS[responseMode(real, wish, direction)][language];
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
 * `KAM.STANCE(businessInterest, personalGain, riskPerception, [riskCut], [lang])`: Supporter, Cautious
 * supporter, Constructive critic or Opponent per influence.
 *
 * @example
 * STANCE.compute([[2], [2], [-1]], [[1], [-3], [-1]], [[4], [2], [2]], undefined, undefined);
 * // [["Cautious supporter"], ["Constructive critic"], ["Opponent"]]
 */
export const STANCE = defineFunction({
  id: "STANCE",
  params: [
    { name: "businessInterest", kind: "each" },
    { name: "personalGain", kind: "each" },
    { name: "riskPerception", kind: "each" },
    { name: "riskCut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (businessInterest, personalGain, riskPerception, riskCut, lang) =>
    mapEach(
      ["businessInterest", "personalGain", "riskPerception", "riskCut", "lang"],
      [businessInterest, personalGain, riskPerception, riskCut, lang],
      ([b, g, k, kc, l], r, c): OutCell => {
        const at = [r + 1, c + 1] as const;
        const language = readLang(l, ["lang", ...at]);
        if (isFail(language)) return language;
        const cut = readOptionalNumber(kc, STANCE_DEFAULTS.riskCut, ["riskCut", ...at]);
        if (isFail(cut)) return cut;
        const business = readNumber(b, ["businessInterest", ...at]);
        if (isFail(business)) return business;
        const personal = readNumber(g, ["personalGain", ...at]);
        if (isFail(personal)) return personal;
        const risk = readNumber(k, ["riskPerception", ...at]);
        if (isFail(risk)) return risk;
        return STANCE_LABELS[stance(business, personal, risk, cut)][language];
      },
    ),
});
