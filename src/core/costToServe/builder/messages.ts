import type { Lang } from "../../lang";

/** Every problem the cost-to-serve preview reports. `error` stops the build, `warning` is shown. */
export const CTS_PROBLEM_SEVERITY = {
  missing_column: "error",
  no_customers: "error",
  zero_volume: "error",
  row_left_out: "warning",
  zero_revenue: "warning",
  negative_revenue: "warning",
  non_positive_profit: "warning",
  over_capacity: "warning",
} as const satisfies Record<string, "error" | "warning">;

/** The code of a cost-to-serve problem. */
export type CtsProblemCode = keyof typeof CTS_PROBLEM_SEVERITY;

/** One problem, as data; the message comes from {@link formatCtsProblem}. */
export interface CtsProblem {
  readonly code: CtsProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

type Table = { readonly [C in CtsProblemCode]: (p: Readonly<Record<string, string | number>>) => string };
const s = (p: Readonly<Record<string, string | number>>, k: string): string => String(p[k] ?? "");

/** English messages. */
export const CTS_MESSAGES_EN: Table = {
  missing_column: (p) => `The column "${s(p, "column")}" (${s(p, "role")}) is not in the source table; map it again.`,
  no_customers: () => "No customer row has numbers in every mapped column, so there is nothing to analyse.",
  zero_volume: (p) =>
    `The driver "${s(p, "column")}" of the activity "${s(p, "activity")}" adds up to zero, so its rate cannot be computed.`,
  row_left_out: (p) =>
    `${s(p, "count")} row(s) are left out because "${s(p, "column")}" is blank or not a number (first: ${s(p, "cells")}).`,
  zero_revenue: (p) =>
    `${s(p, "count")} row(s) are left out because their net revenue is zero, so no percentage exists (first: ${s(p, "cells")}).`,
  negative_revenue: (p) =>
    `${s(p, "count")} row(s) are left out because their net revenue is negative (a credit or returns): a loss would show as a positive margin and a confident quadrant (first: ${s(p, "cells")}).`,
  non_positive_profit: (p) =>
    `The total profit is ${s(p, "total")}: at zero or below, whale-curve shares are meaningless and show as errors.`,
  over_capacity: (p) =>
    `The resource "${s(p, "resource")}" is used for ${s(p, "used")} minutes, more than its practical capacity of ${s(p, "capacity")}.`,
};

/** Dutch messages. */
export const CTS_MESSAGES_NL: Table = {
  missing_column: (p) =>
    `De kolom "${s(p, "column")}" (${s(p, "role")}) staat niet in de brontabel; koppel hem opnieuw.`,
  no_customers: () =>
    "Geen enkele klantrij heeft getallen in alle gekoppelde kolommen, dus er valt niets te analyseren.",
  zero_volume: (p) =>
    `De kostendrijver "${s(p, "column")}" van de activiteit "${s(p, "activity")}" telt op tot nul, dus het tarief bestaat niet.`,
  row_left_out: (p) =>
    `${s(p, "count")} rij(en) weggelaten omdat "${s(p, "column")}" leeg is of geen getal bevat (eerste: ${s(p, "cells")}).`,
  zero_revenue: (p) =>
    `${s(p, "count")} rij(en) weggelaten omdat de netto-omzet nul is, zodat geen percentage bestaat (eerste: ${s(p, "cells")}).`,
  negative_revenue: (p) =>
    `${s(p, "count")} rij(en) weggelaten omdat de netto-omzet negatief is (een creditering of retouren): een verlies zou als positieve marge en een stellig kwadrant verschijnen (eerste: ${s(p, "cells")}).`,
  non_positive_profit: (p) =>
    `De totale winst is ${s(p, "total")}: bij nul of minder zijn de aandelen van de walviscurve zinloos en tonen ze een fout.`,
  over_capacity: (p) =>
    `Het middel "${s(p, "resource")}" wordt ${s(p, "used")} minuten gebruikt, meer dan de praktische capaciteit van ${s(p, "capacity")}.`,
};

/** The message tables by language. */
export const CTS_MESSAGES: Readonly<Record<Lang, Table>> = { en: CTS_MESSAGES_EN, nl: CTS_MESSAGES_NL };

/**
 * The message of a problem in a language.
 *
 * @example
 * formatCtsProblem({ code: "no_customers", params: {} }, "en");
 * // "No customer row has numbers in every mapped column, so there is nothing to analyse."
 */
export function formatCtsProblem(problem: CtsProblem, lang: Lang): string {
  return CTS_MESSAGES[lang][problem.code](problem.params);
}

/**
 * True when a problem stops the build.
 *
 * @example
 * isBlocking({ code: "zero_volume", params: {} }); // true
 */
export function isBlocking(problem: CtsProblem): boolean {
  return CTS_PROBLEM_SEVERITY[problem.code] === "error";
}
