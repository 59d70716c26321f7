/**
 * Finding a builder's source table again.
 *
 * @module
 */
import type { SourceTable, WorkbookHost } from "../../core/host";

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
