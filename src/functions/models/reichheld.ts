/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { BREAKEVENVOLUME, CLV, PRICEEFFECT } from "../../core/reichheld";
import { invoke } from "../invoke";

/**
 * Price insensitivity (Reichheld): the profit change from a price change with volume and costs unchanged, price change divided by net margin.
 * @customfunction PRICEEFFECT
 * @helpurl https://localhost:3000/help/functions.html#kam-priceeffect
 * @param priceChange Price change as a fraction (0.02 = 2 %).
 * @param netMargin Current net margin as a fraction of revenue (0.04 = 4 %). Zero gives #VALUE! (division by zero).
 * @returns The profit change as a fraction (0.5 = 50 %), spilled in the shape of the inputs.
 */
export function priceeffect(priceChange: any[][], netMargin: any[][]): any[][] {
  return invoke(PRICEEFFECT, priceChange, netMargin);
}

/**
 * Break-even volume change after a price change: -priceChange / (margin + priceChange).
 * @customfunction BREAKEVENVOLUME
 * @helpurl https://localhost:3000/help/functions.html#kam-breakevenvolume
 * @param priceChange Price change as a fraction (-0.05 = 5 % cut).
 * @param margin Contribution margin as a fraction of price (0.3 = 30 %). Zero or below gives #N/A: without a margin there is no profit to keep.
 * @returns The volume change that keeps profit equal, as a fraction; #N/A when margin + priceChange is zero or below (no volume restores the profit).
 */
export function breakevenvolume(priceChange: any[][], margin: any[][]): any[][] {
  return invoke(BREAKEVENVOLUME, priceChange, margin);
}

/**
 * Customer lifetime value: the sum over the years of margin × (1 + growth)^(t-1) × retention^(t-1) / (1 + discountRate)^t, minus the acquisition cost.
 * @customfunction CLV
 * @helpurl https://localhost:3000/help/functions.html#kam-clv
 * @param margin Margin per customer per year, money.
 * @param retention Retention rate per year as a fraction (0.9 = 90 %).
 * @param discountRate Discount rate per year as a fraction (0.1 = 10 %).
 * @param [years] Horizon in whole years. Default: open horizon, margin / (1 + discountRate - retention × (1 + growth)); #VALUE! when retention × (1 + growth) ≥ 1 + discountRate.
 * @param [acquisitionCost] Cost of winning the customer, money. Default 0.
 * @param [growth] Yearly growth of the margin as a fraction (0.2 = 20 %, very satisfied customers). Default 0; -1 or less gives #VALUE!.
 * @returns The lifetime value per customer, money.
 */
export function clv(
  margin: any[][],
  retention: any[][],
  discountRate: any[][],
  years?: any[][],
  acquisitionCost?: any[][],
  growth?: any[][],
): any[][] {
  return invoke(CLV, margin, retention, discountRate, years, acquisitionCost, growth);
}
