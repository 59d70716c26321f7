/**
 * The messages between the workbench page and its engine worker. The page never holds the
 * HyperFormula engine: it asks the worker for the cells it shows and sends edits and layouts.
 * Every request carries an id; the worker answers once with `ok` or `error`, and may send
 * `progress` messages for the same id before that.
 *
 * @module
 */
import type { Cell } from "../core/cells";
import type { BrokenOutput, OutputCheck } from "../core/host";
import type { RangeRef, SheetLayout } from "../core/layout";
import type { CsvChoice } from "./csv";
import type { FileReading } from "./files";
import type { SheetMeta } from "./model";

/** What one cell shows: a value, or an Excel error with its message. */
export type CellValue = number | string | boolean | null | { readonly error: string; readonly message?: string };

/** One cell of a window: its value and, for a formula cell, the formula text. */
export interface CellView {
  readonly v: CellValue;
  readonly f?: string;
  /** True for a cell filled by another cell's spilled array. */
  readonly spill?: true;
}

/** What one cell gets when a sheet is loaded: a formula (`"=…"`), text, a number, a boolean or nothing. */
export type CellInput = string | number | boolean | null;

/** A sheet to load, row-major; literal text that starts with "=" must be escaped with "'" by the caller. */
export interface SheetInput {
  readonly name: string;
  readonly cells: readonly (readonly CellInput[])[];
}

/** A sheet's used size. */
export interface SheetSize {
  readonly rows: number;
  readonly cols: number;
}

/** A block of cells read back for display. */
export interface CellWindow {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly CellView[])[];
  readonly size: SheetSize;
}

/** One sheet as it is saved: the content as typed (formulas with "=") and the computed values. */
export interface SheetExport {
  readonly name: string;
  readonly inputs: readonly (readonly CellInput[])[];
  readonly values: readonly (readonly CellValue[])[];
  /** Spilled arrays: the anchor and the area the result covers. */
  readonly arrays: readonly RangeRef[];
}

/** The requests, by method: parameters and result. */
export interface Methods {
  /** Replaces the whole workbook. */
  load: { params: { sheets: readonly SheetInput[] }; result: readonly string[] };
  sheetNames: { params: Record<string, never>; result: readonly string[] };
  /** The cells of a range for display (an empty window for a sheet that does not exist, e.g. just replaced). */
  window: { params: { sheet: string; range: RangeRef }; result: CellWindow };
  /** Sets one cell from what the user typed ("=A1*2", "12", "5%", "text", "" to clear). */
  setCell: { params: { sheet: string; row: number; col: number; input: string }; result: null };
  /** Sets a block from typed text (a paste or a multi-cell delete). */
  setCells: {
    params: { sheet: string; row: number; col: number; inputs: readonly (readonly string[])[] };
    result: null;
  };
  /** The bounds of the current region around a cell (Excel's Ctrl+*), or undefined on an empty island. */
  region: { params: { sheet: string; row: number; col: number }; result: RangeRef | null };
  /** Values of a range as core cells (for readSource and charts). */
  read: { params: { sheet: string; range: RangeRef }; result: Cell[][] };
  /** Writes a layout's cells into a new (or, with replace, the same) sheet, in chunks with progress. */
  /**
   * With `verify`, the written sheet is read back once calculated; a broken error there undoes the
   * write (as a failure does) and the answer says what was found in `rejected`.
   */
  applyLayout: {
    params: { layout: SheetLayout; replace: boolean; verify?: OutputCheck };
    result: { sheet: string; cellsWritten: number; checked?: number; rejected?: BrokenOutput };
  };
  removeSheet: { params: { sheet: string }; result: null };
  exportAll: { params: Record<string, never>; result: readonly SheetExport[] };
  /**
   * Reads an .xlsx or .csv file and replaces the workbook with it; answers the sheets' metadata and, for
   * a CSV file, what was assumed. `csv` chooses the delimiter or number notation instead of detecting them.
   */
  openFile: {
    params: { fileName: string; data: ArrayBuffer; csv?: CsvChoice };
    result: { metas: readonly SheetMeta[]; reading?: FileReading };
  };
  /** The workbook as .xlsx bytes, with the page's metadata (formats, widths, conditional colours). */
  saveFile: { params: { metas: readonly SheetMeta[] }; result: ArrayBuffer };
}

/** A method name. */
export type Method = keyof Methods;

/** A request from the page. */
export type Request = {
  [M in Method]: {
    readonly kind: "call";
    readonly id: number;
    readonly method: M;
    readonly params: Methods[M]["params"];
  };
}[Method];

/** Cancels a running request (only applyLayout checks it, between chunks). */
export interface CancelMessage {
  readonly kind: "cancel";
  readonly id: number;
}

/** A message from the page to the worker. */
export type ToWorker = Request | CancelMessage;

/** A message from the worker to the page. */
export type FromWorker =
  | { readonly kind: "ok"; readonly id: number; readonly result: unknown }
  | { readonly kind: "error"; readonly id: number; readonly message: string; readonly cancelled?: true }
  | { readonly kind: "progress"; readonly id: number; readonly fraction: number; readonly status: string }
  /** The workbook changed (an edit, a load, a layout): the page re-reads what it shows. */
  | { readonly kind: "changed"; readonly version: number };
