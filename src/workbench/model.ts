/**
 * What the workbench page knows about the workbook besides cell contents (those live in the
 * engine worker): the sheets in order, their owner tags, number formats, conditional colours,
 * tables, charts and column widths, the active sheet and the selection. A small observable store.
 *
 * @module
 */
import type {
  ChartSpec,
  ConditionalSpec,
  FormatSpec,
  InputSpec,
  RangeRef,
  SheetLayout,
  TableSpec,
  ValidationSpec,
} from "../core/layout";

/** Everything about one sheet except its cells. */
export interface SheetMeta {
  readonly name: string;
  /** The owner tag of a sheet the add-in wrote ("kam:selection"), absent for user sheets. */
  readonly tag?: string;
  readonly formats: readonly FormatSpec[];
  readonly conditional: readonly ConditionalSpec[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** Column widths in characters, by 0-based column. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Merged areas (A1), from imported files. */
  readonly merged: readonly string[];
  readonly freezeRows?: number;
  /** Dropdown lists of a layout (kept as metadata; the grid does not draw the dropdown). */
  readonly validations?: readonly ValidationSpec[];
  /** Where a layout's input blocks are, so a refresh can keep the user's values. */
  readonly inputs?: readonly InputSpec[];
}

/** The selected cell and range, 0-based. */
export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A snapshot of the store. */
export interface WorkbookState {
  readonly sheets: readonly SheetMeta[];
  readonly active: string;
  readonly selection: Selection;
}

/**
 * A plain sheet with no formats.
 *
 * @example
 * plainSheet("Data").formats.length; // 0
 */
export function plainSheet(name: string): SheetMeta {
  return { name, formats: [], conditional: [], tables: [], charts: [], columnWidths: {}, merged: [] };
}

/**
 * A layout's metadata as a sheet.
 *
 * @example
 * metaOfLayout(layout).tag; // "kam:selection"
 */
export function metaOfLayout(layout: SheetLayout): SheetMeta {
  const meta: SheetMeta = {
    name: layout.name,
    tag: layout.tag,
    formats: layout.formats,
    conditional: layout.conditional,
    tables: layout.tables,
    charts: layout.charts,
    columnWidths: layout.columnWidths,
    merged: [],
  };
  return {
    ...meta,
    ...(layout.freezeRows === undefined ? {} : { freezeRows: layout.freezeRows }),
    ...(layout.validations === undefined ? {} : { validations: layout.validations }),
    ...(layout.inputs === undefined ? {} : { inputs: layout.inputs }),
  };
}

/**
 * True when a cell lies inside a range.
 *
 * @example
 * contains({ row: 1, col: 1, rows: 2, cols: 2 }, 2, 2); // true
 */
export function contains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
}

/**
 * The observable workbook metadata.
 *
 * @example
 * const book = new WorkbookModel([plainSheet("Data")]);
 * book.select({ sheet: "Data", row: 2, col: 0, rows: 1, cols: 1 });
 */
export class WorkbookModel {
  private state: WorkbookState;
  private readonly listeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(sheet: string, row: number) => void>();

  constructor(sheets: readonly SheetMeta[]) {
    const first = sheets[0]?.name ?? "Sheet1";
    this.state = {
      sheets: sheets.length > 0 ? sheets : [plainSheet(first)],
      active: first,
      selection: { sheet: first, row: 0, col: 0, rows: 1, cols: 1 },
    };
  }

  /** The current snapshot (stable until the next change; fits `useSyncExternalStore`). */
  readonly getState = (): WorkbookState => this.state;

