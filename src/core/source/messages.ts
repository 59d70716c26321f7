import type { Lang } from "../lang";

/** Every problem a source table can have. `error` stops the flow, `warning` is shown and allowed. */
export const SOURCE_PROBLEM_SEVERITY = {
  no_rows: "error",
  too_many_rows: "error",
  merged: "error",
  header_blank: "error",
  header_duplicate: "error",
  no_numeric: "error",
  text_in_numbers: "warning",
  errors_in_column: "warning",
  name_blank: "warning",
  name_duplicate: "warning",
} as const satisfies Record<string, "error" | "warning">;

/** The code of a source problem. */
export type SourceProblemCode = keyof typeof SOURCE_PROBLEM_SEVERITY;

/** A parameter of a message. */
export type SourceParam = string | number;

type Table = { readonly [C in SourceProblemCode]: (p: Readonly<Record<string, SourceParam>>) => string };

const s = (p: Readonly<Record<string, SourceParam>>, k: string): string => String(p[k] ?? "");

/** English messages; `where` (a cell or column address) is prefixed by the formatter. */
export const SOURCE_MESSAGES_EN: Table = {
  no_rows: () => "the table has a header row but no data rows below it.",
  too_many_rows: (p) =>
    `the table has ${s(p, "rows")} rows with its header, more than a worksheet holds (${s(p, "limit")}).`,
  merged: () => "merged cells inside the data; unmerge them so that every row and column has its own cells.",
  header_blank: (p) => `column ${s(p, "column")} has no header; give every column a name in the header row.`,
  header_duplicate: (p) =>
    `the header "${s(p, "header")}" appears more than once (also at ${s(p, "other")}); make the headers unique.`,
  no_numeric: () => "no column holds numbers, so there is nothing to score; a selection needs at least one criterion.",
  text_in_numbers: (p) =>
    `"${s(p, "header")}" is a number column, but ${s(p, "count")} cell(s) hold text (first: ${s(p, "cells")}); ` +
    "those rows count as missing for this criterion.",
  errors_in_column: (p) =>
    `"${s(p, "header")}" has ${s(p, "count")} error value(s) (first: ${s(p, "cells")}); those rows count as missing.`,
  name_blank: (p) => `${s(p, "count")} row(s) have no customer name (first: ${s(p, "cells")}).`,
  name_duplicate: (p) =>
    `the customer name "${s(p, "name")}" appears ${s(p, "count")} times (${s(p, "cells")}); each row stays a separate customer.`,
};

/** Dutch messages. */
export const SOURCE_MESSAGES_NL: Table = {
  no_rows: () => "de tabel heeft een kopregel maar geen gegevensrijen eronder.",
  too_many_rows: (p) =>
    `de tabel heeft met kopregel ${s(p, "rows")} rijen, meer dan een werkblad kan bevatten (${s(p, "limit")}).`,
  merged: () => "samengevoegde cellen in de gegevens; maak ze los zodat elke rij en kolom eigen cellen heeft.",
  header_blank: (p) => `kolom ${s(p, "column")} heeft geen kop; geef elke kolom een naam in de kopregel.`,
  header_duplicate: (p) =>
    `de kop "${s(p, "header")}" komt meer dan eens voor (ook in ${s(p, "other")}); maak de koppen uniek.`,
  no_numeric: () =>
    "geen enkele kolom bevat getallen, dus er valt niets te scoren; een selectie heeft minstens één criterium nodig.",
  text_in_numbers: (p) =>
    `"${s(p, "header")}" is een getallenkolom, maar ${s(p, "count")} cel(len) bevatten tekst (eerste: ${s(p, "cells")}); ` +
    "die rijen tellen voor dit criterium als ontbrekend.",
  errors_in_column: (p) =>
    `"${s(p, "header")}" bevat ${s(p, "count")} foutwaarde(n) (eerste: ${s(p, "cells")}); die rijen tellen als ontbrekend.`,
  name_blank: (p) => `${s(p, "count")} rij(en) hebben geen klantnaam (eerste: ${s(p, "cells")}).`,
  name_duplicate: (p) =>
    `de klantnaam "${s(p, "name")}" komt ${s(p, "count")} keer voor (${s(p, "cells")}); elke rij blijft een aparte klant.`,
};

/** The message tables by language. */
export const SOURCE_MESSAGES: Readonly<Record<Lang, Table>> = { en: SOURCE_MESSAGES_EN, nl: SOURCE_MESSAGES_NL };
