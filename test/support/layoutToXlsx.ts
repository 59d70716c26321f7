/**
 * Writes a {@link SheetLayout} (plus the source sheets it refers to) to an .xlsx file with exceljs,
 * so an independent engine (LibreOffice, see `libreoffice.ts`) can recalculate the formulas.
 *
 * - Literal values are written as values; text stays text even when it starts with "=".
 * - Formulas are written without a cached value by default (the file says "recalculate on load"), so a
 *   reader can never confuse a stale cached value with a computed one. `cachedValue` writes a chosen
 *   cached value instead (tests use deliberately wrong ones to prove the recalculation happened).
 * - Functions newer than Excel 2007 get the `_xlfn.` prefix the file format needs (`RANK.EQ` is stored
 *   as `_xlfn.RANK.EQ`), otherwise Excel and LibreOffice read them as unknown names.
 * - Number formats, bold, fills and font colours of `formats`, the tables and the conditional formats
 *   (an exact-match formula rule, as the Office.js host writes them) are written; charts are not
 *   (exceljs cannot write charts).
 *
 * @example
 * const buffer = await layoutToXlsx(layout, { sources: [{ name: "Data", rows: [["Customer", "Sales"], ["A", 10]] }] });
 * await writeFile("/tmp/out.xlsx", buffer);
 *
 * @module
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Cell } from "../../src/core/cells";
import type { LayoutCell, RangeRef, SheetLayout } from "../../src/core/layout";

/** A plain sheet of data written before the layouts, e.g. the customer table the layout's formulas read. */
export interface XlsxSource {
  readonly name: string;
  /** Rows of cells, header first. */
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based top-left cell of `rows` on the sheet (default A1). */
  readonly origin?: { readonly row: number; readonly col: number };
}

/** Options of {@link layoutToXlsx}. */
export interface LayoutToXlsxOptions {
  /** Sheets of data written first, in order. */
  readonly sources?: readonly XlsxSource[];
  /**
   * The cached value stored with a formula (the value a reader sees without recalculating).
   * Default: none stored. Return `undefined` to store none for that cell.
   */
  readonly cachedValue?: (formula: string, sheet: string, row: number, col: number) => Cell | undefined;
  /** Also write the layouts' tables as Excel tables (default true). */
  readonly tables?: boolean;
}

/**
 * Functions that Excel stores with the `_xlfn.` prefix (introduced after Excel 2007). Formulas in a
 * layout use the bare names, as typed in Excel; the file needs the prefix.
 */
export const XLFN_FUNCTIONS: readonly string[] = [
  "RANK.EQ",
  "RANK.AVG",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "PERCENTRANK.INC",
  "PERCENTRANK.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "MEDIAN.INC",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "CEILING.MATH",
  "FLOOR.MATH",
  "AGGREGATE",
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XOR",
  "DAYS",
  "ISOWEEKNUM",
  "XLOOKUP",
  "XMATCH",
  "LET",
  "LAMBDA",
  "SEQUENCE",
  "UNIQUE",
  "SORT",
  "SORTBY",
  "FILTER",
];

const XLFN_PATTERN = new RegExp(
  `(?<![A-Za-z0-9_.])(${[...XLFN_FUNCTIONS]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/\./g, "\\."))
    .join("|")})(?=\\()`,
  "gi",
);

/**
 * A formula as the .xlsx file stores it: without the leading "=", newer functions prefixed with
 * `_xlfn.` (text inside string literals is left alone).
 *
 * @example
 * toFileFormula('=RANK.EQ(A2,$A$2:$A$9)&"RANK.EQ("'); // '_xlfn.RANK.EQ(A2,$A$2:$A$9)&"RANK.EQ("'
 */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body
    .split('"')
    .map((part, i) =>
      i % 2 === 0 ? part.replace(XLFN_PATTERN, (name: string) => `_xlfn.${name.toUpperCase()}`) : part,
    )
    .join('"');
}

type XlsxValue = ExcelJS.CellValue;

function toXlsxValue(cell: Cell): XlsxValue {
  if (cell === null) return null;
  if (typeof cell === "object") return { error: cell.sheetError } as ExcelJS.CellErrorValue;
  return cell;
}

function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

function eachCell(ws: ExcelJS.Worksheet, range: RangeRef, apply: (cell: ExcelJS.Cell) => void): void {
  for (let r = 0; r < range.rows; r++) {
    const row = ws.getRow(range.row + r + 1);
    for (let c = 0; c < range.cols; c++) apply(row.getCell(range.col + c + 1));
  }
}

