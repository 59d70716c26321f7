/**
 * How a cell looks in the grid: its text in the cell's number format, its alignment and colours
 * from formats, tables and conditional colours. Pure, so it is tested without a browser.
 *
 * @module
 */
import { formatNumber } from "../format";
import { contains, styleAt, type SheetMeta } from "../model";
import type { CellValue, CellView } from "../protocol";

/** The look of one cell. */
export interface CellLook {
  readonly text: string;
  /** What the editor and the formula bar show: the formula, or the value as typed. */
  readonly edit: string;
  readonly align: "left" | "right" | "center";
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly error?: string;
}

/** Header row and banding of an Excel table (the default medium blue style). */
const TABLE_HEADER = { fill: "#4472C4", color: "#FFFFFF" };
const TABLE_BAND = "#D9E1F2";
const ERROR_COLOR = "#C00000";

/**
 * A value as the editor shows it (a number unformatted, text escaped when it looks like a formula).
 *
 * @example
 * editText(0.25); // "0.25"
 * editText("=not a formula"); // "'=not a formula"
 */
export function editText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v.startsWith("=") || v.startsWith("'") ? `'${v}` : v;
  return v.error;
}

/**
 * The look of a cell of a sheet.
 *
 * @example
 * cellLook(meta, 2, 1, { v: 0.5 }).text; // "50.0%" under a "0.0%" format
 */
export function cellLook(meta: SheetMeta, row: number, col: number, view: CellView | undefined): CellLook {
  const v = view?.v ?? null;
  const style = styleAt(meta, row, col);
  let text: string;
  let align: CellLook["align"] = "left";
  let error: string | undefined;
  if (typeof v === "number") {
    text = formatNumber(v, style.numberFormat);
    align = "right";
  } else if (typeof v === "boolean") {
    text = v ? "TRUE" : "FALSE";
    align = "center";
  } else if (v !== null && typeof v === "object") {
    text = v.error;
    align = "center";
    error = v.message === undefined ? v.error : `${v.error} ${v.message}`;
  } else text = v ?? "";
  let fill = style.fill;
  let color = style.fontColor;
  let bold = style.bold;
  const table = meta.tables.find((t) => contains(t.range, row, col));
  if (table !== undefined && table.style !== "None") {
    if (row === table.range.row) {
      fill ??= TABLE_HEADER.fill;
      color ??= TABLE_HEADER.color;
      bold ??= true;
    } else if ((row - table.range.row) % 2 === 1) fill ??= TABLE_BAND;
  }
  for (const rule of meta.conditional) {
    if (contains(rule.range, row, col) && text === rule.text) {
      fill = rule.fill;
      color = rule.fontColor;
    }
  }
  if (error !== undefined) color = ERROR_COLOR;
  return {
    text,
    edit: view?.f ?? editText(v),
    align,
    ...(fill === undefined ? {} : { fill }),
    ...(color === undefined ? {} : { color }),
    ...(bold === undefined ? {} : { bold }),
    ...(error === undefined ? {} : { error }),
  };
}

/**
 * Column width in pixels for a width in characters (Excel's default is 8.43 characters).
 *
 * @example
 * charsToPx(10); // 75
 */
export function charsToPx(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/**
 * Column width in characters for pixels.
 *
 * @example
 * pxToChars(75); // 10
 */
export function pxToChars(px: number): number {
  return Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
}

/** The default column width in pixels. */
export const DEFAULT_COLUMN_PX = 90;
