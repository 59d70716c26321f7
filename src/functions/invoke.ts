/**
 * The one bridge between Excel's custom-function calls and the pure catalog: coerce the raw
 * arguments into grids, run the declared `compute`, and turn issues into `CustomFunctions.Error`
 * values with a message. Only errors Excel can return come back, with a message only on `#VALUE!`
 * and `#N/A` (the rule of `src/core/issues/excel.ts`). Nothing here throws.
 *
 * @module
 */
import type { Grid, OutCell, OutGrid, Cell } from "../core/cells";
import type { FunctionSpec, ParamSpec, RawArgs, AnyFunctionSpec } from "../core/catalog/define";
import { inputError, outputError, type ExcelError } from "../core/issues/excel";
import { toLang, type Lang } from "../core/lang";

/** Where an argument's cells are, for the message of an error cell Excel cannot return. */
export interface ArgContext {
  /** The parameter's name, as messages name it. */
  readonly name: string;
  /** The language of the messages. */
  readonly lang: Lang;
}

/** The path of cell (r, c) of a rows × cols argument, as issues name cells: no row for one cell, no column for a column. */
function cellPath(at: ArgContext | undefined, rows: number, cols: number, r: number, c: number): (string | number)[] {
  if (at === undefined) return [];
  if (cols > 1) return [at.name, r + 1, c + 1];
  return rows > 1 ? [at.name, r + 1] : [at.name];
}

/**
 * One raw cell as Excel passes it, as a core cell. A `CustomFunctions.Error` (or any object
 * with an Excel error `code`) becomes a sheet error: its own code when a function may return it,
 * else `#VALUE!` with a message naming the cell (`path`, in `lang`); `undefined` becomes a blank.
 *
 * @example
 * toCell({ code: "#DIV/0!" }); // { sheetError: "#DIV/0!" }
 * toCell({ code: "#SPILL!" }, ["profits", 3]);
 * // { sheetError: "#VALUE!", message: "profits, row 3: the cell holds #SPILL!, which a custom function cannot return." }
 */
export function toCell(raw: unknown, path: readonly (string | number)[] = [], lang: Lang = "en"): Cell {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "object" && "code" in raw) {
    const message = (raw as { message?: unknown }).message;
    return inputError(
      String((raw as { code: unknown }).code),
      typeof message === "string" ? message : undefined,
      path,
      lang,
    );
  }
  return String(raw);
}

/**
 * An argument as a grid. An omitted optional argument (Excel passes `null`) is `undefined`;
 * a single value is a 1×1 grid. `at` names the argument in the message of an error cell that
 * Excel cannot get back (see `toCell`).
 *
 * @example
 * toGrid(null); // undefined
 * toGrid(5); // [[5]]
 * toGrid([[1, null]]); // [[1, null]]
 * toGrid([[1], [{ code: "#CALC!" }]], { name: "profits", lang: "en" })?.[1]?.[0];
 * // { sheetError: "#VALUE!", message: "profits, row 2: the cell holds #CALC!, which a custom function cannot return." }
 */
export function toGrid(raw: unknown, at?: ArgContext): Grid | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) return [[toCell(raw, cellPath(at, 1, 1, 0, 0), at?.lang)]];
  const rows = raw.length;
  let out: Cell[][] | undefined;
  for (let r = 0; r < rows; r++) {
    const row: unknown = raw[r];
    const line = Array.isArray(row) ? cleanRow(row, at, rows, r) : [toCell(row, cellPath(at, rows, 1, r, 0), at?.lang)];
    if (line !== row && out === undefined) out = (raw as Cell[][]).slice(0, r);
    if (out !== undefined) out.push(line);
  }
  return out ?? (raw as Cell[][]);
}

/** The row itself when every cell is already a core cell (the common case: no copy), else a converted copy. */
function cleanRow(row: unknown[], at: ArgContext | undefined, rows: number, r: number): Cell[] {
  const n = row.length;
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if ((v !== null && typeof v === "object") || v === undefined) {
      return row.map((cell, k) => toCell(cell, cellPath(at, rows, n, r, k), at?.lang));
    }
  }
  return row as Cell[];
}

/** What `invoke` returns to Excel: values and `CustomFunctions.Error` objects. */
export type ExcelMatrix = (number | string | boolean | CustomFunctions.Error)[][];

function toExcelError({ code, message }: ExcelError): CustomFunctions.Error {
  const excel = code as unknown as CustomFunctions.ErrorCode;
  return message === undefined ? new CustomFunctions.Error(excel) : new CustomFunctions.Error(excel, message);
}

/**
 * One output cell as Excel wants it: an error only with a code Excel can return, and a message
 * only on `#VALUE!` and `#N/A`.
 *
 * @example
 * toExcelCell(3, "en"); // 3
 * toExcelCell({ sheetError: "#DIV/0!" }, "en"); // new CustomFunctions.Error("#DIV/0!")
 */
export function toExcelCell(value: OutCell, lang: Lang): number | string | boolean | CustomFunctions.Error {
  if (typeof value !== "object") return value;
  return toExcelError(outputError(value, lang));
}

/** The language of the messages: the function's `lang` argument, English without one. */
function messageLang(spec: AnyFunctionSpec, args: readonly unknown[]): Lang {
  const at = spec.params.findIndex((p) => p.name === "lang");
  const cell = at >= 0 ? toGrid(args[at])?.[0]?.[0] : undefined;
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
  const lang = messageLang(erased, args);
  const grids = (args as readonly unknown[]).map((a, i) => toGrid(a, { name: erased.params[i]?.name ?? "", lang }));
  for (let i = 0; i < erased.params.length; i++) {
    if (grids[i] === undefined && erased.params[i]?.optional !== true) grids[i] = [[null]];
  }
  let result: OutGrid;
  try {
    result = erased.compute(...grids);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [[toExcelError({ code: "#VALUE!", message: `KAM.${erased.id}: internal error: ${message}` })]];
  }
  if (result.length === 0 || result[0]?.length === 0) return [[toExcelError({ code: "#N/A" })]];
  for (const row of result) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as OutCell;
      if (typeof v === "object") row[c] = toExcelCell(v, lang) as unknown as OutCell;
    }
  }
  return result as unknown as ExcelMatrix;
}
