/**
 * Reading a written sheet back: which cells to check, and what in them means the sheet is broken.
 * A builder's formulas may show a customer's own error (`#N/A` for a missing value, `#VALUE!` with a
 * message); they never show `#REF!` or `#NAME?` unless they point at something that is not there (a
 * source sheet that was replaced, a function the host does not know).
 *
 * @module
 */
import { isSheetError, type Cell, type ExcelErrorKind } from "../cells";
import { a1, type RangeRef, type SheetLayout } from "../layout";
import type { BrokenOutput, OutputCheck } from "./index";

/** Errors that no correct sheet of the builders holds. */
export const BROKEN_OUTPUT_ERRORS: readonly ExcelErrorKind[] = ["#REF!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"];

/** Blocks up to this many rows are checked whole; longer ones by their first and last rows. */
const WHOLE_BLOCK_ROWS = 60;
/** Rows checked at the top of a long block (the spilled formulas of the KAM style sit in the first). */
const HEAD_ROWS = 3;

/**
 * The cells to read back after writing `layout`: every cell of its small blocks (rates, cut-offs,
 * summaries) and the first rows and the last row of its long ones (the customer tables), so the
 * check costs the same for 100 and for 100,000 customers.
 *
 * @example
 * const check = outputCheck(layout);
 * check.errors; // ["#REF!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"]
 */
export function outputCheck(layout: SheetLayout): OutputCheck {
  const ranges: RangeRef[] = [];
  for (const b of layout.blocks) {
    const rows = b.cells.length;
    const cols = b.cells.reduce((w, line) => Math.max(w, line.length), 0);
    if (rows === 0 || cols === 0) continue;
    if (rows <= WHOLE_BLOCK_ROWS) ranges.push({ row: b.row, col: b.col, rows, cols });
    else {
      ranges.push({ row: b.row, col: b.col, rows: HEAD_ROWS, cols });
      ranges.push({ row: b.row + rows - 1, col: b.col, rows: 1, cols });
    }
  }
  return { ranges, errors: BROKEN_OUTPUT_ERRORS };
}

/**
 * What the read-back found: the first broken error and how many checked cells show it, or
 * `undefined` when the sheet is sound. `read` gives the calculated values of a range.
 *
 * @example
 * findBrokenOutput({ ranges: [{ row: 0, col: 0, rows: 1, cols: 2 }], errors: ["#REF!"] }, () => [
 *   [1, { sheetError: "#REF!", message: "Sheet does not exist" }],
 * ]);
 * // { error: "#REF!", count: 1, first: "B1", message: "Sheet does not exist", checked: 2 }
 */
export function findBrokenOutput(
  check: OutputCheck,
  read: (range: RangeRef) => readonly (readonly Cell[])[],
): BrokenOutput | undefined {
  let checked = 0;
  let found: { error: ExcelErrorKind; first: string; message?: string } | undefined;
  let count = 0;
  for (const range of check.ranges) {
    const values = read(range);
    values.forEach((line, r) =>
      line.forEach((cell, c) => {
        checked++;
        if (!isSheetError(cell) || !check.errors.includes(cell.sheetError)) return;
        if (found === undefined) {
          const first = a1({ row: range.row + r, col: range.col + c, rows: 1, cols: 1 });
          found =
            cell.message === undefined
              ? { error: cell.sheetError, first }
              : { error: cell.sheetError, first, message: cell.message };
        }
        if (cell.sheetError === found.error) count++;
      }),
    );
  }
  return found === undefined ? undefined : { ...found, count, checked };
}
