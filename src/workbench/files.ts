/**
 * Opening and saving workbooks: .xlsx through exceljs (formulas, values, number formats, column
 * widths, merged areas, conditional colours) and .csv through `csv.ts`. Charts are not written as
 * native Excel charts: the saved workbook has their data, not the chart objects.
 *
 * @module
 */
import type { Workbook, Worksheet, CellValue as XlsxValue } from "exceljs";
import { a1, quoteSheet, type FormatSpec, type RangeRef } from "../core/layout";
import { parseA1 } from "./address";
import { readCsv, type CsvChoice, type CsvReading } from "./csv";
import { dateToSerial } from "./format";
import { plainSheet, type SheetMeta } from "./model";
import type { CellInput, CellValue, SheetExport, SheetInput } from "./protocol";

/** How a CSV file was read: what `readCsv` assumed, and the text encoding. */
export interface FileReading extends CsvReading {
  /** UTF-8 (with or without a byte order mark), or Windows-1252 for bytes that are not UTF-8. */
  readonly encoding: "utf-8" | "windows-1252";
}

/** A workbook read from a file: cell contents for the engine and metadata for the page. */
export interface OpenedBook {
  readonly sheets: readonly SheetInput[];
  readonly metas: readonly SheetMeta[];
  /** For a CSV file: what was assumed, so the page can say it and offer the alternatives. */
  readonly reading?: FileReading;
}

/** How to open a file: for a CSV file, the user's delimiter and number notation instead of detected ones. */
export interface OpenOptions {
  readonly csv?: CsvChoice;
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1); our own table, as Node's decoder maps them to C1 controls. */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * The text of a CSV file: UTF-8 (the byte order mark is left to the CSV reader); bytes that are not
 * valid UTF-8 as Windows-1252, the ANSI code page Excel writes "CSV" in on Dutch and English Windows.
 *
 * @example
 * decodeText(new Uint8Array([0x80, 0x20, 0x35]).buffer); // { text: "€ 5", encoding: "windows-1252" }
 */
export function decodeText(data: ArrayBuffer): { text: string; encoding: FileReading["encoding"] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data), encoding: "utf-8" };
  } catch {
    const bytes = new Uint8Array(data);
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      let text = "";
      for (const b of chunk) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
      parts.push(text);
    }
    return { text: parts.join(""), encoding: "windows-1252" };
  }
}

async function exceljs(): Promise<{ Workbook: new () => Workbook }> {
  const mod = (await import("exceljs")) as unknown as {
    Workbook?: new () => Workbook;
    default?: { Workbook: new () => Workbook };
  };
  const Ctor = mod.Workbook ?? mod.default?.Workbook;
  if (Ctor === undefined) throw new Error("exceljs did not load.");
  return { Workbook: Ctor };
}

function formulaText(formula: string): string {
  return `=${formula.replace(/_xlfn\.|_xlws\./g, "")}`;
}

function escapeText(text: string): CellInput {
  return text.startsWith("=") || text.startsWith("'") ? `'${text}` : text;
}

function inputOf(value: XlsxValue, formula: string | undefined): CellInput {
  if (formula !== undefined && formula !== "") return formulaText(formula);
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return escapeText(value);
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("richText" in value) return escapeText(value.richText.map((r) => r.text).join(""));
    if ("error" in value) return String(value.error);
    if ("text" in value && typeof value.text === "string") return escapeText(value.text);
    if ("result" in value) return inputOf(value.result as XlsxValue, undefined);
  }
  return escapeText(String(value));
}

function sheetFormats(formats: Map<number, { row: number; format: string }[]>): FormatSpec[] {
  const out: FormatSpec[] = [];
  for (const [col, cells] of formats) {
    cells.sort((x, y) => x.row - y.row);
    let start = cells[0];
    let prev = start;
    for (let i = 1; i <= cells.length; i++) {
      const cur = cells[i];
      if (cur !== undefined && prev !== undefined && cur.row === prev.row + 1 && cur.format === prev.format) {
        prev = cur;
        continue;
      }
      if (start !== undefined && prev !== undefined) {
        out.push({
          range: { row: start.row, col, rows: prev.row - start.row + 1, cols: 1 },
          numberFormat: start.format,
        });
      }
      start = cur;
      prev = cur;
    }
  }
  return out;
}