function writeLayoutCell(
  target: ExcelJS.Cell,
  cell: LayoutCell,
  sheet: string,
  row: number,
  col: number,
  options: LayoutToXlsxOptions,
): void {
  if (cell === null) return;
  if ("f" in cell) {
    const cached = options.cachedValue?.(cell.f, sheet, row, col);
    const formula = toFileFormula(cell.f);
    target.value =
      cached === undefined
        ? ({ formula } as ExcelJS.CellFormulaValue)
        : ({ formula, result: toXlsxValue(cached) } as ExcelJS.CellFormulaValue);
    return;
  }
  target.value = cell.v;
}

function addTable(ws: ExcelJS.Worksheet, name: string, range: RangeRef, style: string | undefined): void {
  const header = ws.getRow(range.row + 1);
  const columns = Array.from({ length: range.cols }, (_, c) => {
    const value = header.getCell(range.col + c + 1).value;
    return { name: value === null || value === undefined ? `Column${c + 1}` : String(value) };
  });
  const rows: XlsxValue[][] = [];
  for (let r = 1; r < range.rows; r++) {
    const row = ws.getRow(range.row + r + 1);
    rows.push(Array.from({ length: range.cols }, (_, c) => row.getCell(range.col + c + 1).value));
  }
  ws.addTable({
    name,
    ref: ws.getRow(range.row + 1).getCell(range.col + 1).address,
    headerRow: true,
    style: {
      theme: (style ?? "TableStyleMedium2") as NonNullable<ExcelJS.TableStyleProperties["theme"]>,
      showRowStripes: true,
    },
    columns,
    rows: rows.length > 0 ? rows : [Array.from({ length: range.cols }, () => null)],
  });
}

/**
 * Builds an exceljs workbook holding the sources and the layouts (see the module notes).
 *
 * @example
 * const wb = layoutToWorkbook([layout], { sources: [{ name: "Data", rows }] });
 * wb.getWorksheet(layout.name);
 */
export function layoutToWorkbook(
  layouts: SheetLayout | readonly SheetLayout[],
  options: LayoutToXlsxOptions = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  for (const source of options.sources ?? []) {
    const ws = wb.addWorksheet(source.name);
    const r0 = source.origin?.row ?? 0;
    const c0 = source.origin?.col ?? 0;
    source.rows.forEach((cells, r) => {
      const row = ws.getRow(r0 + r + 1);
      cells.forEach((cell, c) => {
        if (cell !== null) row.getCell(c0 + c + 1).value = toXlsxValue(cell);
      });
    });
  }
  for (const layout of Array.isArray(layouts) ? (layouts as readonly SheetLayout[]) : [layouts as SheetLayout]) {
    const ws = wb.addWorksheet(layout.name);
    for (const block of layout.blocks) {
      block.cells.forEach((cells, r) => {
        const row = ws.getRow(block.row + r + 1);
        cells.forEach((cell, c) =>
          writeLayoutCell(row.getCell(block.col + c + 1), cell, layout.name, block.row + r, block.col + c, options),
        );
      });
    }
    for (const format of layout.formats) {
      eachCell(ws, format.range, (cell) => {
        if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
        if (format.bold !== undefined || format.fontColor !== undefined) {
          cell.font = {
            ...(format.bold !== undefined ? { bold: format.bold } : {}),
            ...(format.fontColor !== undefined ? { color: { argb: argb(format.fontColor) } } : {}),
          };
        }
        if (format.fill !== undefined) {
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
        }
      });
    }
    for (const cond of layout.conditional) {
      const ref = `${ws.getRow(cond.range.row + 1).getCell(cond.range.col + 1).address}:${
        ws.getRow(cond.range.row + cond.range.rows).getCell(cond.range.col + cond.range.cols).address
      }`;
      const topLeft = ws.getRow(cond.range.row + 1).getCell(cond.range.col + 1).address;
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "expression",
            formulae: [`${topLeft}="${cond.text.replace(/"/g, '""')}"`],
            priority: 1,
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cond.fill) } },
              font: { color: { argb: argb(cond.fontColor) } },
            },
          },
        ],
      });
    }
    for (const [col, width] of Object.entries(layout.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
    if (layout.freezeRows !== undefined && layout.freezeRows > 0) {
      ws.views = [{ state: "frozen", ySplit: layout.freezeRows }];
    }
    if (options.tables ?? true) {
      for (const table of layout.tables) addTable(ws, table.name, table.range, table.style);
    }
  }
  return wb;
}

/**
 * Writes the layouts (and sources) to .xlsx bytes; pass a path to also save the file there.
 *
 * @example
 * const bytes = await layoutToXlsx(layout, { sources: [{ name: "Data", rows }] }, "/tmp/kam.xlsx");
 */
export async function layoutToXlsx(
  layouts: SheetLayout | readonly SheetLayout[],
  options: LayoutToXlsxOptions = {},
  path?: string,
): Promise<Buffer> {
  const bytes = Buffer.from(await layoutToWorkbook(layouts, options).xlsx.writeBuffer());
  if (path !== undefined) await writeFile(path, bytes);
  return bytes;
}
