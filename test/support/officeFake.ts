/**
 * A recording fake of the Excel JavaScript API subset `src/excel/host.ts` uses, strict where the real
 * API is strict:
 *
 * - reading a property that was not `load`ed AND synced throws (`PropertyNotLoaded …`), as does
 *   reading `isNullObject` before a sync;
 * - queued writes and method calls take effect only at `context.sync()`;
 * - every `context.sync()` is counted and its request payload (the queued operations serialized as
 *   JSON, UTF-8 bytes) recorded; a request over 5 MB fails like Excel on the web's
 *   `RequestPayloadSizeLimitExceeded`;
 * - `failOnSync = n` makes the n-th sync (1-based, counted from the start) fail without applying anything.
 *
 * Excel's input rules are modelled: a string starting with "'" is text (stored without the apostrophe),
 * "=" starts a formula, numbers/TRUE/FALSE typed as text become numbers/booleans, a cell formatted "@"
 * keeps text. Formulas are not calculated (use HyperFormula or LibreOffice for values).
 *
 * API (for tests and the benchmark):
 * - `new OfficeFake({ customProperties?, failOnSync?, requestLimitBytes? })`
 * - `addSheet(name, rows, { origin?, table?, merged? })`, `select(sheet, "B3")`
 * - `run(batch)` = `Excel.run`; `settings` = `Office.context.document.settings`; `deps()` = both for `createHost`
 * - `syncs` (count), `requests` (request bytes, operations, loads and response bytes per sync),
 *   `maxRequestBytes`, `maxResponseBytes`, `log` (every queued operation), `resetCounts()`
 * - `sheetNames()`, `sheet(name)` (model: cells, tables, charts, formats…), `cell(sheet, "A1")`
 * - `fireSelection(sheet, "B5")` calls the registered selection handlers
 *
 * @example
 * const fake = new OfficeFake();
 * fake.addSheet("Data", [["Customer", "Sales"], ["A", 1]]);
 * fake.select("Data", "A1");
 * const host = createHost(fake.deps());
 * const source = await host.readSource();
 * fake.syncs; // 2
 *
 * @module
 */
import type { Cell } from "../../src/core/cells";
import type { RangeRef } from "../../src/core/layout";
import { a1 } from "../../src/core/layout";
import type { OfficeDeps } from "../../src/excel/host";
import { fromR1C1 } from "../../src/excel/r1c1";

/** One stored cell of the fake workbook. */
export interface FakeCell {
  readonly value: Cell;
  /** The A1 formula, when the cell holds one. */
  readonly formula?: string;
  /** True when the cell was written as text (apostrophe prefix or "@" format). */
  readonly text?: boolean;
  readonly numberFormat?: string;
}

/** A chart as recorded. */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  name?: string;
  title?: string;
  xTitle?: string;
  yTitle?: string;
  xNumberFormat?: string;
  yNumberFormat?: string;
  legend?: string;
  position?: [string, string];
  series: { name?: string; x?: string; y?: string; chartType?: string; color?: string }[];
}

/** The model of one worksheet. */
export interface FakeSheet {
  readonly id: string;
  name: string;
  readonly cells: Map<number, Map<number, FakeCell>>;
  /** Formula fills (an R1C1 formula applied to a range), resolved per cell by {@link OfficeFake.cell}. */
  readonly fills: { range: RangeRef; r1c1: string; seq: number }[];
  readonly customProperties: Map<string, string>;
  readonly tables: { name: string; range: RangeRef; style?: string }[];
  readonly merged: RangeRef[];
  readonly charts: FakeChart[];
  readonly formats: { range: RangeRef; numberFormat?: string; bold?: boolean; fill?: string; fontColor?: string }[];
  readonly conditional: { range: RangeRef; type: string; formula?: string; fill?: string; fontColor?: string }[];
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  /** Write sequence number of each cell write (to order cells against fills). */
  readonly seq: Map<number, Map<number, number>>;
}

/** One operation queued on a context. */
export interface RecordedOp {
  readonly sync: number;
  readonly target: string;
  readonly name: string;
  readonly args: readonly unknown[];
}

/** One request (= one `context.sync()`): its payload, and the size of the loaded values sent back. */
export interface RecordedRequest {
  readonly bytes: number;
  readonly operations: number;
  readonly loads: number;
  responseBytes: number;
}