function readWorksheet(ws: Worksheet): { sheet: SheetInput; meta: SheetMeta } {
  const rows: CellInput[][] = [];
  const arrays: RangeRef[] = [];
  const formats = new Map<number, { row: number; format: string }[]>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const col = colNumber - 1;
      const value = cell.value as XlsxValue & { shareType?: string; ref?: string };
      const formula = cell.formula as string | undefined;
      if (formula !== undefined && typeof value === "object" && value !== null && value.shareType === "array") {
        const area = value.ref === undefined ? undefined : parseA1(value.ref);
        if (area !== undefined && (area.rows > 1 || area.cols > 1)) arrays.push(area);
      }
      while (line.length < col) line.push(null);
      line[col] = inputOf(cell.value, formula);
      const format = cell.numFmt;
      if (typeof format === "string" && format !== "" && format !== "General") {
        const list = formats.get(col) ?? [];
        list.push({ row: rowNumber - 1, format });
        formats.set(col, list);
      } else if (cell.value instanceof Date) {
        const list = formats.get(col) ?? [];
        list.push({ row: rowNumber - 1, format: "yyyy-mm-dd" });
        formats.set(col, list);
      }
    });
    rows[rowNumber - 1] = line;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  for (const area of arrays) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      const line = rows[r];
      if (line === undefined) continue;
      for (let c = area.col; c < area.col + area.cols; c++) {
        if ((r !== area.row || c !== area.col) && c < line.length) line[c] = null;
      }
    }
  }
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((column, i) => {
    if (typeof column.width === "number") columnWidths[i] = column.width;
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const meta: SheetMeta = { ...plainSheet(ws.name), formats: sheetFormats(formats), columnWidths, merged: merges };
  return { sheet: { name: ws.name, cells: rows }, meta };
}

/**
 * Reads an .xlsx or .csv file. Throws an Error with a readable message for a bad file (the caller
 * puts the file name in front: "x.xlsx could not be opened: …"). A CSV file's delimiter and number
 * notation are detected unless `options.csv` chooses them; `reading` says what was assumed, and
 * percent and currency values get their number formats.
 *
 * @example
 * const book = await openWorkbookFile("customers.csv", await file.arrayBuffer());
 * book.reading?.numbers; // "nl" for "Klant;Omzet\nAcme;1.234,50"
 * await openWorkbookFile("customers.csv", data, { csv: { numbers: "en" } }); // read it as English instead
 */
export async function openWorkbookFile(
  fileName: string,
  data: ArrayBuffer,
  options: OpenOptions = {},
): Promise<OpenedBook> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
    const { text, encoding } = decodeText(data);
    const { rows, formats, reading } = readCsv(text, options.csv);
    if (rows.length === 0) throw new Error("the file is empty.");
    const name =
      fileName
        .replace(/\.[^.]*$/, "")
        .replace(/[[\]*?/\\:]/g, " ")
        .slice(0, 31) || "Sheet1";
    const byColumn = new Map<number, { row: number; format: string }[]>();
    for (const f of formats) {
      const list = byColumn.get(f.col) ?? [];
      list.push({ row: f.row, format: f.format });
      byColumn.set(f.col, list);
    }
    return {
      sheets: [{ name, cells: rows }],
      metas: [{ ...plainSheet(name), formats: sheetFormats(byColumn) }],
      reading: { ...reading, encoding },
    };
  }
  if (!lower.endsWith(".xlsx")) throw new Error("only .xlsx and .csv files can be opened.");
  const { Workbook } = await exceljs();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(data);
  } catch (e) {
    throw new Error("it is not a readable .xlsx workbook (the file is damaged or of another type).", { cause: e });
  }
  const read = wb.worksheets.map(readWorksheet);
  if (read.length === 0) throw new Error("the workbook has no worksheets.");
  return { sheets: read.map((r) => r.sheet), metas: read.map((r) => r.meta) };
}

