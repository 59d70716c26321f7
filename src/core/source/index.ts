/**
 * Source detection: profiles the customer table the pane found in the workbook (a
 * {@link SourceTable}) before any builder uses it. Per column the inferred type (number, text,
 * date, boolean), the share of blanks and the cells that do not fit; for the table its row count
 * and the problems that stop a build (merged cells, blank or duplicate headers, no numeric
 * column, more rows than a worksheet holds), each with a bilingual message naming the cell or
 * column. Pure; shared by the selection-matrix and cost-to-serve builders.
 *
 * @module
 */
import { isSheetError, type Cell } from "../cells";
import type { SourceTable } from "../host";
import type { Lang } from "../lang";
import { columnLetters, quoteSheet, type RangeRef } from "../layout";
import { SOURCE_MESSAGES, SOURCE_PROBLEM_SEVERITY, type SourceParam, type SourceProblemCode } from "./messages";

export { SOURCE_MESSAGES, SOURCE_PROBLEM_SEVERITY, type SourceProblemCode } from "./messages";

/** The rows of one worksheet (Excel 2007 and later, and LibreOffice). */
export const SHEET_ROW_LIMIT = 1_048_576;

/** How many example cells a message lists. */
const EXAMPLES = 5;

/** The inferred type of a column: the kind most of its non-blank cells have. */
export type ColumnKind = "number" | "date" | "text" | "boolean" | "empty";

/** One problem of the source, with where it is (an A1 address with the sheet, or a column). */
export interface SourceProblem {
  readonly code: SourceProblemCode;
  readonly severity: "error" | "warning";
  /** The cell, range or column, as `Sheet!C5`, `Sheet!C5:C9` or `Sheet!C:C`. */
  readonly where: string;
  /** The 0-based column in the table, when the problem belongs to one. */
  readonly column?: number;
  readonly params: Readonly<Record<string, SourceParam>>;
}

/** What one column holds. */
export interface ColumnProfile {
  /** 0-based index in the table. */
  readonly index: number;
  /** The header as text (trimmed; a number header becomes its text). */
  readonly header: string;
  /** The sheet column letters ("C"). */
  readonly letter: string;
  readonly kind: ColumnKind;
  readonly counts: {
    readonly number: number;
    readonly date: number;
    readonly text: number;
    readonly boolean: number;
    readonly error: number;
    readonly blank: number;
  };
  /** Blank cells / rows, 0..1 (0 for a table without rows). */
  readonly blankShare: number;
  /** Distinct non-blank values (text compared trimmed and case-insensitive). */
  readonly distinct: number;
  /** Smallest and largest number, for number and date columns with at least one number. */
  readonly min?: number;
  readonly max?: number;
}

/** The profile of a whole source table. */
export interface SourceProfile {
  readonly sheet: string;
  readonly address: string;
  readonly tableName?: string;
  /** Data rows, without the header. */
  readonly rowCount: number;
  readonly columns: readonly ColumnProfile[];
  /** Errors first, then warnings, each in column order. */
  readonly problems: readonly SourceProblem[];
  /** True when no problem has severity `error`. */
  readonly ok: boolean;
}

const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/;
const DMY_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.](\d{2}|\d{4})$/;

/**
 * True when a number format shows a date or time (`"dd-mm-yyyy"`, `"m/d/yy h:mm"`), ignoring
 * quoted text, escapes and `[colour]` sections.
 *
 * @example
 * isDateFormat("dd-mm-yyyy"); // true
 * isDateFormat("#,##0.00"); // false
 * isDateFormat('0 "days"'); // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/^(general|standard|standaard|@)$/i.test(bare.trim())) return false;
  return /[dymhs]/i.test(bare.replace(/E[+-]/gi, ""));
}

/**
 * The kind of one cell: blank (null, "" or only spaces), error, number, boolean, date (a text
 * like `2024-03-31` or `31-03-2024`) or text. A numeric text such as `"12"` is text.
 *
 * @example
 * cellKind(3.5); // "number"
 * cellKind(" "); // "blank"
 * cellKind("2024-03-31"); // "date"
 * cellKind({ sheetError: "#N/A" }); // "error"
 */