/** Options of the fake. */
export interface OfficeFakeOptions {
  /** Whether worksheet custom properties exist (ExcelApi 1.12); default true. */
  readonly customProperties?: boolean;
  /** Make this sync (1-based, counted over the fake's life) fail without applying its batch. */
  readonly failOnSync?: number;
  /** Fail requests over this many bytes (default 5 MB, Excel on the web's limit). */
  readonly requestLimitBytes?: number;
}

interface Queued {
  readonly target: string;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly apply: () => void;
}

function utf8(s: string): number {
  return new TextEncoder().encode(s).length;
}

function parseA1(address: string): RangeRef {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
  if (!m) throw new Error(`Fake: not an A1 address: ${address}`);
  const col = (l: string): number => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1] as string);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c2 = m[3] === undefined ? c1 : col(m[3]);
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Excel's reading of a typed input (`Range.values` / `Range.formulas`). */
function interpret(input: unknown, asText: boolean): FakeCell | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const s = String(input);
  if (s === "") return { value: null };
  if (asText) return { value: s, text: true };
  if (s.startsWith("'")) return { value: s.slice(1), text: true };
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s.trim())) return { value: Number(s) };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  if (/^[+-]/.test(s) && s.length > 1) return { value: null, formula: `=${s}` };
  return { value: s };
}

/** An error like `OfficeExtension.Error`, with its `code` ("ItemNotFound", "InvalidArgument", …). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

/** Thrown for a property read without load + sync. */
export class PropertyNotLoadedError extends Error {
  constructor(kind: string, prop: string) {
    super(`PropertyNotLoaded: ${kind}.${prop} was read without load() and context.sync()`);
    this.name = "PropertyNotLoadedError";
  }
}

