/**
 * CSV text to sheet rows: RFC 4180 quoting (delimiters, doubled quotes and line breaks inside quoted
 * fields), a UTF-8 byte order mark, CRLF, LF or CR line ends and Excel's `sep=;` first line. The
 * delimiter (comma, semicolon or tab) and the number notation (English `1,234.56` or Dutch `1.234,56`,
 * see `numbers.ts`) are detected from the file or chosen by the user, and {@link readCsv} reports what
 * it assumed and why, the values the evidence did not settle and the cells it kept as text. A text
 * that starts with "=" stays text.
 *
 * @module
 */
import { a1 } from "../core/layout";
import { numberShape, readNumber, type NumberLocale, type NumberShape } from "./numbers";
import type { CellInput } from "./protocol";

/** A CSV delimiter: comma, semicolon or tab. */
export type Delimiter = "," | ";" | "\t";

/** The delimiters the reader knows, in the order it prefers them when two fit equally. */
export const DELIMITERS: readonly Delimiter[] = [";", ",", "\t"];

/** What the user chose instead of the detected delimiter or notation (absent: detect). */
export interface CsvChoice {
  readonly delimiter?: Delimiter;
  readonly numbers?: NumberLocale;
}

/** One cell the reading report names: its address, its text and, for an ambiguous value, both readings. */
export interface CellNote {
  /** A1 address in the opened sheet ("C5"). */
  readonly cell: string;
  readonly text: string;
  /** The number the cell got. */
  readonly value?: number;
  /** The number the other notation would have given. */
  readonly other?: number;
}

/** A count of cells and the first few of them. */
export interface CellNotes {
  readonly count: number;
  readonly first: readonly CellNote[];
}

/**
 * What the reader assumed about a CSV file and why: the user can check it and choose otherwise.
 *
 * - `delimiterBy`: `detected` (the delimiter that splits the first rows into equal columns), `sepLine`
 *   (Excel's `sep=;` first line) or `chosen`.
 * - `numbersBy`: `chosen`; `evidence` (values that only one notation reads, none for the other);
 *   `majority` (both kinds occur: the larger count decides, the others are kept as text);
 *   `delimiter` (only ambiguous values: a semicolon or tab file is taken as Dutch, a comma file as
 *   English); `nothing` (no number has a separator, so the notation changes nothing).
 */
export interface CsvReading {
  readonly delimiter: Delimiter;
  readonly delimiterBy: "detected" | "sepLine" | "chosen";
  readonly numbers: NumberLocale;
  readonly numbersBy: "chosen" | "evidence" | "majority" | "delimiter" | "nothing";
  /** Values only English (`en`) or only Dutch (`nl`) notation reads. */
  readonly evidence: Readonly<Record<NumberLocale, CellNotes>>;
  /** Values both notations read, to different numbers, that the evidence did not settle. */
  readonly ambiguous: CellNotes;
  /** Values that look like numbers but are none in the assumed notation, kept as text. */
  readonly keptAsText: CellNotes;
}

/** A cell's number format implied by its text (`12,5%` → `0.0%`), 0-based. */
export interface CellFormat {
  readonly row: number;
  readonly col: number;
  readonly format: string;
}

/** A CSV file read as sheet rows, with the formats its values imply and the report of what was assumed. */
export interface CsvRead {
  readonly rows: CellInput[][];
  readonly formats: readonly CellFormat[];
  readonly reading: CsvReading;
}

const SAMPLE_ROWS = 200;
const NOTED = 5;

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Excel's first line `sep=;` (optionally quoted): the delimiter and the text after that line. */
function sepLine(body: string): { delimiter: Delimiter; rest: string } | undefined {
  const m = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)/i.exec(body);
  const d = m?.[1];
  if (m === null || (d !== "," && d !== ";" && d !== "\t")) return undefined;
  return { delimiter: d, rest: body.slice(m[0].length) };
}

