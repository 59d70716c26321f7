/**
 * The value model shared by every KAM function: what a worksheet cell can hold, what a
 * function may return, and the helpers that read ranges the way Excel passes them.
 *
 * @module
 */
import type { Issue } from "../issues";
import { isIssue, issue } from "../issues";

/**
 * Every Excel error value a cell can hold, as the cell shows it (also the values of
 * `CustomFunctions.ErrorCode`).
 *
 * @example
 * EXCEL_ERROR_KINDS.includes("#N/A"); // true
 */
export const EXCEL_ERROR_KINDS = [
  "#VALUE!",
  "#N/A",
  "#NUM!",
  "#DIV/0!",
  "#NULL!",
  "#REF!",
  "#NAME?",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
] as const;

/** The Excel error values a cell can hold. */
export type ExcelErrorKind = (typeof EXCEL_ERROR_KINDS)[number];

/**
 * True when a text is an Excel error value.
 *
 * @example
 * isExcelErrorKind("#DIV/0!"); // true
 * isExcelErrorKind("#OOPS"); // false
 */
export function isExcelErrorKind(text: string): text is ExcelErrorKind {
  return (EXCEL_ERROR_KINDS as readonly string[]).includes(text);
}

/**
 * An error value that arrived from the sheet (for example a `#DIV/0!` in an input cell).
 * It is passed through unchanged.
 *
 * @example
 * const e: SheetError = { sheetError: "#DIV/0!" };
 */
export interface SheetError {
  readonly sheetError: ExcelErrorKind;
  readonly message?: string;
}

/** What one input cell can hold. `null` (and the empty string) is a blank. */
export type Cell = number | string | boolean | null | SheetError;

/** A rectangular range, row-major. A single value is a 1×1 grid. */
export type Grid = readonly (readonly Cell[])[];

/** What one output cell can hold: a value, a typed issue raised here, or an error passed through. */
export type OutCell = number | string | boolean | Issue | SheetError;

/** A rectangular result, row-major. */
export type OutGrid = OutCell[][];

/**
 * True when the value is an error that came from the sheet.
 *
 * @example
 * isSheetError({ sheetError: "#N/A" }); // true
 * isSheetError(3); // false
 */
export function isSheetError(value: unknown): value is SheetError {
  return typeof value === "object" && value !== null && "sheetError" in value;
}

/**
 * True when a cell is blank: `null`, `undefined` or the empty string.
 *
 * @example
 * isBlank(""); // true
 * isBlank(0); // false
 */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/**
 * True when an output cell is an error of either kind (issue or sheet error).
 *
 * @example
 * isErrorCell(issue("blank", ["x", 1])); // true
 */
export function isErrorCell(value: OutCell): value is Issue | SheetError {
  return typeof value === "object" && value !== null && (isIssue(value) || isSheetError(value));
}

/**
 * The number of rows and columns of a grid (0×0 for an empty one).
 *
 * @example
 * shapeOf([[1, 2], [3, 4], [5, 6]]); // { rows: 3, cols: 2 }
 */
export function shapeOf(grid: Grid): { rows: number; cols: number } {
  return { rows: grid.length, cols: grid[0]?.length ?? 0 };
}

/**
 * The cell at (r, c), with Excel's broadcasting: a dimension of size 1 repeats. A position
 * outside a larger mismatched range gives `undefined` (the caller turns it into `#N/A`).
 *
 * @example
 * cellAt([[7]], 5, 3); // 7
 * cellAt([[1], [2]], 1, 4); // 2
 * cellAt([[1], [2]], 2, 0); // undefined
 */
export function cellAt(grid: Grid, r: number, c: number): Cell | undefined {
  const row = grid.length === 1 ? grid[0] : grid[r];
  if (row === undefined) return undefined;
  return row.length === 1 ? row[0] : row[c];
}

/**
 * The broadcast shape of several grids: the largest row count and the largest column count,
 * as Excel does for element-wise array arithmetic. Omitted (undefined) grids do not count.
 *
 * @example
 * broadcastShape([[[1], [2], [3]], [[10, 20]]]); // { rows: 3, cols: 2 }
 */
export function broadcastShape(grids: readonly (Grid | undefined)[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    if (g === undefined) continue;
    const s = shapeOf(g);
    if (s.rows > rows) rows = s.rows;
    if (s.cols > cols) cols = s.cols;
  }
  return { rows, cols };
}

/**
 * Applies `fn` element-wise over broadcast grids. `fn` receives one cell per grid (an omitted
 * grid gives `undefined`, a blank gives `null`) and the 0-based row and column. A position that
 * a mismatched range does not cover gives `#N/A` with the code `shape_mismatch`.
 * The cells array is reused between calls: copy it if you keep it.
 *
 * @example
 * mapEach(["a", "b"], [[[1], [2]], [[10]]], (x) => Number(x[0]) + Number(x[1]));
 * // [[11], [12]]
 */
export function mapEach(
  names: readonly string[],
  grids: readonly (Grid | undefined)[],
  fn: (cells: (Cell | undefined)[], row: number, col: number) => OutCell,
): OutGrid {
  const { rows, cols } = broadcastShape(grids);
  const n = grids.length;
  const cells: (Cell | undefined)[] = new Array<Cell | undefined>(n);
  const out: OutGrid = new Array<OutCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line: OutCell[] = new Array<OutCell>(cols);
    for (let c = 0; c < cols; c++) {
      let missing = -1;
      for (let i = 0; i < n; i++) {
        const g = grids[i];
        if (g === undefined) {
          cells[i] = undefined;
          continue;
        }
        const v = cellAt(g, r, c);
        if (v === undefined) missing = i;
        cells[i] = v === undefined || v === "" ? null : v;
      }
      line[c] =
        missing >= 0 ? issue("shape_mismatch", [names[missing] ?? `arg${missing + 1}`, r + 1]) : fn(cells, r, c);
    }
    out[r] = line;
  }
  return out;
}

/**
 * Flattens a range that is meant to be a list (one row or one column) into an array.
 * Returns `undefined` when the range is a 2-D block.
 *
 * @example
 * asVector([[1], [2], [3]]); // [1, 2, 3]
 * asVector([[1, 2, 3]]); // [1, 2, 3]
 * asVector([[1, 2], [3, 4]]); // undefined
 */
export function asVector(grid: Grid): Cell[] | undefined {
  const { rows, cols } = shapeOf(grid);
  if (rows === 1) return (grid[0] ?? []).map((v) => (v === "" ? null : v));
  if (cols === 1) return grid.map((row) => (row[0] === "" ? null : (row[0] ?? null)));
  return undefined;
}

/** A column of single-cell rows, the shape of a spilled list. */
export function column(values: readonly OutCell[]): OutGrid {
  return values.map((v) => [v]);
}

/**
 * A result of the given size with the same cell everywhere: a failure of the whole call keeps the
 * declared shape, so a spill area does not shrink to one cell when an option goes wrong.
 *
 * @example
 * filled(2, 1, "x"); // [["x"], ["x"]]
 */
export function filled(rows: number, cols: number, cell: OutCell): OutGrid {
  const out: OutGrid = new Array<OutCell[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<OutCell>(cols).fill(cell);
  return out;
}