class FakeContext {
  readonly queue: Queued[] = [];
  readonly pending = new Set<ClientObject>();
  synced = 0;
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly fake: OfficeFake) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  enqueue(target: string, name: string, args: readonly unknown[], apply: () => void): void {
    this.queue.push({ target, name, args, apply });
  }
  async sync(): Promise<void> {
    const batch = this.queue.splice(0);
    const loads = [...this.pending];
    this.pending.clear();
    const n = this.fake.recordSync(batch, loads.length);
    await Promise.resolve();
    if (n === this.fake.options.failOnSync) throw new Error(`Fake: sync ${n} failed (failOnSync)`);
    const bytes = this.fake.requests[this.fake.requests.length - 1]?.bytes ?? 0;
    if (bytes > (this.fake.options.requestLimitBytes ?? 5 * 1024 * 1024)) {
      throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes in sync ${n}`);
    }
    for (const op of batch) op.apply();
    this.synced++;
    const response = loads.reduce((total, obj) => total + obj.snapshot(), 0);
    const record = this.fake.requests[n - 1];
    if (record) record.responseBytes = response;
  }
}

abstract class ClientObject {
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  private readonly bornAt: number;
  constructor(
    readonly context: FakeContext,
    readonly kind: string,
  ) {
    this.bornAt = context.synced;
  }
  load(props?: string | readonly string[]): this {
    const list = props === undefined ? [] : typeof props === "string" ? props.split(",") : props;
    for (const p of list) this.requested.add(p.trim());
    this.context.pending.add(this);
    return this;
  }
  /** Takes the loaded values (at sync); returns their serialized size in bytes. */
  snapshot(): number {
    if (this.isNull()) {
      this.requested.clear();
      return 0;
    }
    let bytes = 0;
    for (const p of this.requested) {
      const value = this.read(p);
      this.loaded.set(p, value);
      bytes += utf8(JSON.stringify(value) ?? "");
    }
    this.requested.clear();
    return bytes;
  }
  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) throw new PropertyNotLoadedError(this.kind, prop);
    return this.loaded.get(prop);
  }
  get isNullObject(): boolean {
    if (this.context.synced <= this.bornAt) throw new PropertyNotLoadedError(this.kind, "isNullObject");
    return this.isNull();
  }
  protected isNull(): boolean {
    return false;
  }
  protected abstract read(prop: string): unknown;
  protected queue(name: string, args: readonly unknown[], apply: () => void): void {
    this.context.enqueue(this.kind, name, args, apply);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
  getActiveCell(): FakeRange {
    const fake = this.context.fake;
    const sheet = new FakeWorksheet(this.context, () => fake.activeSheet());
    return new FakeRange(this.context, sheet, () => fake.activeCell());
  }
}

class FakeWorksheetCollection extends ClientObject {
  private snapshotItems: FakeWorksheet[] | undefined;
  readonly onSelectionChanged = {
    add: (handler: (event: { worksheetId: string; address: string; type: string }) => Promise<void>) => {
      const fake = this.context.fake;
      const entry = { handler };
      this.queue("onSelectionChanged.add", [], () => fake.handlers.add(entry));
      return {
        context: this.context,
        remove: () => this.queue("onSelectionChanged.remove", [], () => fake.handlers.delete(entry)),
      };
    },
  };
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection");
  }
  get items(): FakeWorksheet[] {
    if (!this.snapshotItems) throw new PropertyNotLoadedError(this.kind, "items");
    return this.snapshotItems;
  }
  override load(props?: string | readonly string[]): this {
    const list = typeof props === "string" ? props.split(",") : (props ?? []);
    const itemProps = list.map((p) => p.trim().replace(/^items\//, ""));
    this.context.pending.add(this);
    this.itemProps = itemProps;
    return this;
  }
  private itemProps: string[] = [];
  override snapshot(): number {
    const fake = this.context.fake;
    let bytes = 0;
    this.snapshotItems = [...fake.sheets.values()].map((model) => {
      const ws = new FakeWorksheet(this.context, () => model);
      ws.load(this.itemProps);
      bytes += ws.snapshot();
      return ws;
    });
    return bytes;
  }
  protected read(): unknown {
    return undefined;
  }
  add(name: string): FakeWorksheet {
    const fake = this.context.fake;
    let model: FakeSheet | undefined;
    this.queue("add", [name], () => {
      model = fake.createSheet(name);
    });
    return new FakeWorksheet(this.context, () => model ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    const fake = this.context.fake;
    return new FakeWorksheet(this.context, () => fake.activeSheet());
  }
  getItem(key: string): FakeWorksheet {
    const fake = this.context.fake;
    return new FakeWorksheet(this.context, () => {
      const model = fake.findSheet(key);
      if (!model) throw new FakeOfficeError("ItemNotFound", `worksheet ${key}`);
      return model;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    const fake = this.context.fake;
    return new FakeWorksheet(this.context, () => fake.findSheet(key) ?? null);
  }
}

class FakeWorksheet extends ClientObject {
  private bound: FakeSheet | null | undefined;
  readonly customProperties: {
    add: (key: string, value: string) => void;
    getItemOrNullObject: (key: string) => FakeCustomProperty;
  };
  readonly tables: { add: (range: FakeRange, hasHeaders: boolean) => FakeTable; getItem: (name: string) => FakeTable };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy: string) => FakeChartProxy };
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    context: FakeContext,
    private readonly resolver: () => FakeSheet | null,
  ) {
    super(context, "Worksheet");
    this.customProperties = {
      add: (key, value) =>
        this.queue("customProperties.add", [key, value], () => this.model().customProperties.set(key, value)),
      getItemOrNullObject: (key) => new FakeCustomProperty(context, () => this.model().customProperties.get(key)),
    };
    this.tables = {
      add: (range, hasHeaders) => {
        const table = new FakeTable(context, this, () => undefined);
        this.queue("tables.add", [range.describe(), hasHeaders], () => {
          const entry = { name: `Table${this.context.fake.sheets.size}`, range: range.ref() };
          this.model().tables.push(entry);
          table.entry = entry;
        });
        return table;
      },
      getItem: (name) =>
        new FakeTable(context, this, () => {
          const found = this.model().tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
          if (!found) throw new FakeOfficeError("ItemNotFound", `table ${name}`);
          return found;
        }),
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: FakeChart = { type, source: source.describe(), seriesBy, series: [{}] };
        this.queue("charts.add", [type, source.describe(), seriesBy], () => this.model().charts.push(chart));
        return new FakeChartProxy(context, chart);
      },
    };
    this.freezePanes = {
      freezeRows: (n) =>
        this.queue("freezePanes.freezeRows", [n], () => {
          this.model().frozenRows = n;
        }),
    };
  }
  model(): FakeSheet {
    const m = this.resolve();
    if (!m) throw new Error("Fake: worksheet does not exist");
    return m;
  }
  resolve(): FakeSheet | null {
    if (this.bound === undefined || this.bound === null) this.bound = this.resolver();
    return this.bound;
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  protected read(prop: string): unknown {
    const m = this.model();
    if (prop === "name") return m.name;
    if (prop === "id") return m.id;
    throw new Error(`Fake: Worksheet.${prop} is not modelled`);
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue("name", [value], () => {
      this.model().name = value;
    });
  }
  get id(): string {
    return this.get("id") as string;
  }
  delete(): void {
    this.queue("delete", [], () => this.context.fake.deleteSheet(this.model().id));
  }
  activate(): void {
    this.queue("activate", [], () => undefined);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this, () => ({ row, col, rows, cols }));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this, () => parseA1(address));
  }
}

class FakeCustomProperty extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly value_: () => string | undefined,
  ) {
    super(context, "WorksheetCustomProperty");
  }
  protected override isNull(): boolean {
    return this.value_() === undefined;
  }
  protected read(prop: string): unknown {
    if (prop === "value") return this.value_();
    throw new Error(`Fake: WorksheetCustomProperty.${prop} is not modelled`);
  }
  get value(): string {
    return this.get("value") as string;
  }
}

class FakeTable extends ClientObject {
  entry: { name: string; range: RangeRef; style?: string } | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly find: () => { name: string; range: RangeRef } | undefined,
  ) {
    super(context, "Table");
  }
  private current(): { name: string; range: RangeRef; style?: string } | undefined {
    this.entry ??= this.find();
    return this.entry;
  }
  protected override isNull(): boolean {
    return this.current() === undefined;
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.current()?.name;
    throw new Error(`Fake: Table.${prop} is not modelled`);
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue("table.name", [value], () => {
      const e = this.current();
      if (e) e.name = value;
    });
  }
  set style(value: string) {
    this.queue("table.style", [value], () => {
      const e = this.current();
      if (e) e.style = value;
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const e = this.current();
      if (!e) throw new Error("Fake: getRange on a null table");
      return e.range;
    });
  }
}

class FakeTableScoped extends ClientObject {
  private snapshotItems: FakeTable[] | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly find: () => { name: string; range: RangeRef }[],
  ) {
    super(context, "TableScopedCollection");
  }
  override load(_props?: string | readonly string[]): this {
    this.context.pending.add(this);
    return this;
  }
  override snapshot(): number {
    let bytes = 0;
    this.snapshotItems = this.find().map((entry) => {
      const t = new FakeTable(this.context, this.sheet, () => entry);
      t.load("name");
      bytes += t.snapshot();
      return t;
    });
    return bytes;
  }
  get items(): FakeTable[] {
    if (!this.snapshotItems) throw new PropertyNotLoadedError(this.kind, "items");
    return this.snapshotItems;
  }
  protected read(): unknown {
    return undefined;
  }
}

class FakeRangeAreas extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly areas: () => string[],
  ) {
    super(context, "RangeAreas");
  }
  protected override isNull(): boolean {
    return this.areas().length === 0;
  }
  protected read(prop: string): unknown {
    if (prop === "address") return this.areas().join(", ");
    throw new Error(`Fake: RangeAreas.${prop} is not modelled`);
  }
  get address(): string {
    return this.get("address") as string;
  }
}

class FakeRange extends ClientObject {
  readonly format: {
    font: { bold: boolean; color: string };
    fill: { color: string };
    columnWidth: number;
  };
  readonly conditionalFormats: {
    add: (type: string) => {
      custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
    };
  };
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly locate: () => RangeRef,
  ) {
    super(context, "Range");
    const sheetOf = (): FakeSheet => this.worksheet.model();
    const refOf = (): RangeRef => this.ref();
    const describeOf = (): string => this.describe();
    const enqueue = (name: string, args: readonly unknown[], apply: () => void): void => this.queue(name, args, apply);
    const fmt = (
      patch: { numberFormat?: string; bold?: boolean; fill?: string; fontColor?: string },
      name: string,
      value: unknown,
    ): void => this.queue(name, [this.describe(), value], () => sheetOf().formats.push({ range: refOf(), ...patch }));
    const writeOnly = (what: string): never => {
      throw new PropertyNotLoadedError("RangeFormat", what);
    };
    this.format = {
      font: {
        get bold(): boolean {
          return writeOnly("font.bold");
        },
        set bold(v: boolean) {
          fmt({ bold: v }, "format.font.bold", v);
        },
        get color(): string {
          return writeOnly("font.color");
        },
        set color(v: string) {
          fmt({ fontColor: v }, "format.font.color", v);
        },
      },
      fill: {
        get color(): string {
          return writeOnly("fill.color");
        },
        set color(v: string) {
          fmt({ fill: v }, "format.fill.color", v);
        },
      },
      get columnWidth(): number {
        return writeOnly("columnWidth");
      },
      set columnWidth(v: number) {
        enqueue("format.columnWidth", [describeOf(), v], () => {
          const r = refOf();
          for (let c = r.col; c < r.col + r.cols; c++) sheetOf().columnWidths.set(c, v);
        });
      },
    };
    this.conditionalFormats = {
      add: (type) => {
        const entry: FakeSheet["conditional"][number] = { range: { row: 0, col: 0, rows: 0, cols: 0 }, type };
        this.queue("conditionalFormats.add", [this.describe(), type], () => {
          entry.range = refOf();
          sheetOf().conditional.push(entry);
        });
        const q = (name: string, v: unknown, apply: () => void): void => this.queue(name, [v], apply);
        return {
          custom: {
            rule: {
              set formula(v: string) {
                q("conditional.rule.formula", v, () => (entry.formula = v));
              },
              get formula(): string {
                return writeOnly("rule.formula");
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  q("conditional.fill.color", v, () => (entry.fill = v));
                },
                get color(): string {
                  return writeOnly("fill.color");
                },
              },
              font: {
                set color(v: string) {
                  q("conditional.font.color", v, () => (entry.fontColor = v));
                },
                get color(): string {
                  return writeOnly("font.color");
                },
              },
            },
          },
        };
      },
    };
  }
  ref(): RangeRef {
    return this.locate();
  }
  describe(): string {
    return `range#${this.kind}`;
  }
  protected read(prop: string): unknown {
    const r = this.ref();
    const sheet = this.worksheet.model();
    switch (prop) {
      case "address":
        return `${quoteName(sheet.name)}!${a1(r)}`;
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.col;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
      case "values":
        return Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => {
            const v = this.context.fake.cellAt(sheet, r.row + i, r.col + j)?.value ?? null;
            return v === null ? "" : typeof v === "object" ? v.sheetError : v;
          }),
        );
      default:
        throw new Error(`Fake: Range.${prop} is not modelled`);
    }
  }
  get address(): string {
    return this.get("address") as string;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    this.write("values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v);
  }
  set formulasR1C1(v: unknown) {
    this.queue("formulasR1C1", [v], () => {
      const r = this.ref();
      const model = this.worksheet.model();
      if (Array.isArray(v)) throw new Error("Fake: only the single-value R1C1 fill is modelled");
      model.fills.push({ range: r, r1c1: String(v), seq: this.context.fake.nextSeq() });
    });
  }
  set numberFormat(v: unknown[][]) {
    this.queue("numberFormat", [v], () => {
      const r = this.ref();
      const model = this.worksheet.model();
      if (v.length === 1 && v[0]?.length === 1) model.formats.push({ range: r, numberFormat: String(v[0][0]) });
      else throw new Error("Fake: only a broadcast numberFormat is modelled");
    });
  }
  private write(name: string, grid: unknown[][]): void {
    this.queue(name, [grid], () => {
      const r = this.ref();
      if (grid.length !== r.rows || grid.some((row) => row.length !== r.cols)) {
        throw new Error(
          `InvalidArgument: ${name} is ${grid.length}×${grid[0]?.length ?? 0}, the range ${a1(r)} is ${r.rows}×${r.cols}`,
        );
      }
      const fake = this.context.fake;
      const model = this.worksheet.model();
      grid.forEach((row, i) =>
        row.forEach((input, j) => {
          const textFormat = fake.numberFormatAt(model, r.row + i, r.col + j) === "@";
          const cell = interpret(input, textFormat && typeof input === "string");
          if (cell) fake.setCell(model, r.row + i, r.col + j, cell);
        }),
      );
    });
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const r = this.ref();
      return { row: r.row + row, col: r.col + col, rows: 1, cols: 1 };
    });
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => ({ ...this.ref(), row: 0, rows: 1_048_576 }));
  }
  getSurroundingRegion(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () =>
      this.context.fake.region(this.worksheet.model(), this.ref()),
    );
  }
  getTables(_fullyContained?: boolean): FakeTableScoped {
    return new FakeTableScoped(this.context, this.worksheet, () =>
      this.worksheet.model().tables.filter((t) => intersects(t.range, this.ref())),
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.worksheet.model();
      return sheet.merged.filter((m) => intersects(m, this.ref())).map((m) => `${quoteName(sheet.name)}!${a1(m)}`);
    });
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly axes: {
    categoryAxis: { title: { text: string }; numberFormat: string };
    valueAxis: { title: { text: string }; numberFormat: string };
  };
  readonly legend: { position: string };
  readonly series: { getItemAt: (i: number) => FakeSeriesProxy; add: (name: string) => FakeSeriesProxy };
  constructor(
    private readonly context: FakeContext,
    private readonly chart: FakeChart,
  ) {
    const q = (name: string, v: unknown, apply: () => void): void => context.enqueue("Chart", name, [v], apply);
    const never = (what: string): never => {
      throw new PropertyNotLoadedError("Chart", what);
    };
    this.title = {
      set text(v: string) {
        q("title.text", v, () => (chart.title = v));
      },
      get text(): string {
        return never("title.text");
      },
    };
    const axis = (x: boolean) => ({
      title: {
        set text(v: string) {
          q("axis.title.text", v, () => (x ? (chart.xTitle = v) : (chart.yTitle = v)));
        },
        get text(): string {
          return never("axis.title.text");
        },
      },
      set numberFormat(v: string) {
        q("axis.numberFormat", v, () => (x ? (chart.xNumberFormat = v) : (chart.yNumberFormat = v)));
      },
      get numberFormat(): string {
        return never("axis.numberFormat");
      },
    });
    this.axes = { categoryAxis: axis(true), valueAxis: axis(false) };
    this.legend = {
      set position(v: string) {
        q("legend.position", v, () => (chart.legend = v));
      },
      get position(): string {
        return never("legend.position");
      },
    };
    this.series = {
      getItemAt: (i) => new FakeSeriesProxy(context, () => chart.series[i]),
      add: (name) => {
        const entry = { name };
        q("series.add", name, () => chart.series.push(entry));
        return new FakeSeriesProxy(context, () => entry);
      },
    };
  }
  set name(v: string) {
    this.context.enqueue("Chart", "name", [v], () => (this.chart.name = v));
  }
  setPosition(start: string, end: string): void {
    this.context.enqueue("Chart", "setPosition", [start, end], () => (this.chart.position = [start, end]));
  }
}

