/**
 * Typed issues: errors as data, with a code, a path (argument name, then 1-based row and
 * column) and message parameters. Messages are looked up per language, apart from the code.
 *
 * @module
 */
import type { Lang } from "../lang";
import { ISSUE_KINDS, type IssueCode, type MessageErrorKind } from "./codes";
import { MESSAGES_EN } from "./messages.en";
import { MESSAGES_NL } from "./messages.nl";

export { ISSUE_KINDS, MESSAGE_ERROR_KINDS, type IssueCode, type MessageErrorKind } from "./codes";

/** A parameter value of a message. */
export type IssueParam = string | number;

/**
 * One problem with one input, as data.
 *
 * @example
 * const i: Issue = { code: "not_a_number", path: ["weights", 1, 3], params: { value: "abc" } };
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, IssueParam>>;
}

/** A message table: one function per code. */
export type MessageTable = { readonly [C in IssueCode]: (p: Readonly<Record<string, IssueParam>>) => string };

/**
 * Makes an issue.
 *
 * @example
 * issue("blank", ["current", 4]); // { code: "blank", path: ["current", 4], params: {} }
 */
export function issue(
  code: IssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, IssueParam>> = {},
): Issue {
  return { code, path, params };
}

/**
 * True when the value is an issue.
 *
 * @example
 * isIssue(issue("blank", [])); // true
 */
export function isIssue(value: unknown): value is Issue {
  return typeof value === "object" && value !== null && "code" in value && "path" in value;
}

/**
 * The Excel error an issue shows as: `#VALUE!` or `#N/A`, the codes that carry its message.
 *
 * @example
 * issueKind(issue("cut_order", ["cutA"])); // "#VALUE!"
 */
export function issueKind(i: Issue): MessageErrorKind {
  return ISSUE_KINDS[i.code];
}

const TABLES: Readonly<Record<Lang, MessageTable>> = { en: MESSAGES_EN, nl: MESSAGES_NL };
const WHERE: Readonly<Record<Lang, { row: string; col: string }>> = {
  en: { row: "row", col: "column" },
  nl: { row: "rij", col: "kolom" },
};

/**
 * The message of an issue in a language, prefixed with where it happened.
 *
 * @example
 * formatIssue(issue("blank", ["current", 4]), "en"); // "current, row 4: a value is required here but the cell is blank."
 */
export function formatIssue(i: Issue, lang: Lang = "en"): string {
  const [arg, row, col] = i.path;
  const w = WHERE[lang];
  const parts: string[] = [];
  if (arg !== undefined) parts.push(String(arg));
  if (typeof row === "number") parts.push(`${w.row} ${row}`);
  if (typeof col === "number") parts.push(`${w.col} ${col}`);
  const body = TABLES[lang][i.code](i.params);
  return parts.length > 0 ? `${parts.join(", ")}: ${body}` : body;
}
