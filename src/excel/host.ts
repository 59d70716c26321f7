/**
 * The Office.js implementation of {@link WorkbookHost}: the only code that calls `Excel.run`.
 * It applies any {@link SheetLayout} generically (the builders compute layouts; this only writes them).
 * Round trips, payload limits and the rollback are described in `src/excel/README.md`.
 *
 * @module
 */
import { isExcelErrorKind, type Cell } from "../core/cells";
import { findBrokenOutput, HostError, OutputRejectedError } from "../core/host";
import type { ApplyOptions, ApplyResult, OutputCheck, OwnedSheet, SourceTable, WorkbookHost } from "../core/host";
import type {
  AxisSpec,
  ChartLabel,
  ChartSpec,
  ConditionalSpec,
  InputSpec,
  KeptInput,
  RangeRef,
  SheetLayout,
  ValidationSpec,
} from "../core/layout";
import { a1, keepInputs, listSource, quoteSheet } from "../core/layout";
import { packChunks, planNumberFormats, planWrites, uniqueTableName, utf8Bytes, type WriteOp } from "./plan";

/* global Excel, Office */

/** The worksheet custom property that marks a sheet as the add-in's, its value the layout's tag. */
export const OWNER_PROPERTY = "kam-owner";

/** Prefix of every key the add-in stores in the document settings. */
export const SETTINGS_PREFIX = "kam:";

/** Document-settings key of the registry of owned sheets (by worksheet id), for hosts without custom properties. */
export const REGISTRY_KEY = `${SETTINGS_PREFIX}owned-sheets`;

/**
 * The size a cell is assumed to have in the first read of a source (generous: 1 KB, so the first
 * response stays under the limit unless cells average more than 1,000 characters); later reads size
 * themselves on the bytes per row actually seen.
 */
export const FIRST_READ_BYTES_PER_CELL = 1024;

/** What one read may bring back: below the write budget, as a read's size is only estimated from the rows before. */
export const READ_BUDGET_BYTES = 3_500_000;

/** How much larger than the one before a read may grow (the rows ahead may be longer than those seen). */
export const READ_GROWTH = 4;

/** The most cells one read may load ("A range is limited to 5,000,000 cells for read operations"). */
export const READ_CELL_LIMIT = 5_000_000;

/** Excel's longest chart series name. */
export const SERIES_NAME_MAX = 255;

/** The Office surfaces the host uses, injectable for tests (see `test/support/officeFake.ts`). */
export interface OfficeDeps {
  /** `Excel.run(batch)`. */
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** `Excel.run(context, batch)`: a batch on an earlier context (removing an event handler needs the one that added it). */
  readonly runIn: <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  /** `Office.context.document.settings`. */
  readonly settings: Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;
  /** `Office.context.requirements.isSetSupported`: ExcelApi 1.12 (custom properties) and 1.13 (merged areas) are optional. */
  readonly isSetSupported: (name: string, version: string) => boolean;
}

export { HostError };

interface RegistryEntry {
  readonly id: string;
  readonly name: string;
  readonly tag: string;
  /** Where the sheet's input blocks are, as written (so a refresh reads the user's values there). */
  readonly inputs?: readonly InputSpec[];
}

/**
 * A value read from `Range.values` as a {@link Cell}: "" is blank, an error code is an error.
 *
 * @example
 * toCell("#N/A"); // { sheetError: "#N/A" }
 * toCell(""); // null
 */
export function toCell(value: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  const kind = isExcelErrorKind(text) ? text : undefined;
  return kind ? { sheetError: kind } : text;
}