class FakeSeriesProxy {
  readonly format: { line: { color: string }; fill: { setSolidColor: (c: string) => void } };
  constructor(
    private readonly context: FakeContext,
    private readonly entry: () => FakeChart["series"][number] | undefined,
  ) {
    const q = (name: string, v: unknown, apply: (s: FakeChart["series"][number]) => void): void =>
      context.enqueue("ChartSeries", name, [v], () => {
        const s = entry();
        if (!s) throw new Error("Fake: no such series");
        apply(s);
      });
    this.format = {
      line: {
        set color(v: string) {
          q("format.line.color", v, (s) => (s.color = v));
        },
        get color(): string {
          throw new PropertyNotLoadedError("ChartSeries", "format.line.color");
        },
      },
      fill: { setSolidColor: (v) => q("format.fill.setSolidColor", v, (s) => (s.color = v)) },
    };
  }
  private q(name: string, v: unknown, apply: (s: FakeChart["series"][number]) => void): void {
    this.context.enqueue("ChartSeries", name, [v], () => {
      const s = this.entry();
      if (!s) throw new Error("Fake: no such series");
      apply(s);
    });
  }
  set name(v: string) {
    this.q("name", v, (s) => (s.name = v));
  }
  set chartType(v: string) {
    this.q("chartType", v, (s) => (s.chartType = v));
  }
  set markerBackgroundColor(v: string) {
    this.q("markerBackgroundColor", v, (s) => (s.color = v));
  }
  set markerForegroundColor(v: string) {
    this.q("markerForegroundColor", v, (s) => (s.color = v));
  }
  setXAxisValues(range: FakeRange): void {
    this.q("setXAxisValues", "range", (s) => (s.x = a1(range.ref())));
  }
  setValues(range: FakeRange): void {
    this.q("setValues", "range", (s) => (s.y = a1(range.ref())));
  }
}

