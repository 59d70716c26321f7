/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { ABC, CLASSIFY } from "../../core/classification";
import { invoke } from "../invoke";

/**
 * Customer class: Loss customer, Key account, Future key account, Large customer or Small customer.
 * @customfunction CLASSIFY
 * @helpurl https://localhost:3000/help/functions.html#kam-classify
 * @param current Current value per customer (significance and profitability), on the 1–5 scale unless scale says otherwise.
 * @param future Future value per customer (strategic importance and relational synergy), on the 1–5 scale unless scale says otherwise.
 * @param [profit] Profit after cost-to-serve per customer (currency); below zero makes a loss customer. Blank: not given.
 * @param [currentCut] Lowest "high" current value. Default 3.
 * @param [futureCut] Lowest "high" future value. Default 3.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [scale] Scale of the scores: text "min-max" such as "0-10" or "1-7" (type '1-7 so Excel keeps it as text), or two cells holding min and max. Default 1–5; the default cuts move onto it.
 * @returns The class per customer, spilled in the shape of the inputs.
 */
export function classify(
  current: any[][],
  future: any[][],
  profit?: any[][],
  currentCut?: any[][],
  futureCut?: any[][],
  lang?: any[][],
  scale?: any[][],
): any[][] {
  return invoke(CLASSIFY, current, future, profit, currentCut, futureCut, lang, scale);
}

/**
 * ABC (Pareto) tier per customer: A, B or C, from the share of the total value held by the customers ranked above it.
 * @customfunction ABC
 * @helpurl https://localhost:3000/help/functions.html#kam-abc
 * @param values Value per customer (revenue or profit, currency), a column or a row.
 * @param [cutA] A while the value share of the customers ranked above is below this. Default 0.8 (80 %).
 * @param [cutB] B while that value share is below this. Default 0.95 (95 %).
 * @returns The tier "A", "B" or "C" per customer, spilled in the shape of values.
 */
export function abc(values: any[][], cutA?: any[][], cutB?: any[][]): any[][] {
  return invoke(ABC, values, cutA, cutB);
}
