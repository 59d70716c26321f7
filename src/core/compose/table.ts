/**
 * Tables in the composer: a column registry (columns by key, groups such as criteria or activities),
 * references into it (a column's data range, a cell in the same row, a range across a group), and the
 * rows of a customer table written from row templates.
 *
 * A row template is a formula with two markers: {@link ROW} for the sheet row of the line (1-based) and
 * {@link SRC} for its source row. `here(key)` gives the column letters followed by {@link ROW}.
 *
 * @module
 */
import { a1, columnLetters, type LayoutCell, type RangeRef } from "../layout";
import type { BlockDef, Parts, Place, Sheet, TableRefs } from "./sheet";

/** Marks the sheet row (1-based) of a line in a row template. */
export const ROW = "\u0001";
/** Marks the source row (1-based) of a line in a row template. */
export const SRC = "\u0002";

/** A column of a table, or a group of `count` columns under one key. */
export interface ColumnDef {
  readonly key: string;
  /** Columns in the group (default 1; 0 leaves the group out). */
  readonly count?: number;
  /** Left out when false (an optional column such as profit). */
  readonly when?: boolean;
}

/** Column positions by key, relative to the table's first column. */
export interface Columns {
  readonly width: number;
  /** The `j`-th column of a key (0 for a single column). Throws on an unknown key. */
  col(key: string, j?: number): number;
  /** Every column of a key, in order. */
  cols(key: string): readonly number[];
  has(key: string): boolean;
}

/**
 * Lays out columns left to right by key.
 *
 * @example
 * const c = columns([{ key: "name" }, { key: "raw", count: 3 }, { key: "profit", when: false }, { key: "total" }]);
 * c.col("raw", 2); // 3
 * c.col("total"); // 4
 * c.width; // 5
 */
export function columns(defs: readonly ColumnDef[]): Columns {
  const start = new Map<string, { at: number; count: number }>();
  let width = 0;
  for (const d of defs) {
    if (d.when === false) continue;
    if (start.has(d.key)) throw new Error(`compose: column "${d.key}" twice`);
    const count = d.count ?? 1;
    start.set(d.key, { at: width, count });
    width += count;
  }
  const find = (key: string): { at: number; count: number } => {
    const s = start.get(key);
    if (s === undefined) throw new Error(`compose: no column "${key}"`);
    return s;
  };
  return {
    width,
    col: (key, j = 0) => find(key).at + j,
    cols: (key) => {
      const s = find(key);
      return Array.from({ length: s.count }, (_, j) => s.at + j);
    },
    has: (key) => start.has(key),
  };
}

/**
 * The registry of a table resolved on the sheet: `at` is the block's place, the header is `headerOffset`
 * rows below its top, and `rows` data rows follow the header.
 *
 * @example
 * const refs = tableRefs(columns([{ key: "name" }, { key: "total" }]), { row: 10, col: 0, rows: 6, cols: 2 }, 1, 4);
 * refs.data("total"); // "$B$12:$B$15"
 * refs.here("total"); // "B\u0001"
 */
export function tableRefs(cols: Columns, at: RangeRef, headerOffset: number, rows: number): TableRefs {
  const headerRow = at.row + headerOffset;
  const firstRow = headerRow + 1;
  const column = (key: string, j = 0): number => at.col + cols.col(key, j);
  const dataRange = (key: string, j = 0): RangeRef => ({ row: firstRow, col: column(key, j), rows, cols: 1 });
  return {
    headerRow,
    firstRow,
    rows,
    range: { row: headerRow, col: at.col, rows: rows + 1, cols: cols.width },
    col: column,
    cols: (key) => cols.cols(key).map((c) => at.col + c),
    data: (key, j = 0) => a1(dataRange(key, j), true),
    dataRange,
    across: (key, from, count) => ({ row: firstRow, col: column(key, from), rows, cols: count }),
    here: (key, j = 0) => `${columnLetters(column(key, j))}${ROW}`,
  };
}