export function cellKind(cell: Cell | undefined): "blank" | "error" | "number" | "boolean" | "date" | "text" {
  if (cell === null || cell === undefined) return "blank";
  if (typeof cell === "number") return Number.isFinite(cell) ? "number" : "error";
  if (typeof cell === "boolean") return "boolean";
  if (isSheetError(cell)) return "error";
  const text = cell.trim();
  if (text === "") return "blank";
  return ISO_DATE.test(text) || DMY_DATE.test(text) ? "date" : "text";
}

/**
 * A header cell as text: trimmed, a number as its digits, blank or an error as "".
 *
 * @example
 * headerText("  Revenue "); // "Revenue"
 * headerText(2024); // "2024"
 * headerText(null); // ""
 */
export function headerText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || isSheetError(cell)) return "";
  return String(cell).trim();
}

/**
 * Where each header sits in the table: trimmed header text → 0-based column. Blank headers are left
 * out; a repeated header keeps its first column (the one a user sees first).
 *
 * @example
 * headerIndex({ headers: [" Name", "Revenue", "Name"] }).get("Name"); // 0
 */
export function headerIndex(table: Pick<SourceTable, "headers">): Map<string, number> {
  const map = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = String(h ?? "").trim();
    if (key !== "" && !map.has(key)) map.set(key, i);
  });
  return map;
}

/**
 * The A1 address, with its sheet, of a cell of the table: `row` is the 0-based data row (−1 is
 * the header), `col` the 0-based table column.
 *
 * @example
 * const t = { sheet: "Data", origin: { row: 0, col: 1 } };
 * sourceCellAddress(t, 0, 0); // "Data!B2"
 * sourceCellAddress(t, -1, 2); // "Data!D1"
 */
export function sourceCellAddress(table: Pick<SourceTable, "sheet" | "origin">, row: number, col: number): string {
  return `${quoteSheet(table.sheet)}!${columnLetters(table.origin.col + col)}${table.origin.row + row + 2}`;
}

/**
 * The data cells of one table column on the source sheet, as a range (0-based, header excluded).
 * Formula builders turn it into `Data!$C$2:$C$201` with `a1`.
 *
 * @example
 * const t = { origin: { row: 0, col: 0 }, rows: [[1], [2]] };
 * sourceColumnRange(t, 0); // { row: 1, col: 0, rows: 2, cols: 1 }
 */
export function sourceColumnRange(table: Pick<SourceTable, "origin" | "rows">, col: number): RangeRef {
  return { row: table.origin.row + 1, col: table.origin.col + col, rows: table.rows.length, cols: 1 };
}

/**
 * One column as numbers: a finite number stays, everything else (blank, text, boolean, error)
 * is `undefined` (missing, never zero).
 *
 * @example
 * numericColumn({ rows: [[1], ["x"], [null], [4]] }, 0); // [1, undefined, undefined, 4]
 */
export function numericColumn(table: Pick<SourceTable, "rows">, col: number): (number | undefined)[] {
  const out = new Array<number | undefined>(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const v = table.rows[r]?.[col];
    out[r] = typeof v === "number" && Number.isFinite(v) ? v : undefined;
  }
  return out;
}

function listCells(table: SourceTable, rows: readonly number[], col: number): string {
  const shown = rows.slice(0, EXAMPLES).map((r) => sourceCellAddress(table, r, col).replace(/^.*!/, ""));
  return rows.length > EXAMPLES ? `${shown.join(", ")}, …` : shown.join(", ");
}

function columnWhere(table: SourceTable, col: number): string {
  const letter = columnLetters(table.origin.col + col);
  return `${quoteSheet(table.sheet)}!${letter}:${letter}`;
}

function problem(
  code: SourceProblemCode,
  where: string,
  params: Readonly<Record<string, SourceParam>> = {},
  column?: number,
): SourceProblem {
  const base = { code, severity: SOURCE_PROBLEM_SEVERITY[code], where, params };
  return column === undefined ? base : { ...base, column };
}

