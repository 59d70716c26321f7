import type { ExcelErrorKind } from "../cells";

/**
 * The Excel errors a custom function's message can be shown on: Excel shows a custom message only
 * with `#VALUE!` and `#N/A` (Microsoft, "Handle and return errors from your custom function").
 *
 * @example
 * MESSAGE_ERROR_KINDS.includes("#NUM!"); // false
 */
export const MESSAGE_ERROR_KINDS = ["#VALUE!", "#N/A"] as const satisfies readonly ExcelErrorKind[];

/** An Excel error that can carry a message. */
export type MessageErrorKind = (typeof MESSAGE_ERROR_KINDS)[number];

/**
 * Every issue a KAM function can raise, with the Excel error it shows as. An issue names the cell it
 * is about (argument, row, column) in its message, so it is `#N/A` (a value is missing) or `#VALUE!`
 * (a value is wrong, impossible or out of range, or the result cannot be computed from it): the only
 * codes on which Excel shows the message. The compiler rejects any other code here. The messages
 * live in one table per language (`messages.en.ts`, `messages.nl.ts`); the compiler rejects a table
 * that misses a code.
 *
 * @example
 * ISSUE_KINDS.blank; // "#N/A"
 * ISSUE_KINDS.negative; // "#VALUE!"
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
  not_finite: "#VALUE!",
  negative: "#VALUE!",
  not_positive: "#VALUE!",
  all_zero: "#VALUE!",
  cut_order: "#VALUE!",
  out_of_range: "#VALUE!",
  not_whole: "#VALUE!",
  too_few: "#VALUE!",
  non_positive_total: "#VALUE!",
  diverges: "#VALUE!",
  overflow: "#VALUE!",
  division_by_zero: "#VALUE!",
  revenue_not_positive: "#N/A",
  unsupported_error: "#VALUE!",
  bad_scale: "#VALUE!",
  out_of_scale: "#VALUE!",
  no_break_even: "#N/A",
  no_margin: "#N/A",
  not_square: "#VALUE!",
  too_many_criteria: "#VALUE!",
  diagonal_not_one: "#VALUE!",
  not_reciprocal: "#VALUE!",
  no_tipping_weight: "#N/A",
  spread_out_of_range: "#VALUE!",
  no_current_weight: "#VALUE!",
  no_future_weight: "#VALUE!",
  too_few_answers: "#N/A",
  too_many_values: "#VALUE!",
} as const satisfies Record<string, MessageErrorKind>;

/** The code of an issue. */
export type IssueCode = keyof typeof ISSUE_KINDS;