function splitRows(body: string, delimiter: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      if (rows.length >= maxRows) return rows;
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted) {
    if (maxRows !== Infinity) return rows;
    throw new Error("The CSV file has an unclosed quote.");
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The delimiter that splits a CSV text's first rows into columns of one width (quotes respected):
 * the header's field count, more than one, held by at least 80 % of the rows; among those the most
 * regular, then the widest; on a tie semicolon, comma, tab. A `sep=` first line decides by itself.
 *
 * @example
 * detectDelimiter('"Naam, voluit";Omzet\nAcme;1,5'); // ";"
 * detectDelimiter("a\tb\n1\t2"); // "\t"
 */
export function detectDelimiter(text: string): Delimiter {
  const body = withoutBom(text);
  const sep = sepLine(body);
  if (sep !== undefined) return sep.delimiter;
  let best: Delimiter = ",";
  let bestKey = [-1, -1, -1];
  for (const d of DELIMITERS) {
    const rows = splitRows(body, d, SAMPLE_ROWS).filter((r) => !(r.length === 1 && r[0]?.trim() === ""));
    const width = rows[0]?.length ?? 0;
    const rest = rows.slice(1);
    const regular = rest.length === 0 ? 1 : rest.filter((r) => r.length === width).length / rest.length;
    const key = [width > 1 && regular >= 0.8 ? 1 : 0, regular, width];
    const better = key.findIndex((k, i) => k !== bestKey[i]);
    if (better >= 0 && (key[better] ?? 0) > (bestKey[better] ?? 0)) {
      best = d;
      bestKey = key;
    }
  }
  return best;
}

/**
 * The delimiter of a CSV text (see {@link detectDelimiter}).
 *
 * @example
 * guessDelimiter("a;b;c\n1;2;3"); // ";"
 */
export function guessDelimiter(text: string): string {
  return detectDelimiter(text);
}

/**
 * Splits CSV text into rows of fields (strings). A byte order mark is dropped; a `sep=` first line
 * is not (see {@link readCsv}).
 *
 * @example
 * parseCsvText('a,"b,c"\n1,"say ""hi"""'); // [["a", "b,c"], ["1", 'say "hi"']]
 */
export function parseCsvText(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  return splitRows(withoutBom(text), delimiter);
}

function escaped(field: string): CellInput {
  return field.startsWith("=") || field.startsWith("'") ? `'${field}` : field;
}

/**
 * One CSV field as sheet content in a number notation (English by default): a number when it reads
 * as one, else text (escaped when it would look like a formula).
 *
 * @example
 * csvCell("12.5"); // 12.5
 * csvCell("1.234,5", "nl"); // 1234.5
 * csvCell("=1+1"); // "'=1+1"
 * csvCell(""); // null
 */
export function csvCell(field: string, numbers: NumberLocale = "en"): CellInput {
  if (field.trim() === "") return null;
  return readNumber(field, numbers)?.value ?? escaped(field);
}

class Notes {
  count = 0;
  readonly first: CellNote[] = [];
  add(note: () => CellNote): void {
    this.count++;
    if (this.first.length < NOTED) this.first.push(note());
  }
  done(): CellNotes {
    return { count: this.count, first: this.first };
  }
}

function cellName(row: number, col: number): string {
  return a1({ row, col, rows: 1, cols: 1 });
}

function shapes(rows: readonly (readonly string[])[]): {
  evidence: Record<NumberLocale, Notes>;
  ambiguous: number;
} {
  const evidence = { en: new Notes(), nl: new Notes() };
  let ambiguous = 0;
  rows.forEach((line, row) =>
    line.forEach((field, col) => {
      if (!/\d/.test(field)) return;
      const shape: NumberShape = numberShape(field);
      if (shape === "en" || shape === "nl")
        evidence[shape].add(() => ({ cell: cellName(row, col), text: field.trim() }));
      else if (shape === "ambiguous") ambiguous++;
    }),
  );
  return { evidence, ambiguous };
}

function decideNumbers(
  choice: NumberLocale | undefined,
  evidence: Record<NumberLocale, Notes>,
  ambiguous: number,
  delimiter: Delimiter,
): { numbers: NumberLocale; numbersBy: CsvReading["numbersBy"] } {
  if (choice !== undefined) return { numbers: choice, numbersBy: "chosen" };
  const en = evidence.en.count;
  const nl = evidence.nl.count;
  const hint: NumberLocale = delimiter === "," ? "en" : "nl";
  if (nl > 0 && en === 0) return { numbers: "nl", numbersBy: "evidence" };
  if (en > 0 && nl === 0) return { numbers: "en", numbersBy: "evidence" };
  if (en > 0 && nl > 0) return { numbers: en === nl ? hint : en > nl ? "en" : "nl", numbersBy: "majority" };
  return { numbers: hint, numbersBy: ambiguous > 0 ? "delimiter" : "nothing" };
}

/**
 * Reads a CSV file as sheet rows. The delimiter is detected ({@link detectDelimiter}) unless chosen;
 * the number notation is chosen, or decided by the whole file: values only one notation reads
 * (`12.5`, `0,25`, `1.234,56`) decide it; if both kinds occur the majority does and the others stay
 * text; with only ambiguous values (`1.250`) the delimiter does (semicolon or tab: Dutch, comma:
 * English) and the report names them. No value is read in a notation other than the one reported.
 *
 * @example
 * const { rows, reading } = readCsv("Klant;Omzet\nAcme;1.234,50\nGlobex;12.500");
 * rows[2]; // ["Globex", 12500]
 * reading.numbers; // "nl" (numbersBy "evidence": 1.234,50 reads only as Dutch)
 */
export function readCsv(text: string, choice: CsvChoice = {}): CsvRead {
  const body = withoutBom(text);
  const sep = sepLine(body);
  const delimiter = choice.delimiter ?? sep?.delimiter ?? detectDelimiter(body);
  const delimiterBy: CsvReading["delimiterBy"] =
    choice.delimiter !== undefined ? "chosen" : sep !== undefined ? "sepLine" : "detected";
  const fields = splitRows(sep?.rest ?? body, delimiter);
  const { evidence, ambiguous: ambiguousCount } = shapes(fields);
  const { numbers, numbersBy } = decideNumbers(choice.numbers, evidence, ambiguousCount, delimiter);
  const unsettled = numbersBy === "delimiter" || numbersBy === "majority";
  const other: NumberLocale = numbers === "en" ? "nl" : "en";
  const ambiguous = new Notes();
  const keptAsText = new Notes();
  const formats: CellFormat[] = [];
  const rows = fields.map((line, row) =>
    line.map((field, col): CellInput => {
      if (field.trim() === "") return null;
      const read = readNumber(field, numbers);
      if (read !== undefined) {
        if (read.format !== undefined) formats.push({ row, col, format: read.format });
        if (unsettled && !/^\s*[-+]?\d+\s*$/.test(field)) {
          const alt = readNumber(field, other);
          if (alt !== undefined && alt.value !== read.value) {
            ambiguous.add(() => ({
              cell: cellName(row, col),
              text: field.trim(),
              value: read.value,
              other: alt.value,
            }));
          }
        }
        return read.value;
      }
      if (/\d/.test(field) && numberShape(field) !== "text") {
        keptAsText.add(() => ({ cell: cellName(row, col), text: field.trim() }));
      }
      return escaped(field);
    }),
  );
  return {
    rows,
    formats,
    reading: {
      delimiter,
      delimiterBy,
      numbers,
      numbersBy,
      evidence: { en: evidence.en.done(), nl: evidence.nl.done() },
      ambiguous: ambiguous.done(),
      keptAsText: keptAsText.done(),
    },
  };
}

/**
 * A CSV file as sheet rows, delimiter and number notation detected (see {@link readCsv}).
 *
 * @example
 * csvToRows("Customer,Revenue\nAcme,1200"); // [["Customer", "Revenue"], ["Acme", 1200]]
 * csvToRows("Klant;Omzet\nAcme;1.234,50"); // [["Klant", "Omzet"], ["Acme", 1234.5]]
 */
export function csvToRows(text: string): CellInput[][] {
  return readCsv(text).rows;
}
