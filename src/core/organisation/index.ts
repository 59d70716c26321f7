/**
 * The organisation (models.md §10; course 000 slides 6–18): readiness for key account management as
 * breadth × depth, and the level of the account management system.
 *
 * @module
 */
import { mapEach, type OutCell } from "../cells";
import { isFail, readBoolean, readLang } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { isBadScale, readScale, readScore, scaleCut } from "../scale";
import { LEVEL_LABELS, READINESS_LABELS, type AmLevel, type Readiness } from "./labels";

export {
  AMNEED_LABELS,
  DISCIPLINE_LABELS,
  DIVISION_LABELS,
  LEVEL_LABELS,
  READINESS_LABELS,
  type AmLevel,
  type Discipline,
  type Readiness,
} from "./labels";
export {
  ACCOUNTDIVISION,
  AMNEED,
  ASSESSMENT_DEFAULTS,
  DISCIPLINES,
  DIVISION_QUESTIONS,
  VALUEDISCIPLINE,
  accountDivision,
  amNeed,
  valueDiscipline,
  type AmNeed,
} from "./assessment";

/** Default cut on both 1–5 axes of `KAM.READINESS` **[choice]**: 3 and up is high. */
export const READINESS_DEFAULTS = { cut: 3 } as const;

/**
 * The readiness situation: low/low no commitment, high breadth/low depth lip service, low
 * breadth/high depth a few key accounts (an experiment), high/high fully committed. A value equal to
 * the cut is high.
 *
 * @example
 * readiness(4, 2); // "lipService"
 * readiness(3, 3); // "fullyCommitted"
 */
export function readiness(breadth: number, depth: number, cut: number = READINESS_DEFAULTS.cut): Readiness {
  const broad = breadth >= cut;
  const deep = depth >= cut;
  if (broad) return deep ? "fullyCommitted" : "lipService";
  return deep ? "experiment" : "noCommitment";
}

/** The five questions of the level decision (course 000 slide 15). */
export interface LevelAnswers {
  readonly divisionsShareAccounts: boolean;
  readonly jointDivisionsWanted: boolean;
  readonly centralBuying: boolean;
  readonly unitsShareAccounts: boolean;
  readonly jointUnitsWanted: boolean;
}

/**
 * The level of the account management system: corporate when divisions share accounts and buying
 * centres, joint management of divisions is wanted and the customer buys centrally; otherwise
 * division when business units share accounts and buying centres and joint management is wanted;
 * otherwise business unit.
 *
 * @example
 * amLevel({ divisionsShareAccounts: true, jointDivisionsWanted: true, centralBuying: false,
 *   unitsShareAccounts: true, jointUnitsWanted: true }); // "division"
 */
export function amLevel(a: LevelAnswers): AmLevel {
  if (a.divisionsShareAccounts && a.jointDivisionsWanted && a.centralBuying) return "corporate";
  if (a.unitsShareAccounts && a.jointUnitsWanted) return "division";
  return "businessUnit";
}

/**
 * `KAM.READINESS(breadth, depth, [cut], [lang], [scale])`: the readiness situation per row. Breadth and
 * depth are on `scale` (default 1–5); the default cut moves onto it, a given one is on it.
 *
 * @example
 * READINESS.compute([[4.9]], [[4.9]], undefined, undefined, [["0-10"]]); // [["No commitment: all customers alike"]]
 * READINESS.compute([[1], [5]], [[1], [5]], undefined, undefined);
 * // [["No commitment: all customers alike"], ["Fully committed with matching resources"]]
 */
export const READINESS = defineFunction({
  id: "READINESS",
  params: [
    { name: "breadth", kind: "each" },
    { name: "depth", kind: "each" },
    { name: "cut", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
    { name: "scale", kind: "range", optional: true },
  ],
  compute: (breadth, depth, cut, lang, scaleArg) => {
    const scale = readScale(scaleArg, "scale");
    return mapEach(["breadth", "depth", "cut", "lang"], [breadth, depth, cut, lang], ([b, d, k, l], r, c): OutCell => {
      if (isBadScale(scale)) return scale;
      const at = [r + 1, c + 1] as const;
      const language = readLang(l, ["lang", ...at]);
      if (isFail(language)) return language;
      const level = scaleCut(k, READINESS_DEFAULTS.cut, scale, ["cut", ...at]);
      if (isFail(level)) return level;
      const wide = readScore(b, scale, ["breadth", ...at]);
      if (isFail(wide)) return wide;
      const deep = readScore(d, scale, ["depth", ...at]);
      if (isFail(deep)) return deep;
      return READINESS_LABELS[readiness(wide, deep, level)][language];
    });
  },
});

const LEVEL_QUESTIONS = [
  "divisionsShareAccounts",
  "jointDivisionsWanted",
  "centralBuying",
  "unitsShareAccounts",
  "jointUnitsWanted",
] as const satisfies readonly (keyof LevelAnswers)[];

/**
 * `KAM.AMLEVEL(divisionsShareAccounts, jointDivisionsWanted, centralBuying, unitsShareAccounts,
 * jointUnitsWanted, [lang])`: Corporate, Division or Business unit. Every answer is yes/no (TRUE/FALSE,
 * 1/0, yes/no, ja/nee) and required, even one the decision does not reach: a blank is missing.
 *
 * @example
 * AMLEVEL.compute([[true]], [[true]], [[true]], [[false]], [[false]], undefined); // [["Corporate"]]
 */
export const AMLEVEL = defineFunction({
  id: "AMLEVEL",
  params: [
    { name: "divisionsShareAccounts", kind: "each" },
    { name: "jointDivisionsWanted", kind: "each" },
    { name: "centralBuying", kind: "each" },
    { name: "unitsShareAccounts", kind: "each" },
    { name: "jointUnitsWanted", kind: "each" },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (divisionsShareAccounts, jointDivisionsWanted, centralBuying, unitsShareAccounts, jointUnitsWanted, lang) =>
    mapEach(
      [...LEVEL_QUESTIONS, "lang"],
      [divisionsShareAccounts, jointDivisionsWanted, centralBuying, unitsShareAccounts, jointUnitsWanted, lang],
      (cells, r, c): OutCell => {
        const at = [r + 1, c + 1] as const;
        const language = readLang(cells[5], ["lang", ...at]);
        if (isFail(language)) return language;
        const answers: boolean[] = [];
        for (let q = 0; q < LEVEL_QUESTIONS.length; q++) {
          const answer = readBoolean(cells[q], [LEVEL_QUESTIONS[q] ?? "", ...at]);
          if (isFail(answer)) return answer;
          answers.push(answer);
        }
        const [divisions = false, jointDivisions = false, central = false, units = false, jointUnits = false] = answers;
        return LEVEL_LABELS[
          amLevel({
            divisionsShareAccounts: divisions,
            jointDivisionsWanted: jointDivisions,
            centralBuying: central,
            unitsShareAccounts: units,
            jointUnitsWanted: jointUnits,
          })
        ][language];
      },
    ),
});
