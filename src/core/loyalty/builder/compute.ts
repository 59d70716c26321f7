/**
 * The loyalty preview, computed in core from the survey table with the functions' own rules: per
 * customer zone, type, satisfaction gap and lifetime value (now and with fewer defections), the counts
 * per zone and type, and the totals. The pane shows it before a build; the tests compare the sheet
 * with it.
 *
 * @module
 */
import type { Cell } from "../../cells";
import type { SourceTable } from "../../host";
import { columnLetters } from "../../layout";
import { lifetimeValue } from "../../reichheld";
import { headerIndex } from "../../source";
import { fromCourseScale, isOnScale, type Scale } from "../../scale";
import { TYPE_DEFAULTS, ZONE_DEFAULTS, loyaltyType, loyaltyZone, satisfactionGap } from "../index";
import type { LoyaltyType, Zone } from "../labels";
import type { LoyaltyConfig } from "./config";
import type { LoyaltyProblem } from "./messages";

/** The source columns a configuration uses (index in the table, -1 when not mapped). */
export interface LoyaltyColumns {
  readonly customer: number;
  readonly satisfaction: number;
  readonly loyalty: number;
  readonly expectation: number;
  readonly experience: number;
  readonly margin: number;
  readonly retention: number;
}

/** One customer (one source row) as the sheet computes it; `undefined` where the sheet shows an error. */
export interface LoyaltyCustomer {
  readonly name: string;
  /** 0-based row in the source table's data. */
  readonly sourceRow: number;
  readonly satisfaction: number | undefined;
  readonly loyalty: number | undefined;
  readonly zone: Zone | undefined;
  readonly type: LoyaltyType | undefined;
  readonly gap: number | undefined;
  readonly clv: number | undefined;
  readonly clvUp: number | undefined;
}

/** The preview of a loyalty sheet. */
export interface LoyaltyPreview {
  readonly columns: LoyaltyColumns | undefined;
  readonly customers: readonly LoyaltyCustomer[];
  /** The cut-offs on the user's scale. */
  readonly cuts: {
    readonly indifferenceFrom: number;
    readonly affectionFrom: number;
    readonly satisfactionCut: number;
    readonly loyaltyCut: number;
  };
  readonly zoneCounts: Readonly<Record<Zone, number>>;
  readonly typeCounts: Readonly<Record<LoyaltyType, number>>;
  /** Sums over the customers with a value (undefined without a margin column). */
  readonly totals?: { readonly valued: number; readonly clv: number; readonly clvUp: number };
  readonly problems: readonly LoyaltyProblem[];
}

/**
 * Finds the mapped columns in the survey table; a missing one gives a `missing_column` problem.
 *
 * @example
 * resolveLoyaltyColumns(config, source).problems.length; // 0 when every column exists
 */
export function resolveLoyaltyColumns(
  config: LoyaltyConfig,
  source: SourceTable,
): { readonly columns: LoyaltyColumns | undefined; readonly problems: LoyaltyProblem[] } {
  const index = headerIndex(source);
  const problems: LoyaltyProblem[] = [];
  const find = (column: string, role: string): number => {
    if (column.trim() === "") return -1;
    const i = index.get(column.trim());
    if (i === undefined) problems.push({ code: "missing_column", params: { column, role } });
    return i ?? -1;
  };
  const m = config.mapping;
  const columns: LoyaltyColumns = {
    customer: find(m.customer, "customer"),
    satisfaction: find(m.satisfaction, "satisfaction"),
    loyalty: find(m.loyalty, "loyalty"),
    expectation: find(m.expectation, "expectation"),
    experience: find(m.experience, "experience"),
    margin: find(m.margin, "margin per year"),
    retention: find(m.retention, "retention"),
  };
  return { columns: problems.length > 0 ? undefined : columns, problems };
}

/**
 * The cut-offs on the configuration's scale: a given one as it is, a blank one the course's default
 * (models.md §8.2, §8.3) mapped from 1–5, as `KAM.LOYALTYZONE` and `KAM.LOYALTYTYPE` do.
 *
 * @example
 * loyaltyCuts({ ...config, scale: { min: 0, max: 10 } }).affectionFrom; // 8.75
 */
export function loyaltyCuts(config: LoyaltyConfig): LoyaltyPreview["cuts"] {
  const scale: Scale = config.scale;
  const on = (given: number | null, course: number): number => given ?? fromCourseScale(course, scale);
  return {
    indifferenceFrom: on(config.cuts.indifferenceFrom, ZONE_DEFAULTS.indifferenceFrom),
    affectionFrom: on(config.cuts.affectionFrom, ZONE_DEFAULTS.affectionFrom),
    satisfactionCut: on(config.cuts.satisfactionCut, TYPE_DEFAULTS.satisfactionCut),
    loyaltyCut: on(config.cuts.loyaltyCut, TYPE_DEFAULTS.loyaltyCut),
  };
}

