/**
 * Applies a SheetLayout (src/core/layout) to a HyperFormula engine: the cells only (values and
 * formulas). Tables, formats and charts are metadata the workbench renders; here they are kept
 * out of the engine. A literal text that looks like a formula stays text.
 *
 * @module
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import type { LayoutCell, SheetLayout } from "../../core/layout";

/**
 * One layout cell as engine content. HyperFormula reads a leading apostrophe as "this is text",
 * so a literal starting with "=" or "'" is escaped and never becomes a formula.
 *
 * @example
 * toContent({ v: '=HYPERLINK("x")' }); // "'=HYPERLINK(\"x\")"
 * toContent({ f: "=1+1" }); // "=1+1"
 */
export function toContent(cell: LayoutCell | undefined): RawCellContent {
  if (cell === null || cell === undefined) return null;
  if ("f" in cell) return cell.f;
  const v = cell.v;
  if (typeof v === "string" && (v.startsWith("=") || v.startsWith("'"))) return `'${v}`;
  return v;
}

/**
 * The layout's cells as a dense row-major array.
 *
 * @example
 * layoutToSheet({ name: "S", tag: "t", blocks: [{ row: 1, col: 1, cells: [[{ v: 1 }]] }], tables: [], formats: [], conditional: [], charts: [], columnWidths: {} });
 * // [[], [null, 1]]
 */
export function layoutToSheet(layout: SheetLayout): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const block of layout.blocks) {
    block.cells.forEach((line, r) => {
      const target = (rows[block.row + r] ??= []);
      line.forEach((cell, c) => {
        const col = block.col + c;
        while (target.length < col) target.push(null);
        target[col] = toContent(cell);
      });
    });
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

/**
 * Adds the layout as a new sheet of the engine (or replaces the sheet's contents when it exists)
 * and returns the sheet id.
 *
 * @example
 * const id = applyLayoutToEngine(hf, layout);
 */
export function applyLayoutToEngine(hf: HyperFormula, layout: SheetLayout): number {
  const existing = hf.getSheetId(layout.name);
  const id = existing ?? hf.getSheetId(hf.addSheet(layout.name));
  if (id === undefined) throw new Error(`could not add sheet ${layout.name}`);
  hf.setSheetContent(id, layoutToSheet(layout));
  return id;
}