/** The fake of `Office.context.document.settings` (in memory; `saveAsync` counted, can be made to fail). */
export class FakeSettings {
  readonly store = new Map<string, unknown>();
  saves = 0;
  failSave = false;
  get(key: string): unknown {
    return this.store.has(key) ? this.store.get(key) : null;
  }
  set(key: string, value: unknown): void {
    this.store.set(key, value);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  saveAsync(callback?: (result: { status: string; error: { message: string } }) => void): void {
    this.saves++;
    const failed = this.failSave;
    queueMicrotask(() =>
      callback?.({ status: failed ? "failed" : "succeeded", error: { message: failed ? "save failed (fake)" : "" } }),
    );
  }
}

/** The recording fake workbook (see the module notes). */
export class OfficeFake {
  readonly sheets = new Map<string, FakeSheet>();
  readonly settings = new FakeSettings();
  readonly requests: RecordedRequest[] = [];
  readonly log: RecordedOp[] = [];
  readonly handlers = new Set<{
    handler: (event: { worksheetId: string; address: string; type: string }) => Promise<void>;
  }>();
  private nextId = 1;
  private seqCounter = 0;
  private active: { sheet: string; ref: RangeRef } | undefined;

  constructor(readonly options: OfficeFakeOptions = {}) {}

  /** `context.sync()` calls so far, over every `run`. */
  get syncs(): number {
    return this.requests.length;
  }

