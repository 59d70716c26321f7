/**
 * The account strategy preview, computed in core from the source table with the functions' own rules:
 * per customer the 1–5 scores (normalised min–max when asked, as `KAM.NORMALIZE` does), the Kraljic
 * quadrant, Whitney's action and the row's check message; the count and revenue per quadrant; the
 * largest customers (the chart labels them). The pane shows it before a build; the tests compare the
 * sheet with it.
 *
 * @module
 */
import type { Cell } from "../../cells";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import { columnLetters, quoteSheet } from "../../layout";
import { isOnScale, COURSE_SCALE } from "../../scale";
import { normalizeRange } from "../../selection";
import { whitneyAction, type WhitneyAction } from "../../whitney";
import { kraljicQuadrant, type KraljicQuadrant } from "../index";
import type { StrategyConfig } from "./config";
import { STRATEGY_SHEET_LABELS as LABELS } from "./labels";
import type { StrategyProblem } from "./messages";
import { headerIndex } from "../../source";

/**
 * The quadrants in the order the sheet lists them.
 *
 * @example
 * QUADRANTS[3]; // "partner"
 */
export const QUADRANTS: readonly KraljicQuadrant[] = ["routine", "leverage", "bottleneck", "partner"];

/** How many of the largest customers (by revenue) the chart labels by name. */
export const LABELLED_CUSTOMERS = 5;

/** The source columns a configuration uses (index in the table, -1 when not mapped). */
export interface StrategyColumns {
  readonly customer: number;
  readonly impact: number;
  readonly difficulty: number;
  readonly revenue: number;
  readonly strategic: number;
  readonly significant: number;
  readonly profitable: number;
}

/** One customer (one source row) as the sheet computes it; `undefined` where the sheet shows an error. */
export interface StrategyCustomer {
  readonly name: string;
  /** 0-based row in the source table's data. */
  readonly sourceRow: number;
  /** The 1–5 scores (normalised when the axis is read min–max). */
  readonly impact: number | undefined;
  readonly difficulty: number | undefined;
  readonly revenue: number | undefined;
  readonly quadrant: KraljicQuadrant | undefined;
  readonly whitney: WhitneyAction | undefined;
  /** The row's check message as the sheet writes it ("" when the row is fine). */
  readonly check: string;
}

/** The preview of an account strategy sheet. */
export interface StrategyPreview {
  readonly columns: StrategyColumns | undefined;
  readonly customers: readonly StrategyCustomer[];
  readonly cuts: { readonly impact: number; readonly difficulty: number };
  /** The raw bounds of a min–max axis (undefined for a score axis or without numbers). */
  readonly bounds: {
    readonly impact?: { readonly min: number; readonly max: number };
    readonly difficulty?: { readonly min: number; readonly max: number };
  };
  readonly counts: Readonly<Record<KraljicQuadrant, number>>;
  /** Revenue per quadrant (zero without a revenue column). */
  readonly revenue: Readonly<Record<KraljicQuadrant, number>>;
  /** 0-based customer rows of the largest customers by revenue (at most {@link LABELLED_CUSTOMERS}). */
  readonly largest: readonly number[];
  readonly problems: readonly StrategyProblem[];
}

/**
 * Finds the mapped columns in the source table; a missing one gives a `missing_column` problem.
 *
 * @example
 * resolveStrategyColumns(config, source).problems.length; // 0 when every column exists
 */
export function resolveStrategyColumns(
  config: StrategyConfig,
  source: SourceTable,
): { readonly columns: StrategyColumns | undefined; readonly problems: StrategyProblem[] } {
  const index = headerIndex(source);
  const problems: StrategyProblem[] = [];
  const find = (column: string, role: string): number => {
    if (column.trim() === "") return -1;
    const i = index.get(column.trim());
    if (i === undefined) problems.push({ code: "missing_column", params: { column, role } });
    return i ?? -1;
  };
  const m = config.mapping;
  const columns: StrategyColumns = {
    customer: find(m.customer, "customer"),
    impact: find(m.impact, "impact"),
    difficulty: find(m.difficulty, "difficulty"),
    revenue: find(m.revenue, "revenue"),
    strategic: find(m.strategic, "strategic"),
    significant: find(m.significant, "significant"),
    profitable: find(m.profitable, "profitable"),
  };
  return { columns: problems.length > 0 ? undefined : columns, problems };
}

