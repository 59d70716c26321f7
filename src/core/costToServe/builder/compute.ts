/**
 * The cost-to-serve analysis computed in core (models.md §4), for the pane's preview before anything
 * is written: activity rates (ABC, time-driven ABC, financing), unused capacity, the per-customer
 * P&L, the Shapiro quadrants at the median cut-offs, the whale curve and its figures. The sheet's
 * formulas compute the same numbers; tests check that they agree.
 *
 * @module
 */
import type { Cell } from "../../cells";
import type { SourceTable } from "../../host";
import { columnLetters } from "../../layout";
import { median, profitQuadrant } from "..";
import { whaleCurve, whaleOrder, whaleStats } from "../../whale";
import { headerIndex } from "../../source";
import type { Activity, CostToServeConfig } from "./config";
import type { ProfitQuadrant } from "./labels";
import type { CtsProblem } from "./messages";

/** Number of largest customers in the stacked bar chart. */
export const LARGEST_COUNT = 20;

/** An activity's rate as computed. */
export interface ActivityRate {
  readonly id: string;
  readonly name: string;
  readonly method: Activity["method"];
  /** Total driver volume over all source rows (ABC and time-driven ABC). */
  readonly volume: number | null;
  /** Cost per driver unit; for financing the annual interest rate. */
  readonly rate: number | null;
  /** Minutes used by this activity (time-driven ABC). */
  readonly minutesUsed: number | null;
}

/** A capacity resource with its capacity cost rate and unused capacity (Kaplan & Anderson 2004). */
export interface ResourceUse {
  readonly id: string;
  readonly name: string;
  readonly cost: number;
  readonly capacityMinutes: number;
  readonly capacityCostRate: number;
  readonly minutesUsed: number;
  readonly unusedMinutes: number;
  readonly unusedCost: number;
}

/** One customer's P&L. */
export interface CustomerPnl {
  /** 0-based data row in the source table. */
  readonly sourceRow: number;
  readonly name: string;
  readonly revenue: number;
  readonly costOfGoods: number;
  readonly grossMargin: number;
  /** Cost per activity, in the order of the configuration. */
  readonly activityCosts: readonly number[];
  readonly costToServe: number;
  readonly profit: number;
  readonly marginPct: number;
  readonly costToServePct: number;
  readonly quadrant: ProfitQuadrant;
  /** 1 = most profitable; ties keep the input order. */
  readonly rank: number;
}

/** The whale curve and its figures. */
export interface Whale {
  /** From (0, 0), one point per customer, most profitable first. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly peakShare: number;
  /** Customers up to and including the peak (the first one when the maximum repeats). */
  readonly peakCustomers: number;
  readonly peakCustomerShare: number;
  readonly top20Share: number;
}

/** Everything the preview shows. */
export interface CostToServePreview {
  readonly rates: readonly ActivityRate[];
  readonly resources: readonly ResourceUse[];
  readonly customers: readonly CustomerPnl[];
  readonly cuts: { readonly margin: number; readonly costToServe: number };
  readonly totals: { readonly revenue: number; readonly costToServe: number; readonly profit: number };
  readonly loss: { readonly count: number; readonly total: number };
  /** Indices into `customers` of the 20 largest by net revenue (ties: the more profitable first). */
  readonly largest: readonly number[];
  /** `undefined` when the total profit is zero or below (shares are meaningless). */
  readonly whale: Whale | undefined;
  readonly problems: readonly CtsProblem[];
  /** Column index (in the source table) of every mapped role, for the layout. */
  readonly columns: ResolvedColumns;
}

/** The source-table column index of every mapped column. */
export interface ResolvedColumns {
  readonly customer: number;
  readonly net?: number;
  readonly list?: number;
  readonly discount?: number;
  readonly cost: number;
  /** Per activity: the driver column (or the payment-days column for financing). */
  readonly drivers: readonly number[];
}