const num = (v: Cell | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** The A1 address of a data cell of the source, for messages. */
function cellName(source: SourceTable, dataRow: number, col: number): string {
  return `${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + 2}`;
}

/** A warning that names its first three rows, or nothing when none. */
function listed(code: LoyaltyProblem["code"], cells: readonly string[], out: LoyaltyProblem[]): void {
  if (cells.length > 0) out.push({ code, params: { count: cells.length, cells: cells.slice(0, 3).join(", ") } });
}

/** The lifetime value of one row now and with fewer defections (models.md §8.4, §9.3). */
function rowValue(
  config: LoyaltyConfig,
  margin: number | undefined,
  retention: number | undefined,
): { clv: number | undefined; clvUp: number | undefined } {
  if (margin === undefined || retention === undefined || retention < 0) return { clv: undefined, clvUp: undefined };
  const v = config.value;
  const years = v.years ?? undefined;
  const up = Math.min(1, retention + v.uplift);
  return {
    clv: lifetimeValue(margin, retention, v.discountRate, years, 0, v.growth),
    clvUp: lifetimeValue(margin, up, v.discountRate, years, 0, v.growth),
  };
}

/**
 * The preview of a loyalty sheet: every source row is a customer (a row with a bad score gets an
 * error in the sheet, not a silent class).
 *
 * @example
 * computeLoyalty(config, source).zoneCounts.affection; // customers answering 5 on 1–5
 */
export function computeLoyalty(config: LoyaltyConfig, source: SourceTable): LoyaltyPreview {
  const cuts = loyaltyCuts(config);
  const zoneCounts: Record<Zone, number> = { defection: 0, indifference: 0, affection: 0 };
  const typeCounts: Record<LoyaltyType, number> = { apostle: 0, mercenary: 0, hostage: 0, terrorist: 0 };
  const { columns, problems } = resolveLoyaltyColumns(config, source);
  if (columns === undefined) return { columns, customers: [], cuts, zoneCounts, typeCounts, problems };
  if (cuts.indifferenceFrom > cuts.affectionFrom) problems.push({ code: "cut_order", params: {} });
  const scale: Scale = config.scale;
  const onScale = (v: number | undefined): number | undefined =>
    v !== undefined && isOnScale(v, scale) ? v : undefined;
  const hasValue = columns.margin >= 0;
  const unclassified: string[] = [];
  const noValue: string[] = [];
  const percentages: string[] = [];
  const customers = source.rows.map((row, i): LoyaltyCustomer => {
    const satisfaction = onScale(num(row[columns.satisfaction]));
    const loyalty = onScale(num(row[columns.loyalty]));
    const zone =
      satisfaction === undefined ? undefined : loyaltyZone(satisfaction, cuts.indifferenceFrom, cuts.affectionFrom);
    const type =
      satisfaction === undefined || loyalty === undefined
        ? undefined
        : loyaltyType(satisfaction, loyalty, cuts.satisfactionCut, cuts.loyaltyCut);
    if (type === undefined) unclassified.push(cellName(source, i, columns.satisfaction));
    if (zone !== undefined) zoneCounts[zone]++;
    if (type !== undefined) typeCounts[type]++;
    const experience = columns.experience >= 0 ? num(row[columns.experience]) : undefined;
    const expectation = columns.expectation >= 0 ? num(row[columns.expectation]) : undefined;
    const gap =
      experience === undefined || expectation === undefined ? undefined : satisfactionGap(experience, expectation);
    const retention = columns.retention >= 0 ? num(row[columns.retention]) : config.value.retention;
    if (columns.retention >= 0 && retention !== undefined && retention > 1)
      percentages.push(cellName(source, i, columns.retention));
    const value = hasValue
      ? rowValue(config, num(row[columns.margin]), retention)
      : { clv: undefined, clvUp: undefined };
    if (hasValue && value.clv === undefined) noValue.push(cellName(source, i, columns.margin));
    return {
      name: String(row[columns.customer] ?? ""),
      sourceRow: i,
      satisfaction,
      loyalty,
      zone,
      type,
      gap,
      ...value,
    };
  });
  if (customers.every((c) => c.type === undefined)) {
    problems.push({ code: "no_customers", params: { scale: `${scale.min}–${scale.max}` } });
  }
  listed("rows_unclassified", unclassified, problems);
  listed("no_value", noValue, problems);
  listed("retention_not_fraction", percentages, problems);
  const valued = customers.filter((c) => c.clv !== undefined);
  const totals = hasValue
    ? {
        valued: valued.length,
        clv: valued.reduce((sum, c) => sum + (c.clv ?? 0), 0),
        clvUp: customers.reduce((sum, c) => sum + (c.clvUp ?? 0), 0),
      }
    : undefined;
  return { columns, customers, cuts, zoneCounts, typeCounts, ...(totals === undefined ? {} : { totals }), problems };
}

/** Why a customer has its zone and type, for the pane's Explain panel. */
export interface LoyaltyExplanation {
  readonly customer: LoyaltyCustomer;
  readonly cuts: LoyaltyPreview["cuts"];
  /** At or above the satisfaction and loyalty cut-offs; undefined without a score on the scale. */
  readonly satisfied: boolean | undefined;
  readonly loyal: boolean | undefined;
}

/**
 * The explanation of the `index`-th customer row of a built sheet, or undefined outside the table.
 *
 * @example
 * explainLoyalty(preview, 0)?.satisfied; // false for a satisfaction below the cut-off
 */
export function explainLoyalty(preview: LoyaltyPreview, index: number): LoyaltyExplanation | undefined {
  const customer = preview.customers[index];
  if (customer === undefined) return undefined;
  const { cuts } = preview;
  return {
    customer,
    cuts,
    satisfied: customer.satisfaction === undefined ? undefined : customer.satisfaction >= cuts.satisfactionCut,
    loyal: customer.loyalty === undefined ? undefined : customer.loyalty >= cuts.loyaltyCut,
  };
}