/** What {@link tableBlock} takes besides its id and place. */
export interface TableBlockSpec {
  readonly columns: Columns;
  /** Data rows. */
  readonly rows: number;
  /** Rows of the block above the header (an aligned weights row, say). Default 0. */
  readonly headerOffset?: number;
  readonly when?: boolean;
  readonly render: (sheet: Sheet, refs: TableRefs) => Parts;
}

/**
 * A block holding a table: its size follows from the columns and rows, and other blocks reach its
 * columns through `sheet.table(id)`.
 *
 * @example
 * const matrix = tableBlock("matrix", { below: "cutoffs" }, { columns: cols, rows: n, render: (s, t) => ({}) });
 */
export function tableBlock(id: string, place: Place, spec: TableBlockSpec): BlockDef {
  const headerOffset = spec.headerOffset ?? 0;
  return {
    id,
    place,
    size: { rows: headerOffset + 1 + spec.rows, cols: spec.columns.width },
    ...(spec.when === undefined ? {} : { when: spec.when }),
    registry: (at) => tableRefs(spec.columns, at, headerOffset, spec.rows),
    render: (sheet) => spec.render(sheet, sheet.table(id)),
  };
}

/**
 * Compiles a row template into a function that fills in its markers. The result is built with one
 * `join`, a flat string (template literals would keep a rope of pieces per cell, several times the
 * memory at 100,000 rows).
 *
 * @example
 * compileRowTemplate(`=A${ROW}+Data!B${SRC}`)(5, 2); // "=A5+Data!B2"
 */
export function compileRowTemplate(template: string): (row: number, source: number) => string {
  const parts = template.split(new RegExp(`(${ROW}|${SRC})`));
  const slots: { at: number; source: boolean }[] = [];
  parts.forEach((p, at) => {
    if (p === ROW || p === SRC) slots.push({ at, source: p === SRC });
  });
  const buffer = [...parts];
  return (row, source) => {
    const r = String(row);
    const s = String(source);
    for (const slot of slots) buffer[slot.at] = slot.source ? s : r;
    return buffer.join("");
  };
}

/** How the data rows of a table are written. */
export interface DataRows {
  readonly rows: number;
  readonly width: number;
  /** The sheet row (0-based) of the first data row. */
  readonly firstRow: number;
  /** The source row (1-based) of data row 0; row i reads source row `firstSource + i`. */
  readonly firstSource: number;
  /** Literal cells per row (customer names). */
  readonly literal?: (i: number) => readonly { readonly col: number; readonly cell: LayoutCell }[];
  /** Row templates: every row gets the template with its markers filled in (the portable style). */
  readonly templates?: readonly { readonly col: number; readonly template: string }[];
  /** Formulas in the first row only (the KAM style's spilled columns). */
  readonly firstRowOnly?: readonly { readonly col: number; readonly formula: string }[];
}

/**
 * The data rows of a table, `rows` × `width` cells, relative to the table's first column.
 *
 * @example
 * dataRows({ rows: 2, width: 2, firstRow: 5, firstSource: 2, templates: [{ col: 1, template: `=Data!A${SRC}*A${ROW}` }] });
 * // [[null, { f: "=Data!A2*A6" }], [null, { f: "=Data!A3*A7" }]]
 */
export function dataRows(spec: DataRows): LayoutCell[][] {
  const compiled = (spec.templates ?? []).map(({ col, template }) => ({ col, fill: compileRowTemplate(template) }));
  const out = new Array<LayoutCell[]>(spec.rows);
  for (let i = 0; i < spec.rows; i++) {
    const line = new Array<LayoutCell>(spec.width).fill(null);
    if (spec.literal !== undefined) for (const { col, cell } of spec.literal(i)) line[col] = cell;
    const r1 = spec.firstRow + i + 1;
    const sr = spec.firstSource + i;
    for (const { col, fill } of compiled) line[col] = { f: fill(r1, sr) };
    if (i === 0) for (const { col, formula } of spec.firstRowOnly ?? []) line[col] = { f: formula };
    out[i] = line;
  }
  return out;
}
