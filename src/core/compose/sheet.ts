/**
 * The sheet composer: a builder declares named blocks, each with its size and its place relative to
 * other blocks ("below weights", "beside summary"); the composer places them, then lets every block
 * render its cells with the resolved addresses of any other block (a summary can count a table column
 * placed below it). The result is a {@link SheetLayout} plus the anchors Refresh and Explain need.
 *
 * Sizes are known before anything renders, so references may point forward and backward alike.
 *
 * @module
 */
import {
  listSource,
  a1,
  type Block,
  type ChartSpec,
  type ConditionalSpec,
  type FormatSpec,
  type InputSpec,
  type LayoutCell,
  type RangeRef,
  type SheetLayout,
  type TableSpec,
  type ValidationSpec,
} from "../layout";
import { STYLES, type Style, type StyleRole } from "./palette";

/** The size of a block in cells. */
export interface Size {
  readonly rows: number;
  readonly cols: number;
}

/** Resolves a block id to its rectangle on the sheet. */
export type Locate = (id: string) => RangeRef;

/**
 * Where a block goes. `below`: under that block, `gap` empty rows between (default 1), in its
 * column unless `col` says otherwise. `beside`: right of that block, `gap` empty columns between
 * (default 1), on its row unless `row` says otherwise. Without either, `row` and `col` (default 0).
 * `row` and `col` may be functions of the other blocks' places.
 */
export interface Place {
  readonly below?: string;
  readonly beside?: string;
  readonly gap?: number;
  readonly row?: number | ((at: Locate) => number);
  readonly col?: number | ((at: Locate) => number);
}

/** A format on a block, its range relative to the block's top-left cell. */
export interface PartFormat {
  readonly range: RangeRef;
  readonly role?: StyleRole;
  readonly numberFormat?: string;
}

/** What a block renders, every range relative to its own top-left cell. */
export interface Parts {
  readonly cells?: readonly (readonly LayoutCell[])[];
  readonly formats?: readonly PartFormat[];
  readonly conditional?: readonly ConditionalSpec[];
  /** An Excel table over a range of the block. */
  readonly table?: Omit<TableSpec, "range"> & { readonly range: RangeRef };
  /** A chart placed over the whole block. */
  readonly chart?: Omit<ChartSpec, "placement">;
  /**
   * Dropdown lists, ranges relative to the block; a `source` range without `sheet` is relative to the
   * block too (use `sheet.at` of another block and {@link absoluteSource} for a list elsewhere).
   */
  readonly validations?: readonly ValidationSpec[];
  /** Input cells the user edits and a refresh keeps: `key` and a range of the block (default: all of it). */
  readonly inputs?: readonly { readonly key: string; readonly range?: RangeRef }[];
}

/** A named block of a sheet. */
export interface BlockDef {
  readonly id: string;
  readonly place: Place;
  /** Its size, or a function of the other blocks' places (a chart as tall as the area above a table). */
  readonly size: Size | ((at: Locate) => Size);
  /** Skipped when false (an optional block keeps its place for blocks placed relative to it). */
  readonly when?: boolean;
  readonly render: (sheet: Sheet) => Parts;
  /** The column registry of a table block, on the block's place ({@link tableBlock} sets it). */
  readonly registry?: (at: RangeRef) => TableRefs;
}

/** The resolved sheet a block renders against. */
export interface Sheet {
  readonly name: string;
  /** The rectangle of a block. */
  at(id: string): RangeRef;
  /** One cell of a block, by its row and column within the block. */
  cell(id: string, row: number, col: number): RangeRef;
  /** The A1 reference of one cell of a block (absolute with `$` when asked). */
  ref(id: string, row: number, col: number, absolute?: boolean): string;
  /** The A1 reference of a range of a block. */
  range(id: string, row: number, col: number, rows: number, cols: number, absolute?: boolean): string;
  /** The column registry of a table block (`tableBlock`). */
  table(id: string): TableRefs;
}

