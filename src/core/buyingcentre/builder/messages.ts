import type { Lang } from "../../lang";

/** Every problem the buying-centre preview reports. `error` stops the build, `warning` is shown. */
export const BUYING_CENTRE_PROBLEM_SEVERITY = {
  missing_column: "error",
  no_people: "error",
  too_many_people: "error",
  unknown_label: "warning",
  not_a_number: "warning",
  out_of_range: "warning",
  duplicate_name: "warning",
} as const satisfies Record<string, "error" | "warning">;

/** The code of a buying-centre problem. */
export type BuyingCentreProblemCode = keyof typeof BUYING_CENTRE_PROBLEM_SEVERITY;

/** One problem, as data; the message comes from {@link formatBuyingCentreProblem}. */
export interface BuyingCentreProblem {
  readonly code: BuyingCentreProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

type Table = { readonly [C in BuyingCentreProblemCode]: (p: Readonly<Record<string, string | number>>) => string };
const s = (p: Readonly<Record<string, string | number>>, k: string): string => String(p[k] ?? "");

/** English messages. */
export const BUYING_CENTRE_MESSAGES_EN: Table = {
  missing_column: (p) => `The column "${s(p, "column")}" (${s(p, "role")}) is not in the table; map it again.`,
  no_people: () => "The table has no person with a name: there is nobody to put on the map.",
  too_many_people: (p) =>
    `The table has ${s(p, "count")} people; a buying-centre sheet holds at most ${s(p, "max")}. Split it by opportunity.`,
  unknown_label: (p) =>
    `Cell ${s(p, "cell")} says "${s(p, "value")}", which is no ${s(p, "role")} (${s(p, "allowed")}); the sheet shows an error there until you pick one from the list.`,
  not_a_number: (p) =>
    `${s(p, "count")} cell(s) of ${s(p, "role")} hold text instead of a number (first: ${s(p, "cells")}); they count as not known.`,
  out_of_range: (p) =>
    `${s(p, "count")} value(s) of ${s(p, "role")} are outside ${s(p, "range")} (first: ${s(p, "cells")}).`,
  duplicate_name: (p) => `"${s(p, "name")}" appears more than once (${s(p, "cells")}).`,
};

/** Dutch messages. */
export const BUYING_CENTRE_MESSAGES_NL: Table = {
  missing_column: (p) => `De kolom "${s(p, "column")}" (${s(p, "role")}) staat niet in de tabel; koppel hem opnieuw.`,
  no_people: () => "De tabel heeft geen persoon met een naam: er is niemand om in kaart te brengen.",
  too_many_people: (p) =>
    `De tabel heeft ${s(p, "count")} personen; een buying-centerblad bevat er hoogstens ${s(p, "max")}. Splits per opportunity.`,
  unknown_label: (p) =>
    `Cel ${s(p, "cell")} bevat "${s(p, "value")}", dat is geen ${s(p, "role")} (${s(p, "allowed")}); het blad toont daar een fout tot u er een uit de lijst kiest.`,
  not_a_number: (p) =>
    `${s(p, "count")} cel(len) van ${s(p, "role")} bevatten tekst in plaats van een getal (eerste: ${s(p, "cells")}); ze tellen als onbekend.`,
  out_of_range: (p) =>
    `${s(p, "count")} waarde(n) van ${s(p, "role")} liggen buiten ${s(p, "range")} (eerste: ${s(p, "cells")}).`,
  duplicate_name: (p) => `"${s(p, "name")}" komt meer dan eens voor (${s(p, "cells")}).`,
};

/** The message tables by language. */
export const BUYING_CENTRE_MESSAGES: Readonly<Record<Lang, Table>> = {
  en: BUYING_CENTRE_MESSAGES_EN,
  nl: BUYING_CENTRE_MESSAGES_NL,
};

/**
 * The message of a problem in a language.
 *
 * @example
 * formatBuyingCentreProblem({ code: "no_people", params: {} }, "en");
 * // "The table has no person with a name: there is nobody to put on the map."
 */
export function formatBuyingCentreProblem(problem: BuyingCentreProblem, lang: Lang): string {
  return BUYING_CENTRE_MESSAGES[lang][problem.code](problem.params);
}

/**
 * True when a problem stops the build.
 *
 * @example
 * isBuyingCentreBlocking({ code: "no_people", params: {} }); // true
 */
export function isBuyingCentreBlocking(problem: BuyingCentreProblem): boolean {
  return BUYING_CENTRE_PROBLEM_SEVERITY[problem.code] === "error";
}
