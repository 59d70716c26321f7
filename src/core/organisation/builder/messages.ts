import type { Lang } from "../../lang";

/** Every problem the readiness preview reports. `error` stops the build, `warning` is shown. */
export const READINESS_PROBLEM_SEVERITY = {
  unanswered: "warning",
} as const satisfies Record<string, "error" | "warning">;

/** The code of a readiness problem. */
export type ReadinessProblemCode = keyof typeof READINESS_PROBLEM_SEVERITY;

/** One problem, as data; the message comes from {@link formatReadinessProblem}. */
export interface ReadinessProblem {
  readonly code: ReadinessProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

type Table = { readonly [C in ReadinessProblemCode]: (p: Readonly<Record<string, string | number>>) => string };
const s = (p: Readonly<Record<string, string | number>>, k: string): string => String(p[k] ?? "");

/** English messages. */
export const READINESS_MESSAGES_EN: Table = {
  unanswered: (p) =>
    `${s(p, "count")} of ${s(p, "of")} statements are not answered yet: a result that needs them shows #N/A until they are.`,
};

/** Dutch messages. */
export const READINESS_MESSAGES_NL: Table = {
  unanswered: (p) =>
    `${s(p, "count")} van de ${s(p, "of")} stellingen zijn nog niet beantwoord: een uitkomst die ze nodig heeft toont #N/B tot ze dat zijn.`,
};

/** The message tables by language. */
export const READINESS_MESSAGES: Readonly<Record<Lang, Table>> = {
  en: READINESS_MESSAGES_EN,
  nl: READINESS_MESSAGES_NL,
};

/**
 * The message of a problem in a language.
 *
 * @example
 * formatReadinessProblem({ code: "unanswered", params: { count: 3, of: 44 } }, "en");
 * // "3 of 44 statements are not answered yet: a result that needs them shows #N/A until they are."
 */
export function formatReadinessProblem(problem: ReadinessProblem, lang: Lang): string {
  return READINESS_MESSAGES[lang][problem.code](problem.params);
}

/**
 * True when a problem stops the build (none of the readiness problems does: a blank questionnaire is
 * what a consultant starts with).
 *
 * @example
 * isReadinessBlocking({ code: "unanswered", params: {} }); // false
 */
export function isReadinessBlocking(problem: ReadinessProblem): boolean {
  return READINESS_PROBLEM_SEVERITY[problem.code] === ("error" as string);
}