/** A table's column registry resolved on the sheet (`tableBlock` in `table.ts`). */
export interface TableRefs {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: number;
  /** Header and data rows. */
  readonly range: RangeRef;
  col(key: string, j?: number): number;
  cols(key: string): readonly number[];
  /** The absolute A1 reference of a column's data rows. */
  data(key: string, j?: number): string;
  dataRange(key: string, j?: number): RangeRef;
  /** The data rows of `count` columns of a group from its `from`-th. */
  across(key: string, from: number, count: number): RangeRef;
  /** A same-row reference for a row template (`C` + the row marker). */
  here(key: string, j?: number): string;
}

/** A composed sheet: the layout and the places of its blocks. */
export interface Composed {
  readonly layout: SheetLayout;
  readonly sheet: Sheet;
}

/** What {@link compose} takes. */
export interface SheetSpec {
  readonly name: string;
  readonly tag: string;
  readonly blocks: readonly BlockDef[];
  readonly columnWidths?: Readonly<Record<number, number>> | ((sheet: Sheet) => Readonly<Record<number, number>>);
  /** Rows frozen at the top, or a function of the placed blocks (a table's header row: `s.table(id).firstRow`). */
  readonly freezeRows?: number | ((sheet: Sheet) => number);
  /**
   * Widens columns to fit their headings, up to this many characters: the text cells under a header
   * role (`header`, `tableHeader`, `plainHeader`) and in the first row of each Excel table.
   */
  readonly fitHeadings?: number;
}

/** How wide a column may grow for its heading, in characters: both builders use it. */
export const HEADING_WIDTH = 34;

/** The palette roles whose cells are headings. */
const HEADING_ROLES: ReadonlySet<string> = new Set(["header", "tableHeader", "plainHeader"]);

/** Excel's default column width (characters). */
const DEFAULT_WIDTH = 8.43;

/**
 * Column widths widened to fit the text of the heading cells, each at most `max` characters.
 *
 * @example
 * fitHeadingWidths([{ row: 0, col: 0, cells: [[{ v: "Total cost-to-serve" }]] }], [{ row: 0, col: 0, rows: 1, cols: 1 }], {}, 30);
 * // { 0: 21 }
 */
export function fitHeadingWidths(
  blocks: readonly Block[],
  headings: readonly RangeRef[],
  widths: Readonly<Record<number, number>>,
  max: number,
): Record<number, number> {
  const out: Record<number, number> = { ...widths };
  const inside = (r: number, c: number): boolean =>
    headings.some((h) => r >= h.row && r < h.row + h.rows && c >= h.col && c < h.col + h.cols);
  for (const b of blocks) {
    b.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (cell === null || !("v" in cell) || typeof cell.v !== "string") return;
        const col = b.col + j;
        if (!inside(b.row + i, col)) return;
        const want = Math.min(max, cell.v.length + 2);
        if (want > (out[col] ?? DEFAULT_WIDTH)) out[col] = want;
      }),
    );
  }
  return out;
}

/** Marks a validation's `source` as already absolute on the sheet (not relative to the rendering block). */
const ABSOLUTE = Symbol("absolute source");

/**
 * A list source at a sheet position (another block's cells), for {@link Parts.validations}.
 *
 * @example
 * ({ range: at(0, 1), source: absoluteSource(s.at("classes")) });
 */
export function absoluteSource(range: RangeRef): RangeRef {
  return Object.assign({ ...range }, { [ABSOLUTE]: true });
}

/**
 * Refuses, at compose time, what Excel would refuse when the sheet is written: a dropdown list
 * whose literal values cannot be one list source (empty, a comma in a value, over
 * `LIST_SOURCE_MAX` characters), a bubble series without sizes, and sizes on another chart.
 */
function checkParts(id: string, parts: Parts): void {
  for (const v of parts.validations ?? []) {
    if (!("values" in v)) continue;
    const list = listSource(v.values);
    if ("problem" in list)
      throw new Error(`compose: block "${id}" has a dropdown list Excel cannot take (${list.problem})`);
  }
  for (const s of parts.chart?.series ?? []) {
    if ((parts.chart?.type === "bubble") !== (s.sizes !== undefined))
      throw new Error(`compose: block "${id}": bubble series need sizes, and only bubble series have them`);
  }
}