const num = (v: Cell | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/**
 * The A1 address of a data cell of the source with its sheet, as the row checks name it.
 *
 * @example
 * sourceCellName(source, 0, 1); // "Accounts!B2"
 */
export function sourceCellName(source: SourceTable, dataRow: number, col: number): string {
  return `${quoteSheet(source.sheet)}!${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + 2}`;
}

/**
 * The yes/no words the sheet's portable formulas read (models.md §3), lower case; numbers 1/0 and
 * TRUE/FALSE too. `KAM.WHITNEY` reads the same.
 */
export const YES_WORDS = ["yes", "ja", "true", "waar", "y", "j", "1"] as const;
/** The "no" words, as {@link YES_WORDS}. */
export const NO_WORDS = ["no", "nee", "false", "onwaar", "n", "0"] as const;

/**
 * A yes/no judgement as the sheet reads it: true, false, or undefined when it is neither.
 *
 * @example
 * readJudgement("Ja"); // true
 * readJudgement(0); // false
 * readJudgement("maybe"); // undefined
 */
export function readJudgement(cell: Cell | undefined): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  if (cell === null || cell === undefined || typeof cell === "object") return undefined;
  const t = String(cell).trim().toLowerCase();
  if ((YES_WORDS as readonly string[]).includes(t)) return true;
  if ((NO_WORDS as readonly string[]).includes(t)) return false;
  return undefined;
}

function listed(code: StrategyProblem["code"], cells: readonly string[], out: StrategyProblem[]): void {
  if (cells.length > 0) out.push({ code, params: { count: cells.length, cells: cells.slice(0, 3).join(", ") } });
}

/** The scores of one axis column: as they are (score) or normalised min–max onto 1–5 (KAM.NORMALIZE). */
function axisScores(
  reading: "score" | "minmax",
  raw: readonly (number | undefined)[],
): { scores: (number | undefined)[]; bounds?: { min: number; max: number } } {
  if (reading === "score")
    return { scores: raw.map((v) => (v !== undefined && isOnScale(v, COURSE_SCALE) ? v : undefined)) };
  const numbers = raw.filter((v): v is number => v !== undefined);
  const out = normalizeRange(
    raw.map((v) => [v ?? null]),
    { method: "minmax", low: 1, high: 5, direction: 1, bands: new Float64Array(0) },
  );
  const scores = out.map((r) => (typeof r[0] === "number" ? r[0] : undefined));
  return numbers.length === 0
    ? { scores }
    : { scores, bounds: { min: Math.min(...numbers), max: Math.max(...numbers) } };
}

/**
 * The check message of one row as the sheet writes it: the first problem of the row, naming the
 * source cell ("" when the row is fine).
 *
 * @example
 * rowCheck(config, source, columns, 6, "en"); // "Impact in Accounts!B8 is outside 1–5"
 */
export function rowCheck(
  config: StrategyConfig,
  source: SourceTable,
  columns: StrategyColumns,
  dataRow: number,
  lang: Lang,
): string {
  const row = source.rows[dataRow] ?? [];
  const at = (col: number): string => sourceCellName(source, dataRow, col);
  const L = (k: keyof typeof LABELS): string => LABELS[k][lang];
  const name = row[columns.customer];
  if (typeof name !== "object" || name === null) {
    if (String(name ?? "").trim() === "") return `${L("checkName")}${at(columns.customer)}`;
  }
  const axes = [
    ["impact", "checkImpact"],
    ["difficulty", "checkDifficulty"],
  ] as const;
  for (const [axis, label] of axes) {
    const v = row[columns[axis]];
    if (typeof v !== "number") return `${L(label)}${at(columns[axis])}${L("notNumber")}`;
    if (config.reading[axis] === "score" && !isOnScale(v, COURSE_SCALE))
      return `${L(label)}${at(columns[axis])}${L("offScale")}`;
  }
  if (columns.strategic >= 0) {
    const judgements = [
      ["strategic", "checkStrategic"],
      ["significant", "checkSignificant"],
      ["profitable", "checkProfitable"],
    ] as const;
    for (const [key, label] of judgements)
      if (readJudgement(row[columns[key]]) === undefined) return `${L(label)}${at(columns[key])}${L("notYesNo")}`;
  }
  return "";
}

/**
 * The preview of an account strategy sheet: every source row is a customer (a row with a bad score gets
 * an error and its reason in the sheet, not a silent quadrant).
 *
 * @example
 * computeStrategy(config, source).counts.partner; // customers with impact and difficulty from 3
 */
