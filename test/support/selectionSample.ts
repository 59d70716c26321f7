/**
 * The 200-customer sample (`assets/sample/customers.csv`) as a {@link SourceTable} on a sheet
 * "Customers" at A1, as a host would read it: numbers as numbers, empty fields as blanks, any other
 * text (including "n/a" and "=HYPERLINK(…)") as text. Also the sheet rows to write it elsewhere.
 *
 * @example
 * const table = sampleSourceTable();
 * table.rows.length; // 200
 *
 * @module
 */
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import { a1 } from "../../src/core/layout";
import { resolve } from "node:path";
import { readSampleCustomers } from "./csv";
import { REPO_ROOT } from "./server";

/** A CSV field as the cell a user would have after opening the file in Excel. */
export function sampleCell(field: string): Cell {
  if (field === "") return null;
  const n = Number(field);
  return field.trim() !== "" && Number.isFinite(n) && /^[-+0-9.eE]+$/.test(field.trim()) ? n : field;
}

/** The sample as a source table (optionally only its first `limit` rows). */
export function sampleSourceTable(limit?: number, sheet = "Customers"): SourceTable {
  const { header, rows } = readSampleCustomers();
  const data = (limit === undefined ? rows : rows.slice(0, limit)).map((r) => r.map(sampleCell));
  return {
    sheet,
    address: a1({ row: 0, col: 0, rows: data.length + 1, cols: header.length }),
    origin: { row: 0, col: 0 },
    headers: header,
    rows: data,
    merged: [],
  };
}

/** The 793-customer retail profile of issue 13 (`assets/sample/retail-793.csv`) as a source table. */
export function retailSourceTable(sheet = "Customers"): SourceTable {
  const { header, rows } = readSampleCustomers(resolve(REPO_ROOT, "assets/sample/retail-793.csv"));
  const data = rows.map((r) => r.map(sampleCell));
  return {
    sheet,
    address: a1({ row: 0, col: 0, rows: data.length + 1, cols: header.length }),
    origin: { row: 0, col: 0 },
    headers: header,
    rows: data,
    merged: [],
  };
}

/** The source sheet's rows (header first), to load into an engine or an .xlsx. */
export function sourceSheetRows(table: SourceTable): Cell[][] {
  return [[...table.headers], ...table.rows.map((r) => [...r])];
}

/**
 * A source table of `n` synthetic customers shaped like the sample (cycled rows, unique names), for
 * scale tests.
 */
export function scaledSourceTable(n: number): SourceTable {
  const base = sampleSourceTable();
  const rows = Array.from({ length: n }, (_, i) => {
    const r = [...(base.rows[i % base.rows.length] ?? [])];
    r[0] = `Customer ${i + 1}`;
    return r;
  });
  return { ...base, rows, address: a1({ row: 0, col: 0, rows: n + 1, cols: base.headers.length }) };
}