/**
 * An address without its sheet part.
 *
 * @example
 * localAddress("'My Data'!A1:C9"); // "A1:C9"
 */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * Column width in points for a width in characters (Excel's default font: 7 px a character + 5 px).
 *
 * @example
 * widthPoints(8.43); // 48
 */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Runs async steps one after the other: the deliberate, payload-bounded chunk syncs (one per chunk). */
function sequence<T>(items: readonly T[], step: (item: T, index: number) => Promise<void>): Promise<void> {
  return items.reduce<Promise<void>>((done, item, i) => done.then(() => step(item, i)), Promise.resolve());
}

function rangeOf(sheet: Excel.Worksheet, r: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function queueWrite(sheet: Excel.Worksheet, op: WriteOp): void {
  if (op.kind === "fill") {
    // The top cell, then a paste of its formula down the run (relative references adjust as in Excel).
    const { row, col, rows } = op.range;
    const top = sheet.getRangeByIndexes(row, col, 1, 1);
    top.formulasR1C1 = [[op.r1c1]];
    if (rows > 1) sheet.getRangeByIndexes(row + 1, col, rows - 1, 1).copyFrom(top, "Formulas");
  } else {
    rangeOf(sheet, op.range).formulas = op.formulas as unknown[][];
  }
}

/**
 * A chart series name as Excel takes it: at most 255 characters (longer activity names are cut, with "…").
 *
 * @example
 * seriesName("x".repeat(300)).length; // 255
 */
export function seriesName(name: string): string {
  return name.length <= SERIES_NAME_MAX ? name : `${name.slice(0, SERIES_NAME_MAX - 1)}…`;
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function queueConditional(sheet: Excel.Worksheet, spec: ConditionalSpec): void {
  const cf = rangeOf(sheet, spec.range).conditionalFormats.add("Custom");
  cf.custom.rule.formula = `=${a1({ ...spec.range, rows: 1, cols: 1 })}=${quoteText(spec.text)}`;
  cf.custom.format.fill.color = spec.fill;
  cf.custom.format.font.color = spec.fontColor;
}

type ChartTypeName = Excel.ChartSeries["chartType"];

const CHART_TYPES: Record<ChartSpec["type"], ChartTypeName> = {
  scatter: "XYScatter",
  line: "Line",
  barStacked: "BarStacked",
  columnStacked: "ColumnStacked",
  bubble: "Bubble",
  radar: "Radar",
  radarFilled: "RadarFilled",
};

function seriesType(chart: ChartSpec["type"], style: "markers" | "line"): ChartTypeName | undefined {
  if (chart === "scatter") return style === "line" ? "XYScatterLinesNoMarkers" : "XYScatter";
  if (chart === "line") return style === "markers" ? "LineMarkers" : "Line";
  // Radar series stay radar (Excel cannot combine a radar chart with another type).
  if (chart === "radar") return style === "markers" ? "RadarMarkers" : "Radar";
  return undefined;
}

function isRadar(type: ChartSpec["type"]): boolean {
  return type === "radar" || type === "radarFilled";
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPES[spec.type], rangeOf(sheet, first.y), "Columns");
  chart.name = spec.id;
  chart.title.text = spec.title;
  // A radar chart has no axis titles (and no horizontal axis to format).
  if (!isRadar(spec.type)) {
    chart.axes.categoryAxis.title.text = spec.xTitle;
    chart.axes.valueAxis.title.text = spec.yTitle;
  }
  if (spec.xPercent && !isRadar(spec.type)) chart.axes.categoryAxis.numberFormat = "0%";
  if (spec.yPercent) chart.axes.valueAxis.numberFormat = "0%";
  if (spec.xAxis && !isRadar(spec.type)) fixAxis(chart.axes.categoryAxis, spec.xAxis);
  if (spec.yAxis) fixAxis(chart.axes.valueAxis, spec.yAxis);
  // An axis moved onto a cut-off keeps its tick labels at the plot's edge (ExcelApi 1.7).
  if (spec.xAxis?.cross !== undefined && !isRadar(spec.type)) chart.axes.valueAxis.tickLabelPosition = "Low";
  if (spec.yAxis?.cross !== undefined && !isRadar(spec.type)) chart.axes.categoryAxis.tickLabelPosition = "Low";
  chart.legend.position = "Bottom";
  const start = a1({ ...spec.placement, rows: 1, cols: 1 });
  const end = a1({
    row: spec.placement.row + spec.placement.rows - 1,
    col: spec.placement.col + spec.placement.cols - 1,
    rows: 1,
    cols: 1,
  });
  chart.setPosition(start, end);
  [first, ...rest].forEach((s, i) => {
    const name = seriesName(s.name);
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(name);
    series.name = name;
    series.setXAxisValues(rangeOf(sheet, s.x));
    series.setValues(rangeOf(sheet, s.y));
    if (spec.type === "bubble") {
      // ChartSeries.setBubbleSizes (ExcelApi 1.7): "Only works for bubble charts".
      if (s.sizes === undefined) throw new Error(`bubble series "${s.name}" has no sizes`);
      series.setBubbleSizes(rangeOf(sheet, s.sizes));
    }
    const type = seriesType(spec.type, s.style);
    if (type) series.chartType = type;
    // Point labels: ChartPoint.hasDataLabel (ExcelApi 1.7) first, then ChartDataLabel.text (1.8).
    for (const label of s.pointLabels ?? []) {
      const point = series.points.getItemAt(label.index);
      point.hasDataLabel = true;
      point.dataLabel.text = label.text;
    }
    if (s.color !== undefined) {
      if (spec.type === "scatter" && s.style === "markers") {
        series.markerBackgroundColor = s.color;
        series.markerForegroundColor = s.color;
      } else if (spec.type === "scatter" || spec.type === "line" || spec.type === "radar")
        series.format.line.color = s.color;
      else series.format.fill.setSolidColor(s.color);
    }
  });
  if (spec.type === "scatter" && spec.labels && spec.labelPoints)
    queueLabels(sheet, chart, spec.labels, spec.labelPoints, spec.series.length);
}

/**
 * Fixed bounds on a chart axis (`ChartAxis.minimum`, `maximum`, `majorUnit`: ExcelApi 1.1), so that an
 * outlier does not squeeze the bulk of the customers into a corner (robustAxis in core).
 */
function fixAxis(axis: Excel.ChartAxis, bounds: AxisSpec): void {
  axis.minimum = bounds.min;
  axis.maximum = bounds.max;
  if (bounds.step !== undefined) axis.majorUnit = bounds.step;
  // Where the other axis crosses this one (ChartAxis.setPositionAt, ExcelApi 1.8).
  if (bounds.cross !== undefined) axis.setPositionAt(bounds.cross);
}

/** Where a label's text goes beside its point: `align` "start" puts it to the right of the point. */
const LABEL_POSITIONS: Record<NonNullable<ChartLabel["align"]>, "Right" | "Center" | "Left"> = {
  start: "Right",
  middle: "Center",
  end: "Left",
};

/**
 * Quadrant names as Excel can draw them: an unmarked XY series on the label coordinates the layout
 * wrote (`labelPoints`), with one data label per point whose text is the name (`ChartPoint.hasDataLabel`
 * and `ChartDataLabel.position`, ExcelApi 1.7; `ChartDataLabel.text`, 1.8), its legend entry hidden
 * (`ChartLegendEntry.visible`, 1.7).
 */
function queueLabels(
  sheet: Excel.Worksheet,
  chart: Excel.Chart,
  labels: readonly ChartLabel[],
  at: NonNullable<ChartSpec["labelPoints"]>,
  index: number,
): void {
  const series = chart.series.add(" ");
  series.setXAxisValues(rangeOf(sheet, at.x));
  series.setValues(rangeOf(sheet, at.y));
  series.chartType = "XYScatter";
  series.markerStyle = "None";
  // Its legend entry is the last (one entry per series, in order): hidden (ExcelApi 1.7).
  chart.legend.legendEntries.getItemAt(index).visible = false;
  labels.forEach((label, i) => {
    const point = series.points.getItemAt(i);
    point.hasDataLabel = true;
    point.dataLabel.position = LABEL_POSITIONS[label.align ?? "middle"];
    point.dataLabel.text = label.text;
  });
}

/**
 * The `source` of a list validation as Office.js takes it (`ListDataValidation.source`, ExcelApi 1.8):
 * the literal values joined with commas, or "=" and an absolute reference (on this sheet unless the
 * spec names another, as in Microsoft's sample `"=Names!$A$1:$A$3"`).
 *
 * @example
 * validationSource({ range, values: ["A", "B"] }); // "A,B"
 * validationSource({ range, source: { row: 0, col: 0, rows: 3, cols: 1 }, sheet: "Lists" }); // "=Lists!$A$1:$A$3"
 */
export function validationSource(spec: ValidationSpec): string {
  if ("values" in spec) {
    const list = listSource(spec.values);
    if ("problem" in list) throw new Error(`a dropdown list that Excel cannot take (${list.problem})`);
    return list.source;
  }
  return `=${spec.sheet === undefined ? "" : `${quoteSheet(spec.sheet)}!`}${a1(spec.source, true)}`;
}

function queueValidation(sheet: Excel.Worksheet, spec: ValidationSpec): void {
  const validation = rangeOf(sheet, spec.range).dataValidation;
  // Microsoft's samples clear before setting a rule; a rule over cells that already have one fails
  // (OfficeDev/office-js#2594). On a new sheet this clears nothing.
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: validationSource(spec) } };
}

