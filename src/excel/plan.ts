/**
 * How a {@link SheetLayout}'s cells become Office.js writes, as pure data (no `Excel.*` here):
 *
 * - A run of cells down a column whose formulas are the same in R1C1 notation (a table column of
 *   formulas) becomes ONE `fill` write: the host writes the run's top cell (`formulasR1C1 = [[f]]`)
 *   and copies it down with `Range.copyFrom(top, "Formulas")` (ExcelApi 1.9), which adjusts relative
 *   references as a paste does. Its payload does not grow with the number of rows. (A single value
 *   assigned to a multi-cell range is no longer documented, so it is not used.)
 * - A number format over many cells is written the same way: the top-left cell, then
 *   `copyFrom(top, "Formats")` ({@link planNumberFormats}).
 * - Everything else (literal values, one-off formulas) is written as `cells` with `Range.formulas`;
 *   cells a fill covers are `null` there, which Excel leaves untouched.
 * - Text is guarded with a leading apostrophe unless it is plain words, so a customer called
 *   `=HYPERLINK(...)`, `0123` or `TRUE` stays text (Excel stores the text without the apostrophe).
 * - The writes are packed into chunks whose serialized size stays under {@link CHUNK_BUDGET_BYTES};
 *   each chunk is one `context.sync()` (one request), below Excel on the web's 5 MB request limit.
 *
 * @module
 */
import type { Block, LayoutCell, RangeRef, SheetLayout } from "../core/layout";
import { toR1C1 } from "./r1c1";

/**
 * Excel on the web's payload limit per request and per response: "5MB" in Microsoft's "Resource
 * limits and performance optimization for Office Add-ins", read as 5,000,000 bytes (the smaller reading).
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;

/** What one write chunk may hold, leaving headroom under {@link REQUEST_LIMIT_BYTES} for the envelope. */
export const CHUNK_BUDGET_BYTES = 4_000_000;

/** The smallest run of equal R1C1 formulas written as one fill. */
export const MIN_FILL_RUN = 3;

/** One value of a `Range.formulas` write: a formula, a (guarded) literal, or `null` = leave as is. */
export type WriteValue = string | number | boolean | null;

/** One queued write. `bytes` is its serialized size (UTF-8 JSON). */
export type WriteOp =
  | {
      readonly kind: "cells";
      readonly range: RangeRef;
      readonly formulas: readonly (readonly WriteValue[])[];
      readonly bytes: number;
    }
  | { readonly kind: "fill"; readonly range: RangeRef; readonly r1c1: string; readonly bytes: number };

const PLAIN_TEXT = /^\p{L}[\p{L} ]*$/u;

/**
 * A literal text as written through `Range.formulas`: with a leading apostrophe unless it is plain
 * words (letters and spaces, not TRUE/FALSE), so Excel never turns it into a formula, number, date,
 * boolean or error.
 *
 * @example
 * guardText('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * guardText("Key account"); // "Key account"
 * guardText("0123"); // "'0123"
 */
export function guardText(text: string): string {
  if (text === "") return text;
  return PLAIN_TEXT.test(text) && !/^(true|false)$/i.test(text) ? text : `'${text}`;
}

/**
 * The value written for a layout cell.
 *
 * @example
 * toWriteValue({ f: "=A1*2" }); // "=A1*2"
 * toWriteValue({ v: "=1+1" }); // "'=1+1"
 * toWriteValue(null); // null
 */
export function toWriteValue(cell: LayoutCell): WriteValue {
  if (cell === null) return null;
  if ("f" in cell) return cell.f;
  return typeof cell.v === "string" ? guardText(cell.v) : cell.v;
}

/**
 * UTF-8 byte length of a string, without allocating.
 *
 * @example
 * utf8Bytes("é"); // 2
 */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Serialized size of one row of write values (as in `JSON.stringify`), in bytes.
 *
 * @example
 * rowBytes(["a", 1, null]); // 12 = '["a",1,null]'.length
 */
export function rowBytes(row: readonly WriteValue[]): number {
  let n = 1 + Math.max(0, row.length - 1) + 1;
  for (const v of row) n += v === null ? 4 : typeof v === "string" ? utf8Bytes(JSON.stringify(v)) : String(v).length;
  return n;
}

/**
 * Bytes charged per write besides its values: the action and the range's object path as Office.js
 * serializes them (about 100 + 120 bytes), rounded up.
 */
const OP_ENVELOPE = 250;

function cellsOp(range: RangeRef, formulas: WriteValue[][], bytes?: number): WriteOp {
  const size = bytes ?? formulas.reduce((n, row) => n + rowBytes(row) + 1, 1);
  return { kind: "cells", range, formulas, bytes: size + OP_ENVELOPE };
}

/**
 * The writes for one block: fills for runs of equal R1C1 formulas down a column, `cells` for the rest
 * (one op per stretch of rows whose remaining cells span the same columns).
 *
 * @example
 * planBlock({ row: 0, col: 0, cells: [[{ v: "x" }], [{ f: "=A1" }], [{ f: "=A2" }], [{ f: "=A3" }]] });
 * // [fill A2:A4 with "=R[-1]C", cells A1 = "x"]
 */