  /** Largest request so far, in bytes. */
  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  /** Largest response (loaded values) so far, in bytes. */
  get maxResponseBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }

  /** Forgets the recorded requests and operations (the workbook stays). */
  resetCounts(): void {
    this.requests.length = 0;
    this.log.length = 0;
  }

  /** `Excel.run`. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  /** The surfaces `createHost` needs. */
  deps(): OfficeDeps {
    return {
      run: this.run,
      settings: this.settings as unknown as OfficeDeps["settings"],
      customProperties: this.options.customProperties ?? true,
    };
  }

  /** Adds a sheet holding `rows` (typed values, no interpretation) at `origin` (default A1). */
  addSheet(
    name: string,
    rows: readonly (readonly Cell[])[] = [],
    extra: {
      origin?: { row: number; col: number };
      table?: string;
      merged?: readonly string[];
      customProperties?: Record<string, string>;
    } = {},
  ): FakeSheet {
    const sheet = this.createSheet(name);
    const r0 = extra.origin?.row ?? 0;
    const c0 = extra.origin?.col ?? 0;
    rows.forEach((row, i) => row.forEach((v, j) => v !== null && this.setCell(sheet, r0 + i, c0 + j, { value: v })));
    const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
    if (extra.table) sheet.tables.push({ name: extra.table, range: { row: r0, col: c0, rows: rows.length, cols } });
    for (const m of extra.merged ?? []) sheet.merged.push(parseA1(m));
    for (const [k, v] of Object.entries(extra.customProperties ?? {})) sheet.customProperties.set(k, v);
    if (!this.active) this.select(name, "A1");
    return sheet;
  }