function profileColumn(table: SourceTable, col: number, problems: SourceProblem[]): ColumnProfile {
  const counts = { number: 0, date: 0, text: 0, boolean: 0, error: 0, blank: 0 };
  const textRows: number[] = [];
  const errorRows: number[] = [];
  const seen = new Set<string | number | boolean>();
  let min = Infinity;
  let max = -Infinity;
  const n = table.rows.length;
  for (let r = 0; r < n; r++) {
    const cell = table.rows[r]?.[col] ?? null;
    const kind = cellKind(cell);
    counts[kind]++;
    if (kind === "number") {
      const v = cell as number;
      if (v < min) min = v;
      if (v > max) max = v;
      seen.add(v);
    } else if (kind === "text" || kind === "date") {
      textRows.push(r);
      seen.add(String(cell).trim().toLowerCase());
    } else if (kind === "boolean") {
      seen.add(cell as boolean);
    } else if (kind === "error") {
      errorRows.push(r);
    }
  }
  const format = table.numberFormats?.[col];
  const filled = n - counts.blank - counts.error;
  let kind: ColumnKind;
  if (filled === 0) kind = "empty";
  else if (counts.number * 2 >= filled) kind = format !== undefined && isDateFormat(format) ? "date" : "number";
  else if (counts.date * 2 >= filled) kind = "date";
  else if (counts.boolean * 2 >= filled) kind = "boolean";
  else kind = "text";
  const header = headerText(table.headers[col]);
  if (kind === "number" && textRows.length > 0) {
    problems.push(
      problem(
        "text_in_numbers",
        columnWhere(table, col),
        { header, count: textRows.length, cells: listCells(table, textRows, col) },
        col,
      ),
    );
  }
  if (errorRows.length > 0) {
    problems.push(
      problem(
        "errors_in_column",
        columnWhere(table, col),
        { header, count: errorRows.length, cells: listCells(table, errorRows, col) },
        col,
      ),
    );
  }
  const profile: ColumnProfile = {
    index: col,
    header,
    letter: columnLetters(table.origin.col + col),
    kind,
    counts,
    blankShare: n === 0 ? 0 : counts.blank / n,
    distinct: seen.size,
  };
  return counts.number > 0 ? { ...profile, min, max } : profile;
}

/**
 * Profiles a source table: each column's type and blanks, the row count, and every problem, in a
 * fixed order (table-wide errors, header errors, column warnings).
 *
 * @example
 * const p = profileSource({
 *   sheet: "Data", address: "A1:B3", origin: { row: 0, col: 0 }, merged: [],
 *   headers: ["Customer", "Revenue"], rows: [["Acme", 120], ["Bolt", null]],
 * });
 * p.columns.map((c) => c.kind); // ["text", "number"]
 * p.columns[1]?.blankShare; // 0.5
 * p.ok; // true
 */
export function profileSource(table: SourceTable): SourceProfile {
  const errors: SourceProblem[] = [];
  const warnings: SourceProblem[] = [];
  const rowCount = table.rows.length;
  const width = table.headers.length;
  if (rowCount === 0) errors.push(problem("no_rows", `${quoteSheet(table.sheet)}!${table.address}`));
  if (rowCount + 1 > SHEET_ROW_LIMIT) {
    errors.push(
      problem("too_many_rows", `${quoteSheet(table.sheet)}!${table.address}`, {
        rows: rowCount + 1,
        limit: SHEET_ROW_LIMIT,
      }),
    );
  }
  for (const area of table.merged) errors.push(problem("merged", `${quoteSheet(table.sheet)}!${area}`));
  const firstSeen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const text = headerText(table.headers[c]);
    const where = sourceCellAddress(table, -1, c);
    if (text === "") {
      errors.push(problem("header_blank", where, { column: columnLetters(table.origin.col + c) }, c));
      continue;
    }
    const key = text.toLowerCase();
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, c);
    else {
      errors.push(
        problem(
          "header_duplicate",
          where,
          { header: text, other: sourceCellAddress(table, -1, first).replace(/^.*!/, "") },
          c,
        ),
      );
    }
  }
  const columns: ColumnProfile[] = [];
  for (let c = 0; c < width; c++) columns.push(profileColumn(table, c, warnings));
  if (rowCount > 0 && !columns.some((c) => c.kind === "number")) {
    errors.push(problem("no_numeric", `${quoteSheet(table.sheet)}!${table.address}`));
  }
  const base = {
    sheet: table.sheet,
    address: table.address,
    rowCount,
    columns,
    problems: [...errors, ...warnings],
    ok: errors.length === 0,
  };
  return table.tableName === undefined ? base : { ...base, tableName: table.tableName };
}

