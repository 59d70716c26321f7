import type { Cell } from "../../cells";
import { customerClass, type CustomerClass } from "../../classification";
import type { SourceTable } from "../../host";
import { portfolioQuadrant, type PortfolioQuadrant } from "../../portfolio";
import { noSpreadValue, normalizeRange, type NormalizeOptions } from "..";
import { headerText, numericColumn, type SourceProfile } from "../../source";
import {
  SCALE,
  configMessage,
  orderedCriteria,
  type ConfigError,
  type Criterion,
  type SelectionConfig,
} from "./config";
import type { SelectionNotice } from "./notices";

/** Above this many key accounts the pane and the sheet warn (McDonald & Woodburn: 15–35). */
export const KEY_ACCOUNT_LIMIT = 35;

/** Decimals the composites are rounded to, in the sheet and here, so a score on a cut-off is high everywhere. */
export const COMPOSITE_DECIMALS = 10;

/** A criterion resolved against the source: its table column and its share of the total weight. */
export interface ResolvedCriterion {
  readonly criterion: Criterion;
  /** 0-based column in the source table. */
  readonly column: number;
  /** Weight / total weight, 0..1. */
  readonly share: number;
}

/** One customer in the preview. Missing values are `undefined` (the sheet shows a blank or `#N/A`). */
export interface PreviewRow {
  /** 0-based data row in the source table. */
  readonly index: number;
  readonly name: Cell;
  /** Raw values, scores and contributions in written order (current criteria first). */
  readonly raw: readonly (number | undefined)[];
  readonly scores: readonly (number | undefined)[];
  readonly contributions: readonly (number | undefined)[];
  readonly profit?: number;
  readonly current?: number;
  readonly future?: number;
  readonly total?: number;
  readonly rank?: number;
  readonly cls?: CustomerClass;
  readonly quadrant?: PortfolioQuadrant;
}

/** The live preview of a configuration on a source: what the sheet will compute. */
export interface SelectionPreview {
  /** In written order: current-value criteria first, then future-value ones. */
  readonly criteria: readonly ResolvedCriterion[];
  readonly rows: readonly PreviewRow[];
  readonly classCounts: Readonly<Record<CustomerClass, number>>;
  readonly quadrantCounts: Readonly<Record<PortfolioQuadrant, number>>;
  readonly keyAccounts: number;
  readonly tooManyKeyAccounts: boolean;
  /** Customers without a class (no current or no future criterion present). */
  readonly unclassified: number;
  /** What the pane should say although nothing failed: a criterion without spread, in written order. */
  readonly notices: readonly SelectionNotice[];
}

/**
 * Rounds like Excel's `ROUND(x, digits)` (half away from zero, on the decimal representation).
 *
 * @example
 * roundTo(2.9999999999999996, 10); // 3
 * roundTo(-1.25, 1); // -1.3
 */
export function roundTo(x: number, digits: number): number {
  const sign = x < 0 ? -1 : 1;
  const scaled = Number(`${Math.abs(x)}e${digits}`);
  return sign * Number(`${Math.round(scaled)}e-${digits}`);
}

/**
 * Checks a configuration against a source: every criterion (and the name and profit columns)
 * must exist, and criteria and profit must be number columns. Errors carry the form path.
 *
 * @example
 * checkAgainstSource(config, profile, "en"); // [] when everything is found
 */
export function checkAgainstSource(config: SelectionConfig, profile: SourceProfile, lang: "en" | "nl"): ConfigError[] {
  const byHeader = new Map(profile.columns.map((c) => [c.header.toLowerCase(), c]));
  const errors: ConfigError[] = [];
  const push = (path: string, key: "unknownColumn" | "notNumericColumn"): void => {
    errors.push({ path, key, message: configMessage(key, lang) });
  };
  if (!byHeader.has(config.nameColumn.toLowerCase())) push("nameColumn", "unknownColumn");
  if (config.profitColumn !== undefined) {
    const p = byHeader.get(config.profitColumn.toLowerCase());
    if (p === undefined) push("profitColumn", "unknownColumn");
    else if (p.kind !== "number") push("profitColumn", "notNumericColumn");
  }
  config.criteria.forEach((c, i) => {
    const col = byHeader.get(c.column.toLowerCase());
    if (col === undefined) push(`criteria.${i}.column`, "unknownColumn");
    else if (col.kind !== "number") push(`criteria.${i}.column`, "notNumericColumn");
  });
  return errors;
}