/** The final and (where a refresh's old sheet still holds the name) temporary name of each layout table. */
interface TableNaming {
  readonly final: string;
  readonly temporary?: string;
}

/**
 * Everything after the cells, in the order Excel needs: number formats first (each copied from its
 * range's top cell with "Formats", which copies all of that cell's formats), then tables, the other
 * formats, conditional formats, dropdown lists, widths, frozen rows and charts.
 */
function queueFinish(sheet: Excel.Worksheet, layout: SheetLayout, naming: readonly TableNaming[]): Excel.Table[] {
  for (const f of planNumberFormats(layout)) {
    const top = sheet.getRangeByIndexes(f.range.row, f.range.col, 1, 1);
    top.numberFormat = [[f.numberFormat]];
    if (f.range.rows > 1 || f.range.cols > 1) rangeOf(sheet, f.range).copyFrom(top, "Formats");
  }
  const tables = layout.tables.map((t, i) => {
    const table = sheet.tables.add(rangeOf(sheet, t.range), true);
    const name = naming[i] as TableNaming;
    table.name = name.temporary ?? name.final;
    if (t.style !== undefined) table.style = t.style;
    return table;
  });
  for (const f of layout.formats) {
    if (f.bold === undefined && f.fill === undefined && f.fontColor === undefined) continue;
    const range = rangeOf(sheet, f.range);
    if (f.bold !== undefined) range.format.font.bold = f.bold;
    if (f.fill !== undefined) range.format.fill.color = f.fill;
    if (f.fontColor !== undefined) range.format.font.color = f.fontColor;
  }
  layout.conditional.forEach((c) => queueConditional(sheet, c));
  (layout.validations ?? []).forEach((v) => queueValidation(sheet, v));
  for (const [col, chars] of Object.entries(layout.columnWidths)) {
    sheet.getRangeByIndexes(0, Number(col), 1, 1).getEntireColumn().format.columnWidth = widthPoints(chars);
  }
  if (layout.freezeRows !== undefined && layout.freezeRows > 0) sheet.freezePanes.freezeRows(layout.freezeRows);
  layout.charts.forEach((c) => queueChart(sheet, c));
  return tables;
}

