import type { Lang } from "../../lang";

/** Every problem the loyalty preview reports. `error` stops the build, `warning` is shown. */
export const LOYALTY_PROBLEM_SEVERITY = {
  missing_column: "error",
  no_customers: "error",
  cut_order: "error",
  rows_unclassified: "warning",
  no_value: "warning",
  retention_not_fraction: "warning",
} as const satisfies Record<string, "error" | "warning">;

/** The code of a loyalty problem. */
export type LoyaltyProblemCode = keyof typeof LOYALTY_PROBLEM_SEVERITY;

/** One problem, as data; the message comes from {@link formatLoyaltyProblem}. */
export interface LoyaltyProblem {
  readonly code: LoyaltyProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

type Table = { readonly [C in LoyaltyProblemCode]: (p: Readonly<Record<string, string | number>>) => string };
const s = (p: Readonly<Record<string, string | number>>, k: string): string => String(p[k] ?? "");

/** English messages. */
export const LOYALTY_MESSAGES_EN: Table = {
  missing_column: (p) => `The column "${s(p, "column")}" (${s(p, "role")}) is not in the survey table; map it again.`,
  no_customers: (p) =>
    `No row has a satisfaction and a loyalty score on the scale ${s(p, "scale")}, so there is nothing to classify.`,
  cut_order: () => "The zone of indifference must start at or below the zone of affection.",
  rows_unclassified: (p) =>
    `${s(p, "count")} row(s) have a blank, text or off-scale score: the sheet shows an error in those rows (first: ${s(p, "cells")}).`,
  no_value: (p) =>
    `${s(p, "count")} row(s) have no lifetime value (a blank margin or retention, or an open horizon that does not converge: retention × (1 + growth) ≥ 1 + discount rate); first: ${s(p, "cells")}.`,
  retention_not_fraction: (p) =>
    `${s(p, "count")} retention value(s) are above 1: retention is a fraction (0.85 = 85 %), not a percentage (first: ${s(p, "cells")}).`,
};

/** Dutch messages. */
export const LOYALTY_MESSAGES_NL: Table = {
  missing_column: (p) =>
    `De kolom "${s(p, "column")}" (${s(p, "role")}) staat niet in de enquêtetabel; koppel hem opnieuw.`,
  no_customers: (p) =>
    `Geen enkele rij heeft een tevredenheid en een loyaliteit op de schaal ${s(p, "scale")}, dus er valt niets in te delen.`,
  cut_order: () => "De zone van onverschilligheid moet op of onder de zone van affectie beginnen.",
  rows_unclassified: (p) =>
    `${s(p, "count")} rij(en) hebben een lege, tekstuele of buiten de schaal vallende score: het blad toont in die rijen een fout (eerste: ${s(p, "cells")}).`,
  no_value: (p) =>
    `${s(p, "count")} rij(en) hebben geen klantwaarde (een lege marge of retentie, of een open horizon die niet convergeert: retentie × (1 + groei) ≥ 1 + disconteringsvoet); eerste: ${s(p, "cells")}.`,
  retention_not_fraction: (p) =>
    `${s(p, "count")} retentiewaarde(n) liggen boven 1: retentie is een fractie (0,85 = 85 %), geen percentage (eerste: ${s(p, "cells")}).`,
};

/** The message tables by language. */
export const LOYALTY_MESSAGES: Readonly<Record<Lang, Table>> = { en: LOYALTY_MESSAGES_EN, nl: LOYALTY_MESSAGES_NL };

/**
 * The message of a problem in a language.
 *
 * @example
 * formatLoyaltyProblem({ code: "cut_order", params: {} }, "en");
 * // "The zone of indifference must start at or below the zone of affection."
 */
export function formatLoyaltyProblem(problem: LoyaltyProblem, lang: Lang): string {
  return LOYALTY_MESSAGES[lang][problem.code](problem.params);
}

/**
 * True when a problem stops the build.
 *
 * @example
 * isLoyaltyBlocking({ code: "no_customers", params: {} }); // true
 */
export function isLoyaltyBlocking(problem: LoyaltyProblem): boolean {
  return LOYALTY_PROBLEM_SEVERITY[problem.code] === "error";
}
