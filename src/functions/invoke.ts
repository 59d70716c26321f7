/**
 * The one bridge between Excel's custom-function calls and the pure catalog: coerce the raw
 * arguments into grids, run the declared `compute`, and turn issues into `CustomFunctions.Error`
 * values with a message. Nothing here throws.
 *
 * @module
 */
import type { ExcelErrorKind, Grid, OutCell, OutGrid, SheetError, Cell } from "../core/cells";
import { isExcelErrorKind } from "../core/cells";
import type { FunctionSpec, ParamSpec, RawArgs, AnyFunctionSpec } from "../core/catalog/define";
import { formatIssue, isIssue, issueKind } from "../core/issues";
import { toLang, type Lang } from "../core/lang";

/**
 * One raw cell as Excel passes it, as a core cell. A `CustomFunctions.Error` (or any object
 * with an Excel error `code`) becomes a sheet error; `undefined` becomes a blank.
 *
 * @example
 * toCell({ code: "#DIV/0!" }); // { sheetError: "#DIV/0!" }
 */
export function toCell(raw: unknown): Cell {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "object" && "code" in raw) {
    const code = String((raw as { code: unknown }).code);
    const message = (raw as { message?: unknown }).message;
    const kind: ExcelErrorKind = isExcelErrorKind(code) ? code : "#VALUE!";
    return typeof message === "string" ? { sheetError: kind, message } : { sheetError: kind };
  }
  return String(raw);
}

/**
 * An argument as a grid. An omitted optional argument (Excel passes `null`) is `undefined`;
 * a single value is a 1×1 grid.
 *
 * @example
 * toGrid(null); // undefined
 * toGrid(5); // [[5]]
 * toGrid([[1, null]]); // [[1, null]]
 */
export function toGrid(raw: unknown): Grid | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) return [[toCell(raw)]];
  const rows = raw.length;
  let out: Cell[][] | undefined;
  for (let r = 0; r < rows; r++) {
    const row: unknown = raw[r];
    const line = Array.isArray(row) ? cleanRow(row) : [toCell(row)];
    if (line !== row && out === undefined) out = (raw as Cell[][]).slice(0, r);
    if (out !== undefined) out.push(line);
  }
  return out ?? (raw as Cell[][]);
}

/** The row itself when every cell is already a core cell (the common case: no copy), else a converted copy. */
function cleanRow(row: unknown[]): Cell[] {
  const n = row.length;
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if (v !== null && typeof v === "object") return row.map(toCell);
    if (v === undefined) return row.map(toCell);
  }
  return row as Cell[];
}

/** What `invoke` returns to Excel: values and `CustomFunctions.Error` objects. */
export type ExcelMatrix = (number | string | boolean | CustomFunctions.Error)[][];

function toExcelError(kind: ExcelErrorKind, message: string | undefined): CustomFunctions.Error {
  const code = kind as unknown as CustomFunctions.ErrorCode;
  return message === undefined ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, message);
}

/**
 * One output cell as Excel wants it.
 *
 * @example
 * toExcelCell(3, "en"); // 3
 */
export function toExcelCell(value: OutCell, lang: Lang): number | string | boolean | CustomFunctions.Error {
  if (typeof value !== "object") return value;
  if (isIssue(value)) return toExcelError(issueKind(value), formatIssue(value, lang));
  const passed: SheetError = value;
  return toExcelError(passed.sheetError, passed.message);
}

function messageLang(spec: AnyFunctionSpec, grids: readonly (Grid | undefined)[]): Lang {
  const at = spec.params.findIndex((p) => p.name === "lang");
  const cell = at >= 0 ? grids[at]?.[0]?.[0] : undefined;
  return typeof cell === "string" ? (toLang(cell) ?? "en") : "en";
}

/**
 * Runs a declared function on Excel's raw arguments. The tuple type of `args` is derived from
 * the declaration, so a wrapper with too few or too many arguments does not compile.
 *
 * @example
 * invoke(SATISFACTION, [[4], [2]], [[3]]); // [[1], [-1]]
 */
export function invoke<P extends readonly ParamSpec[]>(spec: FunctionSpec<P>, ...args: RawArgs<P>): ExcelMatrix {
  const erased = spec as unknown as AnyFunctionSpec;
  const grids = (args as readonly unknown[]).map(toGrid);
  for (let i = 0; i < erased.params.length; i++) {
    if (grids[i] === undefined && erased.params[i]?.optional !== true) grids[i] = [[null]];
  }
  const lang = messageLang(erased, grids);
  let result: OutGrid;
  try {
    result = erased.compute(...grids);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [[toExcelError("#VALUE!", `KAM.${erased.id}: internal error: ${message}`)]];
  }
  if (result.length === 0 || result[0]?.length === 0) return [[toExcelError("#N/A", undefined)]];
  for (const row of result) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as OutCell;
      if (typeof v === "object") row[c] = toExcelCell(v, lang) as unknown as OutCell;
    }
  }
  return result as unknown as ExcelMatrix;
}
