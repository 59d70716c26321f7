import type { ExcelErrorKind } from "../cells";

/**
 * Every issue a KAM function can raise, with the Excel error it shows as. The messages live in
 * one table per language (`messages.en.ts`, `messages.nl.ts`); the compiler rejects a table
 * that misses a code.
 *
 * @example
 * ISSUE_KINDS.blank; // "#N/A"
 */
export const ISSUE_KINDS = {
  blank: "#N/A",
  empty_range: "#N/A",
  shape_mismatch: "#N/A",
  not_a_number: "#VALUE!",
  not_a_boolean: "#VALUE!",
  not_text: "#VALUE!",
  unknown_option: "#VALUE!",
  unknown_label: "#VALUE!",
  not_a_list: "#VALUE!",
  not_single: "#VALUE!",
  length_mismatch: "#VALUE!",
  not_finite: "#NUM!",
  negative: "#NUM!",
  not_positive: "#NUM!",
  all_zero: "#NUM!",
  cut_order: "#NUM!",
  out_of_range: "#NUM!",
  not_whole: "#NUM!",
  too_few: "#NUM!",
  non_positive_total: "#NUM!",
  diverges: "#NUM!",
  overflow: "#NUM!",
  division_by_zero: "#DIV/0!",
} as const satisfies Record<string, ExcelErrorKind>;

/** The code of an issue. */
export type IssueCode = keyof typeof ISSUE_KINDS;