/**
 * The source column (0-based) of a header, case-insensitive, or −1.
 *
 * @example
 * findColumn(table, "net revenue"); // 5
 */
export function findColumn(table: Pick<SourceTable, "headers">, header: string): number {
  const key = header.trim().toLowerCase();
  return table.headers.findIndex((h) => headerText(h).toLowerCase() === key);
}

/**
 * The criteria in written order with their source columns and weight shares. A criterion whose
 * column is missing gets column −1 (check with {@link checkAgainstSource} first).
 *
 * @example
 * resolveCriteria(table, config).map((r) => r.column); // [5, 9, 4]
 */
export function resolveCriteria(table: Pick<SourceTable, "headers">, config: SelectionConfig): ResolvedCriterion[] {
  const ordered = orderedCriteria(config);
  const total = ordered.reduce((s, c) => s + c.weight, 0);
  return ordered.map((criterion) => ({
    criterion,
    column: findColumn(table, criterion.column),
    share: total > 0 ? criterion.weight / total : 0,
  }));
}

/**
 * One criterion's scores from its raw values, exactly as the sheet computes them (the KAM.NORMALIZE
 * rules; "score" keeps the value, or mirrors it for "lower is better").
 *
 * @example
 * criterionScores({ method: "minmax", direction: "higher", bands: [] }, [10, undefined, 30]); // [1, undefined, 5]
 */
export function criterionScores(
  criterion: Pick<Criterion, "method" | "direction" | "bands">,
  raw: readonly (number | undefined)[],
): (number | undefined)[] {
  const sign = criterion.direction === "higher" ? 1 : -1;
  if (criterion.method === "score") {
    return raw.map((v) => (v === undefined ? undefined : sign === 1 ? v : SCALE.low + SCALE.high - v));
  }
  const options: NormalizeOptions = {
    method: criterion.method,
    low: SCALE.low,
    high: SCALE.high,
    direction: sign,
    bands: Float64Array.from(criterion.bands),
  };
  const out = normalizeRange(
    raw.map((v) => [v ?? null]),
    options,
  );
  return out.map((row) => {
    const v = row[0];
    return typeof v === "number" ? v : undefined;
  });
}