export function computeStrategy(config: StrategyConfig, source: SourceTable): StrategyPreview {
  const cuts = { ...config.cuts };
  const zero = (): Record<KraljicQuadrant, number> => ({ routine: 0, leverage: 0, bottleneck: 0, partner: 0 });
  const counts = zero();
  const revenue = zero();
  const { columns, problems } = resolveStrategyColumns(config, source);
  if (columns === undefined)
    return { columns, customers: [], cuts, bounds: {}, counts, revenue, largest: [], problems };
  const rawOf = (col: number): (number | undefined)[] => source.rows.map((r) => num(r[col]));
  const impact = axisScores(config.reading.impact, rawOf(columns.impact));
  const difficulty = axisScores(config.reading.difficulty, rawOf(columns.difficulty));
  const hasWhitney = columns.strategic >= 0;
  const unclassified: string[] = [];
  const unnamed: string[] = [];
  const unreadable: string[] = [];
  const customers = source.rows.map((row, i): StrategyCustomer => {
    const im = impact.scores[i];
    const di = difficulty.scores[i];
    const quadrant =
      im === undefined || di === undefined ? undefined : kraljicQuadrant(im, di, cuts.impact, cuts.difficulty);
    if (quadrant === undefined)
      unclassified.push(sourceCellName(source, i, im === undefined ? columns.impact : columns.difficulty));
    const rev = columns.revenue >= 0 ? num(row[columns.revenue]) : undefined;
    if (quadrant !== undefined) {
      counts[quadrant]++;
      revenue[quadrant] += rev ?? 0;
    }
    const name = row[columns.customer];
    if (String(typeof name === "object" && name !== null ? "x" : (name ?? "")).trim() === "")
      unnamed.push(sourceCellName(source, i, columns.customer));
    let whitney: WhitneyAction | undefined;
    if (hasWhitney) {
      const [s, g, p] = [columns.strategic, columns.significant, columns.profitable].map((c) => readJudgement(row[c]));
      if (s === undefined || g === undefined || p === undefined)
        unreadable.push(sourceCellName(source, i, columns.strategic));
      else whitney = whitneyAction(s, g, p);
    }
    return {
      name: String(name ?? ""),
      sourceRow: i,
      impact: im,
      difficulty: di,
      revenue: rev,
      quadrant,
      whitney,
      check: rowCheck(config, source, columns, i, config.lang),
    };
  });
  if (customers.every((c) => c.quadrant === undefined)) problems.push({ code: "no_customers", params: {} });
  listed("rows_unclassified", unclassified, problems);
  listed("names_missing", unnamed, problems);
  listed("whitney_unreadable", unreadable, problems);
  const total = QUADRANTS.reduce((s, q) => s + revenue[q], 0);
  if (columns.revenue >= 0 && total > 0)
    for (const q of QUADRANTS)
      if (revenue[q] / total > 0.5)
        problems.push({
          code: "concentration",
          params: { quadrant: q, percent: Math.round((100 * revenue[q]) / total) },
        });
  const largest = customers
    .filter((c) => c.revenue !== undefined && c.revenue > 0)
    .sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0) || a.sourceRow - b.sourceRow)
    .slice(0, LABELLED_CUSTOMERS)
    .map((c) => c.sourceRow);
  const bounds = {
    ...(impact.bounds === undefined ? {} : { impact: impact.bounds }),
    ...(difficulty.bounds === undefined ? {} : { difficulty: difficulty.bounds }),
  };
  return { columns, customers, cuts, bounds, counts, revenue, largest, problems };
}

/** Why a customer sits where it does, for the pane's Explain panel. */
export interface StrategyExplanation {
  readonly customer: StrategyCustomer;
  readonly cuts: StrategyPreview["cuts"];
  /** At or above the cut-offs; undefined without a score. */
  readonly highImpact: boolean | undefined;
  readonly hardToReplace: boolean | undefined;
}

/**
 * The explanation of the `index`-th customer row of a built sheet, or undefined outside the table.
 *
 * @example
 * explainStrategy(preview, 0)?.highImpact; // true for an impact at or above the cut-off
 */
export function explainStrategy(preview: StrategyPreview, index: number): StrategyExplanation | undefined {
  const customer = preview.customers[index];
  if (customer === undefined) return undefined;
  const { cuts } = preview;
  return {
    customer,
    cuts,
    highImpact: customer.impact === undefined ? undefined : customer.impact >= cuts.impact,
    hardToReplace: customer.difficulty === undefined ? undefined : customer.difficulty >= cuts.difficulty,
  };
}