  /** Puts the active cell on `sheet` at `address`. */
  select(sheet: string, address: string): void {
    this.active = { sheet, ref: parseA1(address) };
  }

  /** Calls the registered selection handlers as Excel would for a selection on `sheet`. */
  async fireSelection(sheet: string, address: string): Promise<void> {
    const model = this.findSheet(sheet);
    if (!model) throw new Error(`Fake: no sheet ${sheet}`);
    await Promise.all(
      [...this.handlers].map((h) => h.handler({ worksheetId: model.id, address, type: "WorksheetSelectionChanged" })),
    );
  }

  sheetNames(): string[] {
    return [...this.sheets.values()].map((s) => s.name);
  }

  /** The sheet model by name (throws when missing). */
  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`Fake: no sheet "${name}" (have ${this.sheetNames().join(", ")})`);
    return s;
  }

  /** The cell at an A1 address (or 0-based row/col), with R1C1 fills resolved to A1 formulas. */
  cell(sheet: string, address: string | { row: number; col: number }): FakeCell | undefined {
    const r = typeof address === "string" ? parseA1(address) : address;
    return this.cellAt(this.sheet(sheet), r.row, r.col);
  }

  // ——— internals used by the proxies ———

  recordSync(batch: readonly Queued[], loads: number): number {
    const n = this.requests.length + 1;
    const payload = JSON.stringify(batch.map((op) => [op.target, op.name, op.args]));
    this.requests.push({ bytes: utf8(payload), operations: batch.length, loads, responseBytes: 0 });
    for (const op of batch) this.log.push({ sync: n, target: op.target, name: op.name, args: op.args });
    return n;
  }

  nextSeq(): number {
    return ++this.seqCounter;
  }

  createSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new FakeOfficeError("InvalidArgument", `bad sheet name "${name}"`);
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      fills: [],
      customProperties: new Map(),
      tables: [],
      merged: [],
      charts: [],
      formats: [],
      conditional: [],
      columnWidths: new Map(),
      frozenRows: 0,
      seq: new Map(),
    };
    this.sheets.set(sheet.id, sheet);
    return sheet;
  }

  findSheet(key: string): FakeSheet | undefined {
    return this.sheets.get(key) ?? [...this.sheets.values()].find((s) => s.name.toLowerCase() === key.toLowerCase());
  }

  deleteSheet(id: string): void {
    this.sheets.delete(id);
  }

  activeSheet(): FakeSheet {
    if (!this.active) throw new Error("Fake: no active cell (call select)");
    return this.sheet(this.active.sheet);
  }

  activeCell(): RangeRef {
    if (!this.active) throw new Error("Fake: no active cell (call select)");
    return { ...this.active.ref, rows: 1, cols: 1 };
  }

  setCell(sheet: FakeSheet, row: number, col: number, cell: FakeCell): void {
    let line = sheet.cells.get(row);
    if (!line) sheet.cells.set(row, (line = new Map()));
    line.set(col, cell);
    let seqLine = sheet.seq.get(row);
    if (!seqLine) sheet.seq.set(row, (seqLine = new Map()));
    seqLine.set(col, this.nextSeq());
  }

  numberFormatAt(sheet: FakeSheet, row: number, col: number): string | undefined {
    let found: string | undefined;
    for (const f of sheet.formats) {
      if (f.numberFormat !== undefined && intersects(f.range, { row, col, rows: 1, cols: 1 })) found = f.numberFormat;
    }
    return found;
  }

  cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    const direct = sheet.cells.get(row)?.get(col);
    const seq = sheet.seq.get(row)?.get(col) ?? 0;
    for (let i = sheet.fills.length - 1; i >= 0; i--) {
      const fill = sheet.fills[i] as FakeSheet["fills"][number];
      if (fill.seq > seq && intersects(fill.range, { row, col, rows: 1, cols: 1 })) {
        return { value: null, formula: fromR1C1(fill.r1c1, row, col) };
      }
    }
    return direct;
  }

  private occupied(sheet: FakeSheet, row: number, col: number): boolean {
    if (row < 0 || col < 0) return false;
    const c = this.cellAt(sheet, row, col);
    return c !== undefined && (c.value !== null || c.formula !== undefined);
  }

  /** Excel's current region: grow the box while a cell touching it (diagonals included) is filled. */
  region(sheet: FakeSheet, start: RangeRef): RangeRef {
    let { row: r0, col: c0 } = start;
    let r1 = start.row + start.rows - 1;
    let c1 = start.col + start.cols - 1;
    for (let grew = true; grew;) {
      grew = false;
      const rowHas = (r: number): boolean => {
        for (let c = c0 - 1; c <= c1 + 1; c++) if (this.occupied(sheet, r, c)) return true;
        return false;
      };
      const colHas = (c: number): boolean => {
        for (let r = r0 - 1; r <= r1 + 1; r++) if (this.occupied(sheet, r, c)) return true;
        return false;
      };
      if (r0 > 0 && rowHas(r0 - 1)) {
        r0--;
        grew = true;
      }
      while (rowHas(r1 + 1)) {
        r1++;
        grew = true;
      }
      if (c0 > 0 && colHas(c0 - 1)) {
        c0--;
        grew = true;
      }
      if (colHas(c1 + 1)) {
        c1++;
        grew = true;
      }
    }
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}