/**
 * The names the layout's tables get: each unique against every table and defined name of the
 * workbook that stays (Excel's rule, OfficeDev/office-js#551). Where a refresh's old sheet still holds
 * the name, the new table is added under a temporary name and renamed once the old sheet is deleted.
 *
 * @example
 * nameTables(["KamSelection"], new Set(), new Set(["kamselection"])); // [{ final: "KamSelection", temporary: "KamSelection_kam" }]
 */
export function nameTables(
  wanted: readonly string[],
  taken: ReadonlySet<string>,
  onOldSheet: ReadonlySet<string>,
): TableNaming[] {
  const finalKeys = new Set<string>();
  const finals = wanted.map((w) => {
    const final = uniqueTableName(w, new Set([...taken, ...finalKeys]));
    finalKeys.add(final.toLowerCase());
    return final;
  });
  const used = new Set([...taken, ...onOldSheet, ...finalKeys]);
  return finals.map((final) => {
    if (!onOldSheet.has(final.toLowerCase())) return { final };
    const temporary = uniqueTableName(`${final}_kam`, used);
    used.add(temporary.toLowerCase());
    return { final, temporary };
  });
}

function countCells(layout: SheetLayout): number {
  return layout.blocks.reduce((n, b) => n + b.cells.reduce((m, row) => m + row.filter((c) => c !== null).length, 0), 0);
}

/**
 * Whether Excel accepts a worksheet name: 1–31 characters, none of `[ ] : * ? / \`, no apostrophe
 * at either end, not "History" (reserved by Excel).
 *
 * @example
 * isValidSheetName("KAM Selection"); // true
 * isValidSheetName("KAM: Selection"); // false
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}

/**
 * A temporary name for the sheet a refresh builds before it replaces the old one (≤ 31 characters).
 *
 * @example
 * buildName("KAM Selection", "x1"); // "KAM Selection ~x1"
 */
