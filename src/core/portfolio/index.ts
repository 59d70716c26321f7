/**
 * The key-account portfolio (McDonald & Woodburn 2007; models.md §6): account attractiveness ×
 * our relative strength gives Strategic, Star, Status or Streamline.
 *
 * @module
 */
import { mapEach, type OutCell } from "../cells";
import { isFail, readLang } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { isBadScale, readScale, readScore, scaleCut } from "../scale";
import { PORTFOLIO_LABELS, type PortfolioQuadrant } from "./labels";

export { PORTFOLIO_LABELS, type PortfolioQuadrant } from "./labels";

/** Default cut-off 3 on both 1–5 axes. */
export const PORTFOLIO_DEFAULTS = { attractivenessCut: 3, strengthCut: 3 } as const;

/**
 * The quadrant of an account; a cut is the lowest "high" value (ties go high).
 *
 * @example
 * portfolioQuadrant(4, 2); // "star"
 * portfolioQuadrant(2, 4); // "status"
 */
export function portfolioQuadrant(
  attractiveness: number,
  strength: number,
  attractivenessCut: number = PORTFOLIO_DEFAULTS.attractivenessCut,
  strengthCut: number = PORTFOLIO_DEFAULTS.strengthCut,
): PortfolioQuadrant {
  const a = attractiveness >= attractivenessCut;
  const s = strength >= strengthCut;
  if (a) return s ? "strategic" : "star";
  return s ? "status" : "streamline";
}

/**
 * `KAM.PORTFOLIO(attractiveness, strength, [attractivenessCut], [strengthCut], [lang], [scale])`,
 * element-wise. Scores are on `scale` (default 1–5); the default cuts move onto it, given ones are on it.
 *
 * @example
 * PORTFOLIO.compute([[5], [1]], [[5]], undefined, undefined, [["nl"]]); // [["Strategisch"], ["Status"]]
 * PORTFOLIO.compute([[4.9]], [[5]], undefined, undefined, undefined, [["0-10"]]); // [["Status"]]
 */
export const PORTFOLIO = defineFunction({
  id: "PORTFOLIO",
  params: [
    { name: "attractiveness", kind: "each" },
    { name: "strength", kind: "each" },
    { name: "attractivenessCut", kind: "each", optional: true },
    { name: "strengthCut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (attractiveness, strength, attractivenessCut, strengthCut, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(
      ["attractiveness", "strength", "attractivenessCut", "strengthCut", "lang"],
      [attractiveness, strength, attractivenessCut, strengthCut, lang],
      ([av, sv, ac, sc, l], r): OutCell => {
        if (isBadScale(scale)) return scale;
        const row = r + 1;
        const language = readLang(l, ["lang", row]);
        if (isFail(language)) return language;
        const aCut = scaleCut(ac, PORTFOLIO_DEFAULTS.attractivenessCut, scale, ["attractivenessCut", row]);
        if (isFail(aCut)) return aCut;
        const sCut = scaleCut(sc, PORTFOLIO_DEFAULTS.strengthCut, scale, ["strengthCut", row]);
        if (isFail(sCut)) return sCut;
        const a = readScore(av, scale, ["attractiveness", row]);
        if (isFail(a)) return a;
        const s = readScore(sv, scale, ["strength", row]);
        if (isFail(s)) return s;
        return PORTFOLIO_LABELS[portfolioQuadrant(a, s, aCut, sCut)][language];
      },
    );
  },
});