/**
 * The whale curve of the preview from the whale model's rules (`KAM.WHALECURVE`, `KAM.WHALESTATS`): points
 * from (0, 0), the peak where it is first reached, and the top-20 % share. `undefined` when the total
 * profit is zero or below.
 *
 * @example
 * previewWhale([50, -10, 60])?.peakShare; // 1.1
 */
export function previewWhale(profits: readonly number[]): Whale | undefined {
  const curve = whaleCurve(profits);
  const stats = whaleStats(profits);
  if (curve === undefined || stats.peakShare === undefined || stats.peakCount === undefined) return undefined;
  const points = [{ x: 0, y: 0 }];
  for (let i = 0; i < profits.length; i++)
    points.push({ x: curve.customerShare[i] ?? 0, y: curve.profitShare[i] ?? 0 });
  return {
    points,
    peakShare: stats.peakShare,
    peakCustomers: stats.peakCount,
    peakCustomerShare: stats.peakCustomerShare ?? stats.peakCount / profits.length,
    top20Share: stats.top20Share ?? Number.NaN,
  };
}

function cellAddress(source: SourceTable, dataRow: number, col: number): string {
  return `${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + 2}`;
}

/**
 * Finds the mapped columns in the source table; a missing one gives a `missing_column` problem.
 *
 * @example
 * resolveColumns(config, source).problems.length; // 0 when every column exists
 */
export function resolveColumns(
  config: CostToServeConfig,
  source: SourceTable,
): { readonly columns: ResolvedColumns | undefined; readonly problems: CtsProblem[] } {
  const index = headerIndex(source);
  const problems: CtsProblem[] = [];
  const find = (column: string, role: string): number => {
    const i = index.get(column.trim());
    if (i === undefined) {
      problems.push({ code: "missing_column", params: { column, role } });
      return -1;
    }
    return i;
  };
  const { mapping } = config;
  const customer = find(mapping.customer, "customer");
  const revenue =
    mapping.revenue.kind === "net"
      ? { net: find(mapping.revenue.net, "net revenue") }
      : { list: find(mapping.revenue.list, "list revenue"), discount: find(mapping.revenue.discount, "discount") };
  const cost = find(mapping.cost.column, mapping.cost.kind === "cogs" ? "cost of goods" : "gross margin");
  const drivers = config.activities.map((a) =>
    a.method === "financing" ? find(a.daysColumn, `${a.name}: payment days`) : find(a.driver, `${a.name}: driver`),
  );
  if (problems.length > 0) return { columns: undefined, problems };
  return { columns: { customer, ...revenue, cost, drivers }, problems };
}

