/**
 * Whitney's customer qualification (HBR 1996; course 003 slide 34; models.md §3): three yes/no
 * judgements (strategic, significant, profitable) give one of eight actions.
 *
 * @module
 */
import { mapEach, type OutCell } from "../cells";
import { isFail, readBoolean, readLang } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { WHITNEY_LABELS, type WhitneyAction } from "./labels";

export { WHITNEY_LABELS, type WhitneyAction } from "./labels";

/**
 * The action for three judgements.
 *
 * @example
 * whitneyAction(true, true, false); // "yyn"
 * WHITNEY_LABELS[whitneyAction(false, false, false)].en; // "Outsource to the main competitor"
 */
export function whitneyAction(strategic: boolean, significant: boolean, profitable: boolean): WhitneyAction {
  return `${strategic ? "y" : "n"}${significant ? "y" : "n"}${profitable ? "y" : "n"}` as WhitneyAction;
}

/**
 * `KAM.WHITNEY(strategic, significant, profitable, [lang])`, element-wise. Each judgement may be
 * TRUE/FALSE, 1/0, yes/no or ja/nee (any case).
 *
 * @example
 * WHITNEY.compute([[true]], [["ja"]], [[0]], undefined);
 * // [["Improve profitability: change the mix of service, delivery, price"]]
 */
export const WHITNEY = defineFunction({
  id: "WHITNEY",
  params: [
    { name: "strategic", kind: "each" },
    { name: "significant", kind: "each" },
    { name: "profitable", kind: "each" },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (strategic, significant, profitable, lang) =>
    mapEach(
      ["strategic", "significant", "profitable", "lang"],
      [strategic, significant, profitable, lang],
      ([st, si, pr, l], r): OutCell => {
        const row = r + 1;
        const language = readLang(l, ["lang", row]);
        if (isFail(language)) return language;
        const a = readBoolean(st, ["strategic", row]);
        if (isFail(a)) return a;
        const b = readBoolean(si, ["significant", row]);
        if (isFail(b)) return b;
        const c = readBoolean(pr, ["profitable", row]);
        if (isFail(c)) return c;
        return WHITNEY_LABELS[whitneyAction(a, b, c)][language];
      },
    ),
});
