/**
 * An in-memory workbook for the pane's component tests: one source table, owned sheets by tag,
 * settings in a map, and selection events the test fires. Every layout written is recorded.
 *
 * @module
 */
import { vi } from "vitest";
import type { ApplyOptions, ApplyResult, OwnedSheet, SourceTable, WorkbookHost } from "../../src/core/host";
import type { SheetLayout } from "../../src/core/layout";

/**
 * The in-memory WorkbookHost. `readSource` and `readSourceAt` are mocks returning the source;
 * `apply` (reports half progress, then adds the sheet as owned) can be replaced per test.
 *
 * @example
 * const host = new MemoryHost(sampleSourceTable());
 * await host.applyLayout(layout); // host.layouts[0].layout === layout
 */
export class MemoryHost implements WorkbookHost {
  readonly kind = "workbench" as const;
  readonly settings = new Map<string, unknown>();
  readonly layouts: { layout: SheetLayout; options: ApplyOptions | undefined }[] = [];
  readonly listeners: ((sheet: string, row: number) => void)[] = [];
  sheets: string[];
  owned: OwnedSheet[] = [];
  apply: (layout: SheetLayout, options?: ApplyOptions) => Promise<ApplyResult> = async (layout, options) => {
    options?.onProgress?.(0.5, "half");
    if (!this.sheets.includes(layout.name)) this.sheets.push(layout.name);
    this.owned = [...this.owned.filter((o) => o.name !== layout.name), { name: layout.name, tag: layout.tag }];
    return { sheet: layout.name, cellsWritten: layout.blocks.reduce((n, b) => n + b.cells.length, 0) };
  };
  constructor(readonly source: SourceTable | undefined) {
    this.sheets = [source?.sheet ?? "Data"];
  }
  readSource = vi.fn(async (): Promise<SourceTable | undefined> => this.source);
  readSourceAt = vi.fn(async (_sheet: string, _address: string): Promise<SourceTable | undefined> => this.source);
  sheetNames = async (): Promise<readonly string[]> => this.sheets;
  ownedSheets = async (): Promise<readonly OwnedSheet[]> => this.owned;
  applyLayout = async (layout: SheetLayout, options?: ApplyOptions): Promise<ApplyResult> => {
    this.layouts.push({ layout, options });
    return this.apply(layout, options);
  };
  loadConfig = async (key: string): Promise<unknown> => this.settings.get(key);
  saveConfig = async (key: string, value: unknown): Promise<void> => {
    this.settings.set(key, JSON.parse(JSON.stringify(value)));
  };
  onSelectionChanged = (listener: (sheet: string, row: number) => void): (() => void) => {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  };
  /** Tells the pane that the user selected `row` (0-based) on `sheet`. */
  select(sheet: string, row: number): void {
    for (const l of [...this.listeners]) l(sheet, row);
  }
}
