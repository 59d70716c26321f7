/**
 * A1 ⇄ R1C1 conversion of formulas, used to write a column of formulas that differ only by their
 * relative references as ONE R1C1 formula applied to the whole range (the payload then no longer grows
 * with the row count). Text in string literals, quoted sheet names and brackets is left alone.
 *
 * @module
 */

import { columnLetters } from "../core/layout";

type Segment = { readonly text: string; readonly code: boolean };

function segments(formula: string): Segment[] | undefined {
  if (formula.includes("[")) return undefined;
  const out: Segment[] = [];
  let from = 0;
  for (;;) {
    const dq = formula.indexOf('"', from);
    const sq = formula.indexOf("'", from);
    const open = dq < 0 ? sq : sq < 0 ? dq : Math.min(dq, sq);
    if (open < 0) break;
    const quote = formula[open] as string;
    let close = open + 1;
    for (;;) {
      close = formula.indexOf(quote, close);
      if (close < 0) return undefined;
      if (formula[close + 1] === quote) close += 2;
      else break;
    }
    out.push({ text: formula.slice(from, open), code: true }, { text: formula.slice(open, close + 1), code: false });
    from = close + 1;
  }
  out.push({ text: formula.slice(from), code: true });
  return out;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const ROWS = /(?<![A-Za-z0-9_.$])\$?\d+:\$?\d+(?![A-Za-z0-9_(.])/;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWord = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95 || c === 46;
const DOLLAR = 36;
const COLON = 58;
const PAREN = 40;
const BANG = 33;

function rel(axis: "R" | "C", delta: number): string {
  return delta === 0 ? axis : `${axis}[${delta}]`;
}

function letterIndex(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 26 + (text.charCodeAt(k) & 0xdf) - 64;
  return n - 1;
}

/** Converts the references in one piece of formula code (no string literals in it); undefined when unsure. */
function codeToR1C1(text: string, row: number, col: number): string | undefined {
  if (text.includes(":") && ROWS.test(text)) return undefined;
  const n = text.length;
  let out = "";
  let last = 0;
  let i = 0;
  while (i < n) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (prev === DOLLAR || isWord(prev)) {
      i++;
      continue;
    }
    let j = i;
    const colAbs = text.charCodeAt(j) === DOLLAR;
    if (colAbs) j++;
    const ls = j;
    while (j < n && j - ls < 4 && isLetter(text.charCodeAt(j))) j++;
    if (j - ls < 1 || j - ls > 3) {
      i++;
      continue;
    }
    const c = letterIndex(text, ls, j);
    if (text.charCodeAt(j) === COLON) {
      let k = j + 1;
      const abs2 = text.charCodeAt(k) === DOLLAR;
      if (abs2) k++;
      const ls2 = k;
      while (k < n && k - ls2 < 4 && isLetter(text.charCodeAt(k))) k++;
      const after = k < n ? text.charCodeAt(k) : 0;
      if (k - ls2 >= 1 && k - ls2 <= 3 && !isWord(after) && after !== PAREN && after !== BANG) {
        const c2 = letterIndex(text, ls2, k);
        if (c >= MAX_COL || c2 >= MAX_COL) return undefined;
        const one = (abs: boolean, ci: number): string => (abs ? `C${ci + 1}` : rel("C", ci - col));
        out += `${text.slice(last, i)}${one(colAbs, c)}:${one(abs2, c2)}`;
        last = i = k;
        continue;
      }
    }
    const rowAbs = text.charCodeAt(j) === DOLLAR;
    if (rowAbs) j++;
    const ds = j;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    const after = j < n ? text.charCodeAt(j) : 0;
    if (j === ds || j - ds > 7 || isWord(after) || after === PAREN || after === BANG) {
      i++;
      continue;
    }
    const r = Number(text.slice(ds, j)) - 1;
    if (c >= MAX_COL || r < 0 || r >= MAX_ROW) return undefined;
    out += `${text.slice(last, i)}${rowAbs ? `R${r + 1}` : rel("R", r - row)}${colAbs ? `C${c + 1}` : rel("C", c - col)}`;
    last = i = j;
  }
  return out + text.slice(last);
}

/**
 * The R1C1 form of an A1 formula written at the 0-based `row`, `col`; `undefined` when the formula
 * has something this converter does not handle (structured references, whole-row ranges), so the
 * caller writes it in A1 as it is.
 *
 * @example
 * toR1C1("=B2*$C$1", 1, 3); // "=RC[-2]*R1C3"
 * toR1C1('=IF(A2>0,"A1",0)', 1, 1); // '=IF(RC[-1]>0,"A1",0)'
 */
export function toR1C1(formula: string, row: number, col: number): string | undefined {
  const parts = segments(formula);
  if (!parts) return undefined;
  let out = "";
  for (const part of parts) {
    if (!part.code) {
      out += part.text;
      continue;
    }
    const converted = codeToR1C1(part.text, row, col);
    if (converted === undefined) return undefined;
    out += converted;
  }
  return out;
}

const R1C1_ANY =
  /(?<![A-Za-z0-9_.$])(?:C(\[-?\d+\]|\d+)?:C(\[-?\d+\]|\d+)?|R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?)(?![A-Za-z0-9_(.!])/g;

function resolve(spec: string | undefined, base: number): { index: number; absolute: boolean } {
  if (spec === undefined) return { index: base, absolute: false };
  if (spec.startsWith("[")) return { index: base + Number(spec.slice(1, -1)), absolute: false };
  return { index: Number(spec) - 1, absolute: true };
}

/**
 * The A1 form of an R1C1 formula written at the 0-based `row`, `col` (the inverse of {@link toR1C1}).
 *
 * @example
 * fromR1C1("=RC[-2]*R1C3", 1, 3); // "=B2*$C$1"
 */
export function fromR1C1(formula: string, row: number, col: number): string {
  const parts = segments(formula) ?? [{ text: formula, code: true }];
  return parts
    .map((part) =>
      part.code
        ? part.text.replace(R1C1_ANY, (m, a?: string, b?: string, rs?: string, cs?: string) => {
            if (m.startsWith("C")) {
              const one = (spec: string | undefined): string => {
                const c = resolve(spec, col);
                return `${c.absolute ? "$" : ""}${columnLetters(c.index)}`;
              };
              return `${one(a)}:${one(b)}`;
            }
            const r = resolve(rs, row);
            const c = resolve(cs, col);
            return `${c.absolute ? "$" : ""}${columnLetters(c.index)}${r.absolute ? "$" : ""}${r.index + 1}`;
          })
        : part.text,
    )
    .join("");
}
