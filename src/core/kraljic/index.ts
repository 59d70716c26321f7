/**
 * The customer's purchasing portfolio (Kraljic, HBR 1983) as the supplier sees it, and the
 * matching supplier strategies of Stewart, Rackham and Holden (course 003 slides 43–51; models.md §5).
 *
 * @module
 */
import { isBlank, isSheetError, mapEach, type Cell, type OutCell } from "../cells";
import { isFail, readLang, readOption, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import { LANGS } from "../lang";
import { isBadScale, readScale, readScore, scaleCut } from "../scale";
import { KRALJIC_LABELS, STRATEGY_LABELS, STRATEGY_MODELS, type KraljicQuadrant } from "./labels";

export {
  KRALJIC_LABELS,
  SELLER_TRAITS,
  SELLING_MODE,
  STRATEGY_LABELS,
  STRATEGY_MODELS,
  type KraljicQuadrant,
  type SellingMode,
  type StrategyModel,
} from "./labels";

/** Default cut-off 3 on both 1–5 axes (models.md §5). */
export const KRALJIC_DEFAULTS = { impactCut: 3, difficultyCut: 3 } as const;

/**
 * The quadrant of an offer: impact on the customer's result × difficulty of replacement; a cut
 * is the lowest "high" value (ties go high).
 *
 * @example
 * kraljicQuadrant(4, 1); // "leverage"
 * kraljicQuadrant(1, 4); // "bottleneck"
 */
export function kraljicQuadrant(
  impact: number,
  difficulty: number,
  impactCut: number = KRALJIC_DEFAULTS.impactCut,
  difficultyCut: number = KRALJIC_DEFAULTS.difficultyCut,
): KraljicQuadrant {
  const i = impact >= impactCut;
  const d = difficulty >= difficultyCut;
  if (i) return d ? "partner" : "leverage";
  return d ? "bottleneck" : "routine";
}

const QUADRANT_BY_NAME: ReadonlyMap<string, KraljicQuadrant> = new Map<string, KraljicQuadrant>([
  ...(Object.keys(KRALJIC_LABELS) as KraljicQuadrant[]).flatMap((q) =>
    LANGS.map((lang): [string, KraljicQuadrant] => [KRALJIC_LABELS[q][lang].toLowerCase(), q]),
  ),
  ["strategic", "partner"],
  ["strategisch", "partner"],
]);

const QUADRANT_NAMES = [...new Set(LANGS.flatMap((lang) => Object.values(KRALJIC_LABELS).map((l) => l[lang])))].join(
  ", ",
);

/**
 * A quadrant label in English or Dutch, any case (and Kraljic's own "Strategic", in Dutch
 * "Strategisch", for Partner: docs/models.md §6.1).
 *
 * @example
 * readQuadrant("hefboom", ["quadrant", 1]); // "leverage"
 * readQuadrant("Strategic", ["quadrant", 1]); // "partner"
 * readQuadrant("strategisch", ["quadrant", 1]); // "partner"
 */
export function readQuadrant(cell: Cell | undefined, path: Path): KraljicQuadrant | Fail {
  if (isBlank(cell)) return issue("blank", path);
  if (isSheetError(cell)) return cell;
  if (typeof cell !== "string") return issue("not_text", path, { value: String(cell) });
  return (
    QUADRANT_BY_NAME.get(cell.trim().toLowerCase()) ??
    issue("unknown_label", path, { value: cell, allowed: QUADRANT_NAMES })
  );
}

/**
 * `KAM.KRALJIC(impact, difficulty, [impactCut], [difficultyCut], [lang], [scale])`, element-wise. Scores
 * are on `scale` (default 1–5, docs/models.md §1.1); the default cuts move onto it, given ones are on it.
 *
 * @example
 * KRALJIC.compute([[1], [5]], [[1], [5]], undefined, undefined, undefined); // [["Routine"], ["Partner"]]
 * KRALJIC.compute([[5]], [[4.9]], undefined, undefined, undefined, [["0-10"]]); // [["Leverage"]]
 */
export const KRALJIC = defineFunction({
  id: "KRALJIC",
  params: [
    { name: "impact", kind: "each" },
    { name: "difficulty", kind: "each" },
    { name: "impactCut", kind: "each", optional: true },
    { name: "difficultyCut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (impact, difficulty, impactCut, difficultyCut, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(
      ["impact", "difficulty", "impactCut", "difficultyCut", "lang"],
      [impact, difficulty, impactCut, difficultyCut, lang],
      ([iv, dv, ic, dc, l], r): OutCell => {
        if (isBadScale(scale)) return scale;
        const row = r + 1;
        const language = readLang(l, ["lang", row]);
        if (isFail(language)) return language;
        const iCut = scaleCut(ic, KRALJIC_DEFAULTS.impactCut, scale, ["impactCut", row]);
        if (isFail(iCut)) return iCut;
        const dCut = scaleCut(dc, KRALJIC_DEFAULTS.difficultyCut, scale, ["difficultyCut", row]);
        if (isFail(dCut)) return dCut;
        const i = readScore(iv, scale, ["impact", row]);
        if (isFail(i)) return i;
        const d = readScore(dv, scale, ["difficulty", row]);
        if (isFail(d)) return d;
        return KRALJIC_LABELS[kraljicQuadrant(i, d, iCut, dCut)][language];
      },
    );
  },
});

/**
 * `KAM.SUPPLIERSTRATEGY(quadrant, [model], [lang])`, element-wise: the supplier strategy that
 * matches a Kraljic quadrant under Stewart (default), Rackham's selling mode (`rackham`),
 * Rackham's buying behaviour (`buying`), Holden's buying pattern (`holden`) or the seller profile to put on
 * the account (`seller`, slide 64: Star salesman, Relationship manager, Network manager).
 *
 * @example
 * SUPPLIERSTRATEGY.compute([["Hefboom"], ["Partner"]], [["rackham"]], undefined);
 * // [["Consultative selling"], ["Enterprise selling"]]
 * SUPPLIERSTRATEGY.compute([["Routine"], ["Partner"]], [["seller"]], [["nl"]]);
 * // [["Sterverkoper"], ["Netwerkmanager"]]
 */
export const SUPPLIERSTRATEGY = defineFunction({
  id: "SUPPLIERSTRATEGY",
  params: [
    { name: "quadrant", kind: "each" },
    { name: "model", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (quadrant, model, lang) =>
    mapEach(["quadrant", "model", "lang"], [quadrant, model, lang], ([qv, mv, l], r): OutCell => {
      const row = r + 1;
      const language = readLang(l, ["lang", row]);
      if (isFail(language)) return language;
      const m = readOption(mv, STRATEGY_MODELS, "stewart", ["model", row]);
      if (isFail(m)) return m;
      const q = readQuadrant(qv, ["quadrant", row]);
      if (isFail(q)) return q;
      return STRATEGY_LABELS[m][q][language];
    }),
});
