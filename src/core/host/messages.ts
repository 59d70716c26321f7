/**
 * Why a builder did not build, as data, and the messages per language: the source it was
 * configured on is gone or lost columns, or the written sheet showed broken errors once calculated
 * and was removed again.
 *
 * @module
 */
import type { ExcelErrorKind } from "../cells";
import type { Lang } from "../lang";

/** One reason a build stopped before or after writing. */
export type BuildCheck =
  | {
      /** The source table is no longer in the workbook (another file opened, a sheet renamed or deleted). */
      readonly code: "source_gone";
      /** Where it was, as `Sheet!A1:C9`. */
      readonly source: string;
    }
  | {
      /** The table is there but lacks columns the configuration uses. */
      readonly code: "source_columns";
      readonly source: string;
      readonly missing: readonly string[];
    }
  | {
      /** The written sheet showed errors no correct sheet holds; it was removed again. */
      readonly code: "output_broken";
      readonly sheet: string;
      readonly error: ExcelErrorKind;
      readonly count: number;
      readonly first: string;
      readonly message?: string;
    };

type Table = { readonly [C in BuildCheck["code"]]: (c: Extract<BuildCheck, { code: C }>) => string };

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

/** The messages, one table per language; the compiler rejects a table that misses a code. */
export const BUILD_CHECK_MESSAGES: Readonly<Record<Lang, Table>> = {
  en: {
    source_gone: (c) =>
      `The source table ${c.source} is no longer in this workbook (another file was opened, or the sheet was renamed or deleted), so nothing was built. ` +
      `Pick your customer table again: select a cell in it and choose "Use the table under the selection".`,
    source_columns: (c) =>
      `The table at ${c.source} no longer has the column(s) ${quoted(c.missing)} this configuration uses, so nothing was built. ` +
      `Pick the table again and choose its columns in step 1.`,
    output_broken: (c) =>
      `Nothing was built: once calculated, ${c.count} checked cell(s) of ${c.sheet} showed ${c.error} ` +
      `(first ${c.first}${c.message === undefined ? "" : `: ${c.message}`}), so its formulas point at something that is not there. ` +
      `The new sheet was removed and the workbook is as it was.`,
  },
  nl: {
    source_gone: (c) =>
      `De brontabel ${c.source} staat niet meer in deze werkmap (er is een ander bestand geopend, of het blad is hernoemd of verwijderd), dus er is niets gebouwd. ` +
      `Kies uw klanttabel opnieuw: selecteer er een cel in en kies "Gebruik de tabel onder de selectie".`,
    source_columns: (c) =>
      `De tabel op ${c.source} heeft de kolom(men) ${quoted(c.missing)} niet meer die deze configuratie gebruikt, dus er is niets gebouwd. ` +
      `Kies de tabel opnieuw en kies de kolommen in stap 1.`,
    output_broken: (c) =>
      `Er is niets gebouwd: na het rekenen toonden ${c.count} gecontroleerde cel(len) van ${c.sheet} ${c.error} ` +
      `(eerste ${c.first}${c.message === undefined ? "" : `: ${c.message}`}), dus de formules verwijzen naar iets dat er niet is. ` +
      `Het nieuwe blad is verwijderd en de werkmap is zoals hij was.`,
  },
};

/**
 * The message of a build check in a language.
 *
 * @example
 * formatBuildCheck({ code: "source_columns", source: "Data!A1:C9", missing: ["Orders"] }, "en");
 * // 'The table at Data!A1:C9 no longer has the column(s) "Orders" this configuration uses, so nothing was built. Pick the table again and choose its columns in step 1.'
 */
export function formatBuildCheck(check: BuildCheck, lang: Lang): string {
  const table = BUILD_CHECK_MESSAGES[lang];
  switch (check.code) {
    case "source_gone":
      return table.source_gone(check);
    case "source_columns":
      return table.source_columns(check);
    case "output_broken":
      return table.output_broken(check);
  }
}
