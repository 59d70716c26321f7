/**
 * A recording fake of the Excel JavaScript API subset `src/excel/host.ts` uses, as strict as
 * Microsoft's documentation says Excel is (a fake kinder than Excel is a test that cannot fail):
 *
 * - reading a property that was not `load`ed AND synced throws (`PropertyNotLoaded …`), as does
 *   reading `isNullObject` before a sync;
 * - queued writes and method calls take effect only at `context.sync()`, IN ORDER: when one operation
 *   fails (`InvalidArgument`, `ApiNotFound`, …) the operations queued before it in the same batch stay
 *   applied and the later ones are dropped, as Excel does (a batch is not a transaction);
 * - a context is usable only inside its `Excel.run` (or a later `Excel.run(context, …)`); a sync on a
 *   finished context fails with `InvalidRequestContext`;
 * - **requirement sets per host profile** ({@link FakeHostProfile}): an API the profile lacks fails at
 *   sync with `ApiNotFound`, and `isSetSupported` answers as `Office.context.requirements` would;
 * - **exact 2-D arrays**: `values`, `formulas`, `formulasR1C1` and `numberFormat` take an array of
 *   exactly the range's rows × columns (`null` = leave the cell as it is); a scalar, even over one
 *   cell, is `InvalidArgument` (the "update all cells with one value" form is no longer documented);
 * - **table names are unique in the whole workbook** (against every table and defined name, case
 *   insensitive; OfficeDev/office-js#551) and follow Excel's rules (a letter, `_` or `\` first, then
 *   letters, digits, `.` and `_`; not a cell reference; ≤ 255 characters): else `InvalidArgument`;
 *   tables may not overlap;
 * - **payload limits in bytes** (Excel on the web: 5 MB per request and per response,
 *   "Resource limits and performance optimization for Office Add-ins"): a request over the limit fails
 *   with `RequestPayloadSizeLimitExceeded` and applies nothing, a response over it with
 *   `ResponsePayloadSizeLimitExceeded` (the writes of that batch stay applied, nothing is loaded);
 *   a read of more than 5,000,000 cells fails too. The documentation leaves the byte format of a
 *   request open, so it is modelled conservatively on Office.js's JSON: every action costs
 *   {@link ACTION_BYTES} plus its arguments as JSON, every proxy object created in the batch
 *   {@link OBJECT_PATH_BYTES}, every loaded object {@link LOADED_OBJECT_BYTES} plus its values as JSON;
 * - chart series names are at most 255 characters; sheet names follow Excel's rules (1–31 characters,
 *   none of `[ ] : * ? / \`, no apostrophe at either end, not "History");
 * - **references between sheets**: deleting a sheet turns every formula that names it into `#REF!`
 *   (`=#REF!B2`) for good, and renaming one rewrites them, as Excel does; so a user's formula on our
 *   sheet survives an in-place rewrite and breaks when the sheet is deleted and added again;
 * - **data-validation lists** (`Range.dataValidation`, ExcelApi 1.8): one rule type per rule, a literal
 *   source of 1–255 characters, a reference source of one row or column on an existing sheet, and no
 *   rule over cells that already have one (`dataValidation.clear()` first);
 * - **bubble and radar charts**: `setBubbleSizes` only on a bubble chart ("Only works for bubble
 *   charts"), no series of another type on a bubble or radar chart (Excel cannot combine them) and no
 *   bubble or radar series elsewhere, no axis titles on a radar chart;
 * - `failOnSync = n` makes the n-th sync (1-based, counted from the start) fail before it reaches
 *   Excel, so nothing of that batch is applied.
 *
 * Excel's input rules are modelled: a string starting with "'" is text (stored without the apostrophe),
 * "=" starts a formula, numbers/TRUE/FALSE typed as text become numbers/booleans, a cell formatted "@"
 * keeps text. `Range.copyFrom` repeats the source when the destination is a multiple of it (else it
 * pastes the source once at the top-left cell, and a smaller destination is expanded), adjusts the
 * relative references of copied formulas, and copies number format, bold, fill, font colour and
 * conditional formats with "Formats". Formulas are not calculated (use HyperFormula or LibreOffice), except
 * that a formula naming a sheet that does not exist reads back as `#REF!`, as in Excel.
 *
 * API (for tests and the benchmark):
 * - `new OfficeFake({ profile?, customProperties?, failOnSync?, requestLimitBytes?, responseLimitBytes? })`
 * - `addSheet(name, rows, { origin?, table?, merged? })`, `addName(name)`, `select(sheet, "B3")`
 * - `run(batch)` / `run(context, batch)` = `Excel.run`; `settings`; `deps()` = what `createHost` takes
 * - `syncs` (count), `requests` (request bytes, operations, loads and response bytes per sync),
 *   `maxRequestBytes`, `maxResponseBytes`, `log` (every queued operation), `resetCounts()`
 * - `sheetNames()`, `sheet(name)` (model: cells, tables, charts, formats…), `cell(sheet, "A1")`,
 *   `formatAt(sheet, "B2")` (the cell's effective format), `tableNames()`
 * - `fireSelection(sheet, "B5")` calls the registered selection handlers
 *
 * @example
 * const fake = new OfficeFake({ profile: HOST_PROFILES["excel-web"] });
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
import { fromR1C1, toR1C1 } from "../../src/excel/r1c1";
import {
  API_REQUIREMENTS,
  HOST_PROFILES,
  isSetSupported,
  WEB_LIMIT_BYTES,
  type ApiName,
  type HostProfile,
} from "./hostProfiles";

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
  /** Fixed axis bounds as set (`ChartAxis.minimum`, `maximum`, `majorUnit`). */
  xAxis?: FakeAxisBounds;
  yAxis?: FakeAxisBounds;
  /** Indices of legend entries set invisible (`ChartLegendEntry.visible = false`). */
  hiddenLegendEntries?: number[];
  series: {
    name?: string;
    x?: string;
    y?: string;
    sizes?: string;
    chartType?: string;
    color?: string;
    markerStyle?: string;
    /** Data labels per point index: `hasDataLabel`, `dataLabel.text`, `dataLabel.position`. */
    labels?: Map<number, { shown: boolean; text?: string; position?: string }>;
  }[];
}

/** The bounds of one chart axis as set through Office.js. */
export interface FakeAxisBounds {
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
  /** `ChartAxis.setPositionAt(value)` (ExcelApi 1.8): where the other axis crosses this one. */
  crossesAt?: number;
  /** `ChartAxis.tickLabelPosition` (ExcelApi 1.7). */
  tickLabelPosition?: string;
}

/**
 * The data-label positions Excel offers on an XY scatter point (Format Data Labels › Label Position:
 * Center, Left, Right, Above, Below). "InsideEnd", "OutsideEnd", "InsideBase", "BestFit" and "Callout"
 * belong to bars, columns and pies; the Office.js reference does not say what setting one on a scatter
 * point does, so the fake refuses it (stricter than Excel at worst, never kinder).
 */
const SCATTER_LABEL_POSITIONS = new Set(["Center", "Left", "Right", "Top", "Bottom"]);

/** The number of cells of an A1 range such as "AF1:AF4" (one column or one row). */
function a1Length(address: string): number {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, "").replace(/^.*!/, ""));
  if (!m) return 0;
  if (m[3] === undefined) return 1;
  const col = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const rows = Number(m[4]) - Number(m[2]) + 1;
  const cols = col(m[3]) - col(m[1] as string) + 1;
  return rows * cols;
}

/** A data-validation list as recorded: the rule's `source` (a literal list or "=" and a reference). */
export interface FakeValidation {
  range: RangeRef;
  source: string;
  inCellDropDown: boolean;
}

