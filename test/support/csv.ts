import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseCsvText } from "../../src/workbench/csv";
import { REPO_ROOT } from "./server";

/** The sample customers: header and data rows as strings. */
export interface SampleCustomers {
  readonly header: string[];
  readonly rows: string[][];
  /** The cells of one column, by its header name. */
  column(name: string): string[];
}

/**
 * Reads `assets/sample/customers.csv` (see docs/sample-data.md).
 *
 * @example
 * const { column } = readSampleCustomers();
 * column("Net revenue").map(Number);
 */
export function readSampleCustomers(path = resolve(REPO_ROOT, "assets/sample/customers.csv")): SampleCustomers {
  const [header = [], ...rows] = parseCsvText(readFileSync(path, "utf8"), ",");
  return {
    header,
    rows,
    column(name) {
      const at = header.indexOf(name);
      if (at < 0) throw new Error(`no column "${name}" in ${path}`);
      return rows.map((r) => r[at] ?? "");
    },
  };
}
