/**
 * The filled-in example assessment (also `assets/sample/readiness-example.json`, which a test holds
 * equal): an invented industrial supplier that sees its key accounts but has not moved resources to
 * them, so a newcomer sees a finished questionnaire with every verdict and chart filled in.
 *
 * @module
 */
import type { ReadinessAnswers, ReadinessConfig } from "./config";

/**
 * The example's answers **[invented]**: breadth 4, depth 2 (lip service); the nine factors mean 3.33
 * (account management: yes) with power and resistance holding it back; one "no" for the division
 * (within the organisation); divisions share accounts but joint management is not wanted (division
 * level); customer intimacy leads by 1; social media, lead management and CRM the weakest core
 * activities; top management, central versus local and information the weakest bottlenecks.
 *
 * @example
 * READINESS_EXAMPLE_ANSWERS.readiness; // [4, 2]
 */
export const READINESS_EXAMPLE_ANSWERS: ReadinessAnswers = {
  readiness: [4, 2],
  amNeed: [4, 4, 3, 2, 5, 3, 4, 2, 3],
  division: [true, true, false, true, true],
  level: [true, false, true, true, true],
  disciplines: [3, 2, 4],
  quickscan: [4, 3, 3, 2, 3, 4, 3, 3, 2, 4, 1],
  bottlenecks: [2, 3, 4, 2, 3, 3, 4, 2, 3],
};

/**
 * The example as a configuration in a style and language.
 *
 * @example
 * readinessExample("kam", "nl").answers.disciplines; // [3, 2, 4]
 */
export function readinessExample(style: "portable" | "kam", lang: "en" | "nl"): ReadinessConfig {
  return { version: 1, style, lang, answers: READINESS_EXAMPLE_ANSWERS };
}
