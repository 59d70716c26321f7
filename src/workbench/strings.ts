/**
 * The workbench's own text in both languages (the pane has its tables in `src/taskpane`), and the
 * sentences that tell the user how a CSV file was read. `{name}` marks a parameter; `_one` / `_many`
 * keys are the singular and plural of one sentence.
 *
 * @module
 */
import type { Lang } from "../core/lang";
import { fill } from "../taskpane/shared/fields";
import type { CellNotes, CsvReading } from "./csv";
import type { FileReading } from "./files";
import type { NumberLocale } from "./numbers";

/** Every string of the workbench's file reading, in both languages. */
export const WB_STRINGS = {
  en: {
    locale: "en-US",
    readAs: "Read as: {delimiter}, {numbers}.",
    delimiter_comma: "comma-separated",
    delimiter_semicolon: "semicolon-separated",
    delimiter_tab: "tab-separated",
    numbers_en: "English numbers (1,234.56)",
    numbers_nl: "Dutch numbers (1.234,56)",
    notation_en: "English notation",
    notation_nl: "Dutch notation",
    why_sepLine: "The file's first line (sep=) names the separator.",
    why_evidence_one: "Decided by {text} in {cell}, which only this notation reads as a number.",
    why_evidence_many: "Decided by {count} values that only this notation reads as numbers, such as {text} in {cell}.",
    why_majority:
      "The file mixes both notations: {count} values are numbers only in {notation}, {otherCount} only in {otherNotation}; the larger group decided.",
    why_delimiter_nl: "No value settles the notation; a semicolon- or tab-separated file usually has Dutch numbers.",
    why_delimiter_en: "No value settles the notation; a comma-separated file usually has English numbers.",
    why_nothing: "No number in the file has a decimal or thousands separator, so the notation changes nothing.",
    why_chosen: "The number notation you chose.",
    ambiguous_one: "Check: {text} in {cell} was read as {value}; in {otherNotation} it would be {other}.",
    ambiguous_many:
      "Check: {count} values read either way: {cells}. {text} was read as {value}; in {otherNotation} it would be {other}.",
    keptAsText_one: "{cells} looks like a number but is none in {notation}; kept as text.",
    keptAsText_many: "{count} cells look like numbers but are none in {notation}; kept as text: {cells}.",
    cellsMore: "{cells} and {more} more",
    encoding: "The file is not UTF-8: its characters were read as Windows-1252 (Excel's ANSI CSV).",
    delimiterLabel: "Separator",
    numbersLabel: "Numbers",
    delimiterOption_comma: "Comma (,)",
    delimiterOption_semicolon: "Semicolon (;)",
    delimiterOption_tab: "Tab",
    numbersOption_en: "1,234.56 (English)",
    numbersOption_nl: "1.234,56 (Dutch)",
    rereadHint: "Another choice reads {file} again and replaces the workbook.",
    reread: "Read {file} again.",
    opened: "Opened {file}.",
    dismiss: "Dismiss",
  },
  nl: {
    locale: "nl-NL",
    readAs: "Gelezen als: {delimiter}, {numbers}.",
    delimiter_comma: "kommagescheiden",
    delimiter_semicolon: "puntkommagescheiden",
    delimiter_tab: "tabgescheiden",
    numbers_en: "Engelse getalnotatie (1,234.56)",
    numbers_nl: "Nederlandse getalnotatie (1.234,56)",
    notation_en: "Engelse notatie",
    notation_nl: "Nederlandse notatie",
    why_sepLine: "De eerste regel van het bestand (sep=) noemt het scheidingsteken.",
    why_evidence_one: "Bepaald door {text} in {cell}: alleen deze notatie leest dat als getal.",
    why_evidence_many: "Bepaald door {count} waarden die alleen deze notatie als getal leest, zoals {text} in {cell}.",
    why_majority:
      "Het bestand mengt beide notaties: {count} waarden zijn alleen in {notation} een getal, {otherCount} alleen in {otherNotation}; de grootste groep beslist.",
    why_delimiter_nl:
      "Geen waarde beslist over de notatie; een bestand met puntkomma's of tabs heeft meestal Nederlandse getallen.",
    why_delimiter_en:
      "Geen waarde beslist over de notatie; een kommagescheiden bestand heeft meestal Engelse getallen.",
    why_nothing:
      "Geen getal in het bestand heeft een decimaal- of duizendtalscheidingsteken; de notatie maakt dus niets uit.",
    why_chosen: "De getalnotatie die u koos.",
    ambiguous_one: "Controleer: {text} in {cell} is gelezen als {value}; in {otherNotation} zou het {other} zijn.",
    ambiguous_many:
      "Controleer: {count} waarden zijn op twee manieren te lezen: {cells}. {text} is gelezen als {value}; in {otherNotation} zou het {other} zijn.",
    keptAsText_one: "{cells} lijkt een getal, maar is dat niet in {notation}; bewaard als tekst.",
    keptAsText_many: "{count} cellen lijken getallen, maar zijn dat niet in {notation}; bewaard als tekst: {cells}.",
    cellsMore: "{cells} en nog {more}",
    encoding: "Het bestand is geen UTF-8: de tekens zijn gelezen als Windows-1252 (de ANSI-csv van Excel).",
    delimiterLabel: "Scheidingsteken",
    numbersLabel: "Getallen",
    delimiterOption_comma: "Komma (,)",
    delimiterOption_semicolon: "Puntkomma (;)",
    delimiterOption_tab: "Tab",
    numbersOption_en: "1,234.56 (Engels)",
    numbersOption_nl: "1.234,56 (Nederlands)",
    rereadHint: "Een andere keuze leest {file} opnieuw en vervangt de werkmap.",
    reread: "{file} opnieuw gelezen.",
    opened: "{file} geopend.",
    dismiss: "Sluiten",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the workbench strings. */
export type WbKey = keyof (typeof WB_STRINGS)["en"];

/** The key suffix of a delimiter. */
export const DELIMITER_KEYS = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

/** The sentences of a reading report: a title, the lines under it, and whether anything needs checking. */
export interface ReadingText {
  readonly title: string;
  readonly lines: readonly string[];
  /** True when values were ambiguous or kept as text: the notice is a warning. */
  readonly warn: boolean;
}

/**
 * The first line of a reading report: "Read as: semicolon-separated, Dutch numbers (1.234,56)."
 *
 * @example
 * readAsText({ delimiter: ";", numbers: "nl" }, "en"); // "Read as: semicolon-separated, Dutch numbers (1.234,56)."
 */
export function readAsText(reading: Pick<CsvReading, "delimiter" | "numbers">, lang: Lang): string {
  const t = WB_STRINGS[lang];
  return fill(t.readAs, {
    delimiter: t[`delimiter_${DELIMITER_KEYS[reading.delimiter]}`],
    numbers: t[`numbers_${reading.numbers}`],
  });
}

function cellList(notes: CellNotes, lang: Lang): string {
  const t = WB_STRINGS[lang];
  const cells = notes.first.map((n) => (notes.count === 1 ? n.cell : `${n.cell} (${n.text})`)).join(", ");
  const more = notes.count - notes.first.length;
  return more > 0 ? fill(t.cellsMore, { cells, more: more.toLocaleString(t.locale) }) : cells;
}

/**
 * What the user is told about a read file: the notation and delimiter assumed, why, the values the
 * evidence did not settle (with both readings) and the cells kept as text, by address.
 *
 * @example
 * const { title, lines, warn } = describeReading(reading, "nl");
 * title; // "Gelezen als: puntkommagescheiden, Nederlandse getalnotatie (1.234,56)."
 */
export function describeReading(reading: FileReading, lang: Lang): ReadingText {
  const t = WB_STRINGS[lang];
  const number = new Intl.NumberFormat(t.locale, { useGrouping: false, maximumFractionDigits: 10 });
  const other: NumberLocale = reading.numbers === "en" ? "nl" : "en";
  const notation = t[`notation_${reading.numbers}`];
  const otherNotation = t[`notation_${other}`];
  const lines: string[] = [];
  if (reading.delimiterBy === "sepLine") lines.push(t.why_sepLine);
  const own = reading.evidence[reading.numbers];
  const first = own.first[0];
  switch (reading.numbersBy) {
    case "evidence":
      if (first !== undefined) {
        const params = { count: own.count.toLocaleString(t.locale), text: first.text, cell: first.cell };
        lines.push(fill(own.count === 1 ? t.why_evidence_one : t.why_evidence_many, params));
      }
      break;
    case "majority":
      lines.push(
        fill(t.why_majority, {
          count: own.count.toLocaleString(t.locale),
          otherCount: reading.evidence[other].count.toLocaleString(t.locale),
          notation,
          otherNotation,
        }),
      );
      break;
    case "delimiter":
      lines.push(t[`why_delimiter_${reading.numbers}`]);
      break;
    case "nothing":
      lines.push(t.why_nothing);
      break;
    case "chosen":
      lines.push(t.why_chosen);
      break;
  }
  const amb = reading.ambiguous.first[0];
  if (amb !== undefined) {
    lines.push(
      fill(reading.ambiguous.count === 1 ? t.ambiguous_one : t.ambiguous_many, {
        count: reading.ambiguous.count.toLocaleString(t.locale),
        text: amb.text,
        cell: amb.cell,
        value: number.format(amb.value ?? 0),
        other: number.format(amb.other ?? 0),
        otherNotation,
        cells: cellList(reading.ambiguous, lang),
      }),
    );
  }
  if (reading.keptAsText.count > 0) {
    lines.push(
      fill(reading.keptAsText.count === 1 ? t.keptAsText_one : t.keptAsText_many, {
        count: reading.keptAsText.count.toLocaleString(t.locale),
        notation,
        cells: cellList(reading.keptAsText, lang),
      }),
    );
  }
  if (reading.encoding === "windows-1252") lines.push(t.encoding);
  return {
    title: readAsText(reading, lang),
    lines,
    warn: reading.ambiguous.count > 0 || reading.keptAsText.count > 0,
  };
}
