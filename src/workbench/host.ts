/**
 * The workbench's WorkbookHost: the same interface the Office.js host implements, over the
 * engine worker (cells) and the workbook model (tags, formats, charts, selection). The real task
 * pane runs on it unchanged.
 *
 * @module
 */
import {
  HostError,
  OutputRejectedError,
  type ApplyOptions,
  type ApplyResult,
  type OwnedSheet,
  type SourceTable,
  type WorkbookHost,
} from "../core/host";
import { a1, keepInputs, type KeptInput, type RangeRef, type SheetLayout } from "../core/layout";
import { CancelledError, type EngineClient } from "./client";
import { overlaps, parseA1, parseAddress } from "./address";
import { contains, metaOfLayout, styleAt, type SheetMeta, type WorkbookModel } from "./model";
import type { SheetInput } from "./protocol";

/** Where the workbench keeps the pane's configuration between visits. */
export const CONFIG_PREFIX = "kam-workbench:config:";

/** Progress of a long host operation, shown in the workbench's status bar. */
export type ActivityListener = (activity: { readonly fraction: number; readonly status: string } | undefined) => void;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** From this many formulas a build keeps a snapshot to restore after a cancel (smaller ones stop between chunks). */
export const RESTORE_FORMULAS = 20_000;

/**
 * The number of formula cells of a layout.
 *
 * @example
 * formulaCount({ ...layout, blocks: [{ row: 0, col: 0, cells: [[{ f: "=1" }, { v: 2 }]] }] }); // 1
 */
export function formulaCount(layout: SheetLayout): number {
  let n = 0;
  for (const b of layout.blocks) for (const line of b.cells) for (const c of line) if (c !== null && "f" in c) n++;
  return n;
}

/**
 * The workbench implementation of WorkbookHost.
 *
 * @example
 * const host = new WorkbenchHost(engine, book);
 * const source = await host.readSource();
 */
export class WorkbenchHost implements WorkbookHost {
  readonly kind = "workbench" as const;
  private readonly config = new Map<string, unknown>();
  private readonly activityListeners = new Set<ActivityListener>();

  constructor(
    private readonly engine: EngineClient,
    private readonly book: WorkbookModel,
  ) {}

  /** Calls back with the progress of applyLayout (undefined when it ends); returns an unsubscribe. */
  onActivity(listener: ActivityListener): () => void {
    this.activityListeners.add(listener);
    return () => this.activityListeners.delete(listener);
  }

  private activity(value: { fraction: number; status: string } | undefined): void {
    for (const l of this.activityListeners) l(value);
  }

  readSource(): Promise<SourceTable | undefined> {
    const { selection } = this.book.getState();
    return this.readAround(selection.sheet, selection.row, selection.col);
  }

  /** The table around the first cell of `address` on `sheet` (undefined when the sheet is gone). */
  readSourceAt(sheet: string, address: string): Promise<SourceTable | undefined> {
    const at = parseAddress(address);
    if (at === undefined) return Promise.resolve(undefined);
    return this.readAround(sheet, at.range.row, at.range.col);
  }

  private async readAround(sheet: string, row: number, col: number): Promise<SourceTable | undefined> {
    const meta = this.book.sheet(sheet);
    if (meta === undefined) return undefined;
    const table = meta.tables.find((t) => contains(t.range, row, col));
    const range: RangeRef | null = table?.range ?? (await this.engine.call("region", { sheet: meta.name, row, col }));
    if (range === null) return undefined;
    const cells = await this.engine.call("read", { sheet: meta.name, range });
    const [headers = [], ...rows] = cells;
    const numberFormats = headers.map((_, c) => styleAt(meta, range.row + 1, range.col + c).numberFormat ?? "General");
    const merged = meta.merged.filter((m) => {
      const area = parseA1(m);
      return area !== undefined && overlaps(area, range);
    });
    return {
      sheet: meta.name,
      address: a1(range),
      ...(table === undefined ? {} : { tableName: table.name }),
      headers,
      rows,
      origin: { row: range.row, col: range.col },
      merged,
      numberFormats,
    };
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.engine.call("sheetNames", {});
  }

  /** The names of every table of the workbook (the tables live in the page's metadata, not in the engine). */
  tableNames(): Promise<readonly string[]> {
    return Promise.resolve(this.book.getState().sheets.flatMap((s) => s.tables.map((t) => t.name)));
  }