export function buildName(name: string, suffix: string): string {
  return `${name.slice(0, 31 - suffix.length - 2)} ~${suffix}`;
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/**
 * Reads the cells of `check` on the new sheet (one sync: a few hundred cells whatever the customer
 * count, see `outputCheck`) and throws an {@link OutputRejectedError} when one shows a broken error.
 * Entering a formula calculates it in Excel even in manual calculation mode, so the values are the
 * written formulas' results. Returns how many cells were checked.
 */
async function verifyOutput(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  check: OutputCheck,
): Promise<number> {
  const reads = new Map(check.ranges.map((r) => [r, rangeOf(sheet, r).load("values")] as const));
  await context.sync();
  const broken = findBrokenOutput(check, (r) => (reads.get(r)?.values ?? []).map((line) => line.map(toCell)));
  if (broken !== undefined) throw new OutputRejectedError(name, broken);
  return check.ranges.reduce((sum, r) => sum + r.rows * r.cols, 0);
}

/**
 * Reads a block of rows in chunks, each one sync whose response stays under the payload limit: the
 * first sized for {@link FIRST_READ_BYTES_PER_CELL}, the next on the bytes per row seen but at most
 * {@link READ_GROWTH} times the one before and {@link READ_CELL_LIMIT} cells; a response Excel still
 * refuses as too large is read again in halves. `withFirst` queues loads that travel with the first
 * chunk (again if that chunk is retried).
 */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  withFirst: () => void,
): Promise<unknown[][]> {
  const { rowIndex, columnIndex, rowCount, columnCount } = block;
  const cellCap = Math.max(1, Math.floor(READ_CELL_LIMIT / columnCount));
  const values: unknown[][] = [];
  let next = rowIndex;
  let perSync = Math.min(
    cellCap,
    Math.max(1, Math.floor(READ_BUDGET_BYTES / (columnCount * FIRST_READ_BYTES_PER_CELL))),
  );
  let first: (() => void) | undefined = withFirst;
  while (next < rowIndex + rowCount) {
    const rows = Math.min(perSync, rowIndex + rowCount - next);
    const chunk = sheet.getRangeByIndexes(next, columnIndex, rows, columnCount);
    chunk.load("values");
    first?.();
    try {
      // One sync per chunk is the point: each response must stay under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      first = undefined;
    } catch (error) {
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || rows === 1) throw error;
      perSync = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    const bytes = utf8Bytes(JSON.stringify(chunk.values));
    for (const row of chunk.values) values.push(row);
    next += rows;
    const fits = Math.floor((rows * READ_BUDGET_BYTES) / Math.max(1, bytes));
    perSync = Math.min(cellCap, rows * READ_GROWTH, Math.max(1, fits));
  }
  return values;
}

/**
 * The Office.js host over injectable Office surfaces (the pane uses {@link createOfficeHost}).
 *
 * @example
 * const host = createHost({
 *   run: (batch) => Excel.run(batch),
 *   runIn: (context, batch) => Excel.run(context, batch),
 *   settings: Office.context.document.settings,
 *   isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
 * });
 * await host.applyLayout(layout, { onProgress: (f, s) => setProgress(f) });
 */
