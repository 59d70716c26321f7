import type { Lang } from "../../lang";

/** Every problem the account strategy preview reports. `error` stops the build, `warning` is shown. */
export const STRATEGY_PROBLEM_SEVERITY = {
  missing_column: "error",
  no_customers: "error",
  rows_unclassified: "warning",
  names_missing: "warning",
  whitney_unreadable: "warning",
  concentration: "warning",
} as const satisfies Record<string, "error" | "warning">;

/** The code of an account strategy problem. */
export type StrategyProblemCode = keyof typeof STRATEGY_PROBLEM_SEVERITY;

/** One problem, as data; the message comes from {@link formatStrategyProblem}. */
export interface StrategyProblem {
  readonly code: StrategyProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

type Table = { readonly [C in StrategyProblemCode]: (p: Readonly<Record<string, string | number>>) => string };
const s = (p: Readonly<Record<string, string | number>>, k: string): string => String(p[k] ?? "");

/** English messages. */
export const STRATEGY_MESSAGES_EN: Table = {
  missing_column: (p) => `The column "${s(p, "column")}" (${s(p, "role")}) is not in the source table; map it again.`,
  no_customers: () =>
    "No row has an impact and a difficulty that can be read (a number, and on 1–5 for a score), so there is nothing to place.",
  rows_unclassified: (p) =>
    `${s(p, "count")} row(s) have a blank, text or off-scale impact or difficulty: the sheet shows an error and the reason in those rows (first: ${s(p, "cells")}).`,
  names_missing: (p) =>
    `${s(p, "count")} row(s) have no customer name; the sheet says so in the row (first: ${s(p, "cells")}).`,
  whitney_unreadable: (p) =>
    `${s(p, "count")} Whitney judgement(s) are not yes or no (TRUE/FALSE, 1/0, yes/no, ja/nee): no action in those rows (first: ${s(p, "cells")}).`,
  concentration: (p) => `${s(p, "quadrant")} holds ${s(p, "percent")} % of the revenue, more than half.`,
};

/** Dutch messages. */
export const STRATEGY_MESSAGES_NL: Table = {
  missing_column: (p) =>
    `De kolom "${s(p, "column")}" (${s(p, "role")}) staat niet in de brontabel; koppel hem opnieuw.`,
  no_customers: () =>
    "Geen enkele rij heeft een leesbare impact en moeite (een getal, en op 1–5 voor een score), dus er valt niets te plaatsen.",
  rows_unclassified: (p) =>
    `${s(p, "count")} rij(en) hebben een lege, tekstuele of buiten 1–5 vallende impact of moeite: het blad toont in die rijen een fout en de reden (eerste: ${s(p, "cells")}).`,
  names_missing: (p) =>
    `${s(p, "count")} rij(en) hebben geen klantnaam; het blad meldt dat in de rij (eerste: ${s(p, "cells")}).`,
  whitney_unreadable: (p) =>
    `${s(p, "count")} oordeel/oordelen voor Whitney zijn geen ja of nee (WAAR/ONWAAR, 1/0, yes/no, ja/nee): geen actie in die rijen (eerste: ${s(p, "cells")}).`,
  concentration: (p) => `${s(p, "quadrant")} heeft ${s(p, "percent")} % van de omzet, meer dan de helft.`,
};

/** The message tables by language. */
export const STRATEGY_MESSAGES: Readonly<Record<Lang, Table>> = { en: STRATEGY_MESSAGES_EN, nl: STRATEGY_MESSAGES_NL };

/**
 * The message of a problem in a language.
 *
 * @example
 * formatStrategyProblem({ code: "concentration", params: { quadrant: "Partner", percent: 62 } }, "en");
 * // "Partner holds 62 % of the revenue, more than half."
 */
export function formatStrategyProblem(problem: StrategyProblem, lang: Lang): string {
  return STRATEGY_MESSAGES[lang][problem.code](problem.params);
}

/**
 * True when a problem stops the build.
 *
 * @example
 * isStrategyBlocking({ code: "no_customers", params: {} }); // true
 */
export function isStrategyBlocking(problem: StrategyProblem): boolean {
  return STRATEGY_PROBLEM_SEVERITY[problem.code] === "error";
}
