/**
 * Which errors a custom function may hand back to Excel, as data (issue 12). Microsoft's
 * `CustomFunctions.ErrorCode` has seven codes; `#NAME?` and `#REF!` are "supported as a custom
 * function input error, but not as a custom function output error", and only `#VALUE!` and `#N/A`
 * show a custom message. So:
 * - an issue (it names its cell) is `#VALUE!` or `#N/A` with its message (see `ISSUE_KINDS`);
 * - an error from the sheet passes through when Excel can return its code (`#DIV/0!` stays
 *   `#DIV/0!`), without a message on a code that cannot show one;
 * - any other error from the sheet (`#REF!`, `#NAME?`, `#SPILL!`, `#CALC!`, `#BUSY!`, `#FIELD!`…)
 *   becomes `#VALUE!` with a message that names the cell and the error it held.
 *
 * @module
 */
import type { SheetError } from "../cells";
import type { Lang } from "../lang";
import { formatIssue, issue, isIssue, issueKind, type Issue } from "./index";
import type { MessageErrorKind } from "./codes";

/**
 * The error codes a custom function may return: `CustomFunctions.ErrorCode` without the input-only
 * `#NAME?` and `#REF!`.
 *
 * @example
 * RETURNABLE_ERROR_KINDS.includes("#SPILL!"); // false
 */
export const RETURNABLE_ERROR_KINDS = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"] as const;

/** An error code a custom function may return. */
export type ReturnableErrorKind = (typeof RETURNABLE_ERROR_KINDS)[number];

/** An error as Excel will take it back: a returnable code, and a message only on `#VALUE!`/`#N/A`. */
export interface ExcelError {
  readonly code: ReturnableErrorKind;
  readonly message?: string;
}

/**
 * True when a custom function may return this error code.
 *
 * @example
 * isReturnableError("#DIV/0!"); // true
 * isReturnableError("#REF!"); // false
 */
export function isReturnableError(code: string): code is ReturnableErrorKind {
  return (RETURNABLE_ERROR_KINDS as readonly string[]).includes(code);
}

/**
 * True when Excel shows a custom message with this error code.
 *
 * @example
 * carriesMessage("#N/A"); // true
 * carriesMessage("#NUM!"); // false
 */
export function carriesMessage(code: string): code is MessageErrorKind {
  return code === "#VALUE!" || code === "#N/A";
}

/**
 * An error cell as a function receives it, as the sheet error that passes through: a returnable code
 * stays (its message only where Excel can show one); any other code becomes `#VALUE!` with a message
 * that names the cell (`path`: argument, row, column) and the error it held.
 *
 * @example
 * inputError("#DIV/0!", undefined, ["profits", 3], "en"); // { sheetError: "#DIV/0!" }
 * inputError("#SPILL!", undefined, ["profits", 3], "en");
 * // { sheetError: "#VALUE!", message: "profits, row 3: the cell holds #SPILL!, which a custom function cannot return." }
 */
export function inputError(
  code: string,
  message: string | undefined,
  path: readonly (string | number)[],
  lang: Lang,
): SheetError {
  if (!isReturnableError(code)) {
    return { sheetError: "#VALUE!", message: formatIssue(issue("unsupported_error", path, { code }), lang) };
  }
  return message !== undefined && carriesMessage(code) ? { sheetError: code, message } : { sheetError: code };
}

/**
 * An error cell of a result as Excel will take it back: an issue as its kind with its message; a
 * sheet error as its code (`#VALUE!` for one Excel cannot return), its message dropped where Excel
 * cannot show it.
 *
 * @example
 * outputError(issue("negative", ["weights", 1, 2], { value: -1 }), "en");
 * // { code: "#VALUE!", message: "weights, row 1, column 2: must not be negative (got -1)." }
 * outputError({ sheetError: "#NUM!", message: "lost" }, "en"); // { code: "#NUM!" }
 */
export function outputError(cell: Issue | SheetError, lang: Lang): ExcelError {
  if (isIssue(cell)) return { code: issueKind(cell), message: formatIssue(cell, lang) };
  const code = isReturnableError(cell.sheetError) ? cell.sheetError : "#VALUE!";
  return cell.message !== undefined && carriesMessage(code) ? { code, message: cell.message } : { code };
}