function offsetValidation(v: ValidationSpec, at: RangeRef): ValidationSpec {
  const range = offset(v.range, at);
  if ("values" in v) return { range, values: v.values };
  const absolute = v.sheet !== undefined || (v.source as { [ABSOLUTE]?: boolean })[ABSOLUTE] === true;
  const source = absolute
    ? { row: v.source.row, col: v.source.col, rows: v.source.rows, cols: v.source.cols }
    : offset(v.source, at);
  return v.sheet === undefined ? { range, source } : { range, source, sheet: v.sheet };
}

function offset(range: RangeRef, at: RangeRef): RangeRef {
  return { row: range.row + at.row, col: range.col + at.col, rows: range.rows, cols: range.cols };
}

/**
 * Places the blocks of a sheet. Throws on an unknown or circular reference: a builder's bug, not the
 * user's (every builder's tests compose it).
 *
 * @example
 * const at = placeBlocks([
 *   { id: "title", place: {}, size: { rows: 3, cols: 1 }, render: () => ({}) },
 *   { id: "weights", place: { below: "title" }, size: { rows: 5, cols: 10 }, render: () => ({}) },
 * ]);
 * at("weights"); // { row: 4, col: 0, rows: 5, cols: 10 }
 */
export function placeBlocks(blocks: readonly BlockDef[]): Locate {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const placed = new Map<string, RangeRef>();
  const busy = new Set<string>();
  const locate = (id: string): RangeRef => {
    const done = placed.get(id);
    if (done !== undefined) return done;
    const block = byId.get(id);
    if (block === undefined) throw new Error(`compose: no block "${id}"`);
    if (busy.has(id)) throw new Error(`compose: block "${id}" is placed relative to itself`);
    busy.add(id);
    const { below, beside, gap = 1 } = block.place;
    const value = (v: Place["row"]): number | undefined => (typeof v === "function" ? v(locate) : v);
    let row = value(block.place.row);
    let col = value(block.place.col);
    if (below !== undefined) {
      const b = locate(below);
      row ??= b.row + b.rows + gap;
      col ??= b.col;
    }
    if (beside !== undefined) {
      const b = locate(beside);
      col ??= b.col + b.cols + gap;
      row ??= b.row;
    }
    const size = typeof block.size === "function" ? block.size(locate) : block.size;
    const range = { row: row ?? 0, col: col ?? 0, rows: size.rows, cols: size.cols };
    busy.delete(id);
    placed.set(id, range);
    return range;
  };
  for (const b of blocks) locate(b.id);
  return locate;
}

/**
 * Composes a sheet: places the blocks, renders each against the resolved places, and collects cells,
 * formats (palette roles), conditional formats, tables and charts into one {@link SheetLayout}.
 *
 * @example
 * const { layout } = compose({
 *   name: "KAM Demo",
 *   tag: "kam:demo",
 *   blocks: [{ id: "title", place: {}, size: { rows: 1, cols: 1 }, render: () => ({ cells: [[{ v: "Demo" }]] }) }],
 * });
 * layout.blocks[0]; // { row: 0, col: 0, cells: [[{ v: "Demo" }]] }
 */
