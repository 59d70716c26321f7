/**
 * A layout as the sheet it writes, independent of how its builder split it into blocks and in which
 * order it listed formats: every non-blank cell by address, formats, conditional formats, tables,
 * charts, widths. Two layouts with the same digest write the same sheet cell for cell (on a new
 * sheet a `null` cell is a blank one).
 *
 * @example
 * layoutDigest(layout); // "3f2a…" (sha-256 of the canonical JSON)
 *
 * @module
 */
import { createHash } from "node:crypto";
import type { LayoutCell, SheetLayout } from "../../src/core/layout";

/** The canonical form of a layout (see the module notes). */
export function canonicalLayout(layout: SheetLayout): Record<string, unknown> {
  const cells: string[] = [];
  for (const b of layout.blocks)
    b.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell !== null) cells.push(`${b.row + r},${b.col + c}=${JSON.stringify(cell)}`);
      }),
    );
  const sorted = (items: readonly unknown[]): string[] => items.map((x) => JSON.stringify(sortKeys(x))).sort();
  return {
    name: layout.name,
    tag: layout.tag,
    cells: cells.sort(),
    formats: sorted(layout.formats),
    conditional: sorted(layout.conditional),
    tables: sorted(layout.tables),
    charts: sorted(layout.charts),
    columnWidths: sortKeys(layout.columnWidths),
    freezeRows: layout.freezeRows ?? null,
  };
}

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x !== null && typeof x === "object")
    return Object.fromEntries(
      Object.entries(x as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return x;
}

/** The sha-256 of {@link canonicalLayout} (and of `extra`, such as the builder's anchor map). */
export function layoutDigest(layout: SheetLayout, extra?: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonicalLayout(layout)))
    .update(JSON.stringify(sortKeys(extra ?? null)))
    .digest("hex");
}

/**
 * The cells of a layout in a rectangle, whichever blocks hold them (`null` where none does).
 *
 * @example
 * cellsAt(layout, { row: 25, col: 0, rows: 1, cols: 3 }); // [[{ f: "=Data!A2" }, …]]
 */
export function cellsAt(
  layout: SheetLayout,
  range: { row: number; col: number; rows: number; cols: number },
): (LayoutCell | null)[][] {
  const out = Array.from({ length: range.rows }, () => new Array<LayoutCell | null>(range.cols).fill(null));
  for (const b of layout.blocks)
    b.cells.forEach((line, r) => {
      const row = b.row + r - range.row;
      if (row < 0 || row >= range.rows) return;
      line.forEach((cell, c) => {
        const col = b.col + c - range.col;
        if (cell !== null && col >= 0 && col < range.cols) (out[row] as (LayoutCell | null)[])[col] = cell;
      });
    });
  return out;
}
