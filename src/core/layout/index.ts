/**
 * A worksheet the add-in writes, as pure data: which cells get which values or formulas, which
 * ranges are tables, number formats, conditional colours and charts. The builders compute a
 * layout; each host (the Office JavaScript API, the workbench) only applies it. Coordinates are 0-based on the
 * layout's own sheet.
 *
 * @module
 */

/** A rectangle on the layout's sheet, 0-based. */
export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * One written cell: a literal value (text always stays text, even if it starts with "="),
 * a formula (A1 notation, English function names, starting with "="), or nothing.
 */
export type LayoutCell = null | { readonly v: string | number | boolean } | { readonly f: string };

/** A rectangular block of cells, written row by row. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly LayoutCell[])[];
}

/** An Excel table (ListObject) over a range whose first row is the header. */
export interface TableSpec {
  readonly name: string;
  readonly range: RangeRef;
  readonly style?: string;
}

/** A number format over a range, in Excel's format language (`"0.0%"`, `"#,##0"`). */
export interface FormatSpec {
  readonly range: RangeRef;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly fill?: string;
  readonly fontColor?: string;
}

/** Colour the cells of `range` whose text equals `text` (conditional formatting per class). */
export interface ConditionalSpec {
  readonly range: RangeRef;
  readonly text: string;
  readonly fill: string;
  readonly fontColor: string;
}

/**
 * A dropdown list on a range (data validation "list", in-cell dropdown): the allowed values as
 * literals, or the cells of a range (on this sheet unless `sheet` names another). Literal values are
 * joined with commas, so none may contain a comma and together they stay within
 * {@link LIST_SOURCE_MAX} characters (Excel's limit for a typed list); longer lists go in cells.
 */
export type ValidationSpec =
  | { readonly range: RangeRef; readonly values: readonly (string | number | boolean)[] }
  | { readonly range: RangeRef; readonly source: RangeRef; readonly sheet?: string };

/** The longest literal list source Excel keeps (the values joined with ","). */
export const LIST_SOURCE_MAX = 255;

/**
 * A literal list as Excel's `source` string, or why it cannot be one.
 *
 * @example
 * listSource(["A", "B", "C"]); // { source: "A,B,C" }
 * listSource(["1,5"]); // { problem: "comma" }
 */
export function listSource(
  values: readonly (string | number | boolean)[],
): { readonly source: string } | { readonly problem: "empty" | "comma" | "too-long" } {
  if (values.length === 0) return { problem: "empty" };
  const texts = values.map((v) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v)));
  if (texts.some((t) => t.includes(","))) return { problem: "comma" };
  const source = texts.join(",");
  return source.length > LIST_SOURCE_MAX ? { problem: "too-long" } : { source };
}

/**
 * Cells the user edits on our own sheet (the selection matrix's weights): a refresh that asks to
 * keep inputs writes the user's values back when the old sheet had an input block with the same
 * `key` and the same shape; otherwise the layout's own cells (the defaults) are written.
 */
export interface InputSpec {
  readonly key: string;
  readonly range: RangeRef;
}

/** One chart series: y values against x values (categories for bar, line and radar charts). */
export interface SeriesSpec {
  readonly name: string;
  readonly x: RangeRef;
  readonly y: RangeRef;
  /** Bubble charts: the bubble sizes, one per point (required there, refused elsewhere). */
  readonly sizes?: RangeRef;
  /** Markers only (scatter points) or a line through the points. */
  readonly style: "markers" | "line";
  readonly color?: string;
  /**
   * Text labels on single points of the series (the largest customers by name), by 0-based point index;
   * a point without a number (an #N/A) shows no label.
   */
  readonly pointLabels?: readonly PointLabel[];
}

/** A text label on one point of a series. */
export interface PointLabel {
  readonly index: number;
  readonly text: string;
}

/** A native chart, placed over a range of cells. */
export interface ChartSpec {
  readonly id: string;
  /**
   * `bubble`: x, y and a size per point (every series needs `sizes`); `radar`: values per category
   * around a circle (`x` the categories), drawn with markers or filled (the series' `style` picks
   * lines or markers; `radarFilled` fills them). Radar charts have no axis titles in Excel, so
   * `xTitle`/`yTitle` are not drawn there.
   */
  readonly type: "scatter" | "line" | "barStacked" | "columnStacked" | "bubble" | "radar" | "radarFilled";
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly series: readonly SeriesSpec[];
  readonly placement: RangeRef;
  /**
   * Text labels drawn at chart coordinates, for quadrant names: `align` "start" puts the text to the right
   * of the point, "end" to its left, "middle" (the default) centred on it.
   */
  readonly labels?: readonly ChartLabel[];
  /**
   * The cells that hold the labels' coordinates, in the order of `labels`, for a host whose series read
   * ranges: Excel draws the labels as the data labels of an unmarked series on these cells.
   */
  readonly labelPoints?: { readonly x: RangeRef; readonly y: RangeRef };
  readonly xPercent?: boolean;
  readonly yPercent?: boolean;
  /**
   * Fixed axis bounds (the bulk of the data, see `robustAxis`); the other axis crosses at the minimum
   * unless the axis gives `cross`.
   */
  readonly xAxis?: AxisSpec;
  readonly yAxis?: AxisSpec;
}