export function createHost(deps: OfficeDeps): WorkbookHost {
  const { run, settings } = deps;
  const customProperties = deps.isSetSupported("ExcelApi", "1.12");
  const mergedAreas = deps.isSetSupported("ExcelApi", "1.13");

  const registry = (): RegistryEntry[] => {
    const raw: unknown = settings.get(REGISTRY_KEY);
    if (typeof raw !== "string") return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed)
        ? parsed.filter((e): e is RegistryEntry => typeof e === "object" && e !== null && "id" in e)
        : [];
    } catch {
      // A damaged registry only loses the fallback tag; sheets keep their `kam-owner` property.
      return [];
    }
  };

  const save = (): Promise<void> =>
    new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        // At run time the status is the string "failed" (the typings declare an enum).
        if ((result.status as unknown) === "failed") {
          reject(new HostError("settings-failed", { detail: result.error.message }));
        } else resolve();
      });
    });

  const ownerTags = async (
    context: Excel.RequestContext,
    sheets: readonly Excel.Worksheet[],
  ): Promise<(string | undefined)[]> => {
    if (!customProperties) return sheets.map(() => undefined);
    const props = sheets.map((s) => {
      const p = s.customProperties.getItemOrNullObject(OWNER_PROPERTY);
      p.load("value");
      return p;
    });
    await context.sync();
    return props.map((p) => (p.isNullObject ? undefined : p.value));
  };

  const readAround = (
    locate: (context: Excel.RequestContext) => { sheet: Excel.Worksheet; cell: Excel.Range },
  ): Promise<SourceTable | undefined> =>
    run(async (context) => {
      const { sheet, cell } = locate(context);
      sheet.load("name");
      const tables = cell.getTables(false).load("items/name");
      const region = cell.getSurroundingRegion();
      region.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      let range = region;
      let tableName: string | undefined;
      const table = tables.items[0];
      if (table) {
        tableName = table.name;
        range = sheet.tables.getItem(table.name).getRange();
        range.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
        await context.sync();
      }
      const { rowIndex, columnIndex, rowCount, columnCount } = range;
      // Merged areas need ExcelApi 1.13; older hosts cannot say (the source then reports none).
      const merged = mergedAreas ? range.getMergedAreasOrNullObject() : undefined;
      const block = { rowIndex, columnIndex, rowCount, columnCount };
      const values = await readRows(context, sheet, block, () => merged?.load("address"));
      const [header = [], ...rows] = values.map((row) => row.map(toCell));
      if (header.every((c) => c === null) && rows.length === 0) return undefined;
      const mergedList =
        merged === undefined || merged.isNullObject ? [] : merged.address.split(",").map((a) => localAddress(a.trim()));
      return {
        sheet: sheet.name,
        address: localAddress(range.address),
        ...(tableName !== undefined ? { tableName } : {}),
        headers: header,
        rows,
        origin: { row: rowIndex, col: columnIndex },
        merged: mergedList,
      };
    });

  const ownedSheets = (): Promise<readonly OwnedSheet[]> =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const tags = await ownerTags(context, sheets.items);
      const byId = new Map(registry().map((e) => [e.id, e.tag]));
      return sheets.items.flatMap((s, i) => {
        const tag = tags[i] ?? byId.get(s.id);
        return tag === undefined ? [] : [{ name: s.name, tag }];
      });
    });

  /**
   * The user's values of the old sheet's input blocks (one sync), for a refresh with `keepInputs`:
   * only blocks recorded with the old sheet whose key and shape match one of the new layout's.
   */
  const readInputs = async (
    context: Excel.RequestContext,
    old: Excel.Worksheet,
    recorded: readonly InputSpec[],
    wanted: readonly InputSpec[],
  ): Promise<KeptInput[]> => {
    const matches = wanted.flatMap((input) => {
      const was = recorded.find((r) => r.key === input.key);
      return was !== undefined && was.range.rows === input.range.rows && was.range.cols === input.range.cols
        ? [{ key: input.key, range: was.range, read: rangeOf(old, was.range).load("values") }]
        : [];
    });
    if (matches.length === 0) return [];
    await context.sync();
    return matches.map(({ key, range, read }) => ({
      key,
      rows: range.rows,
      cols: range.cols,
      values: read.values.map((line) =>
        line.map((v) => {
          const cell = toCell(v);
          return cell === null || typeof cell === "object" ? null : cell;
        }),
      ),
    }));
  };

  /**
   * The in-place rewrite of `old` (one batch, queued here, synced by the caller): its tables become
   * plain ranges (formulas elsewhere that use them keep A1 references), its charts, conditional
   * formats, dropdown lists, cells and formats are cleared, the panes unfrozen, and the layout is
   * written as on a new sheet, with the tables' final names. The worksheet itself stays, so formulas
   * on the user's sheets that point at it keep working.
   */
  const queueRewrite = (
    old: Excel.Worksheet,
    oldTables: readonly Excel.Table[],
    oldCharts: Excel.ChartCollection,
    layout: SheetLayout,
    ops: readonly WriteOp[],
    naming: readonly TableNaming[],
  ): void => {
    oldTables.forEach((t) => t.convertToRange());
    oldCharts.items.forEach((c) => c.delete());
    const whole = old.getRange();
    whole.conditionalFormats.clearAll();
    whole.dataValidation.clear();
    whole.clear("All");
    old.freezePanes.unfreeze();
    ops.forEach((op) => queueWrite(old, op));
    queueFinish(
      old,
      layout,
      naming.map((n) => ({ final: n.final })),
    );
  };

  const applyLayout = (requested: SheetLayout, options: ApplyOptions = {}): Promise<ApplyResult> => {
    const progress = options.onProgress ?? (() => undefined);
    const cancelled = (): void => {
      if (options.signal?.aborted) throw new HostError("cancelled");
    };
    const build = (context: Excel.RequestContext): Promise<ApplyResult> =>
      (async () => {
        if (!isValidSheetName(requested.name)) {
          throw new HostError("invalid-name", { sheet: requested.name });
        }
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/id");
        const allTables = context.workbook.tables.load("items/name,items/worksheet/name");
        const definedNames = context.workbook.names.load("items/name");
        await context.sync();
        const old = sheets.items.find((s) => s.name.toLowerCase() === requested.name.toLowerCase());
        const oldEntry = old === undefined ? undefined : registry().find((e) => e.id === old.id);
        if (old) {
          const owned = oldEntry?.tag === requested.tag || (await ownerTags(context, [old]))[0] === requested.tag;
          if (!owned) {
            throw new HostError("not-owned", { sheet: old.name });
          }
          if (!options.replace) {
            throw new HostError("sheet-exists", { sheet: old.name });
          }
        }
        // A refresh that keeps inputs reads the user's values where the old sheet had its input blocks.
        const kept =
          old !== undefined && options.keepInputs === true && (requested.inputs ?? []).length > 0
            ? await readInputs(context, old, oldEntry?.inputs ?? [], requested.inputs ?? [])
            : [];
        const layout = keepInputs(requested, kept);
        const chunks = packChunks(planWrites(layout));
        // In place when the rewrite fits in one request (one batch): every layout of the builders up to
        // about 200,000 customers. A larger one is built beside the old sheet and swapped in, as before.
        const inPlace = old !== undefined && chunks.length === 1;
        const steps = chunks.length + (inPlace ? 2 : 1);
        const onOld = (t: Excel.Table): boolean => old !== undefined && t.worksheet.name === old.name;
        const naming = nameTables(
          layout.tables.map((t) => t.name),
          new Set([
            ...allTables.items.filter((t) => !onOld(t)).map((t) => t.name.toLowerCase()),
            ...definedNames.items.map((n) => n.name.toLowerCase()),
          ]),
          new Set(allTables.items.filter(onOld).map((t) => t.name.toLowerCase())),
        );
        const existing = new Set(sheets.items.map((s) => s.id));
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        let target = layout.name;
        for (let i = 1; taken.has(target.toLowerCase()); i++) target = buildName(layout.name, `kam${i}`);
        cancelled();

        const previousRegistry: unknown = settings.get(REGISTRY_KEY);
        const inputs = layout.inputs === undefined || layout.inputs.length === 0 ? {} : { inputs: layout.inputs };
        let created: Excel.Worksheet | undefined;
        let createdId: string | undefined;
        let oldCharts: Excel.ChartCollection | undefined;
        try {
          await sequence(chunks, async (chunk, i) => {
            cancelled();
            if (!created) {
              created = sheets.add(target);
              if (customProperties) created.customProperties.add(OWNER_PROPERTY, layout.tag);
              created.load("id");
              // The old sheet's charts, for the in-place rewrite (loaded with the first chunk, no extra sync).
              if (inPlace && old) oldCharts = old.charts.load("items/name");
            }
            const sheet = created;
            chunk.forEach((op) => queueWrite(sheet, op));
            await context.sync();
            if (i === 0) {
              createdId = sheet.id;
              const others = registry().filter((e) => existing.has(e.id) && e.id !== old?.id);
              // In place, the old sheet stays ours; its input positions are recorded again only once it
              // holds the new layout (a failure in between then gives defaults, never another cell's value).
              const oldStays = inPlace && old ? [{ id: old.id, name: layout.name, tag: layout.tag }] : [];
              settings.set(
                REGISTRY_KEY,
                JSON.stringify([
                  ...others,
                  ...oldStays,
                  { id: sheet.id, name: layout.name, tag: layout.tag, ...(inPlace ? {} : inputs) },
                ]),
              );
              await save();
            }
            progress((i + 1) / steps, `${i + 1}/${steps}`);
          });
          cancelled();
          const sheet = created as Excel.Worksheet;
          const checked =
            options.verify === undefined ? undefined : await verifyOutput(context, sheet, layout.name, options.verify);
          const tables = queueFinish(sheet, layout, naming);
          if (inPlace && old) {
            // Phase 1 ends here: the new sheet is complete and checked beside the old one, which is
            // untouched. Phase 2 rewrites the old sheet with the same operations in ONE batch.
            await context.sync();
            progress((steps - 1) / steps, `${steps - 1}/${steps}`);
            cancelled();
            queueRewrite(
              old,
              allTables.items.filter(onOld),
              oldCharts as Excel.ChartCollection,
              layout,
              chunks[0] ?? [],
              naming,
            );
            sheet.delete();
          } else if (old) {
            // Only now, at the end of the last batch, is the old output replaced: a failure before
            // this point leaves it as it was.
            old.delete();
            sheet.name = layout.name;
            tables.forEach((t, i) => {
              const name = naming[i];
              if (name?.temporary !== undefined) t.name = name.final;
            });
          }
          await context.sync();
          if (inPlace && old) {
            // The temporary sheet is gone; the old one (same id) holds the new layout and its inputs.
            const others = registry().filter((e) => e.id !== createdId && e.id !== old.id);
            settings.set(
              REGISTRY_KEY,
              JSON.stringify([...others, { id: old.id, name: layout.name, tag: layout.tag, ...inputs }]),
            );
            // Not fatal: the sheet is written; without the record a later refresh uses the defaults.
            await save().catch(() => undefined);
          }
          progress(1, `${steps}/${steps}`);
          return {
            sheet: layout.name,
            cellsWritten: countCells(layout),
            ...(checked === undefined ? {} : { checked }),
            ...(old === undefined ? {} : { inPlace }),
            ...(options.keepInputs === true ? { keptInputs: kept.map((k) => k.key) } : {}),
          };
        } catch (error) {
          if (created) {
            // By id: the user may have renamed the sheet meanwhile. Before the first sync came back
            // the id is unknown, but then nobody can have renamed it either.
            const leftover = sheets.getItemOrNullObject(createdId ?? target);
            leftover.load("name");
            await context.sync();
            if (!leftover.isNullObject) leftover.delete();
            await context.sync();
            if (previousRegistry === null || previousRegistry === undefined) settings.remove(REGISTRY_KEY);
            else settings.set(REGISTRY_KEY, previousRegistry);
            // A registry entry whose sheet is gone is harmless (entries are pruned against the sheets).
            await save().catch(() => undefined);
          }
          throw error;
        }
      })();
    return run(build).catch((error: unknown) => {
      if (error instanceof HostError || error instanceof OutputRejectedError) throw error;
      throw new HostError("write-failed", { sheet: requested.name, detail: String(error) }, { cause: error });
    });
  };

  return {
    kind: "excel",
    readSource: () =>
      readAround((context) => ({
        sheet: context.workbook.worksheets.getActiveWorksheet(),
        cell: context.workbook.getActiveCell(),
      })),
    readSourceAt: (sheetName, address) => {
      return readAround((context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        return { sheet, cell: sheet.getRange(address).getCell(0, 0) };
      }).catch((error: unknown) => {
        if ((error as { code?: unknown }).code === "ItemNotFound") return undefined;
        throw error;
      });
    },
    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    tableNames: () =>
      run(async (context) => {
        // TableCollection.items/name (ExcelApi 1.1): every table of the workbook, on every sheet.
        const tables = context.workbook.tables.load("items/name");
        await context.sync();
        return tables.items.map((t) => t.name);
      }),
    ownedSheets,
    applyLayout,
    loadConfig: async (key) => {
      const raw: unknown = settings.get(SETTINGS_PREFIX + key);
      if (typeof raw !== "string") return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch (error) {
        throw new HostError("settings-invalid", { key: `${SETTINGS_PREFIX}${key}` }, { cause: error });
      }
    },
    saveConfig: (key, value) => {
      settings.set(SETTINGS_PREFIX + key, JSON.stringify(value));
      return save();
    },
    onSelectionChanged: (listener) => {
      let active = true;
      const onEvent = (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
        const entry = registry().find((e) => e.id === event.worksheetId);
        const row = /\d+/.exec(localAddress(event.address));
        if (!active || !entry || !row) return Promise.resolve();
        return run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(event.worksheetId);
          sheet.load("name");
          await context.sync();
          listener(sheet.name, Number(row[0]) - 1);
        });
      };
      // A host without the event (ExcelApi < 1.9) simply never reports selections.
      const subscribed = run(async (context) => {
        const added = context.workbook.worksheets.onSelectionChanged.add(onEvent);
        await context.sync();
        return added;
      }).catch(() => undefined);
      return () => {
        active = false;
        // Removing a handler takes the context that added it, inside Excel.run (Microsoft: "Remove an
        // event handler"); a failure only leaves a handler that ignores events (active is false).
        void subscribed
          .then((handler) =>
            handler === undefined
              ? undefined
              : deps.runIn(handler.context, async (context) => {
                  handler.remove();
                  await context.sync();
                }),
          )
          .catch(() => undefined);
      };
    },
  };
}

/**
 * The Office.js host when running inside Excel, else `undefined` (the pane then shows "No workbook").
 *
 * @example
 * const host = createOfficeHost(); // in Office.onReady
 */
export function createOfficeHost(): WorkbookHost | undefined {
  if (typeof Excel === "undefined" || typeof Office === "undefined" || !Office.context?.document) return undefined;
  return createHost({
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    settings: Office.context.document.settings,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
