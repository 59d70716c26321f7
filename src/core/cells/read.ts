/**
 * Readers that turn one input cell into a typed value or a failure (an issue raised here, or a
 * sheet error passed through). Every reader takes the path of the cell for its message.
 *
 * @module
 */
import { issue, type Issue } from "../issues";
import { toLang, type Lang } from "../lang";
import { isBlank, isSheetError, type Cell, type Grid, type SheetError } from "./index";

/** Why a cell could not be read: an issue raised here, or an error from the sheet. */
export type Fail = Issue | SheetError;

/** Where a cell is: argument name, then 1-based row and column. */
export type Path = readonly (string | number)[];

/**
 * True when a reader's result is a failure. Values are primitives, failures are objects.
 *
 * @example
 * isFail(readNumber(3, ["x", 1])); // false
 */
export function isFail(value: unknown): value is Fail {
  return typeof value === "object" && value !== null;
}

/**
 * A required number. Blank gives `blank` (#N/A), text or a boolean `not_a_number` (#VALUE!),
 * NaN or ±Infinity `not_finite` (#VALUE!).
 *
 * @example
 * readNumber(4.5, ["current", 1]); // 4.5
 * readNumber("abc", ["current", 2]).code; // "not_a_number"
 */
export function readNumber(cell: Cell | undefined, path: Path): number | Fail {
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? cell : issue("not_finite", path, { value: String(cell) });
  }
  if (isBlank(cell)) return issue("blank", path);
  if (isSheetError(cell)) return cell;
  return issue("not_a_number", path, { value: String(cell) });
}

/**
 * An optional number: blank or omitted gives the default.
 *
 * @example
 * readOptionalNumber(null, 3, ["currentCut", 1]); // 3
 */
export function readOptionalNumber(cell: Cell | undefined, fallback: number, path: Path): number | Fail {
  return isBlank(cell) ? fallback : readNumber(cell, path);
}

const YES = new Set(["yes", "ja", "true", "waar", "y", "j", "1"]);
const NO = new Set(["no", "nee", "false", "onwaar", "n", "0"]);

/**
 * A yes/no judgement: TRUE/FALSE, 1/0, yes/no, ja/nee in any case.
 *
 * @example
 * readBoolean("Ja", ["strategic", 1]); // true
 * readBoolean(0, ["strategic", 2]); // false
 */
export function readBoolean(cell: Cell | undefined, path: Path): boolean | Fail {
  if (typeof cell === "boolean") return cell;
  if (isBlank(cell)) return issue("blank", path);
  if (isSheetError(cell)) return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  const text = String(cell).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return issue("not_a_boolean", path, { value: String(cell) });
}

/**
 * The `lang` argument: blank or omitted is English.
 *
 * @example
 * readLang("nl", ["lang", 1]); // "nl"
 * readLang(undefined, ["lang", 1]); // "en"
 */
export function readLang(cell: Cell | undefined, path: Path): Lang | Fail {
  if (isBlank(cell)) return "en";
  if (isSheetError(cell)) return cell;
  const lang = typeof cell === "string" ? toLang(cell) : undefined;
  return lang ?? issue("unknown_option", path, { value: String(cell), allowed: "en, nl" });
}

/**
 * One of a fixed set of words (case-insensitive); blank or omitted gives the default.
 *
 * @example
 * readOption("Percentile", ["minmax", "percentile", "bands"], "minmax", ["method", 1]); // "percentile"
 */
export function readOption<T extends string>(
  cell: Cell | undefined,
  allowed: readonly T[],
  fallback: T,
  path: Path,
): T | Fail {
  if (isBlank(cell)) return fallback;
  if (isSheetError(cell)) return cell;
  const text = String(cell).trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === text);
  return found ?? issue("unknown_option", path, { value: String(cell), allowed: allowed.join(", ") });
}

/**
 * The one cell of a `single` parameter. An omitted argument gives `undefined`, a 1×1 range its
 * cell (the empty string as a blank), and a larger range the issue `not_single`.
 *
 * @example
 * readSingle([["bands"]], "method"); // "bands"
 * readSingle(undefined, "method"); // undefined
 * readSingle([[1, 2]], "method").code; // "not_single"
 */
export function readSingle(grid: Grid | undefined, name: string): Cell | undefined | Fail {
  if (grid === undefined) return undefined;
  if (grid.length !== 1 || (grid[0]?.length ?? 0) !== 1) return issue("not_single", [name, 1]);
  const cell = grid[0]?.[0];
  return cell === "" || cell === undefined ? null : cell;
}
