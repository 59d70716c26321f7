import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "./server";

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and newlines inside quotes) into rows of strings.
 * A trailing newline does not make an empty last row.
 *
 * @example
 * parseCsv('a,"b,""c"""\n1,2\n'); // [["a", 'b,"c"'], ["1", "2"]]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

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
  const [header = [], ...rows] = parseCsv(readFileSync(path, "utf8"));
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