/** A text label at chart coordinates. */
export interface ChartLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly align?: "start" | "middle" | "end";
}

/**
 * Fixed bounds of a chart axis, with the distance between gridlines, and where on this axis the other
 * axis crosses it (`cross`, e.g. a cut-off, so that the two axes draw the quadrant lines; the tick labels
 * then stay at the plot's edge).
 */
export interface AxisSpec {
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly cross?: number;
}

/** A whole worksheet the add-in owns. */
export interface SheetLayout {
  /** The sheet name (unique in the workbook; the builder picks it). */
  readonly name: string;
  /** The owner tag written with the sheet, e.g. "kam:selection". */
  readonly tag: string;
  readonly blocks: readonly Block[];
  readonly tables: readonly TableSpec[];
  readonly formats: readonly FormatSpec[];
  readonly conditional: readonly ConditionalSpec[];
  readonly charts: readonly ChartSpec[];
  /** Column widths in characters, by 0-based column. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Rows frozen at the top (a table's header row and what is above it). */
  readonly freezeRows?: number;
  /** Dropdown lists (data validation). */
  readonly validations?: readonly ValidationSpec[];
  /** Input blocks a refresh can keep (see {@link InputSpec}). */
  readonly inputs?: readonly InputSpec[];
}

/** The values of one input block read from an existing sheet, row by row (see {@link keepInputs}). */
export interface KeptInput {
  readonly key: string;
  readonly rows: number;
  readonly cols: number;
  readonly values: readonly (readonly (string | number | boolean | null)[])[];
}

/**
 * The layout with the user's values of its input blocks: each input block whose key is in `kept`
 * with the same rows × columns gets those values as literal cells (blank stays blank); any other keeps
 * the layout's defaults. Pure; both hosts call it after reading the old sheet.
 *
 * @example
 * keepInputs(layout, [{ key: "weights", rows: 2, cols: 1, values: [[0.7], [0.3]] }]);
 */
export function keepInputs(layout: SheetLayout, kept: readonly KeptInput[]): SheetLayout {
  const byKey = new Map(kept.map((k) => [k.key, k]));
  const patches = (layout.inputs ?? []).flatMap((input) => {
    const k = byKey.get(input.key);
    return k !== undefined && k.rows === input.range.rows && k.cols === input.range.cols ? [{ input, k }] : [];
  });
  if (patches.length === 0) return layout;
  const patch: Block[] = patches.map(({ input, k }) => ({
    row: input.range.row,
    col: input.range.col,
    cells: k.values.map((line) => line.map((v): LayoutCell => (v === null || v === "" ? null : { v }))),
  }));
  // The patched cells replace the defaults: drop them from the other blocks, then add the patches.
  const covered = (r: number, c: number): boolean =>
    patches.some(
      ({ input: { range } }) =>
        r >= range.row && r < range.row + range.rows && c >= range.col && c < range.col + range.cols,
    );
  const blocks = layout.blocks.map((b) => ({
    ...b,
    cells: b.cells.map((line, i) => line.map((cell, j) => (covered(b.row + i, b.col + j) ? null : cell))),
  }));
  return { ...layout, blocks: [...blocks, ...patch] };
}

/**
 * The A1 column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0); // "A"
 * columnLetters(27); // "AB"
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a range (or a cell when 1×1), with optional absolute markers.
 *
 * @example
 * a1({ row: 1, col: 1, rows: 3, cols: 2 }); // "B2:C4"
 * a1({ row: 0, col: 0, rows: 1, cols: 1 }, true); // "$A$1"
 */
export function a1(range: RangeRef, absolute = false): string {
  const d = absolute ? "$" : "";
  const first = `${d}${columnLetters(range.col)}${d}${range.row + 1}`;
  if (range.rows === 1 && range.cols === 1) return first;
  const last = `${d}${columnLetters(range.col + range.cols - 1)}${d}${range.row + range.rows}`;
  return `${first}:${last}`;
}

/**
 * A sheet name quoted for use in a formula.
 *
 * @example
 * quoteSheet("KAM Selection"); // "'KAM Selection'"
 * quoteSheet("Data"); // "Data"
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
