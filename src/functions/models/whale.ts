/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { PARETOSHARE, WHALECURVE, WHALESTATS } from "../../core/whale";
import { invoke } from "../invoke";

/**
 * Whale curve: customers sorted by profit, most profitable first (ties in input order), with the cumulative share of customers and of total profit.
 * @customfunction WHALECURVE
 * @helpurl https://localhost:3000/help/functions.html#kam-whalecurve
 * @param profits Profit per customer, one row or one column of numbers. A total of zero or less gives #VALUE!.
 * @returns Two columns, one row per customer: cumulative share of customers and cumulative share of total profit.
 */
export function whalecurve(profits: any[][]): any[][] {
  return invoke(WHALECURVE, profits);
}

/**
 * Whale curve figures: total profit, peak share, customers up to the peak (count and share), loss customers, total loss and top-20 % share.
 * @customfunction WHALESTATS
 * @helpurl https://localhost:3000/help/functions.html#kam-whalestats
 * @param profits Profit per customer, one row or one column of numbers.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns Seven rows of label and value.
 */
export function whalestats(profits: any[][], lang?: any[][]): any[][] {
  return invoke(WHALESTATS, profits, lang);
}

/**
 * Pareto share: the share of the total held by the top fraction of customers (top k = ceil(fraction × n)).
 * @customfunction PARETOSHARE
 * @helpurl https://localhost:3000/help/functions.html#kam-paretoshare
 * @param values Value per customer (profit, revenue, complaints), one row or one column.
 * @param topFraction Fraction of customers from the top, 0 to 1 (0.2 = 20 %); a range gives one share per fraction.
 * @returns The share of the total, a fraction, per topFraction.
 */
export function paretoshare(values: any[][], topFraction: any[][]): any[][] {
  return invoke(PARETOSHARE, values, topFraction);
}