  /** Calls back after every change; returns an unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls back with the sheet and 0-based row when the selection moves; returns an unsubscribe. */
  onSelection(listener: (sheet: string, row: number) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** A sheet's metadata by name (case-insensitive, as Excel). */
  sheet(name: string): SheetMeta | undefined {
    const lower = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private set(next: WorkbookState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Replaces every sheet (after Open) and selects A1 of the first. */
  reset(sheets: readonly SheetMeta[]): void {
    const first = sheets[0]?.name ?? "Sheet1";
    this.set({
      sheets: sheets.length > 0 ? sheets : [plainSheet(first)],
      active: first,
      selection: { sheet: first, row: 0, col: 0, rows: 1, cols: 1 },
    });
    this.emitSelection();
  }

  /** Adds a sheet at the end, or replaces the one with the same name in place. */
  upsert(meta: SheetMeta): void {
    const at = this.state.sheets.findIndex((s) => s.name.toLowerCase() === meta.name.toLowerCase());
    const sheets = at < 0 ? [...this.state.sheets, meta] : this.state.sheets.map((s, i) => (i === at ? meta : s));
    this.set({ ...this.state, sheets });
  }

  /** Removes a sheet (never the last one). */
  remove(name: string): void {
    const sheets = this.state.sheets.filter((s) => s.name.toLowerCase() !== name.toLowerCase());
    if (sheets.length === 0 || sheets.length === this.state.sheets.length) return;
    const active =
      this.sheet(this.state.active) && this.state.active !== name ? this.state.active : (sheets[0]?.name ?? "");
    this.set({ sheets, active, selection: { sheet: active, row: 0, col: 0, rows: 1, cols: 1 } });
  }

  /** Shows a sheet (its selection starts at A1). */
  activate(name: string): void {
    const meta = this.sheet(name);
    if (meta === undefined || meta.name === this.state.active) return;
    this.set({ ...this.state, active: meta.name, selection: { sheet: meta.name, row: 0, col: 0, rows: 1, cols: 1 } });
    this.emitSelection();
  }

  /** Moves the selection. */
  select(selection: Selection): void {
    const old = this.state.selection;
    if (
      old.sheet === selection.sheet &&
      old.row === selection.row &&
      old.col === selection.col &&
      old.rows === selection.rows &&
      old.cols === selection.cols
    ) {
      return;
    }
    this.set({ ...this.state, selection });
    if (old.sheet !== selection.sheet || old.row !== selection.row) this.emitSelection();
  }

  /** Sets a column width in characters. */
  setColumnWidth(sheet: string, col: number, chars: number): void {
    const meta = this.sheet(sheet);
    if (meta === undefined) return;
    this.upsert({ ...meta, columnWidths: { ...meta.columnWidths, [col]: chars } });
  }

  /** Adds a number format over a range (a typed "5%" gets "0%", as in Excel). */
  addFormat(sheet: string, format: FormatSpec): void {
    const meta = this.sheet(sheet);
    if (meta === undefined) return;
    this.upsert({ ...meta, formats: [...meta.formats, format] });
  }

  private emitSelection(): void {
    const { sheet, row } = this.state.selection;
    for (const l of this.selectionListeners) l(sheet, row);
  }
}

/**
 * The number format and style of one cell: the last format spec that covers it wins per property.
 *
 * @example
 * styleAt(meta, 3, 2).numberFormat; // "0.0%"
 */
export function styleAt(meta: SheetMeta, row: number, col: number): Omit<FormatSpec, "range"> {
  let numberFormat: string | undefined;
  let bold: boolean | undefined;
  let fill: string | undefined;
  let fontColor: string | undefined;
  for (const f of meta.formats) {
    if (!contains(f.range, row, col)) continue;
    if (f.numberFormat !== undefined) numberFormat = f.numberFormat;
    if (f.bold !== undefined) bold = f.bold;
    if (f.fill !== undefined) fill = f.fill;
    if (f.fontColor !== undefined) fontColor = f.fontColor;
  }
  return {
    ...(numberFormat === undefined ? {} : { numberFormat }),
    ...(bold === undefined ? {} : { bold }),
    ...(fill === undefined ? {} : { fill }),
    ...(fontColor === undefined ? {} : { fontColor }),
  };
}
