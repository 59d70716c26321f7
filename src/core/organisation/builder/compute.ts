/**
 * The readiness preview, computed in core from the answers with the functions' own rules: readiness
 * (breadth × depth), the need for account management and the factors below the cut, account division,
 * the level of the account management system, the value discipline, and the quickscan and bottleneck
 * scores with their order, weakest first. The pane shows it; the tests compare the sheet with it.
 *
 * @module
 */
import {
  ASSESSMENT_DEFAULTS,
  READINESS_DEFAULTS,
  accountDivision,
  amLevel,
  amNeed,
  readiness,
  valueDiscipline,
} from "../index";
import type { AmNeed } from "../assessment";
import type { AmLevel, Discipline, Readiness } from "../labels";
import type { Answer, ReadinessAnswers } from "./config";
import { QUESTIONS, SECTIONS, type SectionId } from "./labels";
import type { ReadinessProblem } from "./messages";

/** A scored section: the mean of its answered scores and its statements, weakest first. */
export interface Profile {
  /** The mean of the answered scores; undefined when none is answered. */
  readonly mean: number | undefined;
  /**
   * The statements' ids, lowest score first; equal scores keep the questionnaire's order, unanswered
   * statements come last (as `KAM.SORTROWS` orders them).
   */
  readonly weakestFirst: readonly string[];
}

/** The preview of a readiness sheet; `undefined` where the sheet shows #N/A. */
export interface ReadinessPreview {
  readonly readiness: Readiness | undefined;
  readonly amNeed: AmNeed | undefined;
  /** The factors scored below the cut (3), in the questionnaire's order. */
  readonly holdingBack: readonly string[];
  readonly division: "division" | "within" | undefined;
  readonly level: AmLevel | undefined;
  readonly discipline: Discipline | undefined;
  readonly factors: Profile;
  readonly quickscan: Profile;
  readonly bottlenecks: Profile;
  readonly answered: number;
  readonly statements: number;
  readonly problems: readonly ReadinessProblem[];
}

const scoreOf = (a: Answer | undefined): number | undefined => (typeof a === "number" ? a : undefined);
const boolOf = (a: Answer | undefined): boolean | undefined => (typeof a === "boolean" ? a : undefined);

/**
 * A scored section's mean and order, weakest first (stable; unanswered last).
 *
 * @example
 * profile("bottlenecks", [4, 2, null, 5, 2, 3, 3, 4, 1]).weakestFirst[0]; // "rewards"
 */
export function profile(section: SectionId, answers: readonly Answer[]): Profile {
  const ids = QUESTIONS[section].map((q) => q.id);
  const scored = ids.flatMap((id, i) => {
    const s = scoreOf(answers[i]);
    return s === undefined ? [] : [{ id, s, i }];
  });
  const mean = scored.length === 0 ? undefined : scored.reduce((sum, x) => sum + x.s, 0) / scored.length;
  const order = [...scored].sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.id);
  const rest = ids.filter((_, i) => scoreOf(answers[i]) === undefined);
  return { mean, weakestFirst: [...order, ...rest] };
}

/**
 * The preview of a questionnaire's answers.
 *
 * @example
 * computeReadiness(blankAnswers()).readiness; // undefined (breadth and depth unanswered)
 */
export function computeReadiness(answers: ReadinessAnswers): ReadinessPreview {
  const [breadth, depth] = answers.readiness.map(scoreOf);
  const factorScores = answers.amNeed.map(scoreOf).filter((s): s is number => s !== undefined);
  const level = answers.level.map(boolOf);
  const disciplines = answers.disciplines.map(scoreOf);
  const statements = SECTIONS.reduce((n, s) => n + QUESTIONS[s].length, 0);
  const answered = SECTIONS.reduce((n, s) => n + answers[s].filter((a) => a !== null).length, 0);
  const problems: ReadinessProblem[] =
    answered < statements ? [{ code: "unanswered", params: { count: statements - answered, of: statements } }] : [];
  return {
    readiness:
      breadth === undefined || depth === undefined ? undefined : readiness(breadth, depth, READINESS_DEFAULTS.cut),
    amNeed: amNeed(factorScores),
    holdingBack: QUESTIONS.amNeed
      .filter((_, i) => {
        const s = scoreOf(answers.amNeed[i]);
        return s !== undefined && s < ASSESSMENT_DEFAULTS.needCut;
      })
      .map((q) => q.id),
    division: accountDivision(answers.division.map(boolOf)),
    level: level.every((a) => a !== undefined)
      ? amLevel({
          divisionsShareAccounts: level[0] === true,
          jointDivisionsWanted: level[1] === true,
          centralBuying: level[2] === true,
          unitsShareAccounts: level[3] === true,
          jointUnitsWanted: level[4] === true,
        })
      : undefined,
    discipline: disciplines.every((s) => s !== undefined) ? valueDiscipline(disciplines as number[]) : undefined,
    factors: profile("amNeed", answers.amNeed),
    quickscan: profile("quickscan", answers.quickscan),
    bottlenecks: profile("bottlenecks", answers.bottlenecks),
    answered,
    statements,
    problems,
  };
}