  ownedSheets(): Promise<readonly OwnedSheet[]> {
    const owned: OwnedSheet[] = [];
    for (const s of this.book.getState().sheets) if (s.tag !== undefined) owned.push({ name: s.name, tag: s.tag });
    return Promise.resolve(owned);
  }

  /** The user's values of the old sheet's input blocks whose key and shape match the new layout's. */
  private async readInputs(old: SheetMeta, layout: SheetLayout): Promise<KeptInput[]> {
    const kept: KeptInput[] = [];
    for (const input of layout.inputs ?? []) {
      const was = old.inputs?.find((r) => r.key === input.key);
      if (was === undefined || was.range.rows !== input.range.rows || was.range.cols !== input.range.cols) continue;
      const cells = await this.engine.call("read", { sheet: old.name, range: was.range });
      const values = cells.map((line) => line.map((c) => (c === null || typeof c === "object" ? null : c)));
      kept.push({ key: input.key, rows: was.range.rows, cols: was.range.cols, values });
    }
    return kept;
  }

  /** The workbook's cells as they are now (formulas and values, no spilled results), to load again. */
  private async snapshot(): Promise<SheetInput[]> {
    const sheets = await this.engine.call("exportAll", {});
    return sheets.map((s) => ({ name: s.name, cells: s.inputs }));
  }

  async applyLayout(requested: SheetLayout, options: ApplyOptions = {}): Promise<ApplyResult> {
    if (options.signal?.aborted === true) throw new CancelledError();
    const existing = this.book.sheet(requested.name);
    const replace = options.replace === true;
    if (existing !== undefined && existing.tag !== requested.tag)
      throw new HostError("not-owned", { sheet: requested.name });
    if (existing !== undefined && !replace) throw new HostError("sheet-exists", { sheet: requested.name });
    const onProgress = (fraction: number, status: string): void => {
      this.activity({ fraction, status });
      options.onProgress?.(fraction, status);
    };
    onProgress(0, "Writing cells");
    try {
      // A refresh that keeps inputs reads the user's values where the old sheet had its input blocks.
      const kept =
        existing !== undefined && options.keepInputs === true ? await this.readInputs(existing, requested) : [];
      const layout = keepInputs(requested, kept);
      // A large sheet may recalculate for long in one synchronous step, where a cancel cannot reach the
      // engine: keep the workbook as it is now, so the client can replace the worker and restore it.
      const restore =
        options.signal !== undefined && formulaCount(layout) >= RESTORE_FORMULAS ? await this.snapshot() : undefined;
      const { rejected, ...written } = await this.engine.call(
        "applyLayout",
        { layout, replace, ...(options.verify === undefined ? {} : { verify: options.verify }) },
        {
          onProgress,
          ...(options.signal === undefined ? {} : { signal: options.signal }),
          ...(restore === undefined ? {} : { restore }),
        },
      );
      // The engine undid the write itself; the sheet's metadata was never touched.
      if (rejected !== undefined) throw new OutputRejectedError(layout.name, rejected);
      this.book.upsert(metaOfLayout(layout));
      this.book.activate(layout.name);
      // The engine rewrites an existing sheet in place (the same sheet, so formulas elsewhere keep it).
      return {
        ...written,
        ...(existing === undefined ? {} : { inPlace: true }),
        ...(options.keepInputs === true ? { keptInputs: kept.map((k) => k.key) } : {}),
      };
    } finally {
      this.activity(undefined);
    }
  }

  loadConfig(key: string): Promise<unknown> {
    if (this.config.has(key)) return Promise.resolve(this.config.get(key));
    const text = storage()?.getItem(CONFIG_PREFIX + key);
    if (text === null || text === undefined) return Promise.resolve(undefined);
    try {
      const value: unknown = JSON.parse(text);
      this.config.set(key, value);
      return Promise.resolve(value);
    } catch {
      return Promise.resolve(undefined);
    }
  }

  saveConfig(key: string, value: unknown): Promise<void> {
    this.config.set(key, value);
    try {
      storage()?.setItem(CONFIG_PREFIX + key, JSON.stringify(value));
    } catch (e) {
      return Promise.reject(
        new Error(`The configuration was kept for this session only: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    return Promise.resolve();
  }

  onSelectionChanged(listener: (sheet: string, row: number) => void): () => void {
    return this.book.onSelection(listener);
  }
}
