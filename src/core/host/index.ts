/**
 * The workbook host interface: everything the task pane may ask of a workbook. Two hosts
 * implement it: the Office JavaScript API (`src/excel`) and the embedded workbench (`src/workbench`). The pane
 * never touches `Excel.*`.
 *
 * @module
 */
import type { Cell, ExcelErrorKind } from "../cells";
import type { RangeRef, SheetLayout } from "../layout";

export { BROKEN_OUTPUT_ERRORS, findBrokenOutput, outputCheck } from "./check";
export { BUILD_CHECK_MESSAGES, formatBuildCheck, type BuildCheck } from "./messages";
export * from "./errors";

/** A rectangular table of data found in the workbook, header row first. */
export interface SourceTable {
  readonly sheet: string;
  /** A1 address of the whole table including the header, on `sheet`. */
  readonly address: string;
  /** The ListObject's name, when the data is an Excel table. */
  readonly tableName?: string;
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based row/col of the header's first cell on the sheet. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Merged areas inside the table, as A1 addresses (a problem the pane reports). */
  readonly merged: readonly string[];
  /**
   * Optional: the number format of each column's first data cell (`"dd-mm-yyyy"`, `"0.0%"`), so
   * that date serial numbers are recognised as dates. Hosts that cannot tell leave it out.
   */
  readonly numberFormats?: readonly string[];
}

/** Progress of a long operation, 0..1, with a short status text. */
export type Progress = (fraction: number, status: string) => void;

/** Options of a write. */
export interface ApplyOptions {
  readonly onProgress?: Progress;
  /** Cancellation: an AbortSignal fits (only `aborted` is read, between chunks). */
  readonly signal?: { readonly aborted: boolean };
  /** Replace an existing sheet with the same tag and name (a refresh) instead of failing. */
  readonly replace?: boolean;
  /**
   * Optional: what to read back once the new sheet is calculated, before the write counts as done.
   * A host that can (the workbench) reads `ranges` and, when any cell shows one of `errors`, removes
   * what it wrote (as on a failure) and rejects with an {@link OutputRejectedError}.
   */
  readonly verify?: OutputCheck;
  /**
   * With `replace`: keep the user's values of the layout's input blocks ({@link SheetLayout.inputs}).
   * The host reads each input block of the old sheet where that sheet had it (recorded when it was
   * written) and, when the key and the rows × columns match, writes the user's values instead of the
   * layout's defaults (`keepInputs` of `core/layout`); any other input block gets the defaults.
   */
  readonly keepInputs?: boolean;
}

/** Cells of a written sheet to read back, and the error values that mean the sheet is broken. */
export interface OutputCheck {
  /** Ranges on the written sheet (0-based). */
  readonly ranges: readonly RangeRef[];
  /** Errors no correct sheet holds (`#REF!`, `#NAME?`…), unlike a customer's own `#N/A`. */
  readonly errors: readonly ExcelErrorKind[];
}

/** What the read-back of a written sheet found. */
export interface BrokenOutput {
  /** The first broken error met, and how many checked cells showed it. */
  readonly error: ExcelErrorKind;
  readonly count: number;
  /** The first such cell, as an A1 address on the written sheet, and its message when it has one. */
  readonly first: string;
  readonly message?: string;
  /** Cells read back in all. */
  readonly checked: number;
}

/**
 * A write that was undone because its calculated output showed broken errors.
 *
 * @example
 * throw new OutputRejectedError("KAM Cost-to-serve", { error: "#REF!", count: 40, first: "B32", checked: 400 });
 */
export class OutputRejectedError extends Error {
  constructor(
    readonly sheet: string,
    readonly broken: BrokenOutput,
  ) {
    super(
      `The sheet "${sheet}" was not kept: ${broken.count} of ${broken.checked} checked cells showed ${broken.error} (first ${broken.first}).`,
    );
    this.name = "OutputRejectedError";
  }
}

/** What a write did. */
export interface ApplyResult {
  readonly sheet: string;
  readonly cellsWritten: number;
  /** Cells read back for {@link ApplyOptions.verify}; absent when the host did not check. */
  readonly checked?: number;
  /**
   * A refresh that rewrote the existing sheet in place (the same worksheet, so formulas on other
   * sheets that point at it keep working); absent or false when the sheet was new or was replaced.
   */
  readonly inPlace?: boolean;
  /** The keys of the input blocks whose values were kept from the old sheet ({@link ApplyOptions.keepInputs}). */
  readonly keptInputs?: readonly string[];
}

/** A sheet the add-in created, found by its tag. */
export interface OwnedSheet {
  readonly name: string;
  readonly tag: string;
}

/** The workbook, as the pane sees it. */
export interface WorkbookHost {
  readonly kind: "excel" | "workbench";
  /** The table under the selection: the ListObject, else the current region, with its header. */
  readSource(): Promise<SourceTable | undefined>;
  /**
   * Optional: the table (ListObject, else current region) around the cell `address` on `sheet`,
   * so a refresh finds the source again wherever the selection is. Hosts without it make the pane
   * fall back to {@link WorkbookHost.readSource}.
   */
  readSourceAt?(sheet: string, address: string): Promise<SourceTable | undefined>;
  /** Names of all sheets, to pick a unique name. */
  sheetNames(): Promise<readonly string[]>;
  /**
   * Optional: the names of every table in the workbook (all sheets), so a layout's table names can be
   * made unique against them (`existingTables` of the builders' layout options). Hosts without it make
   * the pane fall back to an empty list (the host still renames a clashing table when it writes).
   */
  tableNames?(): Promise<readonly string[]>;
  /** The add-in's own sheets. */
  ownedSheets(): Promise<readonly OwnedSheet[]>;
  /**
   * Writes a layout into a new sheet the add-in owns (or replaces its own sheet with `replace`).
   * On failure or cancel, everything this call created is removed and the promise rejects.
   */
  applyLayout(layout: SheetLayout, options?: ApplyOptions): Promise<ApplyResult>;
  /** Stored configuration (document settings or a hidden owned sheet). */
  loadConfig(key: string): Promise<unknown>;
  saveConfig(key: string, value: unknown): Promise<void>;
  /** Calls back with the 0-based row of the selection on `sheet` when it changes; returns an unsubscribe. */
  onSelectionChanged(listener: (sheet: string, row: number) => void): () => void;
}