/**
 * The columns that can be scored: those whose inferred type is number.
 *
 * @example
 * numericColumns(profile).map((c) => c.header); // ["Revenue", "Growth %"]
 */
export function numericColumns(profile: SourceProfile): ColumnProfile[] {
  return profile.columns.filter((c) => c.kind === "number");
}

const NAME_HINT = /\b(customer|client|account|name|klant|klantnaam|naam|relatie|company|bedrijf)\b/i;

/**
 * The most likely customer-name column: a text column whose header says so (customer, client,
 * account, name, klant, naam…), else the text column with the most distinct values, else the
 * first column. `undefined` for a table without columns.
 *
 * @example
 * guessNameColumn(profile); // 0
 */
export function guessNameColumn(profile: SourceProfile): number | undefined {
  const texts = profile.columns.filter((c) => c.kind === "text");
  const hinted = texts.find((c) => NAME_HINT.test(c.header));
  if (hinted !== undefined) return hinted.index;
  let best: ColumnProfile | undefined;
  for (const c of texts) if (best === undefined || c.distinct > best.distinct) best = c;
  return best?.index ?? profile.columns[0]?.index;
}

/**
 * Checks the customer-name column: blank names and names that appear more than once (trimmed,
 * case-insensitive), as warnings naming the cells. Duplicate rows stay separate customers.
 *
 * @example
 * checkNameColumn(table, 0).map((p) => p.code); // ["name_duplicate"]
 */
export function checkNameColumn(table: SourceTable, col: number): SourceProblem[] {
  const out: SourceProblem[] = [];
  const blanks: number[] = [];
  const rowsByName = new Map<string, { name: string; rows: number[] }>();
  for (let r = 0; r < table.rows.length; r++) {
    const cell = table.rows[r]?.[col] ?? null;
    const kind = cellKind(cell);
    if (kind === "blank" || kind === "error") {
      blanks.push(r);
      continue;
    }
    const name = String(cell).trim();
    const key = name.toLowerCase();
    const entry = rowsByName.get(key);
    if (entry === undefined) rowsByName.set(key, { name, rows: [r] });
    else entry.rows.push(r);
  }
  if (blanks.length > 0) {
    out.push(
      problem(
        "name_blank",
        columnWhere(table, col),
        { count: blanks.length, cells: listCells(table, blanks, col) },
        col,
      ),
    );
  }
  for (const { name, rows } of rowsByName.values()) {
    if (rows.length < 2) continue;
    out.push(
      problem(
        "name_duplicate",
        sourceCellAddress(table, rows[1] ?? 0, col),
        { name, count: rows.length, cells: listCells(table, rows, col) },
        col,
      ),
    );
  }
  return out;
}

/**
 * A problem's message in a language, prefixed with where it is.
 *
 * @example
 * formatSourceProblem({ code: "no_rows", severity: "error", where: "Data!A1:C1", params: {} }, "nl");
 * // "Data!A1:C1: de tabel heeft een kopregel maar geen gegevensrijen eronder."
 */
export function formatSourceProblem(p: SourceProblem, lang: Lang = "en"): string {
  return `${p.where}: ${SOURCE_MESSAGES[lang][p.code](p.params)}`;
}