function weighted(
  scores: readonly (number | undefined)[],
  criteria: readonly ResolvedCriterion[],
  from: number,
  to: number,
): number | undefined {
  let sum = 0;
  let weight = 0;
  for (let j = from; j < to; j++) {
    const s = scores[j];
    if (s === undefined) continue;
    const w = criteria[j]?.criterion.weight ?? 0;
    sum += w * s;
    weight += w;
  }
  return weight > 0 ? roundTo(sum / weight, COMPOSITE_DECIMALS) : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * The live preview: per customer the scores, contributions, composites, rank, class and portfolio
 * quadrant, and the counts per class and quadrant, computed with the same core functions as the
 * KAM functions (and so equal to what the sheet computes). Missing criteria are skipped and the
 * weights renormalised over the present ones.
 *
 * @example
 * const p = previewSelection(table, config);
 * p.classCounts.key; // 23
 * p.tooManyKeyAccounts; // false
 */
export function previewSelection(table: SourceTable, config: SelectionConfig): SelectionPreview {
  const criteria = resolveCriteria(table, config);
  const k = criteria.length;
  const currentCount = criteria.filter((c) => c.criterion.horizon === "current").length;
  const n = table.rows.length;
  const raws = criteria.map((c) =>
    c.column < 0 ? new Array<undefined>(n).fill(undefined) : numericColumn(table, c.column),
  );
  const scores = criteria.map((c, j) => criterionScores(c.criterion, raws[j] ?? []));
  const notices: SelectionNotice[] = [];
  criteria.forEach((c, j) => {
    const raw = raws[j] ?? [];
    const value = noSpreadValue(raw.map((x) => [x ?? null]));
    const score = scores[j]?.find((x) => x !== undefined);
    if (value !== undefined && score !== undefined) {
      notices.push({ code: "no_spread", column: c.criterion.column, value, score });
    }
  });
  const nameCol = findColumn(table, config.nameColumn);
  const profitCol = config.profitColumn === undefined ? -1 : findColumn(table, config.profitColumn);
  const profits = profitCol < 0 ? undefined : numericColumn(table, profitCol);
  const rows: Mutable<PreviewRow>[] = [];
  for (let r = 0; r < n; r++) {
    const rowScores = scores.map((s) => s[r]);
    let present = 0;
    for (let j = 0; j < k; j++) if (rowScores[j] !== undefined) present += criteria[j]?.criterion.weight ?? 0;
    const contributions = rowScores.map((s, j) =>
      s === undefined || present === 0 ? undefined : ((criteria[j]?.criterion.weight ?? 0) * s) / present,
    );
    const current = weighted(rowScores, criteria, 0, currentCount);
    const future = weighted(rowScores, criteria, currentCount, k);
    const total = weighted(rowScores, criteria, 0, k);
    const profit = profits?.[r];
    const row: Mutable<PreviewRow> = {
      index: r,
      name: nameCol < 0 ? null : (table.rows[r]?.[nameCol] ?? null),
      raw: raws.map((c) => c[r]),
      scores: rowScores,
      contributions,
    };
    if (profit !== undefined) row.profit = profit;
    if (current !== undefined) row.current = current;
    if (future !== undefined) row.future = future;
    if (total !== undefined) row.total = total;
    if (current !== undefined && future !== undefined) {
      row.cls = customerClass(current, future, profit, config.cuts.current, config.cuts.future);
      row.quadrant = portfolioQuadrant(future, current, config.cuts.attractiveness, config.cuts.strength);
    }
    rows.push(row);
  }
  const totals = rows
    .map((r) => r.total)
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => b - a);
  for (const row of rows) {
    if (row.total === undefined) continue;
    const t = row.total;
    let lo = 0;
    let hi = totals.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((totals[mid] as number) > t) lo = mid + 1;
      else hi = mid;
    }
    row.rank = lo + 1;
  }
  const ranked: readonly PreviewRow[] = rows;
  const classCounts = emptyCounts<CustomerClass>(["key", "futureKey", "large", "small", "loss"]);
  const quadrantCounts = emptyCounts<PortfolioQuadrant>(["strategic", "star", "status", "streamline"]);
  let unclassified = 0;
  for (const row of ranked) {
    if (row.cls === undefined || row.quadrant === undefined) unclassified++;
    else {
      classCounts[row.cls]++;
      quadrantCounts[row.quadrant]++;
    }
  }
  return {
    criteria,
    rows: ranked,
    classCounts,
    quadrantCounts,
    keyAccounts: classCounts.key,
    tooManyKeyAccounts: classCounts.key > KEY_ACCOUNT_LIMIT,
    unclassified,
    notices,
  };
}

/** Why one customer landed in its class: the contributions and the distances to every cut-off. */
export interface Explanation {
  readonly row: PreviewRow;
  readonly contributions: readonly {
    readonly criterion: Criterion;
    readonly raw: number | undefined;
    readonly score: number | undefined;
    readonly share: number;
    readonly contribution: number | undefined;
  }[];
  /** Composite − cut-off: ≥ 0 is on the high side. `undefined` when the composite is missing. */
  readonly distances: {
    readonly current?: number;
    readonly future?: number;
    readonly attractiveness?: number;
    readonly strength?: number;
  };
}

/**
 * The explanation of one customer (by 0-based source row), or `undefined` outside the table.
 *
 * @example
 * explainRow(preview, config, 0)?.distances.current; // 0.42 (above the current cut-off)
 */
export function explainRow(
  preview: SelectionPreview,
  config: Pick<SelectionConfig, "cuts">,
  index: number,
): Explanation | undefined {
  const row = preview.rows[index];
  if (row === undefined) return undefined;
  const d = (v: number | undefined, cut: number): number | undefined =>
    v === undefined ? undefined : roundTo(v - cut, COMPOSITE_DECIMALS);
  const distances: Record<string, number> = {};
  const add = (key: string, v: number | undefined): void => {
    if (v !== undefined) distances[key] = v;
  };
  add("current", d(row.current, config.cuts.current));
  add("future", d(row.future, config.cuts.future));
  add("attractiveness", d(row.future, config.cuts.attractiveness));
  add("strength", d(row.current, config.cuts.strength));
  return {
    row,
    contributions: preview.criteria.map((c, j) => ({
      criterion: c.criterion,
      raw: row.raw[j],
      score: row.scores[j],
      share: c.share,
      contribution: row.contributions[j],
    })),
    distances,
  };
}
