/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { RANK, RANKALL, SORTBY, SORTROWS } from "../../core/rank";
import { invoke } from "../invoke";

/**
 * The rank of every value in a range at once, as RANK.EQ: the largest is 1, ties share the best rank.
 * @customfunction RANKALL
 * @helpurl https://localhost:3000/help/functions.html#kam-rankall
 * @param values The values to rank (a column, a row or a table). A blank gives #N/A, text #VALUE!.
 * @param [order] 0 (default): the largest is 1; any other number: the smallest is 1.
 * @param [ties] "shared" (default): equal values share the best rank; "first": in input order, ranks 1…n.
 * @returns The rank per value, spilled in the shape of the range.
 */
export function rankall(values: any[][], order?: any[][], ties?: any[][]): any[][] {
  return invoke(RANKALL, values, order, ties);
}

/**
 * The rows of a range sorted by a key column, largest key first, stable (rows with equal keys keep their order).
 * @customfunction SORTROWS
 * @helpurl https://localhost:3000/help/functions.html#kam-sortrows
 * @param array The rows to sort (one or more columns).
 * @param by The key per row: one column as long as the array. Rows without a number as key come last.
 * @param [order] 0 (default): largest key first; any other number: smallest first.
 * @returns The rows in sorted order, spilled in the shape of the array.
 */
export function sortrows(array: any[][], by: any[][], order?: any[][]): any[][] {
  return invoke(SORTROWS, array, by, order);
}

/**
 * Deprecated: use KAM.RANKALL, which computes the same. Kept so that saved workbooks keep working.
 * @customfunction RANK
 * @helpurl https://localhost:3000/help/functions.html#kam-rank
 * @param values The values to rank (a column, a row or a table). A blank gives #N/A, text #VALUE!.
 * @param [order] 0 (default): the largest is 1; any other number: the smallest is 1.
 * @param [ties] "shared" (default): equal values share the best rank; "first": in input order, ranks 1…n.
 * @returns The rank per value, spilled in the shape of the range.
 */
export function rank(values: any[][], order?: any[][], ties?: any[][]): any[][] {
  return invoke(RANK, values, order, ties);
}

/**
 * Deprecated: use KAM.SORTROWS, which computes the same. Kept so that saved workbooks keep working.
 * @customfunction SORTBY
 * @helpurl https://localhost:3000/help/functions.html#kam-sortby
 * @param array The rows to sort (one or more columns).
 * @param by The key per row: one column as long as the array. Rows without a number as key come last.
 * @param [order] 0 (default): largest key first; any other number: smallest first.
 * @returns The rows in sorted order, spilled in the shape of the array.
 */
export function sortby(array: any[][], by: any[][], order?: any[][]): any[][] {
  return invoke(SORTBY, array, by, order);
}
