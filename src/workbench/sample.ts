/**
 * The committed sample data set (200 customers, `assets/sample/customers.csv`) as the workbench's
 * first sheet, with its number formats and column widths.
 *
 * @module
 */
import type { FormatSpec } from "../core/layout";
import { csvToRows } from "./csv";
import { plainSheet, type SheetMeta } from "./model";
import type { SheetInput } from "./protocol";

/** Name of the sample sheet. */
export const SAMPLE_SHEET = "Customers";

const PERCENT_COLUMNS = ["Discount", "Revenue growth %"];
const MONEY_COLUMNS = ["List revenue", "Net revenue", "Cost of goods"];

/**
 * The sample CSV as a sheet and its metadata: percentages as "0.0%", money as "€ #,##0", a bold header.
 *
 * @example
 * const { sheet, meta } = sampleBook("Customer,Discount\nAcme,0.07");
 * meta.formats[1]?.numberFormat; // "0.0%"
 */
export function sampleBook(csv: string): { sheet: SheetInput; meta: SheetMeta } {
  const cells = csvToRows(csv);
  const header = (cells[0] ?? []).map((h) => String(h ?? ""));
  const rows = Math.max(1, cells.length - 1);
  const formats: FormatSpec[] = [
    { range: { row: 0, col: 0, rows: 1, cols: header.length }, bold: true, fill: "#E2EFDA" },
  ];
  const columnWidths: Record<number, number> = {};
  header.forEach((name, col) => {
    const range = { row: 1, col, rows, cols: 1 };
    if (PERCENT_COLUMNS.includes(name)) formats.push({ range, numberFormat: "0.0%" });
    if (MONEY_COLUMNS.includes(name)) formats.push({ range, numberFormat: "[$€-413] #,##0" });
    let longest = name.length;
    for (const line of cells) {
      const v = line[col];
      const shown = typeof v === "number" ? String(Math.round(v)).length + 3 : String(v ?? "").length;
      if (shown > longest) longest = shown;
    }
    columnWidths[col] = Math.max(8, Math.min(32, longest + 1));
  });
  return { sheet: { name: SAMPLE_SHEET, cells }, meta: { ...plainSheet(SAMPLE_SHEET), formats, columnWidths } };
}
