/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { ABC, CLASSIFY } from "../../core/classification";
import { invoke } from "../invoke";

/**
 * Customer class: Loss customer, Key account, Future key account, Large customer or Small customer.
 * @customfunction CLASSIFY
 * @helpurl https://localhost:3000/help/functions.html#kam-classify
 * @param current Current value per customer (significance and profitability), on the 1–5 scale.
 * @param future Future value per customer (strategic importance and relational synergy), on the 1–5 scale.
 * @param [profit] Profit after cost-to-serve per customer (currency); below zero makes a loss customer. Blank: not given.
 * @param [currentCut] Lowest "high" current value. Default 3.
 * @param [futureCut] Lowest "high" future value. Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @returns The class per customer, spilled in the shape of the inputs.
 */
export function classify(
  current: any[][],
  future: any[][],
  profit?: any[][],
  currentCut?: any[][],
  futureCut?: any[][],
  lang?: any[][],
): any[][] {
  return invoke(CLASSIFY, current, future, profit, currentCut, futureCut, lang);
}

/**
 * ABC (Pareto) tier per customer: the share of the total value held by the customers ranked above it.
 * @customfunction ABC
 * @helpurl https://localhost:3000/help/functions.html#kam-abc
 * @param values Value per customer (revenue or profit, currency), a column or a row.
 * @param [cutA] A while the value share of the customers ranked above is below this. Default 0.8 (80 %).
 * @param [cutB] B while that value share is below this. Default 0.95 (95 %).
 * @returns "A", "B" or "C" per customer, spilled in the shape of values.
 */
export function abc(values: any[][], cutA?: any[][], cutB?: any[][]): any[][] {
  return invoke(ABC, values, cutA, cutB);
}
