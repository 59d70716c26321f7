import type { MessageTable } from "./index";

/** English messages, one per issue code. */
export const MESSAGES_EN: MessageTable = {
  blank: () => "a value is required here but the cell is blank.",
  empty_range: () => "the range holds no values.",
  shape_mismatch: () => "this range is smaller than the others, so there is no value for this position.",
  not_a_number: (p) => `expected a number, got "${p["value"]}".`,
  not_a_boolean: (p) => `expected yes/no (TRUE/FALSE, 1/0, yes/no, ja/nee), got "${p["value"]}".`,
  not_text: (p) => `expected text, got "${p["value"]}".`,
  unknown_option: (p) => `"${p["value"]}" is not one of: ${p["allowed"]}.`,
  unknown_label: (p) => `"${p["value"]}" is not a known label; expected one of: ${p["allowed"]}.`,
  not_a_list: () => "expected a single row or a single column.",
  not_single: () => "expected a single value, not a range.",
  length_mismatch: (p) => `expected ${p["expected"]} values, got ${p["actual"]}.`,
  not_finite: (p) => `"${p["value"]}" is not a finite number.`,
  negative: (p) => `must not be negative (got ${p["value"]}).`,
  not_positive: (p) => `must be greater than zero (got ${p["value"]}).`,
  all_zero: () => "all weights are zero, so no weighted score exists.",
  cut_order: (p) => `${p["low"]} must not be greater than ${p["high"]}.`,
  out_of_range: (p) => `${p["value"]} is outside the allowed range ${p["min"]} to ${p["max"]}.`,
  not_whole: (p) => `expected a whole number, got ${p["value"]}.`,
  too_few_answers: (p) =>
    `only ${p["actual"]} of the ${p["of"]} answers are filled in; at least ${p["min"]} are needed for a verdict.`,
  too_many_values: (p) => `expected at most ${p["max"]} values, got ${p["actual"]}.`,
  too_few: (p) => `needs at least ${p["min"]} values, got ${p["actual"]}.`,
  non_positive_total: (p) => `the total is ${p["total"]}; shares of a total of zero or less are meaningless.`,
  diverges: (p) => `the sum does not converge (${p["reason"]}).`,
  overflow: () => "the result is too large to show as a number.",
  division_by_zero: () => "division by zero.",
  revenue_not_positive: (p) =>
    `the net revenue is ${p["value"]}: at zero or below no margin or cost-to-serve percentage exists, so this customer has no quadrant and is left out of the median cut-offs.`,
  unsupported_error: (p) => `the cell holds ${p["code"]}, which a custom function cannot return.`,
  bad_scale: (p) =>
    `"${p["value"]}" is not a scale: give it as text "min-max", such as "0-10" or "1-7", or as two cells holding min and max (a cell with 1-7 typed in holds a date: type '1-7).`,
  out_of_scale: (p) =>
    `${p["value"]} is outside the scale ${p["min"]}–${p["max"]}; for scores on another scale, give the scale as the last argument, for example "0-10".`,
  no_break_even: (p) =>
    `margin + price change is ${p["sum"]}: at that price every unit sold loses money, so no volume change restores the profit.`,
  no_margin: (p) =>
    `the margin is ${p["value"]}: without a margin there is no profit to keep, so no volume change keeps it.`,
  not_square: (p) =>
    `a pairwise matrix must be square, with as many rows as columns (got ${p["rows"]} × ${p["cols"]}).`,
  too_many_criteria: (p) =>
    `a pairwise matrix compares at most ${p["max"]} criteria (Saaty's random index is listed up to ${p["max"]}), got ${p["actual"]}.`,
  diagonal_not_one: (p) => `a criterion compared with itself must be 1 (got ${p["value"]}).`,
  not_reciprocal: (p) =>
    `must be the reciprocal of its mirror in row ${p["row"]}, column ${p["col"]} (${p["mirror"]}): expected ${p["expected"]}, got ${p["value"]}.`,
  no_tipping_weight: (p) =>
    `no positive weight of criterion ${p["criterion"]} puts the weighted score on the cut-off ${p["cut"]} (the other weights fixed): the customer stays on its side at any weight.`,
  spread_out_of_range: (p) =>
    `the spread must be at least 0 and below 1 (got ${p["value"]}), so that every weight factor 1 − spread stays above zero.`,
  no_current_weight: () => "no criterion with a weight above zero is marked current, so there is no current value.",
  no_future_weight: () => "no criterion with a weight above zero is marked future, so there is no future value.",
};
