/**
 * Finding a builder's source table again, and reading it fresh when a build starts.
 *
 * @module
 */
import { isSheetError, type Cell } from "../../core/cells";
import type { BuildCheck, SourceTable, WorkbookHost } from "../../core/host";
import { columnLetters, quoteSheet } from "../../core/layout";

/** Where a built sheet's source table is: its sheet and an address inside the table. */
export type SourceAt = { readonly sheet: string; readonly address: string };

/**
 * The table at `at` (the one a sheet was built from), wherever the selection is now, or undefined
 * when it is gone; the table under the selection when there is no stored place or the host cannot
 * look one up.
 *
 * @example
 * const table = await readSourceFrom(host, { sheet: "Data", address: "A1" });
 */
export function readSourceFrom(host: WorkbookHost, at: SourceAt | undefined): Promise<SourceTable | undefined> {
  return at !== undefined && host.readSourceAt !== undefined
    ? host.readSourceAt(at.sheet, at.address)
    : host.readSource();
}

/**
 * Where a table is, for finding it again: its sheet and its top-left cell.
 *
 * @example
 * sourceAt({ sheet: "Data", origin: { row: 0, col: 1 } }); // { sheet: "Data", address: "B1" }
 */
export function sourceAt(table: Pick<SourceTable, "sheet" | "origin">): SourceAt {
  return { sheet: table.sheet, address: `${columnLetters(table.origin.col)}${table.origin.row + 1}` };
}

/**
 * A table's place as a user reads it: `Customers!A1:AA201`.
 *
 * @example
 * sourceLabel({ sheet: "Klanten lijst", address: "A1:C9" }); // "'Klanten lijst'!A1:C9"
 */
export function sourceLabel(table: Pick<SourceTable, "sheet" | "address">): string {
  return `${quoteSheet(table.sheet)}!${table.address.replace(/^.*!/, "")}`;
}

/** The source a build is about to use, read from the workbook as it is now, or why there is none. */
export type FreshSource =
  | { readonly ok: true; readonly table: SourceTable }
  | {
      readonly ok: false;
      readonly check: Extract<BuildCheck, { code: "source_gone" | "source_columns" }>;
      /** The table found at the place, when there is one (its columns changed). */
      readonly table?: SourceTable;
    };

/**
 * Reads the source of a build again at the place it was picked (never the pane's copy, which may
 * belong to a file that was closed since): `source_gone` when nothing is there any more, and
 * `source_columns` when the table there lacks a column the configuration uses (`missingColumns`
 * names them, in the builder's own matching rule).
 *
 * @example
 * const fresh = await readSourceForBuild(host, { sheet: "Customers", address: "A1" }, "Customers!A1:AA201", (t) => []);
 * if (!fresh.ok) show(formatBuildCheck(fresh.check, lang));
 */
export async function readSourceForBuild(
  host: WorkbookHost,
  at: SourceAt,
  label: string,
  missingColumns: (table: SourceTable) => readonly string[],
): Promise<FreshSource> {
  const table = await readSourceFrom(host, at);
  if (table === undefined) return { ok: false, check: { code: "source_gone", source: label } };
  const missing = missingColumns(table);
  if (missing.length > 0) {
    return { ok: false, check: { code: "source_columns", source: sourceLabel(table), missing }, table };
  }
  return { ok: true, table };
}

/**
 * True when two reads of a source hold the same table: place, headers and every cell (errors by
 * their kind). A build keeps the pane's copy then, so its preview need not be computed again.
 *
 * @example
 * sameTable(table, { ...table }); // true
 * sameTable(table, { ...table, rows: table.rows.slice(1) }); // false
 */
export function sameTable(a: SourceTable, b: SourceTable): boolean {
  if (a === b) return true;
  if (a.sheet !== b.sheet || a.address !== b.address || a.rows.length !== b.rows.length) return false;
  const same = (x: Cell | undefined, y: Cell | undefined): boolean =>
    x === y || (isSheetError(x) && isSheetError(y) && x.sheetError === y.sheetError);
  const line = (x: readonly Cell[], y: readonly Cell[]): boolean =>
    x.length === y.length && x.every((c, i) => same(c, y[i]));
  return line(a.headers, b.headers) && a.rows.every((row, r) => line(row, b.rows[r] ?? []));
}