function argb(color: string): string {
  const hex = color.replace("#", "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

function resultOf(value: CellValue | undefined): XlsxValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return { error: value.error } as XlsxValue;
  return value;
}

function writeSheet(wb: Workbook, data: SheetExport, meta: SheetMeta | undefined): void {
  const ws = wb.addWorksheet(data.name);
  const anchors = new Map<string, RangeRef>();
  for (const area of data.arrays) anchors.set(`${area.row}:${area.col}`, area);
  data.inputs.forEach((line, r) => {
    line.forEach((input, c) => {
      const value = data.values[r]?.[c];
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof input === "string" && input.startsWith("=")) {
        const area = anchors.get(`${r}:${c}`);
        cell.value = (
          area === undefined
            ? { formula: input.slice(1), result: resultOf(value) }
            : { formula: input.slice(1), result: resultOf(value), shareType: "array", ref: a1(area) }
        ) as XlsxValue;
      } else if (value !== null && value !== undefined) {
        cell.value = resultOf(value);
      }
    });
  });
  if (meta === undefined) return;
  const height = data.values.length;
  for (const f of meta.formats) {
    const last = Math.min(f.range.row + f.range.rows, Math.max(height, f.range.row + 1));
    for (let r = f.range.row; r < last; r++) {
      for (let c = f.range.col; c < f.range.col + f.range.cols; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
        if (f.bold !== undefined || f.fontColor !== undefined) {
          cell.font = {
            ...(f.bold === undefined ? {} : { bold: f.bold }),
            ...(f.fontColor === undefined ? {} : { color: { argb: argb(f.fontColor) } }),
          };
        }
        if (f.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
      }
    }
  }
  for (const [col, chars] of Object.entries(meta.columnWidths)) ws.getColumn(Number(col) + 1).width = chars;
  for (const rule of meta.conditional) {
    ws.addConditionalFormatting({
      ref: a1(rule.range),
      rules: [
        {
          type: "containsText",
          operator: "containsText",
          text: rule.text,
          priority: 1,
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        },
      ],
    });
  }
  for (const area of meta.merged) {
    if (parseA1(area) !== undefined) ws.mergeCells(area);
  }
  // Dropdown lists: literal values as a quoted list, a range as an absolute reference (on its sheet).
  for (const v of meta.validations ?? []) {
    const list =
      "values" in v
        ? `"${v.values.map(String).join(",")}"`
        : `${v.sheet === undefined ? "" : `${quoteSheet(v.sheet)}!`}${a1(v.source, true)}`;
    for (let r = v.range.row; r < v.range.row + v.range.rows; r++) {
      for (let c = v.range.col; c < v.range.col + v.range.cols; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = { type: "list", allowBlank: true, formulae: [list] };
      }
    }
  }
  if (meta.freezeRows !== undefined && meta.freezeRows > 0) {
    ws.views = [{ state: "frozen", ySplit: meta.freezeRows, xSplit: 0 }];
  }
}

/**
 * Writes the workbook as .xlsx: formulas with their computed results, values, number formats,
 * fonts and fills, column widths, conditional colours, merged areas, dropdown lists and frozen rows.
 * Charts are not included.
 *
 * @example
 * const bytes = await saveWorkbookFile(await engine.call("exportAll", {}), book.getState().sheets);
 */
export async function saveWorkbookFile(
  sheets: readonly SheetExport[],
  metas: readonly SheetMeta[],
): Promise<ArrayBuffer> {
  const { Workbook } = await exceljs();
  const wb = new Workbook();
  wb.creator = "KAM for Excel workbench";
  for (const sheet of sheets) {
    writeSheet(
      wb,
      sheet,
      metas.find((m) => m.name.toLowerCase() === sheet.name.toLowerCase()),
    );
  }
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