function numberAt(row: readonly Cell[], col: number): number | undefined {
  const v = row[col];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function firstCells(list: readonly string[]): string {
  return list.slice(0, 3).join(", ");
}

/** Each activity's driver volume (the sum over all source rows, as the sheet's `SUM`) and rate. */
function activityRates(
  config: CostToServeConfig,
  source: SourceTable,
  columns: ResolvedColumns,
  problems: CtsProblem[],
): ActivityRate[] {
  const { activities } = config;
  const volumes = activities.map((a, j) => {
    if (a.method === "financing") return null;
    const col = columns.drivers[j] as number;
    let sum = 0;
    for (const row of source.rows) sum += numberAt(row, col) ?? 0;
    return sum;
  });
  const resourceRate = new Map(config.resources.map((r) => [r.id, r.cost / r.capacityMinutes]));
  const rates: ActivityRate[] = activities.map((a, j) => {
    const volume = volumes[j] ?? null;
    if (a.method === "financing")
      return { id: a.id, name: a.name, method: a.method, volume, rate: a.rate, minutesUsed: null };
    if (a.method === "abc") {
      if (volume === 0) {
        problems.push({ code: "zero_volume", params: { activity: a.name, column: a.driver } });
        return { id: a.id, name: a.name, method: a.method, volume, rate: null, minutesUsed: null };
      }
      return { id: a.id, name: a.name, method: a.method, volume, rate: a.pool / (volume ?? 1), minutesUsed: null };
    }
    const ccr = resourceRate.get(a.resource) ?? Number.NaN;
    return {
      id: a.id,
      name: a.name,
      method: a.method,
      volume,
      rate: a.minutesPerUnit * ccr,
      minutesUsed: a.minutesPerUnit * (volume ?? 0),
    };
  });
  return rates;
}

/** Each resource's used and unused capacity (time-driven ABC); more than the capacity is a problem. */
function resourceUses(
  config: CostToServeConfig,
  rates: readonly ActivityRate[],
  problems: CtsProblem[],
): ResourceUse[] {
  const { activities } = config;
  return config.resources.map((r) => {
    const minutesUsed = activities.reduce(
      (sum, act, k) => (act.method === "tdabc" && act.resource === r.id ? sum + (rates[k]?.minutesUsed ?? 0) : sum),
      0,
    );
    const capacityCostRate = r.cost / r.capacityMinutes;
    const unusedMinutes = r.capacityMinutes - minutesUsed;
    if (unusedMinutes < 0) {
      problems.push({
        code: "over_capacity",
        params: { resource: r.name, used: minutesUsed, capacity: r.capacityMinutes },
      });
    }
    return {
      id: r.id,
      name: r.name,
      cost: r.cost,
      capacityMinutes: r.capacityMinutes,
      capacityCostRate,
      minutesUsed,
      unusedMinutes,
      unusedCost: unusedMinutes * capacityCostRate,
    };
  });
}

/** The P&L of every customer whose mapped numbers are all there and whose revenue is above zero; the others are reported. */
function customerRows(
  config: CostToServeConfig,
  source: SourceTable,
  columns: ResolvedColumns,
  rates: readonly ActivityRate[],
  problems: CtsProblem[],
): Omit<CustomerPnl, "quadrant" | "rank">[] {
  const { activities } = config;
  const numeric: { col: number; header: string }[] = [];
  const header = (col: number): string => String(source.headers[col] ?? "");
  if (columns.net !== undefined) numeric.push({ col: columns.net, header: header(columns.net) });
  if (columns.list !== undefined) numeric.push({ col: columns.list, header: header(columns.list) });
  if (columns.discount !== undefined) numeric.push({ col: columns.discount, header: header(columns.discount) });
  numeric.push({ col: columns.cost, header: header(columns.cost) });
  columns.drivers.forEach((col) => {
    if (!numeric.some((n) => n.col === col)) numeric.push({ col, header: header(col) });
  });

  const leftOut = new Map<string, string[]>();
  const zeroRevenue: string[] = [];
  const negativeRevenue: string[] = [];
  const rows: Omit<CustomerPnl, "quadrant" | "rank">[] = [];
  const { mapping } = config;
  source.rows.forEach((row, r) => {
    const bad = numeric.find((n) => numberAt(row, n.col) === undefined);
    if (bad !== undefined) {
      const list = leftOut.get(bad.header) ?? [];
      list.push(cellAddress(source, r, bad.col));
      leftOut.set(bad.header, list);
      return;
    }
    const get = (col: number | undefined): number => (col === undefined ? 0 : (numberAt(row, col) ?? 0));
    const revenue =
      mapping.revenue.kind === "net"
        ? get(columns.net)
        : mapping.revenue.discountAs === "amount"
          ? get(columns.list) - get(columns.discount)
          : get(columns.list) * (1 - get(columns.discount));
    if (revenue <= 0) {
      // No percentage exists at zero; below zero (a credit, returns) −40 / −250 would read as a +16 % margin.
      (revenue === 0 ? zeroRevenue : negativeRevenue).push(cellAddress(source, r, columns.net ?? columns.list ?? 0));
      return;
    }
    const costOfGoods = mapping.cost.kind === "cogs" ? get(columns.cost) : revenue - get(columns.cost);
    const activityCosts = activities.map((a, j) => {
      const q = get(columns.drivers[j]);
      const rate = rates[j]?.rate ?? Number.NaN;
      return a.method === "financing" ? ((revenue * q) / 365) * rate : q * rate;
    });
    const costToServe = activityCosts.reduce((s, c) => s + c, 0);
    const grossMargin = revenue - costOfGoods;
    const profit = revenue - costOfGoods - costToServe;
    const nameCell = row[columns.customer];
    rows.push({
      sourceRow: r,
      name: nameCell === null || nameCell === undefined || typeof nameCell === "object" ? "" : String(nameCell),
      revenue,
      costOfGoods,
      grossMargin,
      activityCosts,
      costToServe,
      profit,
      marginPct: grossMargin / revenue,
      costToServePct: costToServe / revenue,
    });
  });
  for (const [column, cells] of leftOut) {
    problems.push({ code: "row_left_out", params: { column, count: cells.length, cells: firstCells(cells) } });
  }
  if (zeroRevenue.length > 0) {
    problems.push({ code: "zero_revenue", params: { count: zeroRevenue.length, cells: firstCells(zeroRevenue) } });
  }
  if (negativeRevenue.length > 0) {
    problems.push({
      code: "negative_revenue",
      params: { count: negativeRevenue.length, cells: firstCells(negativeRevenue) },
    });
  }
  if (rows.length === 0) problems.push({ code: "no_customers", params: {} });
  return rows;
}

/**
 * Computes the whole analysis from a configuration and the source table. Rows with a blank or
 * non-numeric value in a mapped number column, or a net revenue of zero or below (no margin or
 * cost-to-serve percentage exists), are left out and reported with their cells; driver volumes are the sums over all source rows, as the sheet's `SUM` computes them.
 *
 * @example
 * const preview = computeCostToServe(config, source);
 * preview.totals.profit;
 */
export function computeCostToServe(config: CostToServeConfig, source: SourceTable): CostToServePreview {
  const resolved = resolveColumns(config, source);
  const columns = resolved.columns;
  const empty = { revenue: 0, costToServe: 0, profit: 0 };
  if (columns === undefined) {
    return {
      rates: [],
      resources: [],
      customers: [],
      cuts: { margin: Number.NaN, costToServe: Number.NaN },
      totals: empty,
      loss: { count: 0, total: 0 },
      largest: [],
      whale: undefined,
      problems: resolved.problems,
      columns: { customer: -1, cost: -1, drivers: [] },
    };
  }
  const problems: CtsProblem[] = [];
  const rates = activityRates(config, source, columns, problems);
  const resources = resourceUses(config, rates, problems);
  const rows = customerRows(config, source, columns, rates, problems);

  const cuts = {
    margin: config.cuts.margin ?? median(rows.map((c) => c.marginPct)) ?? Number.NaN,
    costToServe: config.cuts.costToServe ?? median(rows.map((c) => c.costToServePct)) ?? Number.NaN,
  };
  const profits = rows.map((c) => c.profit);
  const ranks = new Array<number>(rows.length);
  whaleOrder(profits).forEach((idx, i) => (ranks[idx] = i + 1));
  const customers: CustomerPnl[] = rows.map((c, i) => ({
    ...c,
    quadrant: profitQuadrant(c.marginPct, c.costToServePct, cuts.margin, cuts.costToServe),
    rank: ranks[i] as number,
  }));
  const totals = {
    revenue: rows.reduce((s, c) => s + c.revenue, 0),
    costToServe: rows.reduce((s, c) => s + c.costToServe, 0),
    profit: profits.reduce((s, p) => s + p, 0),
  };
  const losses = profits.filter((p) => p < 0);
  const whale = previewWhale(profits);
  if (rows.length > 0 && whale === undefined) {
    problems.push({ code: "non_positive_profit", params: { total: Math.round(totals.profit * 100) / 100 } });
  }
  return {
    rates,
    resources,
    customers,
    cuts,
    totals,
    loss: { count: losses.length, total: losses.reduce((s, p) => s + p, 0) },
    largest: customers
      .map((_, i) => i)
      .sort(
        (x, y) =>
          (customers[y] as CustomerPnl).revenue - (customers[x] as CustomerPnl).revenue ||
          (customers[x] as CustomerPnl).rank - (customers[y] as CustomerPnl).rank,
      )
      .slice(0, LARGEST_COUNT),
    whale,
    problems,
    columns,
  };
}
