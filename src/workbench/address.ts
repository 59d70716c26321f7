/**
 * A1 addresses typed in the name box or found in files, as 0-based ranges.
 *
 * @module
 */
import type { RangeRef } from "../core/layout";

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * A1 reference ("B5", "$A$1:C10") as a 0-based range, or undefined when it is not one.
 *
 * @example
 * parseA1("B2:C4"); // { row: 1, col: 1, rows: 3, cols: 2 }
 * parseA1("hello"); // undefined
 */
export function parseA1(ref: string): RangeRef | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (m === null) return undefined;
  const c0 = columnIndex(m[1] ?? "A");
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] === undefined ? c0 : columnIndex(m[3]);
  const r1 = m[4] === undefined ? r0 : Number(m[4]) - 1;
  if (r0 < 0 || r1 < 0) return undefined;
  return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

/**
 * A name-box entry: an optional sheet ("Data!B5", "'KAM Selection'!A1") and a range.
 *
 * @example
 * parseAddress("'My sheet'!B2"); // { sheet: "My sheet", range: { row: 1, col: 1, rows: 1, cols: 1 } }
 * parseAddress("C3"); // { range: { row: 2, col: 2, rows: 1, cols: 1 } }
 */
export function parseAddress(text: string): { sheet?: string; range: RangeRef } | undefined {
  const bang = text.lastIndexOf("!");
  const range = parseA1(bang < 0 ? text : text.slice(bang + 1));
  if (range === undefined) return undefined;
  if (bang < 0) return { range };
  const raw = text.slice(0, bang).trim();
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, range };
}

/**
 * True when two ranges share a cell.
 *
 * @example
 * overlaps({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 1, col: 1, rows: 1, cols: 1 }); // true
 */
export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
