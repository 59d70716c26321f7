/**
 * CSV text to sheet rows (RFC 4180 quoting; the delimiter is whichever of `,` `;` or tab splits the
 * first line most). Numbers become numbers; a text that starts with "=" stays text.
 *
 * @module
 */
import type { CellInput } from "./protocol";

/**
 * The delimiter of a CSV text, guessed from its first line.
 *
 * @example
 * guessDelimiter("a;b;c\n1;2;3"); // ";"
 */
export function guessDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  let best = ",";
  let bestCount = -1;
  for (const d of [",", ";", "\t"]) {
    const count = first.split(d).length;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits CSV text into rows of fields (strings).
 *
 * @example
 * parseCsvText('a,"b,c"\n1,"say ""hi"""'); // [["a", "b,c"], ["1", 'say "hi"']]
 */
export function parseCsvText(text: string, delimiter = guessDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted) throw new Error("The CSV file has an unclosed quote.");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One CSV field as sheet content: a number when it reads as one, else text (escaped when it would
 * look like a formula).
 *
 * @example
 * csvCell("12.5"); // 12.5
 * csvCell("=1+1"); // "'=1+1"
 * csvCell(""); // null
 */
export function csvCell(field: string): CellInput {
  const t = field.trim();
  if (t === "") return null;
  if (NUMBER.test(t)) return Number(t);
  if (t.startsWith("=") || t.startsWith("'")) return `'${field}`;
  return field;
}

/**
 * A CSV file as sheet rows.
 *
 * @example
 * csvToRows("Customer,Revenue\nAcme,1200"); // [["Customer", "Revenue"], ["Acme", 1200]]
 */
export function csvToRows(text: string): CellInput[][] {
  return parseCsvText(text).map((line) => line.map(csvCell));
}