export function planBlock(block: Block): WriteOp[] {
  const rows = block.cells.length;
  const cols = block.cells.reduce((n, r) => Math.max(n, r.length), 0);
  const values: WriteValue[][] = block.cells.map((r) =>
    Array.from({ length: cols }, (_, c) => toWriteValue(r[c] ?? null)),
  );
  const ops: WriteOp[] = [];
  for (let c = 0; c < cols; c++) {
    let runStart = 0;
    let runFormula: string | undefined;
    const close = (end: number): void => {
      if (runFormula !== undefined && end - runStart >= MIN_FILL_RUN) {
        for (let r = runStart; r < end; r++) (values[r] as WriteValue[])[c] = null;
        const range = { row: block.row + runStart, col: block.col + c, rows: end - runStart, cols: 1 };
        // Two ranges and two actions: the top cell's formula, then copyFrom down the run.
        ops.push({ kind: "fill", range, r1c1: runFormula, bytes: utf8Bytes(runFormula) + 2 * OP_ENVELOPE });
      }
    };
    for (let r = 0; r <= rows; r++) {
      const cell = r < rows ? block.cells[r]?.[c] : undefined;
      const r1c1 = cell && "f" in cell ? toR1C1(cell.f, block.row + r, block.col + c) : undefined;
      if (r1c1 === undefined || r1c1 !== runFormula) {
        close(r);
        runStart = r;
        runFormula = r1c1;
      }
    }
  }
  const spans = values.map((row) => {
    const first = row.findIndex((v) => v !== null);
    if (first < 0) return undefined;
    let last = row.length - 1;
    while (row[last] === null) last--;
    return [first, last] as const;
  });
  let start = 0;
  for (let r = 1; r <= rows; r++) {
    const a = spans[start];
    const b = r < rows ? spans[r] : undefined;
    if (r < rows && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1]) continue;
    if (a !== undefined) {
      const [c0, c1] = a;
      const slice = values.slice(start, r).map((row) => row.slice(c0, c1 + 1));
      ops.push(cellsOp({ row: block.row + start, col: block.col + c0, rows: r - start, cols: c1 - c0 + 1 }, slice));
    }
    start = r;
  }
  return ops;
}

/**
 * All cell writes of a layout, block by block.
 *
 * @example
 * planWrites(layout).filter((op) => op.kind === "fill").length;
 */
export function planWrites(layout: SheetLayout): WriteOp[] {
  return layout.blocks.flatMap(planBlock);
}

function splitCells(op: Extract<WriteOp, { kind: "cells" }>, budget: number): WriteOp[] {
  if (op.bytes <= budget) return [op];
  const parts: WriteOp[] = [];
  let start = 0;
  let bytes = 1;
  op.formulas.forEach((row, r) => {
    const b = rowBytes(row) + 1;
    if (r > start && bytes + b + OP_ENVELOPE > budget) {
      parts.push(
        cellsOp(
          { ...op.range, row: op.range.row + start, rows: r - start },
          op.formulas.slice(start, r) as WriteValue[][],
          bytes,
        ),
      );
      start = r;
      bytes = 1;
    }
    bytes += b;
  });
  parts.push(
    cellsOp(
      { ...op.range, row: op.range.row + start, rows: op.formulas.length - start },
      op.formulas.slice(start) as WriteValue[][],
      bytes,
    ),
  );
  return parts;
}

/**
 * Packs writes into chunks of at most `budget` bytes (one chunk = one request = one sync), splitting
 * a large `cells` write by rows. Always returns at least one (possibly empty) chunk.
 *
 * @example
 * packChunks(planWrites(layout)).length; // 1 for a layout of formula columns, whatever its rows
 */
export function packChunks(ops: readonly WriteOp[], budget = CHUNK_BUDGET_BYTES): WriteOp[][] {
  const chunks: WriteOp[][] = [[]];
  let used = 0;
  for (const op of ops.flatMap((o) => (o.kind === "cells" ? splitCells(o, budget) : [o]))) {
    if (used + op.bytes > budget && (chunks[chunks.length - 1] as WriteOp[]).length > 0) {
      chunks.push([]);
      used = 0;
    }
    (chunks[chunks.length - 1] as WriteOp[]).push(op);
    used += op.bytes;
  }
  return chunks;
}

/** One number format to apply: to `top` (one cell) as `[[numberFormat]]`, then copied over `range`. */
export interface NumberFormatOp {
  readonly range: RangeRef;
  readonly numberFormat: string;
}

/**
 * The number formats of a layout, in layout order. The host writes each to the range's top-left cell
 * and, for a larger range, copies that cell's formats over it with `copyFrom(top, "Formats")`. That
 * copies every format of the top cell, so these go before any bold, fill, font colour, table or
 * conditional format is applied (each entry then still wins over the ones before it).
 *
 * @example
 * planNumberFormats({ ...layout, formats: [{ range: { row: 1, col: 2, rows: 100, cols: 1 }, numberFormat: "0%" }] });
 * // [{ range: C2:C101, numberFormat: "0%" }]
 */
export function planNumberFormats(layout: SheetLayout): NumberFormatOp[] {
  return layout.formats.flatMap((f) =>
    f.numberFormat === undefined || f.range.rows < 1 || f.range.cols < 1
      ? []
      : [{ range: f.range, numberFormat: f.numberFormat }],
  );
}

/** Table names Excel accepts, unique in the workbook: the composer's rules (`src/core/compose/names.ts`). */
export { uniqueTableName, validTableName } from "../core/compose";
