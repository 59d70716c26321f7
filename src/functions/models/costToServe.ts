/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as a range argument */
import { ACTIVITYRATE, COSTTOSERVE, CUSTOMERPROFIT, PROFITQUADRANT } from "../../core/costToServe";
import { invoke } from "../invoke";

/**
 * Activity-based costing rate: cost pool divided by driver volume, cell by cell. With resource cost and practical capacity in minutes it is the capacity cost rate of time-driven ABC.
 * @customfunction ACTIVITYRATE
 * @helpurl https://localhost:3000/help/functions.html#kam-activityrate
 * @param costPools Cost of each activity pool (money per period), a cell or a range.
 * @param driverVolumes Driver volume of each pool in the same period (orders, minutes…). Zero gives #VALUE! (division by zero).
 * @returns The rate per driver unit, spilled in the shape of the inputs.
 */
export function activityrate(costPools: any[][], driverVolumes: any[][]): any[][] {
  return invoke(ACTIVITYRATE, costPools, driverVolumes);
}

/**
 * Cost-to-serve per customer: the sum of driver quantity times rate over the activities. A blank driver quantity is missing: that row gives #N/A.
 * @customfunction COSTTOSERVE
 * @helpurl https://localhost:3000/help/functions.html#kam-costtoserve
 * @param drivers Driver quantities, one row per customer and one column per activity.
 * @param rates One rate per activity (money per driver unit), a single row or column as long as drivers is wide.
 * @returns One cost-to-serve per customer, spilled as a column.
 */
export function costtoserve(drivers: any[][], rates: any[][]): any[][] {
  return invoke(COSTTOSERVE, drivers, rates);
}

/**
 * Customer profit: net revenue minus cost of goods minus cost-to-serve.
 * @customfunction CUSTOMERPROFIT
 * @helpurl https://localhost:3000/help/functions.html#kam-customerprofit
 * @param netRevenue Net revenue per customer (after discounts), money.
 * @param costOfGoods Cost of goods sold per customer, money.
 * @param costToServe Cost-to-serve per customer, money (for example from KAM.COSTTOSERVE).
 * @returns The profit per customer, spilled in the shape of the inputs.
 */
export function customerprofit(netRevenue: any[][], costOfGoods: any[][], costToServe: any[][]): any[][] {
  return invoke(CUSTOMERPROFIT, netRevenue, costOfGoods, costToServe);
}

/**
 * Margin × cost-to-serve quadrant (Shapiro et al.): Carriage trade, Passive, Aggressive or Bargain basement.
 * @customfunction PROFITQUADRANT
 * @helpurl https://localhost:3000/help/functions.html#kam-profitquadrant
 * @param margin Margin (net price) per customer, as a fraction or an amount.
 * @param costToServe Cost-to-serve per customer, same rows as margin.
 * @param [marginCut] Lowest "high" margin. Default: the median of margin.
 * @param [costCut] Lowest "high" cost-to-serve. Default: the median of costToServe.
 * @param [lang] Label language: "en" (default) or "nl".
 * @param [revenue] Net revenue per customer, same rows as margin. When given, a revenue of zero or below gives #N/A in its row (no percentage exists) and is left out of the medians.
 * @returns The quadrant per customer, spilled in the shape of the inputs.
 */
export function profitquadrant(
  margin: any[][],
  costToServe: any[][],
  marginCut?: any[][],
  costCut?: any[][],
  lang?: any[][],
  revenue?: any[][],
): any[][] {
  return invoke(PROFITQUADRANT, margin, costToServe, marginCut, costCut, lang, revenue);
}