/** Cell formatting as the fake models it (`null` = cleared, as "Formats" copied from a plain cell leaves it). */
export interface FakeFormat {
  numberFormat?: string;
  bold?: boolean;
  fill?: string | null;
  fontColor?: string | null;
}

/** The model of one worksheet. */
export interface FakeSheet {
  readonly id: string;
  name: string;
  readonly cells: Map<number, Map<number, FakeCell>>;
  /** Formula fills (an R1C1 formula applied to a range), resolved per cell by {@link OfficeFake.cell}. */
  readonly fills: { range: RangeRef; r1c1: string; seq: number }[];
  readonly customProperties: Map<string, string>;
  readonly tables: FakeTableEntry[];
  readonly merged: RangeRef[];
  readonly charts: FakeChart[];
  readonly formats: ({ range: RangeRef } & FakeFormat)[];
  readonly conditional: { range: RangeRef; type: string; formula?: string; fill?: string; fontColor?: string }[];
  readonly validations: FakeValidation[];
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
  /** True when Excel refused the response as too large (`ResponsePayloadSizeLimitExceeded`). */
  refused?: boolean;
}

/** What one Excel host offers: requirement sets and payload limits (the real builds: `hostProfiles.ts`). */
export type FakeHostProfile = Pick<HostProfile, "id" | "label" | "sets" | "requestLimitBytes" | "responseLimitBytes">;

/** Excel on the web's documented payload limit, per request and per response: 5 MB (not MiB). */
export const WEB_PAYLOAD_LIMIT_BYTES = WEB_LIMIT_BYTES;

/** The most cells one read may load ("A range is limited to 5,000,000 cells for read operations"). */
export const READ_CELL_LIMIT = 5_000_000;

/** Request bytes charged per queued action, besides its arguments as JSON (Office.js's action envelope). */
export const ACTION_BYTES = 100;

/** Request bytes charged per proxy object created in a batch (Office.js's object path). */
export const OBJECT_PATH_BYTES = 120;

/** Response bytes charged per loaded object, besides its values as JSON. */
export const LOADED_OBJECT_BYTES = 60;

/** The default host: Excel on the web (every set, and the only documented payload limits). */
export const DEFAULT_PROFILE: FakeHostProfile = HOST_PROFILES["excel-web"];

/** Options of the fake. */
export interface OfficeFakeOptions {
  /** The host it behaves as (requirement sets and payload limits); default {@link DEFAULT_PROFILE}. */
  readonly profile?: FakeHostProfile;
  /** `false` takes ExcelApi down to 1.11 (no worksheet custom properties, no merged areas). */
  readonly customProperties?: boolean;
  /** Make this sync (1-based, counted over the fake's life) fail before it reaches Excel. */
  readonly failOnSync?: number;
  /** Called after each successful sync with its number: a user acting between two requests. */
  readonly afterSync?: (sync: number, fake: OfficeFake) => void;
  /** Override the profile's request limit. */
  readonly requestLimitBytes?: number;
  /** Override the profile's response limit. */
  readonly responseLimitBytes?: number;
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
  if (!m) throw new FakeOfficeError("InvalidArgument", `not an A1 address: ${address}`);
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

/** True when `a` lies wholly inside `b`. */
function inside(a: RangeRef, b: RangeRef): boolean {
  return a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;
}

/** A sheet-qualified reference in a formula (`'KAM Out'!`, `Data!`), as Excel writes it. */
const SHEET_REF = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/g;

/**
 * A formula with every reference to sheet `name` pointed at `to` (a rename), or replaced by `#REF!`
 * when `to` is undefined (the sheet was deleted: Excel rewrites `=Out!B2` as `=#REF!B2` for good, and
 * a sheet added later under the same name does not bring the reference back). String literals are left alone.
 *
 * @example
 * retargetSheet("='KAM Out'!B2*2", "KAM Out", undefined); // "=#REF!B2*2"
 */
export function retargetSheet(formula: string, name: string, to: string | undefined): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(SHEET_REF, (whole, quoted: string | undefined, bare: string | undefined) => {
            const found = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? "");
            if (found.toLowerCase() !== name.toLowerCase()) return whole;
            return to === undefined ? "#REF!" : `${quoteName(to)}!`;
          }),
    )
    .join("");
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

/** Excel's rule for a table name (Microsoft support: "Rename an Excel table"). */
function tableNameProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 255) return "1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "a letter, _ or \\ first, then letters, digits, . or _";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
    return "not a cell reference";
  return undefined;
}