export function compose(spec: SheetSpec): Composed {
  const locate = placeBlocks(spec.blocks);
  const registries = new Map<string, TableRefs>();
  const sheet: Sheet = {
    name: spec.name,
    at: locate,
    cell: (id, row, col) => {
      const at = locate(id);
      return { row: at.row + row, col: at.col + col, rows: 1, cols: 1 };
    },
    ref: (id, row, col, absolute = false) => a1(sheet.cell(id, row, col), absolute),
    range: (id, row, col, rows, cols, absolute = false) => {
      const at = locate(id);
      return a1({ row: at.row + row, col: at.col + col, rows, cols }, absolute);
    },
    table: (id) => {
      let refs = registries.get(id);
      if (refs === undefined) {
        const make = spec.blocks.find((b) => b.id === id)?.registry;
        if (make === undefined) throw new Error(`compose: block "${id}" is no table`);
        refs = make(locate(id));
        registries.set(id, refs);
      }
      return refs;
    },
  };
  const blocks: Block[] = [];
  const formats: FormatSpec[] = [];
  const conditional: ConditionalSpec[] = [];
  const tables: TableSpec[] = [];
  const charts: ChartSpec[] = [];
  const validations: ValidationSpec[] = [];
  const inputs: InputSpec[] = [];
  const headingRanges: RangeRef[] = [];
  for (const def of spec.blocks) {
    if (def.when === false) continue;
    const at = locate(def.id);
    const parts = def.render(sheet);
    checkParts(def.id, parts);
    if (parts.cells !== undefined && parts.cells.length > 0)
      blocks.push({ row: at.row, col: at.col, cells: parts.cells });
    for (const fmt of parts.formats ?? []) {
      if (fmt.role !== undefined && HEADING_ROLES.has(fmt.role)) headingRanges.push(offset(fmt.range, at));
      const style: Style = fmt.role === undefined ? {} : STYLES[fmt.role];
      const numberFormat = fmt.numberFormat ?? style.numberFormat;
      formats.push({ range: offset(fmt.range, at), ...style, ...(numberFormat === undefined ? {} : { numberFormat }) });
    }
    for (const c of parts.conditional ?? []) conditional.push({ ...c, range: offset(c.range, at) });
    if (parts.table !== undefined) tables.push({ ...parts.table, range: offset(parts.table.range, at) });
    if (parts.chart !== undefined) charts.push({ ...parts.chart, placement: at });
    for (const v of parts.validations ?? []) validations.push(offsetValidation(v, at));
    for (const input of parts.inputs ?? []) {
      const range = input.range === undefined ? at : offset(input.range, at);
      if (inputs.some((i) => i.key === input.key)) throw new Error(`compose: two input blocks "${input.key}"`);
      inputs.push({ key: input.key, range });
    }
  }
  const freezeRows = typeof spec.freezeRows === "function" ? spec.freezeRows(sheet) : spec.freezeRows;
  const given = typeof spec.columnWidths === "function" ? spec.columnWidths(sheet) : (spec.columnWidths ?? {});
  const headings = [...headingRanges, ...tables.map((tb) => ({ ...tb.range, rows: 1 }))];
  const widths = spec.fitHeadings === undefined ? given : fitHeadingWidths(blocks, headings, given, spec.fitHeadings);
  const layout: SheetLayout = {
    name: spec.name,
    tag: spec.tag,
    blocks,
    tables,
    formats,
    conditional,
    charts,
    columnWidths: widths,
    ...(freezeRows === undefined ? {} : { freezeRows }),
    ...(validations.length === 0 ? {} : { validations }),
    ...(inputs.length === 0 ? {} : { inputs }),
  };
  return { layout, sheet };
}

/**
 * A range relative to a block: one cell, or `rows` × `cols` from it.
 *
 * @example
 * at(1, 2); // { row: 1, col: 2, rows: 1, cols: 1 }
 * at(1, 2, 3); // { row: 1, col: 2, rows: 3, cols: 1 }
 */
export function at(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

/**
 * Pads the rows of a block to one width (the widest row), in place, and returns them.
 *
 * @example
 * padRows([[{ v: 1 }], [{ v: 1 }, { v: 2 }]]); // [[{ v: 1 }, null], [{ v: 1 }, { v: 2 }]]
 */
export function padRows(rows: LayoutCell[][]): LayoutCell[][] {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  for (const r of rows) while (r.length < width) r.push(null);
  return rows;
}

/** A literal cell. */
export const lit = (value: string | number | boolean): LayoutCell => ({ v: value });
/** A formula cell. */
export const fx = (formula: string): LayoutCell => ({ f: formula });
/**
 * A text as an Excel string literal inside a formula.
 *
 * @example
 * quoted('say "hi"'); // "\"say \"\"hi\"\"\""
 */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
