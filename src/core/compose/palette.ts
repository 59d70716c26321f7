/**
 * The one palette of the sheets the add-in writes: a style per role (title, section heading, block
 * header, input cell, warning…), number formats by meaning, and the colours of classes, quadrants and
 * chart series. Builders name roles; only this file holds colours.
 *
 * @module
 */
import type { FormatSpec } from "../layout";

/** What a style sets on a range (a {@link FormatSpec} without its range). */
export type Style = Omit<FormatSpec, "range">;

/** The roles a builder can give a range. */
export const STYLES = {
  /** The sheet's title (first cell). */
  title: { bold: true },
  /** A section heading above a block. */
  heading: { bold: true, fontColor: "#0F548C" },
  /** The header row of a small block (weights, cut-offs, summaries). */
  header: { bold: true, fill: "#D9E1F2" },
  /** A header row without fill (column titles of a plain block). */
  plainHeader: { bold: true },
  /** A cell the user is meant to edit (weights, cut-offs, rates). */
  input: { fill: "#DDEBF7" },
  /** A cell the user is meant to edit, in a financial block (yellow, as controllers expect inputs). */
  moneyInput: { fill: "#FFF2CC", fontColor: "#000000" },
  /** A total row. */
  total: { bold: true },
  /** A warning text. */
  warning: { bold: true, fontColor: "#9C0006" },
  /** The header of a customer table written as a plain range (the KAM style: spills cannot sit in a table). */
  tableHeader: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" },
  /** The header of the cost-to-serve table written as a plain range. */
  moneyTableHeader: { bold: true, fill: "#0F548C", fontColor: "#FFFFFF" },
  /** A row of values that line up with a table's columns (the weights above the scores). */
  alignedValues: { numberFormat: "0.##", fontColor: "#1F4E79" },
} as const satisfies Record<string, Style>;

/** A style role. */
export type StyleRole = keyof typeof STYLES;

/** Number formats by meaning, in Excel's format language. */
export const NUMBER_FORMATS = {
  percent: "0.0%",
  money: "#,##0",
  rate: "#,##0.00",
  score: "0.00",
} as const;

/** Series colours that read well on white and on dark chart areas. */
export const SERIES_COLOURS = [
  "#0F6CBD",
  "#E3008C",
  "#13A10E",
  "#CA5010",
  "#8764B8",
  "#038387",
  "#986F0B",
  "#C239B3",
] as const;

/** Chart colours by role. */
export const CHART_COLOURS = {
  points: "#1F4E79",
  cutLine: "#C00000",
  costCutLine: "#C50F1F",
  reference: "#8A8886",
} as const;

/** A fill and a font colour for a class or quadrant. */
export interface Tint {
  readonly fill: string;
  readonly fontColor: string;
}

/** The tints of a two-by-two matrix, strongest first, and of loss (used by every class and quadrant model). */
export const QUADRANT_TINTS = {
  best: { fill: "#C6EFCE", fontColor: "#006100" },
  second: { fill: "#DDEBF7", fontColor: "#1F4E79" },
  third: { fill: "#FFEB9C", fontColor: "#9C5700" },
  last: { fill: "#EDEDED", fontColor: "#3A3A3A" },
  /** Loss-making: the class or quadrant to act on. */
  loss: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const satisfies Record<string, Tint>;

/**
 * A format spec for a range in a role, with an optional number format.
 *
 * @example
 * styled({ row: 0, col: 0, rows: 1, cols: 3 }, "header"); // { range, bold: true, fill: "#D9E1F2" }
 */
export function styled(range: FormatSpec["range"], role: StyleRole, numberFormat?: string): FormatSpec {
  return numberFormat === undefined ? { range, ...STYLES[role] } : { range, ...STYLES[role], numberFormat };
}
