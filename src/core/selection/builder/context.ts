/**
 * What the selection sheet's blocks share: the resolved configuration, the column registries of
 * the weights block and the matrix, and the references into the weights and cut-off blocks.
 *
 * @module
 */
import type { Columns, Sheet, TableRefs } from "../../compose";
import { columns } from "../../compose";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import { a1, type RangeRef } from "../../layout";
import type { SelectionConfig } from "./config";
import type { SHEET_TEXT } from "./labels";
import type { ResolvedCriterion } from "./preview";

/** Everything the blocks share: the resolved configuration. */
export interface Ctx {
  readonly table: SourceTable;
  readonly config: SelectionConfig;
  readonly lang: Lang;
  readonly t: (key: keyof typeof SHEET_TEXT) => string;
  readonly criteria: readonly ResolvedCriterion[];
  readonly k: number;
  /** Criteria of the current horizon (they come first). */
  readonly kc: number;
  /** The most band boundaries of any criterion. */
  readonly m: number;
  readonly n: number;
  readonly nameCol: number;
  readonly profitCol: number | undefined;
  readonly kam: boolean;
  readonly mcdonald: boolean;
  readonly weights: Columns;
  readonly matrix: Columns;
  /** Whether the sheet has the pairwise grids and the sensitivity block. */
  readonly pairwise: boolean;
  readonly sensitivity: boolean;
}

export const CUT_KEYS = ["current", "future", "attractiveness", "strength"] as const;
export type CutKey = (typeof CUT_KEYS)[number];
export const CUT_TEXT = {
  current: "cutCurrent",
  future: "cutFuture",
  attractiveness: "cutAttractiveness",
  strength: "cutStrength",
} as const;

export const right = (r: RangeRef): number => r.col + r.cols;

export function weightColumns(m: number): Columns {
  return columns([
    { key: "criterion" },
    { key: "group" },
    { key: "horizon" },
    { key: "direction" },
    { key: "method" },
    { key: "weight" },
    { key: "share" },
    { key: "min" },
    { key: "max" },
    { key: "count" },
    { key: "band", count: m },
  ]);
}

/**
 * The matrix table's columns; with `sensitivity` the columns of the sensitivity block follow the
 * quadrant: class stability, per composite the weighted margin over its cut-off and its size (the sum
 * of the absolute terms, to tell a rounding residue from a margin), per criterion its tipping weight and the relative change to it, the
 * criterion closest to tipping and its tipping weight, and the order key of the least-stable list.
 */
export function matrixColumns(k: number, hasProfit: boolean, sensitivity = false): Columns {
  return columns([
    { key: "name" },
    { key: "raw", count: k },
    { key: "profit", when: hasProfit },
    { key: "score", count: k },
    { key: "den" },
    { key: "contrib", count: k },
    { key: "current" },
    { key: "future" },
    { key: "total" },
    { key: "rank" },
    { key: "cls" },
    { key: "quadrant" },
    { key: "stability", when: sensitivity },
    { key: "marginSum", count: 2, when: sensitivity },
    { key: "marginSize", count: 2, when: sensitivity },
    { key: "tip", count: k, when: sensitivity },
    { key: "tipChange", count: k, when: sensitivity },
    { key: "tipCriterion", when: sensitivity },
    { key: "tipWeight", when: sensitivity },
    { key: "stabilityKey", when: sensitivity },
  ]);
}

/** References into the weights block: a cell of criterion j's row, its band range. */
export function weightRefs(sheet: Sheet, ctx: Ctx) {
  const at = sheet.at("weights");
  const cell = (j: number, key: string, absolute = true): string =>
    sheet.ref("weights", 1 + j, ctx.weights.col(key), absolute);
  const bands = (j: number): RangeRef => ({
    row: at.row + 1 + j,
    col: at.col + ctx.weights.col("band", 0),
    rows: 1,
    cols: Math.max(1, ctx.m),
  });
  const column = (key: string, from: number, count: number): string =>
    sheet.range("weights", 1 + from, ctx.weights.col(key), count, 1, true);
  return { cell, bands, column };
}

export const cutRef = (sheet: Sheet, key: CutKey): string => sheet.ref("cutoffs", 1 + CUT_KEYS.indexOf(key), 1, true);

/**
 * The absolute reference of criterion j's weight in the matrix's aligned weight row (the row above
 * the header, under the criterion's score column).
 *
 * @example
 * alignedWeight(sheet.table("matrix"), 0); // "$O$45"
 */
export function alignedWeight(m: TableRefs, j: number): string {
  return a1({ row: m.headerRow - 1, col: m.col("score", j), rows: 1, cols: 1 }, true);
}
