/**
 * Test support for the cost-to-serve builder: the committed 200-customer sample as a SourceTable,
 * a configuration over it, and a recalculation of a layout through HyperFormula with the KAM plugin.
 *
 * @module
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import { columnLetters, type RangeRef, type SheetLayout } from "../../src/core/layout";
import { applyLayoutToEngine, createKamEngine } from "../../src/workbench/engine";
import { sampleSourceTable, sourceSheetRows } from "./selectionSample";

export { sampleConfig } from "./costToServeConfig";

/**
 * A table of rows (header first) as a SourceTable on sheet `sheet` at A1.
 *
 * @example
 * tableSource("Data", [["Customer", "Sales"], ["A", 1]]).address; // "Data!A1:B2"
 */
export function tableSource(sheet: string, table: readonly (readonly Cell[])[]): SourceTable {
  const headers = table[0] ?? [];
  return {
    sheet,
    address: `A1:${columnLetters(Math.max(headers.length, 1) - 1)}${table.length}`,
    headers,
    rows: table.slice(1),
    origin: { row: 0, col: 0 },
    merged: [],
  };
}

/** The committed sample (assets/sample/customers.csv) as rows, header first. */
export function sampleRows(): Cell[][] {
  return sourceSheetRows(sampleSourceTable());
}

/**
 * `n` synthetic customers with the sample's columns, from a fixed-seed generator (deterministic), for
 * the scale tests and the benchmarks.
 *
 * @example
 * syntheticCustomers(100_000).length; // 100001 (with the header)
 */
export function syntheticCustomers(n: number): Cell[][] {
  const header = sampleRows()[0] ?? [];
  let seed = 12345;
  const rnd = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const rows: Cell[][] = [header];
  for (let i = 0; i < n; i++) {
    const list = Math.round(20_000 + rnd() * 500_000);
    const discount = Math.round(rnd() * 150) / 1000;
    const net = Math.round(list * (1 - discount));
    const row: Cell[] = header.map((h) => {
      switch (h) {
        case "Customer":
          return `Customer ${i + 1}`;
        case "Sector":
        case "Region":
          return "X";
        case "List revenue":
          return list;
        case "Discount":
          return discount;
        case "Net revenue":
          return net;
        case "Cost of goods":
          return Math.round(net * (0.7 + rnd() * 0.15));
        case "Delivery km":
          return Math.round(rnd() * 3000);
        default:
          return Math.round(rnd() * 30);
      }
    });
    rows.push(row);
  }
  return rows;
}

/** The sample as a SourceTable on sheet "Data". */
export function sampleSource(): SourceTable {
  return tableSource("Data", sampleRows());
}

/** The source rows as engine content (text that looks like a formula stays text). */
export function engineRows(rows: readonly (readonly Cell[])[]): RawCellContent[][] {
  return rows.map((line) =>
    line.map((c) => {
      if (c === null || typeof c === "object") return null;
      if (typeof c === "string" && (c.startsWith("=") || c.startsWith("'"))) return `'${c}`;
      return c;
    }),
  );
}

/** A recalculated workbook: the source sheet plus the layout, read back by range. */
export interface Recalculated {
  readonly hf: HyperFormula;
  /** The values of a range of the layout's sheet, row-major. */
  readonly values: (range: RangeRef) => unknown[][];
  /** One value of the layout's sheet. */
  readonly value: (range: RangeRef) => unknown;
  /** Sets a cell of a sheet (0-based) and recalculates. */
  readonly set: (sheet: string, row: number, col: number, content: RawCellContent) => void;
}

/**
 * Writes the source rows and the layout to a HyperFormula engine with the KAM plugin.
 *
 * @example
 * const wb = recalculate(layout, "Data", sampleRows());
 */
export function recalculate(layout: SheetLayout, sheet: string, rows: readonly (readonly Cell[])[]): Recalculated {
  const hf = createKamEngine({ [sheet]: engineRows(rows) });
  const id = applyLayoutToEngine(hf, layout);
  const values = (range: RangeRef): unknown[][] => {
    const out: unknown[][] = [];
    for (let r = 0; r < range.rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < range.cols; c++)
        line.push(hf.getCellValue({ sheet: id, row: range.row + r, col: range.col + c }));
      out.push(line);
    }
    return out;
  };
  return {
    hf,
    values,
    value: (range) => values({ ...range, rows: 1, cols: 1 })[0]?.[0],
    set: (name, row, col, content) => {
      const sid = hf.getSheetId(name);
      if (sid === undefined) throw new Error(`no sheet ${name}`);
      hf.setCellContents({ sheet: sid, row, col }, content);
    },
  };
}

/**
 * The rows (header first) with one customer turned into a credit (issue 13): list revenue −250, no
 * discount and cost of goods −210, so its net revenue is −250 and its gross margin −40, a "margin"
 * of +16 % if divided naively. `dataRow` is 0-based below the header.
 *
 * @example
 * const rows = withCredit(sampleRows(), 3); // rows[4] is the credit
 */
export function withCredit(rows: readonly (readonly Cell[])[], dataRow: number): Cell[][] {
  const header = rows[0] ?? [];
  const set: Record<string, Cell> = { "List revenue": -250, Discount: 0, "Net revenue": -250, "Cost of goods": -210 };
  return rows.map((line, i) =>
    i === dataRow + 1 ? line.map((c, j) => (String(header[j]) in set ? (set[String(header[j])] ?? c) : c)) : [...line],
  );
}