class FakeContext {
  readonly queue: Queued[] = [];
  readonly pending = new Set<ClientObject>();
  synced = 0;
  /** Proxy objects created since the last sync (their object paths go in the next request). */
  created = 0;
  open = true;
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly fake: OfficeFake) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  enqueue(target: string, name: string, args: readonly unknown[], apply: () => void): void {
    this.queue.push({ target, name, args, apply });
  }
  /** Queues the check that `api` exists on this host (an `ApiNotFound` at sync where it does not). */
  requires(api: ApiName): void {
    this.enqueue(api, "require", [], () => this.fake.require(api));
  }
  async sync(): Promise<void> {
    if (!this.open) {
      throw new FakeOfficeError("InvalidRequestContext", "context.sync() outside its Excel.run");
    }
    const batch = this.queue.splice(0);
    const loads = [...this.pending];
    this.pending.clear();
    const created = this.created;
    this.created = 0;
    const n = this.fake.recordSync(batch, loads.length, created);
    await Promise.resolve();
    if (n === this.fake.options.failOnSync) throw new Error(`Fake: sync ${n} failed (failOnSync)`);
    const record = this.fake.requests[n - 1] as RecordedRequest;
    if (record.bytes > this.fake.requestLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `the request payload of sync ${n} is ${record.bytes} bytes (limit ${this.fake.requestLimit})`,
      );
    }
    for (const op of batch) op.apply();
    this.synced++;
    const response = loads.reduce((total, obj) => total + obj.measure(), 0);
    record.responseBytes = response;
    if (response > this.fake.responseLimit) {
      record.refused = true;
      loads.forEach((obj) => obj.discard());
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response of sync ${n} is ${response} bytes (limit ${this.fake.responseLimit})`,
      );
    }
    loads.forEach((obj) => obj.commit());
    this.fake.options.afterSync?.(n, this.fake);
  }
}

abstract class ClientObject {
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  private staged: Map<string, unknown> | undefined;
  private readonly bornAt: number;
  constructor(
    readonly context: FakeContext,
    readonly kind: string,
  ) {
    this.bornAt = context.synced;
    context.created++;
  }
  load(props?: string | readonly string[]): this {
    this.request(props);
    this.context.pending.add(this);
    return this;
  }
  /** Asks for properties without queueing a load (a collection's items, loaded with it). */
  request(props?: string | readonly string[]): void {
    const list = props === undefined ? [] : typeof props === "string" ? props.split(",") : props;
    for (const p of list) if (p.trim() !== "") this.requested.add(p.trim());
  }
  /** Reads the requested values after the batch applied (at sync); returns their response size in bytes. */
  measure(): number {
    this.staged = new Map();
    if (this.isNull()) {
      this.requested.clear();
      return LOADED_OBJECT_BYTES;
    }
    let bytes = LOADED_OBJECT_BYTES;
    for (const p of this.requested) {
      const value = this.read(p);
      this.staged.set(p, value);
      bytes += utf8(JSON.stringify(value) ?? "");
    }
    this.requested.clear();
    return bytes;
  }
  /** Delivers what {@link measure} read. */
  commit(): void {
    for (const [k, v] of this.staged ?? []) this.loaded.set(k, v);
    this.staged = undefined;
  }
  /** Drops what {@link measure} read (the response never arrived). */
  discard(): void {
    this.staged = undefined;
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
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
    this.names = new FakeNamedItemCollection(context);
  }
  getActiveCell(): FakeRange {
    this.context.requires("Workbook.getActiveCell");
    const fake = this.context.fake;
    const sheet = new FakeWorksheet(this.context, () => fake.activeSheet());
    return new FakeRange(this.context, sheet, () => fake.activeCell());
  }
}

/** A collection whose `load("items/…")` brings back its items with those properties. */
abstract class FakeCollection<T extends ClientObject> extends ClientObject {
  private loadedItems: T[] | undefined;
  private stagedItems: T[] | undefined;
  private itemProps: string[] = [];
  override load(props?: string | readonly string[]): this {
    const list = typeof props === "string" ? props.split(",") : (props ?? []);
    this.itemProps = list.map((p) => p.trim().replace(/^items\//, "")).filter((p) => p !== "");
    this.context.pending.add(this);
    return this;
  }
  /** The item proxies as the workbook has them now. */
  protected abstract list(): T[];
  override measure(): number {
    const before = this.context.created;
    const items = this.list();
    this.context.created = before; // items come back in the response, not in the request
    let bytes = LOADED_OBJECT_BYTES;
    for (const item of items) {
      item.request(this.itemProps);
      bytes += item.measure();
    }
    this.stagedItems = items;
    return bytes;
  }
  override commit(): void {
    this.stagedItems?.forEach((i) => i.commit());
    this.loadedItems = this.stagedItems;
    this.stagedItems = undefined;
  }
  override discard(): void {
    this.stagedItems = undefined;
  }
  get items(): T[] {
    if (!this.loadedItems) throw new PropertyNotLoadedError(this.kind, "items");
    return this.loadedItems;
  }
  protected read(): unknown {
    return undefined;
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly onSelectionChanged = {
    add: (handler: (event: { worksheetId: string; address: string; type: string }) => Promise<void>) => {
      const fake = this.context.fake;
      const entry = { handler };
      this.context.requires("WorksheetCollection.onSelectionChanged");
      this.queue("onSelectionChanged.add", [], () => fake.handlers.add(entry));
      const context = this.context;
      return {
        context,
        remove: () => context.enqueue("EventHandlers", "remove", [], () => fake.handlers.delete(entry)),
      };
    },
  };
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection");
  }
  protected list(): FakeWorksheet[] {
    return [...this.context.fake.sheets.values()].map((model) => new FakeWorksheet(this.context, () => model));
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
    this.context.requires("WorksheetCollection.getItemOrNullObject");
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
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  constructor(
    context: FakeContext,
    private readonly resolver: () => FakeSheet | null,
  ) {
    super(context, "Worksheet");
    this.customProperties = {
      add: (key, value) => {
        context.requires("Worksheet.customProperties");
        this.queue("customProperties.add", [key, value], () => this.model().customProperties.set(key, value));
      },
      getItemOrNullObject: (key) => {
        context.requires("Worksheet.customProperties");
        return new FakeCustomProperty(context, () => this.model().customProperties.get(key));
      },
    };
    this.tables = new FakeTableCollection(context, this);
    this.charts = new FakeChartCollection(context, this);
    this.freezePanes = {
      freezeRows: (n) => {
        context.requires("Worksheet.freezePanes");
        this.queue("freezePanes.freezeRows", [n], () => {
          this.model().frozenRows = n;
        });
      },
      unfreeze: () => {
        context.requires("WorksheetFreezePanes.unfreeze");
        this.queue("freezePanes.unfreeze", [], () => {
          this.model().frozenRows = 0;
        });
      },
    };
  }
  model(): FakeSheet {
    const m = this.resolve();
    if (!m || !this.context.fake.sheets.has(m.id))
      throw new FakeOfficeError("ItemNotFound", "the worksheet does not exist");
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
    this.queue("name", [value], () => this.context.fake.renameSheet(this.model(), value));
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
    this.context.requires("Worksheet.getRangeByIndexes");
    return new FakeRange(this.context, this, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > 1_048_576 || col + cols > 16_384)
        throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
      return { row, col, rows, cols };
    });
  }
  /** `getRange()` without an address is the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () =>
      address === undefined ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } : parseA1(address),
    );
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

/** One table as the fake stores it, on its sheet. */
export interface FakeTableEntry {
  name: string;
  range: RangeRef;
  style?: string;
}

class FakeTable extends ClientObject {
  entry: FakeTableEntry | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => FakeSheet) | undefined,
    private readonly find: () => { entry: FakeTableEntry; sheet: FakeSheet } | undefined,
  ) {
    super(context, "Table");
  }
  private located: { entry: FakeTableEntry; sheet: FakeSheet } | undefined;
  private current(): { entry: FakeTableEntry; sheet: FakeSheet } | undefined {
    this.located ??= this.find();
    return this.located;
  }
  bind(entry: FakeTableEntry, sheet: FakeSheet): void {
    this.located = { entry, sheet };
  }
  protected override isNull(): boolean {
    return this.current() === undefined;
  }
  protected read(prop: string): unknown {
    const c = this.current();
    if (!c) throw new FakeOfficeError("ItemNotFound", "table");
    if (prop === "name") return c.entry.name;
    if (prop === "worksheet/name") return c.sheet.name;
    throw new Error(`Fake: Table.${prop} is not modelled`);
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue("table.name", [value], () => {
      const c = this.current();
      if (!c) throw new FakeOfficeError("ItemNotFound", "table");
      this.context.fake.renameTable(c.entry, value);
    });
  }
  get worksheet(): { name: string } {
    return { name: this.get("worksheet/name") as string };
  }
  set style(value: string) {
    this.queue("table.style", [value], () => {
      const c = this.current();
      if (!c) throw new FakeOfficeError("ItemNotFound", "table");
      c.entry.style = value;
    });
  }
  /** `Table.convertToRange()` (ExcelApi 1.2): the table goes, its cells stay. */
  convertToRange(): FakeRange {
    this.context.requires("Table.convertToRange");
    this.queue("table.convertToRange", [], () => {
      const c = this.current();
      if (!c) throw new FakeOfficeError("ItemNotFound", "table");
      const i = c.sheet.tables.indexOf(c.entry);
      if (i >= 0) c.sheet.tables.splice(i, 1);
    });
    const located = this.current.bind(this);
    return new FakeRange(
      this.context,
      new FakeWorksheet(this.context, () => located()?.sheet ?? null),
      () => located()?.entry.range ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }
  getRange(): FakeRange {
    const sheetProxy = new FakeWorksheet(this.context, () => {
      const c = this.current();
      if (!c) throw new FakeOfficeError("ItemNotFound", "table");
      return c.sheet;
    });
    return new FakeRange(this.context, sheetProxy, () => {
      const c = this.current();
      if (!c) throw new FakeOfficeError("ItemNotFound", "table");
      return c.entry.range;
    });
  }
}

/** `Workbook.tables` (every table, `sheet` undefined) or `Worksheet.tables` (that sheet's). */
class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet | undefined,
  ) {
    super(context, "TableCollection");
  }
  private entries(): { entry: FakeTableEntry; sheet: FakeSheet }[] {
    const sheets = this.sheet ? [this.sheet.model()] : [...this.context.fake.sheets.values()];
    return sheets.flatMap((sheet) => sheet.tables.map((entry) => ({ entry, sheet })));
  }
  protected list(): FakeTable[] {
    return this.entries().map((e) => new FakeTable(this.context, undefined, () => e));
  }
  add(range: FakeRange | string, hasHeaders: boolean): FakeTable {
    const table = new FakeTable(this.context, undefined, () => undefined);
    const args = [typeof range === "string" ? range : range.describe(), hasHeaders];
    this.queue("tables.add", args, () => {
      const target = typeof range === "string" ? undefined : range;
      if (!target) throw new Error("Fake: tables.add with an address string is not modelled");
      const sheet = target.worksheet.model();
      if (this.sheet && this.sheet.model() !== sheet)
        throw new FakeOfficeError("InvalidArgument", "the range is not on this worksheet");
      const entry = this.context.fake.addTable(sheet, target.ref());
      table.bind(entry, sheet);
    });
    return table;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, undefined, () => {
      const found = this.entries().find((e) => e.entry.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new FakeOfficeError("ItemNotFound", `table ${name}`);
      return found;
    });
  }
}

class FakeNamedItem extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly itemName: string,
  ) {
    super(context, "NamedItem");
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.itemName;
    throw new Error(`Fake: NamedItem.${prop} is not modelled`);
  }
  get name(): string {
    return this.get("name") as string;
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(context: FakeContext) {
    super(context, "NamedItemCollection");
  }
  protected list(): FakeNamedItem[] {
    return [...this.context.fake.names].map((n) => new FakeNamedItem(this.context, n));
  }
}

class FakeTableScoped extends FakeCollection<FakeTable> {
  constructor(
    context: FakeContext,
    private readonly find: () => { entry: FakeTableEntry; sheet: FakeSheet }[],
  ) {
    super(context, "TableScopedCollection");
  }
  protected list(): FakeTable[] {
    return this.find().map((e) => new FakeTable(this.context, undefined, () => e));
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
    clearAll: () => void;
  };
  readonly dataValidation: {
    rule: { list?: { inCellDropDown?: boolean; source: string | FakeRange } };
    clear: () => void;
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
    this.dataValidation = {
      clear: () => {
        context.requires("DataValidation.clear");
        this.queue("dataValidation.clear", [this.describe()], () =>
          this.context.fake.clearValidations(sheetOf(), refOf()),
        );
      },
      get rule(): { list?: { inCellDropDown?: boolean; source: string | FakeRange } } {
        return writeOnly("dataValidation.rule");
      },
      set rule(rule: { list?: { inCellDropDown?: boolean; source: string | FakeRange } }) {
        context.requires("Range.dataValidation");
        context.requires("DataValidation.rule");
        const source = rule.list?.source;
        const arg = source instanceof FakeRange ? source.describe() : source;
        enqueue("dataValidation.rule", [describeOf(), { ...rule, list: { ...rule.list, source: arg } }], () =>
          context.fake.setValidation(sheetOf(), refOf(), rule),
        );
      },
    };
    this.conditionalFormats = {
      clearAll: () => {
        context.requires("ConditionalFormatCollection.clearAll");
        this.queue("conditionalFormats.clearAll", [this.describe()], () => {
          const sheet = sheetOf();
          const r = refOf();
          const kept = sheet.conditional.filter((c) => !intersects(c.range, r));
          if (sheet.conditional.some((c) => intersects(c.range, r) && !inside(c.range, r)))
            throw new Error("Fake: clearing part of a conditional format's range is not modelled");
          sheet.conditional.splice(0, sheet.conditional.length, ...kept);
        });
      },
      add: (type) => {
        context.requires("Range.conditionalFormats");
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
        if (r.rows * r.cols > READ_CELL_LIMIT)
          throw new FakeOfficeError(
            "RangeExceedsLimit",
            `a read of ${r.rows * r.cols} cells (limit ${READ_CELL_LIMIT})`,
          );
        return Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => {
            const cell = this.context.fake.cellAt(sheet, r.row + i, r.col + j);
            if (cell?.formula !== undefined) return this.context.fake.formulaValue(cell.formula);
            const v = cell?.value ?? null;
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
  set formulasR1C1(v: unknown[][]) {
    this.context.requires("Range.formulasR1C1");
    this.write("formulasR1C1", v);
  }
  set numberFormat(v: unknown[][]) {
    this.queue("numberFormat", [v], () => {
      const r = this.ref();
      const model = this.worksheet.model();
      exactGrid("numberFormat", v, r);
      const first = v[0]?.[0];
      if (first !== null && v.every((row) => row.every((f) => f === first))) {
        model.formats.push({ range: r, numberFormat: String(first) });
        return;
      }
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null)
            model.formats.push({
              range: { row: r.row + i, col: r.col + j, rows: 1, cols: 1 },
              numberFormat: String(f),
            });
        }),
      );
    });
  }
  private write(name: "values" | "formulas" | "formulasR1C1", grid: unknown[][]): void {
    this.queue(name, [grid], () => {
      const r = this.ref();
      exactGrid(name, grid, r);
      const fake = this.context.fake;
      const model = this.worksheet.model();
      grid.forEach((row, i) =>
        row.forEach((raw, j) => {
          const input =
            name === "formulasR1C1" && typeof raw === "string" && raw.startsWith("=")
              ? fromR1C1(raw, r.row + i, r.col + j)
              : raw;
          const textFormat = fake.numberFormatAt(model, r.row + i, r.col + j) === "@";
          const cell = interpret(input, textFormat && typeof input === "string");
          if (cell) fake.setCell(model, r.row + i, r.col + j, cell);
        }),
      );
    });
  }
  /**
   * `Range.copyFrom` (ExcelApi 1.9): "Formulas" (relative references adjusted), "Values", "Formats" or
   * "All" from another range of the same workbook; see the module notes for how sizes are matched.
   */
  copyFrom(source: FakeRange | string, copyType = "All", skipBlanks = false, transpose = false): void {
    this.context.requires("Range.copyFrom");
    const src = typeof source === "string" ? this.worksheet.getRange(source) : source;
    if (typeof source === "string") this.context.created--; // an address is an argument, not an object path
    this.queue("copyFrom", [src.describe(), copyType, skipBlanks, transpose], () => {
      if (transpose || skipBlanks) throw new Error("Fake: copyFrom with skipBlanks or transpose is not modelled");
      if (!["All", "Formulas", "Values", "Formats"].includes(copyType))
        throw new FakeOfficeError("InvalidArgument", `copyType ${copyType}`);
      this.context.fake.copyRange(src.worksheet.model(), src.ref(), this.worksheet.model(), this.ref(), copyType);
    });
  }
  /**
   * `Range.clear(applyTo)` (ExcelApi 1.1): "Contents" removes values and formulas, "Formats" resets the
   * number format, bold, fill and font colour, "All" both. Conditional formats and data validation are
   * NOT modelled as cleared by it (the host clears them explicitly), which is the stricter reading.
   */
  clear(applyTo = "All"): void {
    this.context.requires("Range.clear");
    this.queue("clear", [this.describe(), applyTo], () => {
      if (!["All", "Contents", "Formats"].includes(applyTo)) throw new Error(`Fake: clear(${applyTo}) is not modelled`);
      this.context.fake.clearRange(this.worksheet.model(), this.ref(), applyTo);
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
    this.context.requires("Range.getSurroundingRegion");
    return new FakeRange(this.context, this.worksheet, () =>
      this.context.fake.region(this.worksheet.model(), this.ref()),
    );
  }
  getTables(_fullyContained?: boolean): FakeTableScoped {
    this.context.requires("Range.getTables");
    return new FakeTableScoped(this.context, () => {
      const sheet = this.worksheet.model();
      return sheet.tables.filter((t) => intersects(t.range, this.ref())).map((entry) => ({ entry, sheet }));
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requires("Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.worksheet.model();
      return sheet.merged.filter((m) => intersects(m, this.ref())).map((m) => `${quoteName(sheet.name)}!${a1(m)}`);
    });
  }
}

/** Excel's check of a 2-D write: an array of exactly the range's rows × columns, nothing else. */
function exactGrid(name: string, grid: unknown, r: RangeRef): void {
  const ok =
    Array.isArray(grid) &&
    grid.length === r.rows &&
    grid.every((row: unknown) => Array.isArray(row) && row.length === r.cols);
  if (!ok) {
    const shape = Array.isArray(grid)
      ? `${grid.length}×${Array.isArray(grid[0]) ? (grid[0] as unknown[]).length : "scalar"}`
      : `a scalar (${typeof grid})`;
    throw new FakeOfficeError("InvalidArgument", `${name} is ${shape}, the range ${a1(r)} is ${r.rows}×${r.cols}`);
  }
}

/** The chart types the fake models, by family (Excel.ChartType). */
const CHART_FAMILIES: Record<string, readonly string[]> = {
  xy: ["XYScatter", "XYScatterLines", "XYScatterLinesNoMarkers", "XYScatterSmooth", "XYScatterSmoothNoMarkers"],
  line: ["Line", "LineMarkers", "LineStacked", "LineMarkersStacked"],
  bar: ["BarStacked", "ColumnStacked", "BarClustered", "ColumnClustered"],
  bubble: ["Bubble", "Bubble3DEffect"],
  radar: ["Radar", "RadarMarkers", "RadarFilled"],
};

function chartFamily(type: string): string {
  const family = Object.entries(CHART_FAMILIES).find(([, types]) => types.includes(type));
  if (!family) throw new Error(`Fake: chart type ${type} is not modelled`);
  return family[0];
}

/**
 * What Excel refuses in a series' chart type: a bubble chart's series stay bubbles and a radar
 * chart's stay radar (Excel cannot combine either with another type: "Some chart types cannot be
 * combined with other chart types"), and no other chart takes a bubble or radar series.
 */
function checkSeriesType(chart: FakeChart, type: string): void {
  const base = chartFamily(chart.type);
  const own = chartFamily(type);
  const exclusive = (f: string): boolean => f === "bubble" || f === "radar";
  if ((exclusive(base) || exclusive(own)) && base !== own)
    throw new FakeOfficeError("InvalidArgument", `a ${type} series on a ${chart.type} chart cannot be combined`);
}

/** `Worksheet.charts`: `add`, and `load("items/name")` to list (and delete) the sheet's charts. */
class FakeChartCollection extends FakeCollection<FakeChartItem> {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, "ChartCollection");
  }
  protected list(): FakeChartItem[] {
    const model = this.sheet.model();
    return model.charts.map((chart) => new FakeChartItem(this.context, model, chart));
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    const chart: FakeChart = { type, source: source.describe(), seriesBy, series: [{}] };
    this.queue("charts.add", [type, source.describe(), seriesBy], () => {
      chartFamily(type);
      this.sheet.model().charts.push(chart);
    });
    return new FakeChartProxy(this.context, chart);
  }
}

/** A chart as an item of {@link FakeChartCollection}. */
class FakeChartItem extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly chart: FakeChart,
  ) {
    super(context, "Chart");
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.chart.name ?? "";
    throw new Error(`Fake: Chart.${prop} is not modelled`);
  }
  get name(): string {
    return this.get("name") as string;
  }
  delete(): void {
    this.context.requires("Chart.delete");
    this.queue("chart.delete", [], () => {
      const i = this.sheet.charts.indexOf(this.chart);
      if (i < 0) throw new FakeOfficeError("ItemNotFound", "chart");
      this.sheet.charts.splice(i, 1);
    });
  }
}

interface FakeAxisProxy {
  title: { text: string };
  numberFormat: string;
  minimum: number;
  maximum: number;
  majorUnit: number;
  tickLabelPosition: string;
  setPositionAt(value: number): void;
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly axes: {
    categoryAxis: FakeAxisProxy;
    valueAxis: FakeAxisProxy;
  };
  readonly legend: { position: string; readonly legendEntries: { getItemAt: (i: number) => { visible: boolean } } };
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
    const axis = (x: boolean) => {
      const bound = (what: "minimum" | "maximum" | "majorUnit", v: number): void => {
        context.requires(`ChartAxis.${what}`);
        q(`axis.${what}`, v, () => {
          if (chartFamily(chart.type) === "radar" && x)
            throw new FakeOfficeError("InvalidArgument", "a radar chart has no horizontal axis to bound");
          const bounds = x ? (chart.xAxis ??= {}) : (chart.yAxis ??= {});
          // "Can be set to a numeric value or an empty string (for automatic axis values)."
          if ((v as unknown) === "") {
            delete bounds[what];
            return;
          }
          if (typeof v !== "number" || !Number.isFinite(v))
            throw new FakeOfficeError("InvalidArgument", `ChartAxis.${what} = ${String(v)}`);
          if (what === "majorUnit" && !(v > 0))
            throw new FakeOfficeError("InvalidArgument", "a major unit of 0 or less");
          bounds[what] = v;
        });
      };
      return {
        title: {
          set text(v: string) {
            q("axis.title.text", v, () => {
              // A radar chart has no axis titles in Excel (there is no horizontal axis to title).
              if (chartFamily(chart.type) === "radar")
                throw new FakeOfficeError("InvalidArgument", "a radar chart has no axis titles");
              if (x) chart.xTitle = v;
              else chart.yTitle = v;
            });
          },
          get text(): string {
            return never("axis.title.text");
          },
        },
        /** `ChartAxis.minimum` / `maximum` / `majorUnit` (ExcelApi 1.1): a number (or "" for automatic). */
        set minimum(v: number) {
          bound("minimum", v);
        },
        get minimum(): number {
          return never("axis.minimum");
        },
        set maximum(v: number) {
          bound("maximum", v);
        },
        get maximum(): number {
          return never("axis.maximum");
        },
        set majorUnit(v: number) {
          bound("majorUnit", v);
        },
        get majorUnit(): number {
          return never("axis.majorUnit");
        },
        /**
         * `ChartAxis.setPositionAt(value)` (ExcelApi 1.8): "Sets the specified axis position where the other
         * axis crosses"; a number ("Custom value of the crossing point"), not on a radar's horizontal axis.
         */
        setPositionAt(v: number): void {
          context.requires("ChartAxis.setPositionAt");
          q("axis.setPositionAt", v, () => {
            if (chartFamily(chart.type) === "radar")
              throw new FakeOfficeError("InvalidArgument", "a radar chart has no crossing axes");
            if (typeof v !== "number" || !Number.isFinite(v))
              throw new FakeOfficeError("InvalidArgument", `ChartAxis.setPositionAt(${String(v)})`);
            (x ? (chart.xAxis ??= {}) : (chart.yAxis ??= {})).crossesAt = v;
          });
        },
        /** `ChartAxis.tickLabelPosition` (ExcelApi 1.7): "NextToAxis", "High", "Low" or "None". */
        set tickLabelPosition(v: string) {
          context.requires("ChartAxis.tickLabelPosition");
          q("axis.tickLabelPosition", v, () => {
            if (!["NextToAxis", "High", "Low", "None"].includes(v))
              throw new FakeOfficeError("InvalidArgument", `ChartAxis.tickLabelPosition = ${v}`);
            (x ? (chart.xAxis ??= {}) : (chart.yAxis ??= {})).tickLabelPosition = v;
          });
        },
        get tickLabelPosition(): string {
          return never("axis.tickLabelPosition");
        },
        set numberFormat(v: string) {
          context.requires("ChartAxis.numberFormat");
          q("axis.numberFormat", v, () => (x ? (chart.xNumberFormat = v) : (chart.yNumberFormat = v)));
        },
        get numberFormat(): string {
          return never("axis.numberFormat");
        },
      };
    };
    this.axes = { categoryAxis: axis(true), valueAxis: axis(false) };
    this.legend = {
      set position(v: string) {
        q("legend.position", v, () => (chart.legend = v));
      },
      get position(): string {
        return never("legend.position");
      },
      /** `ChartLegend.legendEntries` (ExcelApi 1.7): one entry per series, in series order. */
      get legendEntries(): { getItemAt: (i: number) => { visible: boolean } } {
        context.requires("ChartLegend.legendEntries");
        return {
          getItemAt: (i) => ({
            set visible(v: boolean) {
              context.requires("ChartLegendEntry.visible");
              context.enqueue("ChartLegendEntry", "visible", [i, v], () => {
                if (!Number.isInteger(i) || i < 0 || i >= chart.series.length)
                  throw new FakeOfficeError("ItemNotFound", `legend entry ${i} of ${chart.series.length}`);
                const hidden = (chart.hiddenLegendEntries ??= []);
                if (!v && !hidden.includes(i)) hidden.push(i);
                if (v) chart.hiddenLegendEntries = hidden.filter((h) => h !== i);
              });
            },
            get visible(): boolean {
              throw new PropertyNotLoadedError("ChartLegendEntry", "visible");
            },
          }),
        };
      },
    };
    this.series = {
      getItemAt: (i) => new FakeSeriesProxy(context, chart, () => chart.series[i]),
      add: (name) => {
        context.requires("ChartSeriesCollection.add");
        const entry = { name };
        q("series.add", name, () => {
          seriesName(name);
          chart.series.push(entry);
        });
        return new FakeSeriesProxy(context, chart, () => entry);
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
    private readonly chart: FakeChart,
    private readonly entry: () => FakeChart["series"][number] | undefined,
  ) {
    const q = (name: string, v: unknown, apply: (s: FakeChart["series"][number]) => void): void => {
      context.enqueue("ChartSeries", name, [v], () => {
        const s = entry();
        if (!s) throw new Error("Fake: no such series");
        apply(s);
      });
    };
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
    this.q("name", v, (s) => (s.name = seriesName(v)));
  }
  set chartType(v: string) {
    this.context.requires("ChartSeries.chartType");
    this.q("chartType", v, (s) => {
      checkSeriesType(this.chart, v);
      s.chartType = v;
    });
  }
  set markerBackgroundColor(v: string) {
    this.context.requires("ChartSeries.markerBackgroundColor");
    this.q("markerBackgroundColor", v, (s) => (s.color = v));
  }
  set markerForegroundColor(v: string) {
    this.context.requires("ChartSeries.markerForegroundColor");
    this.q("markerForegroundColor", v, (s) => (s.color = v));
  }
  set markerStyle(v: string) {
    this.context.requires("ChartSeries.markerStyle");
    this.q("markerStyle", v, (s) => (s.markerStyle = v));
  }
  /** `ChartSeries.points` (ExcelApi 1.1): `getItemAt(i)` fails with `ItemNotFound` past the series' values. */
  get points(): { getItemAt: (i: number) => FakePointProxy } {
    this.context.requires("ChartSeries.points");
    return { getItemAt: (i) => new FakePointProxy(this.context, this.chart, this.entry, i) };
  }
  setXAxisValues(range: FakeRange): void {
    this.context.requires("ChartSeries.setXAxisValues");
    this.q("setXAxisValues", "range", (s) => (s.x = a1(range.ref())));
  }
  setValues(range: FakeRange): void {
    this.context.requires("ChartSeries.setValues");
    this.q("setValues", "range", (s) => (s.y = a1(range.ref())));
  }
  /** `ChartSeries.setBubbleSizes` (ExcelApi 1.7): "Only works for bubble charts." */
  setBubbleSizes(range: FakeRange): void {
    this.context.requires("ChartSeries.setBubbleSizes");
    this.q("setBubbleSizes", "range", (s) => {
      if (chartFamily(s.chartType ?? this.chart.type) !== "bubble")
        throw new FakeOfficeError("InvalidArgument", `setBubbleSizes on a ${this.chart.type} chart`);
      s.sizes = a1(range.ref());
    });
  }
}

/**
 * The data label of point `index` of a series, created hidden on first use; `ItemNotFound` past the
 * series' values, as `ChartPointsCollection.getItemAt` answers in Excel.
 */
function pointLabel(
  s: FakeChart["series"][number],
  index: number,
): { shown: boolean; text?: string; position?: string } {
  const count = s.y === undefined ? 0 : a1Length(s.y);
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new FakeOfficeError("ItemNotFound", `point ${index} of a series of ${count}`);
  const labels = (s.labels ??= new Map());
  let one = labels.get(index);
  if (!one) labels.set(index, (one = { shown: false }));
  return one;
}

/** A point of a series: `hasDataLabel` (1.7) and its `dataLabel` (`text` 1.8, `position` 1.7). */
class FakePointProxy {
  readonly dataLabel: { text: string; position: string };
  constructor(
    private readonly context: FakeContext,
    chart: FakeChart,
    private readonly entry: () => FakeChart["series"][number] | undefined,
    private readonly index: number,
  ) {
    const q = (name: string, v: unknown, apply: (s: FakeChart["series"][number]) => void): void =>
      context.enqueue("ChartPoint", name, [index, v], () => {
        const s = entry();
        if (!s) throw new Error("Fake: no such series");
        apply(s);
      });
    this.q = q;
    this.dataLabel = {
      set text(v: string) {
        context.requires("ChartDataLabel.text");
        q("dataLabel.text", v, (s) => {
          const one = pointLabel(s, index);
          // The reference does not say what a text on a hidden label does; the fake asks for the
          // documented order (hasDataLabel first), so the host relies on no undocumented side effect.
          if (!one.shown) throw new FakeOfficeError("InvalidOperation", `data label ${index} is not shown`);
          one.text = v;
        });
      },
      get text(): string {
        throw new PropertyNotLoadedError("ChartDataLabel", "text");
      },
      set position(v: string) {
        context.requires("ChartDataLabel.position");
        q("dataLabel.position", v, (s) => {
          if (chartFamily(s.chartType ?? chart.type) === "xy" && !SCATTER_LABEL_POSITIONS.has(v))
            throw new FakeOfficeError("InvalidArgument", `a data label position of ${v} on a scatter point`);
          pointLabel(s, index).position = v;
        });
      },
      get position(): string {
        throw new PropertyNotLoadedError("ChartDataLabel", "position");
      },
    };
  }
  private readonly q: (name: string, v: unknown, apply: (s: FakeChart["series"][number]) => void) => void;
  set hasDataLabel(v: boolean) {
    this.context.requires("ChartPoint.hasDataLabel");
    this.q("hasDataLabel", v, (s) => (pointLabel(s, this.index).shown = v));
  }
}

/** Excel's limit on a chart series name: 255 characters (else `InvalidArgument`). */
function seriesName(name: string): string {
  if (name.length > 255) throw new FakeOfficeError("InvalidArgument", `a series name of ${name.length} characters`);
  return name;
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
  /** Workbook-scoped defined names (they share the name space of tables). */
  readonly names = new Set<string>();
  /** The host this fake behaves as. */
  readonly profile: FakeHostProfile;
  private nextId = 1;
  private nextTable = 1;
  private seqCounter = 0;
  private active: { sheet: string; ref: RangeRef } | undefined;

  constructor(readonly options: OfficeFakeOptions = {}) {
    const base = options.profile ?? DEFAULT_PROFILE;
    this.profile =
      options.customProperties === false
        ? { ...base, id: `${base.id}-1.11`, sets: { ...base.sets, ExcelApi: "1.11" } }
        : base;
  }

  /** The request limit in force, in bytes. */
  get requestLimit(): number {
    return this.options.requestLimitBytes ?? this.profile.requestLimitBytes;
  }

  /** The response limit in force, in bytes. */
  get responseLimit(): number {
    return this.options.responseLimitBytes ?? this.profile.responseLimitBytes;
  }

  /**
   * `Office.context.requirements.isSetSupported` for this host.
   *
   * @example
   * new OfficeFake({ customProperties: false }).isSetSupported("ExcelApi", "1.12"); // false
   */
  isSetSupported = (name: string, version = "1.1"): boolean => isSetSupported(this.profile, name, version);

  /** Throws `ApiNotFound` when this host lacks the requirement set of `api` ({@link API_REQUIREMENTS}). */
  require(api: ApiName): void {
    const { set, version } = API_REQUIREMENTS[api];
    if (!this.isSetSupported(set, version)) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${api} needs ${set} ${version}; ${this.profile.label} has ${this.profile.sets[set] ?? "none"}`,
      );
    }
  }

  /** `context.sync()` calls so far, over every `run`. */
  get syncs(): number {
    return this.requests.length;
  }

  /** Largest request so far, in bytes. */
  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  /** Largest response delivered so far (loaded values), in bytes; responses Excel refused as too large are not counted. */
  get maxResponseBytes(): number {
    return this.requests.reduce((m, r) => (r.refused ? m : Math.max(m, r.responseBytes)), 0);
  }

  /** Forgets the recorded requests and operations (the workbook stays). */
  resetCounts(): void {
    this.requests.length = 0;
    this.log.length = 0;
  }

  /** `Excel.run(batch)`: a new context, usable until the batch settles. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    this.within(new FakeContext(this), batch);

  /** `Excel.run(context, batch)`: a batch on a context made by an earlier run (as removing a handler needs). */
  runIn = async <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    if (!(context instanceof FakeContext)) throw new Error("Fake: runIn takes a context the fake made");
    return this.within(context, batch);
  };

  private async within<T>(context: FakeContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    context.open = true;
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      context.open = false;
    }
  }

  /** The surfaces `createHost` needs. */
  deps(): OfficeDeps {
    return {
      run: this.run,
      runIn: this.runIn,
      settings: this.settings as unknown as OfficeDeps["settings"],
      isSetSupported: this.isSetSupported,
    };
  }

  /** Adds a workbook-scoped defined name (tables may not take it). */
  addName(name: string): void {
    this.names.add(name);
  }

  /** Every table name in the workbook. */
  tableNames(): string[] {
    return [...this.sheets.values()].flatMap((s) => s.tables.map((t) => t.name));
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
    if (extra.table) {
      const entry = this.addTable(sheet, { row: r0, col: c0, rows: rows.length, cols });
      this.renameTable(entry, extra.table);
    }
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

  /**
   * What `Range.values` shows for a formula. The fake does not calculate, with one exception that a
   * read-back must see: a reference to a sheet that does not exist is `#REF!`, as in Excel. Any other
   * formula reads as "" (not calculated).
   */
  formulaValue(formula: string): string {
    const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
    for (const m of code.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/g)) {
      const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
      if (this.findSheet(name) === undefined) return "#REF!";
    }
    return /#REF!/.test(code) ? "#REF!" : "";
  }

  /** The cell at an A1 address (or 0-based row/col), with R1C1 fills resolved to A1 formulas. */
  cell(sheet: string, address: string | { row: number; col: number }): FakeCell | undefined {
    const r = typeof address === "string" ? parseA1(address) : address;
    return this.cellAt(this.sheet(sheet), r.row, r.col);
  }

  // ——— internals used by the proxies ———

  recordSync(batch: readonly Queued[], loads: number, created: number): number {
    const n = this.requests.length + 1;
    let bytes = 2 + created * OBJECT_PATH_BYTES + loads * ACTION_BYTES;
    for (const op of batch) bytes += ACTION_BYTES + utf8(JSON.stringify(op.args));
    this.requests.push({ bytes, operations: batch.length, loads, responseBytes: 0 });
    for (const op of batch) this.log.push({ sync: n, target: op.target, name: op.name, args: op.args });
    return n;
  }

  nextSeq(): number {
    return ++this.seqCounter;
  }

  /** Excel's rule for a worksheet name; throws as Excel would. */
  private checkSheetName(name: string, except?: FakeSheet): void {
    const other = this.findSheet(name);
    if (other && other !== except) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    if (
      name.length < 1 ||
      name.length > 31 ||
      /[\\/?*[\]:]/.test(name) ||
      /^'|'$/.test(name) ||
      /^history$/i.test(name)
    )
      throw new FakeOfficeError("InvalidArgument", `bad sheet name "${name}"`);
  }

  createSheet(name: string): FakeSheet {
    this.checkSheetName(name);
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
      validations: [],
      columnWidths: new Map(),
      frozenRows: 0,
      seq: new Map(),
    };
    this.sheets.set(sheet.id, sheet);
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkSheetName(name, sheet);
    const before = sheet.name;
    sheet.name = name;
    // Excel follows a rename in every formula that names the sheet.
    this.retargetFormulas(before, name);
  }

  /** Points every formula (cells, fills, rules, list sources) that names sheet `name` at `to`, or `#REF!`. */
  private retargetFormulas(name: string, to: string | undefined): void {
    for (const sheet of this.sheets.values()) {
      for (const line of sheet.cells.values())
        for (const [col, cell] of line) {
          if (cell.formula === undefined) continue;
          const formula = retargetSheet(cell.formula, name, to);
          if (formula !== cell.formula) line.set(col, { ...cell, formula });
        }
      for (const fill of sheet.fills) fill.r1c1 = retargetSheet(fill.r1c1, name, to);
      for (const cf of sheet.conditional)
        if (cf.formula !== undefined) cf.formula = retargetSheet(cf.formula, name, to);
      for (const v of sheet.validations) if (v.source.startsWith("=")) v.source = retargetSheet(v.source, name, to);
    }
  }

  /**
   * `dataValidation.rule = { list }` on the model, with what Excel refuses: a rule object with more
   * than one type ("No more than one of these properties may be present"), an empty list, a literal
   * list over 255 characters, a reference that is not one row or one column or names a missing sheet,
   * and a rule over cells that already have validation (clear it first: OfficeDev/office-js#2594).
   */
  setValidation(
    sheet: FakeSheet,
    range: RangeRef,
    rule: { list?: { inCellDropDown?: boolean; source: unknown } },
  ): void {
    const kinds = Object.keys(rule);
    if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", `a rule with ${kinds.length} types`);
    if (rule.list === undefined) throw new Error(`Fake: data validation ${kinds[0]} is not modelled`);
    const raw = rule.list.source;
    let source: string;
    if (raw instanceof FakeRange) {
      source = `=${quoteName(raw.worksheet.model().name)}!${a1(raw.ref(), true)}`;
    } else if (typeof raw === "string") source = raw;
    else throw new FakeOfficeError("InvalidArgument", "the list source is neither a string nor a range");
    if (source.startsWith("=")) {
      const m = /^=(?:('(?:[^']|'')+'|[^'!]+)!)?(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(source);
      if (!m) throw new FakeOfficeError("InvalidArgument", `the list source ${source} is not a reference`);
      const named = m[1]?.replace(/^'|'$/g, "").replace(/''/g, "'");
      if (named !== undefined && this.findSheet(named) === undefined)
        throw new FakeOfficeError("InvalidArgument", `the list source names a missing sheet (${named})`);
      const ref = parseA1(m[2] as string);
      if (ref.rows > 1 && ref.cols > 1)
        throw new FakeOfficeError("InvalidArgument", "a list source must be a single row or column");
    } else {
      if (source.trim() === "") throw new FakeOfficeError("InvalidArgument", "an empty list source");
      if (source.length > 255)
        throw new FakeOfficeError("InvalidArgument", `a list source of ${source.length} characters (limit 255)`);
    }
    const clash = sheet.validations.find((v) => intersects(v.range, range));
    if (clash)
      throw new FakeOfficeError(
        "InvalidArgument",
        `${a1(range)} overlaps the data validation of ${a1(clash.range)} (clear it first)`,
      );
    sheet.validations.push({ range, source, inCellDropDown: rule.list.inCellDropDown ?? true });
  }

  /** `DataValidation.clear()` on the model: the validation of every cell of `range` goes. */
  clearValidations(sheet: FakeSheet, range: RangeRef): void {
    if (sheet.validations.some((v) => intersects(v.range, range) && !inside(v.range, range)))
      throw new Error("Fake: clearing part of a data validation's range is not modelled");
    const kept = sheet.validations.filter((v) => !intersects(v.range, range));
    sheet.validations.splice(0, sheet.validations.length, ...kept);
  }

  /** `Range.clear(applyTo)` on the model (see {@link FakeRange.clear}). */
  clearRange(sheet: FakeSheet, range: RangeRef, applyTo: string): void {
    if (applyTo === "All" || applyTo === "Contents") {
      for (const [row, line] of sheet.cells)
        for (const col of [...line.keys()]) if (intersects(range, { row, col, rows: 1, cols: 1 })) line.delete(col);
      if (sheet.fills.some((f) => intersects(f.range, range) && !inside(f.range, range)))
        throw new Error("Fake: clearing part of a formula fill is not modelled");
      const kept = sheet.fills.filter((f) => !intersects(f.range, range));
      sheet.fills.splice(0, sheet.fills.length, ...kept);
    }
    if (applyTo === "All" || applyTo === "Formats")
      sheet.formats.push({ range, numberFormat: "General", bold: false, fill: null, fontColor: null });
  }

  /** A new table over `range` with Excel's default name (`Table1`, `Table2`, … unused in the workbook). */
  addTable(sheet: FakeSheet, range: RangeRef): FakeTableEntry {
    for (const s of this.sheets.values())
      for (const t of s.tables)
        if (s === sheet && intersects(t.range, range))
          throw new FakeOfficeError("InvalidArgument", `a table can't overlap another table (${t.name})`);
    let name: string;
    do name = `Table${this.nextTable++}`;
    while (this.nameTaken(name));
    const entry: FakeTableEntry = { name, range };
    sheet.tables.push(entry);
    return entry;
  }

  /** Whether a table or defined name already uses `name` (case-insensitive), other than `except`. */
  nameTaken(name: string, except?: FakeTableEntry): boolean {
    const key = name.toLowerCase();
    if ([...this.names].some((n) => n.toLowerCase() === key)) return true;
    for (const s of this.sheets.values())
      for (const t of s.tables) if (t !== except && t.name.toLowerCase() === key) return true;
    return false;
  }

  renameTable(entry: FakeTableEntry, name: string): void {
    const problem = tableNameProblem(name);
    if (problem) throw new FakeOfficeError("InvalidArgument", `table name "${name}": ${problem}`);
    if (this.nameTaken(name, entry))
      throw new FakeOfficeError("InvalidArgument", `the table name "${name}" is already used in this workbook`);
    entry.name = name;
  }

  /** The effective format of one cell: the last value of each property over the format entries. */
  formatOf(sheet: FakeSheet, row: number, col: number): FakeFormat {
    const out: { numberFormat?: string; bold?: boolean; fill?: string | null; fontColor?: string | null } = {};
    for (const f of sheet.formats) {
      if (!intersects(f.range, { row, col, rows: 1, cols: 1 })) continue;
      if (f.numberFormat !== undefined) out.numberFormat = f.numberFormat;
      if (f.bold !== undefined) out.bold = f.bold;
      if (f.fill !== undefined) out.fill = f.fill;
      if (f.fontColor !== undefined) out.fontColor = f.fontColor;
    }
    return out;
  }

  /** `formatOf` by address, for tests; blank properties are left out. */
  formatAt(sheet: string, address: string | { row: number; col: number }): FakeFormat {
    const r = typeof address === "string" ? parseA1(address) : address;
    const f = this.formatOf(this.sheet(sheet), r.row, r.col);
    return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== false && v !== "General"));
  }

  /** `Range.copyFrom` on the model (see the module notes). */
  copyRange(from: FakeSheet, src: RangeRef, to: FakeSheet, dst: RangeRef, copyType: string): void {
    const tiles = dst.rows % src.rows === 0 && dst.cols % src.cols === 0;
    const target = tiles ? dst : { row: dst.row, col: dst.col, rows: src.rows, cols: src.cols };
    const formulas = copyType === "All" || copyType === "Formulas";
    const values = formulas || copyType === "Values";
    const formats = copyType === "All" || copyType === "Formats";
    if (values) {
      const single = src.rows === 1 && src.cols === 1 ? this.cellAt(from, src.row, src.col) : undefined;
      const r1c1 = single?.formula !== undefined && formulas ? toR1C1(single.formula, src.row, src.col) : undefined;
      if (r1c1 !== undefined) {
        to.fills.push({ range: target, r1c1, seq: this.nextSeq() });
      } else {
        for (let r = 0; r < target.rows; r++)
          for (let c = 0; c < target.cols; c++) {
            const sr = src.row + (r % src.rows);
            const sc = src.col + (c % src.cols);
            const cell = this.cellAt(from, sr, sc);
            const row = target.row + r;
            const col = target.col + c;
            if (cell?.formula !== undefined && formulas) {
              const rel = toR1C1(cell.formula, sr, sc);
              this.setCell(to, row, col, {
                value: null,
                formula: rel === undefined ? cell.formula : fromR1C1(rel, row, col),
              });
            } else
              this.setCell(
                to,
                row,
                col,
                cell?.formula !== undefined ? { value: cell.value } : (cell ?? { value: null }),
              );
          }
      }
    }
    if (formats) {
      if (src.rows !== 1 || src.cols !== 1)
        throw new Error("Fake: copying formats from more than one cell is not modelled");
      const f = this.formatOf(from, src.row, src.col);
      to.formats.push({
        range: target,
        numberFormat: f.numberFormat ?? "General",
        bold: f.bold ?? false,
        fill: f.fill ?? null,
        fontColor: f.fontColor ?? null,
      });
      for (const cf of from.conditional.filter((c) => intersects(c.range, src))) {
        const entry = { ...cf, range: target };
        if (cf.formula !== undefined) {
          // A rule's relative references are relative to its range's top-left cell.
          const rel = toR1C1(cf.formula, cf.range.row, cf.range.col);
          entry.formula = rel === undefined ? cf.formula : fromR1C1(rel, target.row, target.col);
        }
        to.conditional.push(entry);
      }
    }
  }

  findSheet(key: string): FakeSheet | undefined {
    return this.sheets.get(key) ?? [...this.sheets.values()].find((s) => s.name.toLowerCase() === key.toLowerCase());
  }

  /** Deletes a sheet; every formula elsewhere that names it becomes `#REF!` for good, as in Excel. */
  deleteSheet(id: string): void {
    const sheet = this.sheets.get(id);
    this.sheets.delete(id);
    if (sheet) this.retargetFormulas(sheet.name, undefined);
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
