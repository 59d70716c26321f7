import { CLASS_LABELS, type CustomerClass } from "../classification";
import type { SourceTable } from "../host";
import type { Lang } from "../lang";
import {
  a1,
  columnLetters,
  quoteSheet,
  type Block,
  type ChartSpec,
  type ConditionalSpec,
  type FormatSpec,
  type LayoutCell,
  type RangeRef,
  type SheetLayout,
} from "../layout";
import { PORTFOLIO_LABELS, type PortfolioQuadrant } from "../portfolio";
import { SHEET_ROW_LIMIT, headerText } from "../source";
import { SCALE, type SelectionConfig } from "./config";
import {
  AXES_LABELS,
  CLASS_COLOURS,
  DIRECTION_LABELS,
  GROUP_LABELS,
  HORIZON_LABELS,
  METHOD_LABELS,
  QUADRANT_COLOURS,
  SHEET_TEXT,
  STYLE_LABELS,
} from "./labels";
import { COMPOSITE_DECIMALS, KEY_ACCOUNT_LIMIT, findColumn, resolveCriteria } from "./preview";

/** The owner tag of the sheets this builder writes. */
export const SELECTION_TAG = "kam:selection";

/** The order of the classes in the summary. */
export const CLASS_ORDER: readonly CustomerClass[] = ["key", "futureKey", "large", "small", "loss"];
/** The order of the quadrants in the summary. */
export const QUADRANT_ORDER: readonly PortfolioQuadrant[] = ["strategic", "star", "status", "streamline"];

/** Where things are on the written sheet (0-based), for tests and for "Explain". */
export interface SelectionLayoutMap {
  readonly sheet: string;
  /** The table's header row and its first data row; data row i is source row i. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly rows: number;
  readonly columns: {
    readonly customer: number;
    readonly raw: readonly number[];
    readonly profit?: number;
    readonly scores: readonly number[];
    readonly weightPresent: number;
    readonly contributions: readonly number[];
    readonly current: number;
    readonly future: number;
    readonly total: number;
    readonly rank: number;
    readonly cls: number;
    readonly quadrant: number;
  };
  /** The weight cells (one per criterion, written order) and the cut-off cells. */
  readonly weightCells: readonly RangeRef[];
  readonly bandCells: readonly RangeRef[];
  readonly cutCells: {
    readonly current: RangeRef;
    readonly future: RangeRef;
    readonly attractiveness: RangeRef;
    readonly strength: RangeRef;
  };
  /** Count cells of the summary, per class and per quadrant. */
  readonly classCountCells: Readonly<Record<CustomerClass, RangeRef>>;
  readonly quadrantCountCells: Readonly<Record<PortfolioQuadrant, RangeRef>>;
  readonly warningCell: RangeRef;
}

/** A built selection sheet, or why it cannot be built. */
export type SelectionBuild =
  | { readonly ok: true; readonly layout: SheetLayout; readonly map: SelectionLayoutMap }
  | { readonly ok: false; readonly reason: "too_many_rows" | "unknown_column" | "no_rows"; readonly message: string };

/** Options of the generator. */
export interface SelectionLayoutOptions {
  /** Sheet names already in the workbook (a new sheet gets a unique name). */
  readonly existingSheets?: readonly string[];
  /** Write to this sheet name (a refresh of the add-in's own sheet) instead of a new unique one. */
  readonly sheetName?: string;
}

const cell = (r: number, c: number): RangeRef => ({ row: r, col: c, rows: 1, cols: 1 });
const ref = (r: number, c: number, absolute = false): string => a1(cell(r, c), absolute);
const colRange = (r0: number, rows: number, c: number): RangeRef => ({ row: r0, col: c, rows, cols: 1 });
const v = (value: string | number | boolean): LayoutCell => ({ v: value });
const f = (formula: string): LayoutCell => ({ f: formula });
const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Compiles a formula template with row markers into a function that fills them in. The result is
 * built with one `join`, a flat string (template literals would keep a rope of pieces per cell,
 * several times the memory at 100,000 rows).
 *
 * @example
 * compileRowTemplate("=A\u0001+Data!B\u0002", "\u0001", "\u0002")(5, 2); // "=A5+Data!B2"
 */
export function compileRowTemplate(
  template: string,
  rowMark: string,
  sourceMark: string,
): (row: number, source: number) => string {
  const parts = template.split(new RegExp(`(${rowMark}|${sourceMark})`));
  const slots: { at: number; source: boolean }[] = [];
  parts.forEach((p, at) => {
    if (p === rowMark || p === sourceMark) slots.push({ at, source: p === sourceMark });
  });
  const buffer = [...parts];
  return (row, source) => {
    const r = String(row);
    const s = String(source);
    for (const slot of slots) buffer[slot.at] = slot.source ? s : r;
    return buffer.join("");
  };
}

/**
 * A sheet name not yet in use (case-insensitive): `base`, then `base (2)`, `base (3)`…, at most
 * 31 characters.
 *
 * @example
 * uniqueSheetName("KAM Selection", ["Data", "kam selection"]); // "KAM Selection (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base.slice(0, 31);
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A valid Excel table name derived from a sheet name.
 *
 * @example
 * tableNameFor("KAM Selection (2)"); // "KAM_Selection_2"
 */
export function tableNameFor(sheet: string): string {
  const cleaned = sheet
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .replace(/_+/g, "_");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `T_${cleaned}`;
}

function dedupe(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    let name = h;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${h} (${i})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * The selection-matrix sheet for a source and a configuration: the weights block, the cut-offs,
 * the class and portfolio summaries, the matrix (an Excel table in the portable style) and the
 * scatter chart. Every output is a formula on the source cells and the weights block, in the
 * chosen style; customer names are literal values. See the module notes of `index.ts`.
 *
 * @example
 * const built = buildSelectionLayout(table, config, { existingSheets: ["Customers"] });
 * built.ok && built.layout.name; // "KAM Selection"
 */
export function buildSelectionLayout(
  table: SourceTable,
  config: SelectionConfig,
  options: SelectionLayoutOptions = {},
): SelectionBuild {
  const lang: Lang = config.lang;
  const t = (key: keyof typeof SHEET_TEXT): string => SHEET_TEXT[key][lang];
  const n = table.rows.length;
  const criteria = resolveCriteria(table, config);
  const k = criteria.length;
  const missing = criteria.find((c) => c.column < 0);
  const nameCol = findColumn(table, config.nameColumn);
  const profitCol = config.profitColumn === undefined ? undefined : findColumn(table, config.profitColumn);
  if (missing !== undefined || nameCol < 0 || profitCol === -1) {
    const which = missing?.criterion.column ?? (nameCol < 0 ? config.nameColumn : (config.profitColumn ?? ""));
    return {
      ok: false,
      reason: "unknown_column",
      message:
        lang === "nl"
          ? `De kolom "${which}" staat niet in de brontabel.`
          : `The column "${which}" is not in the source table.`,
    };
  }
  if (n === 0) {
    return {
      ok: false,
      reason: "no_rows",
      message: lang === "nl" ? "De brontabel heeft geen gegevensrijen." : "The source table has no data rows.",
    };
  }
  const kc = criteria.filter((c) => c.criterion.horizon === "current").length;
  const m = Math.max(0, ...criteria.map((c) => (c.criterion.method === "bands" ? c.criterion.bands.length : 0)));
  const hasProfit = profitCol !== undefined;

  // Rows of the top area.
  const W0 = 4;
  const M0 = W0 + 1 + k + 1;
  const ALIGNED = M0 + 9;
  const T0 = ALIGNED + 1;
  const F0 = T0 + 1;
  if (F0 + n > SHEET_ROW_LIMIT) {
    return {
      ok: false,
      reason: "too_many_rows",
      message:
        lang === "nl"
          ? `${n} klanten passen niet op één werkblad onder de gewichten (hoogstens ${SHEET_ROW_LIMIT - F0}).`
          : `${n} customers do not fit on one worksheet below the weights (at most ${SHEET_ROW_LIMIT - F0}).`,
    };
  }
  const sheet = options.sheetName ?? uniqueSheetName(t("sheetName"), options.existingSheets ?? []);

  // Columns of the matrix.
  const C_NAME = 0;
  const C_RAW = (j: number): number => 1 + j;
  const C_PROFIT = 1 + k;
  const S0 = 1 + k + (hasProfit ? 1 : 0);
  const C_SCORE = (j: number): number => S0 + j;
  const C_DEN = S0 + k;
  const C_CONTRIB = (j: number): number => C_DEN + 1 + j;
  const C_CUR = C_DEN + 1 + k;
  const C_FUT = C_CUR + 1;
  const C_TOT = C_CUR + 2;
  const C_RANK = C_CUR + 3;
  const C_CLS = C_CUR + 4;
  const C_QUAD = C_CUR + 5;
  const WIDTH = C_QUAD + 1;

  // Cells of the top area.
  const weightCell = (j: number): RangeRef => cell(W0 + 1 + j, 5);
  const bandRange = (j: number): RangeRef => ({ row: W0 + 1 + j, col: 10, rows: 1, cols: Math.max(1, m) });
  const cutRow = { current: M0 + 1, future: M0 + 2, attractiveness: M0 + 3, strength: M0 + 4 } as const;
  const cutRef = (key: keyof typeof cutRow): string => ref(cutRow[key], 1, true);
  const dataCol = (c: number): string => a1(colRange(F0, n, c), true);
  const statRef = (j: number, c: 7 | 8 | 9): string => ref(W0 + 1 + j, c, true);

  const blocks: Block[] = [];
  const formats: FormatSpec[] = [];

  // Title.
  const styleText = STYLE_LABELS[config.style][lang];
  blocks.push({
    row: 0,
    col: 0,
    cells: [
      [v(t("title"))],
      [
        v(
          `${t("source")}: ${quoteSheet(table.sheet)}!${table.address} · ${t("style")}: ${styleText} · ${AXES_LABELS[config.axes][lang]}`,
        ),
      ],
      [v(t("editHint"))],
    ],
  });
  formats.push({ range: cell(0, 0), bold: true });

  // Weights block.
  const weightHeader: LayoutCell[] = [
    v(t("criterion")),
    v(t("group")),
    v(t("horizon")),
    v(t("direction")),
    v(t("method")),
    v(t("weight")),
    v(t("weightShare")),
    v(t("min")),
    v(t("max")),
    v(t("count")),
    ...Array.from({ length: m }, (_, i) => v(`${t("band")} ${i + 1}`)),
  ];
  const weightSum = `SUM(${a1({ row: W0 + 1, col: 5, rows: k, cols: 1 }, true)})`;
  const weightRows: LayoutCell[][] = criteria.map((c, j) => {
    const raw = dataCol(C_RAW(j));
    const r = W0 + 1 + j;
    const bands = c.criterion.method === "bands" ? c.criterion.bands : [];
    return [
      v(c.criterion.column),
      v(GROUP_LABELS[c.criterion.group][lang]),
      v(HORIZON_LABELS[c.criterion.horizon][lang]),
      v(DIRECTION_LABELS[c.criterion.direction][lang]),
      v(METHOD_LABELS[c.criterion.method][lang]),
      v(c.criterion.weight),
      f(`=IF(${weightSum}>0,${ref(r, 5)}/${weightSum},0)`),
      f(`=MIN(${raw})`),
      f(`=MAX(${raw})`),
      f(`=COUNT(${raw})`),
      ...Array.from({ length: m }, (_, i) => (bands[i] === undefined ? null : v(bands[i] as number))),
    ];
  });
  blocks.push({ row: W0, col: 0, cells: [weightHeader, ...weightRows] });
  formats.push({ range: { row: W0, col: 0, rows: 1, cols: weightHeader.length }, bold: true, fill: "#D9E1F2" });
  formats.push({ range: { row: W0 + 1, col: 5, rows: k, cols: 1 }, fill: "#DDEBF7" });
  formats.push({ range: { row: W0 + 1, col: 6, rows: k, cols: 1 }, numberFormat: "0.0%" });
  criteria.forEach((c, j) => {
    if (c.criterion.method === "bands") formats.push({ range: bandRange(j), fill: "#DDEBF7" });
  });

  // Cut-offs.
  blocks.push({
    row: M0,
    col: 0,
    cells: [
      [v(t("cutoffs")), v(t("value"))],
      [v(t("cutCurrent")), v(config.cuts.current)],
      [v(t("cutFuture")), v(config.cuts.future)],
      [v(t("cutAttractiveness")), v(config.cuts.attractiveness)],
      [v(t("cutStrength")), v(config.cuts.strength)],
    ],
  });
  formats.push({ range: { row: M0, col: 0, rows: 1, cols: 2 }, bold: true, fill: "#D9E1F2" });
  formats.push({ range: { row: M0 + 1, col: 1, rows: 4, cols: 1 }, fill: "#DDEBF7" });

  // Class summary (D..F) and portfolio summary (H..J).
  const clsCol = dataCol(C_CLS);
  const quadCol = dataCol(C_QUAD);
  const classTotal = ref(M0 + 1 + CLASS_ORDER.length, 4, true);
  const classCountCells = {} as Record<CustomerClass, RangeRef>;
  const classRows: LayoutCell[][] = CLASS_ORDER.map((c, i) => {
    const r = M0 + 1 + i;
    classCountCells[c] = cell(r, 4);
    return [
      v(CLASS_LABELS[c][lang]),
      f(`=COUNTIF(${clsCol},${ref(r, 3)})`),
      f(`=IF(${classTotal}>0,${ref(r, 4)}/${classTotal},0)`),
    ];
  });
  const keyCount = ref(classCountCells.key.row, 4, true);
  blocks.push({
    row: M0,
    col: 3,
    cells: [
      [v(t("classHeader")), v(t("customers")), v(t("share"))],
      ...classRows,
      [v(t("total")), f(`=SUM(${a1({ row: M0 + 1, col: 4, rows: CLASS_ORDER.length, cols: 1 })})`), null],
      [f(`=IF(${keyCount}>${KEY_ACCOUNT_LIMIT},${str(t("tooManyKey"))},"")`)],
    ],
  });
  const warningCell = cell(M0 + 2 + CLASS_ORDER.length, 3);
  formats.push({ range: { row: M0, col: 3, rows: 1, cols: 3 }, bold: true, fill: "#D9E1F2" });
  formats.push({ range: { row: M0 + 1 + CLASS_ORDER.length, col: 3, rows: 1, cols: 2 }, bold: true });
  formats.push({ range: { row: M0 + 1, col: 5, rows: CLASS_ORDER.length, cols: 1 }, numberFormat: "0.0%" });
  formats.push({ range: warningCell, bold: true, fontColor: "#9C0006" });

  const quadTotal = ref(M0 + 1 + QUADRANT_ORDER.length, 8, true);
  const quadrantCountCells = {} as Record<PortfolioQuadrant, RangeRef>;
  const quadRows: LayoutCell[][] = QUADRANT_ORDER.map((q, i) => {
    const r = M0 + 1 + i;
    quadrantCountCells[q] = cell(r, 8);
    return [
      v(PORTFOLIO_LABELS[q][lang]),
      f(`=COUNTIF(${quadCol},${ref(r, 7)})`),
      f(`=IF(${quadTotal}>0,${ref(r, 8)}/${quadTotal},0)`),
    ];
  });
  blocks.push({
    row: M0,
    col: 7,
    cells: [
      [v(t("quadrantHeader")), v(t("customers")), v(t("share"))],
      ...quadRows,
      [v(t("total")), f(`=SUM(${a1({ row: M0 + 1, col: 8, rows: QUADRANT_ORDER.length, cols: 1 })})`), null],
    ],
  });
  formats.push({ range: { row: M0, col: 7, rows: 1, cols: 3 }, bold: true, fill: "#D9E1F2" });
  formats.push({ range: { row: M0 + 1 + QUADRANT_ORDER.length, col: 7, rows: 1, cols: 2 }, bold: true });
  formats.push({ range: { row: M0 + 1, col: 9, rows: QUADRANT_ORDER.length, cols: 1 }, numberFormat: "0.0%" });

  // Chart lines (L..N): the cut-offs of the chart's axes as two line segments.
  const mcdonald = config.axes === "attractivenessStrength";
  const xCut = cutRef(mcdonald ? "strength" : "current");
  const yCut = cutRef(mcdonald ? "attractiveness" : "future");
  const L0 = 11;
  blocks.push({
    row: M0,
    col: L0,
    cells: [
      [v(t("chartLines")), v("x"), v("y")],
      [v(t("cutLineX")), f(`=${xCut}`), v(SCALE.low)],
      [null, f(`=${xCut}`), v(SCALE.high)],
      [v(t("cutLineY")), v(SCALE.low), f(`=${yCut}`)],
      [null, v(SCALE.high), f(`=${yCut}`)],
    ],
  });
  formats.push({ range: { row: M0, col: L0, rows: 1, cols: 3 }, bold: true, fill: "#D9E1F2" });

  // The matrix: aligned weights row, header, data.
  const aligned: LayoutCell[] = new Array<LayoutCell>(WIDTH).fill(null);
  aligned[C_NAME] = v(t("weightRow"));
  criteria.forEach((_, j) => {
    aligned[C_SCORE(j)] = f(`=${ref(weightCell(j).row, 5, true)}`);
  });
  const names = criteria.map((c) => headerText(table.headers[c.column]));
  const header = dedupe([
    t("customer"),
    ...names,
    ...(hasProfit ? [`${t("profit")}: ${headerText(table.headers[profitCol])}`] : []),
    ...names.map((h) => `${t("scorePrefix")}${h}`),
    t("weightPresent"),
    ...names.map((h) => `${t("contributionPrefix")}${h}`),
    t("current"),
    t("future"),
    t("totalScore"),
    t("rank"),
    t("classHeader"),
    t("quadrantHeader"),
  ]).map(v);

  const src = quoteSheet(table.sheet);
  const L = (c: number): string => columnLetters(c);
  const wAbs = (from: number, count: number): string =>
    count === 0 ? "" : a1({ row: ALIGNED, col: C_SCORE(from), rows: 1, cols: count }, true);
  const kam = config.style === "kam";
  const clsLabel = (c: CustomerClass): string => str(CLASS_LABELS[c][lang]);
  const quadLabel = (q: PortfolioQuadrant): string => str(PORTFOLIO_LABELS[q][lang]);
  const scoreFormula = (j: number): ((x: string) => string) => {
    const c = criteria[j]?.criterion;
    if (c === undefined) return () => "";
    const low = SCALE.low;
    const span = SCALE.high - SCALE.low;
    const mirror = (body: string): string => (c.direction === "higher" ? body : `${SCALE.low + SCALE.high}-${body}`);
    const raw = dataCol(C_RAW(j));
    switch (c.method) {
      case "score":
        return (x) => `=IF(ISNUMBER(${x}),${mirror(x)},"")`;
      case "minmax": {
        const lo = statRef(j, 7);
        const hi = statRef(j, 8);
        return (x) =>
          `=IF(ISNUMBER(${x}),${mirror(`IF(${hi}>${lo},${low}+(${x}-${lo})/(${hi}-${lo})*${span},${low + span / 2})`)},"")`;
      }
      case "percentile": {
        const cnt = statRef(j, 9);
        const op = c.direction === "higher" ? "<" : ">";
        return (x) =>
          `=IF(ISNUMBER(${x}),IF(${cnt}>1,${low}+COUNTIF(${raw},"${op}"&${x})/(${cnt}-1)*${span},${low + span / 2}),"")`;
      }
      case "bands": {
        const b = a1(bandRange(j), true);
        return (x) => `=IF(ISNUMBER(${x}),${mirror(`(${low}+COUNTIF(${b},"<="&${x})*(${span}/COUNT(${b})))`)},"")`;
      }
    }
  };
  const kamNormalize = (j: number): string | undefined => {
    const c = criteria[j]?.criterion;
    if (c === undefined || c.method === "score") return undefined;
    const dir = c.direction === "higher" ? 1 : -1;
    const bands = c.method === "bands" ? `,${a1(bandRange(j), true)}` : "";
    return `=KAM.NORMALIZE(${dataCol(C_RAW(j))},"${c.method}",${SCALE.low},${SCALE.high},${dir}${bands})`;
  };
  const composite = (w: string, s: string): string => {
    const den = `SUMPRODUCT(${w},--ISNUMBER(${s}))`;
    return `=IF(${den}=0,NA(),ROUND(SUMPRODUCT(${w},${s})/${den},${COMPOSITE_DECIMALS}))`;
  };
  const kamComposite = (from: number, count: number): string =>
    `=ROUND(KAM.SCORE(${a1({ row: F0, col: C_SCORE(from), rows: n, cols: count }, true)},${a1(
      { row: W0 + 1 + from, col: 5, rows: count, cols: 1 },
      true,
    )}),${COMPOSITE_DECIMALS})`;
  const cut = {
    current: cutRef("current"),
    future: cutRef("future"),
    attractiveness: cutRef("attractiveness"),
    strength: cutRef("strength"),
  };

  // Per-row formulas as templates: R marks the sheet row, S the source row (1-based).
  const R = "\u0001";
  const S = "\u0002";
  const C = `${L(C_CUR)}${R}`;
  const F = `${L(C_FUT)}${R}`;
  const T = `${L(C_TOT)}${R}`;
  const scoreRow = (from: number, to: number): string => `${L(C_SCORE(from))}${R}:${L(C_SCORE(to))}${R}`;
  const perRow: { col: number; template: string }[] = [];
  const firstRowOnly: { col: number; formula: string }[] = [];
  const cleanRaw = (letters: string): string => `=IF(ISNUMBER(${src}!${letters}${S}),${src}!${letters}${S},"")`;
  // The KAM style spills one array formula per column (Excel 365, HyperFormula): n per-row formulas
  // that all read the same weight cell cost the engine O(n) each to link, O(n²) in all.
  const sourceColumn = (c: number): string => {
    const letters = columnLetters(table.origin.col + c);
    return `${src}!$${letters}$${table.origin.row + 2}:$${letters}$${table.origin.row + 1 + n}`;
  };
  const spilledRaw = (c: number): string => `=IF(ISNUMBER(${sourceColumn(c)}),${sourceColumn(c)},"")`;
  const den = `${L(C_DEN)}${R}`;
  criteria.forEach((c, j) => {
    const weight = ref(ALIGNED, C_SCORE(j), true);
    if (kam) {
      const scores = dataCol(C_SCORE(j));
      firstRowOnly.push(
        { col: C_RAW(j), formula: spilledRaw(c.column) },
        { col: C_SCORE(j), formula: kamNormalize(j) ?? scoreFormula(j)(dataCol(C_RAW(j))) },
        { col: C_CONTRIB(j), formula: `=IF(ISNUMBER(${scores}),${weight}*${scores}/${dataCol(C_DEN)},"")` },
      );
      return;
    }
    perRow.push({ col: C_RAW(j), template: cleanRaw(columnLetters(table.origin.col + c.column)) });
    perRow.push({ col: C_SCORE(j), template: scoreFormula(j)(`${L(C_RAW(j))}${R}`) });
    const sc = `${L(C_SCORE(j))}${R}`;
    perRow.push({ col: C_CONTRIB(j), template: `=IF(ISNUMBER(${sc}),${weight}*${sc}/${den},"")` });
  });
  if (kam) {
    if (hasProfit) firstRowOnly.push({ col: C_PROFIT, formula: spilledRaw(profitCol) });
    const allScores = a1({ row: F0, col: C_SCORE(0), rows: n, cols: k }, true);
    const weights = a1({ row: W0 + 1, col: 5, rows: k, cols: 1 }, true);
    firstRowOnly.push({ col: C_DEN, formula: `=MMULT(--ISNUMBER(${allScores}),${weights})` });
  } else {
    if (hasProfit) perRow.push({ col: C_PROFIT, template: cleanRaw(columnLetters(table.origin.col + profitCol)) });
    perRow.push({ col: C_DEN, template: `=SUMPRODUCT(${wAbs(0, k)},--ISNUMBER(${scoreRow(0, k - 1)}))` });
  }
  if (kam) {
    const profit = hasProfit ? dataCol(C_PROFIT) : "";
    firstRowOnly.push(
      { col: C_CUR, formula: kamComposite(0, kc) },
      { col: C_FUT, formula: kamComposite(kc, k - kc) },
      { col: C_TOT, formula: kamComposite(0, k) },
      {
        col: C_CLS,
        formula: `=KAM.CLASSIFY(${dataCol(C_CUR)},${dataCol(C_FUT)},${profit},${cut.current},${cut.future},"${lang}")`,
      },
      {
        col: C_QUAD,
        formula: `=KAM.PORTFOLIO(${dataCol(C_FUT)},${dataCol(C_CUR)},${cut.attractiveness},${cut.strength},"${lang}")`,
      },
    );
  } else {
    const loss = hasProfit ? `IF(N(${L(C_PROFIT)}${R})<0,${clsLabel("loss")},` : "";
    const lossEnd = hasProfit ? ")" : "";
    perRow.push(
      { col: C_CUR, template: composite(wAbs(0, kc), scoreRow(0, kc - 1)) },
      { col: C_FUT, template: composite(wAbs(kc, k - kc), scoreRow(kc, k - 1)) },
      {
        col: C_TOT,
        template: `=IF(${den}=0,NA(),ROUND(SUMPRODUCT(${wAbs(0, k)},${scoreRow(0, k - 1)})/${den},${COMPOSITE_DECIMALS}))`,
      },
      {
        col: C_CLS,
        template:
          `=IF(ISERROR(${C}+${F}),${C}+${F},${loss}IF(${C}>=${cut.current},IF(${F}>=${cut.future},` +
          `${clsLabel("key")},${clsLabel("large")}),IF(${F}>=${cut.future},${clsLabel("futureKey")},` +
          `${clsLabel("small")}))${lossEnd})`,
      },
      {
        col: C_QUAD,
        template:
          `=IF(ISERROR(${C}+${F}),${C}+${F},IF(${F}>=${cut.attractiveness},IF(${C}>=${cut.strength},` +
          `${quadLabel("strategic")},${quadLabel("star")}),IF(${C}>=${cut.strength},${quadLabel("status")},` +
          `${quadLabel("streamline")})))`,
      },
    );
  }
  if (kam) firstRowOnly.push({ col: C_RANK, formula: `=IFERROR(KAM.RANK(${dataCol(C_TOT)}),"")` });
  else perRow.push({ col: C_RANK, template: `=IF(ISNUMBER(${T}),COUNTIF(${dataCol(C_TOT)},">"&${T})+1,"")` });
  const compiled = perRow.map(({ col, template }) => ({ col, fill: compileRowTemplate(template, R, S) }));

  const rows: LayoutCell[][] = new Array<LayoutCell[]>(n);
  for (let i = 0; i < n; i++) {
    const r1 = F0 + i + 1;
    const sr = table.origin.row + 2 + i;
    const line = new Array<LayoutCell>(WIDTH).fill(null);
    const name = table.rows[i]?.[nameCol] ?? null;
    line[C_NAME] = typeof name === "object" ? null : v(name);
    for (const { col, fill } of compiled) line[col] = { f: fill(r1, sr) };
    if (i === 0) for (const { col, formula } of firstRowOnly) line[col] = f(formula);
    rows[i] = line;
  }
  blocks.push({ row: ALIGNED, col: 0, cells: [aligned, header, ...rows] });

  formats.push({ range: cell(ALIGNED, 0), bold: true });
  formats.push({
    range: { row: ALIGNED, col: C_SCORE(0), rows: 1, cols: k },
    numberFormat: "0.##",
    fontColor: "#1F4E79",
  });
  if (kam)
    formats.push({
      range: { row: T0, col: 0, rows: 1, cols: WIDTH },
      bold: true,
      fill: "#1F4E79",
      fontColor: "#FFFFFF",
    });
  formats.push({ range: { row: F0, col: C_SCORE(0), rows: n, cols: k }, numberFormat: "0.00" });
  formats.push({ range: { row: F0, col: C_CONTRIB(0), rows: n, cols: k }, numberFormat: "0.00" });
  formats.push({ range: { row: F0, col: C_CUR, rows: n, cols: 3 }, numberFormat: "0.00" });

  const conditional: ConditionalSpec[] = [
    ...CLASS_ORDER.map((c) => ({ range: colRange(F0, n, C_CLS), text: CLASS_LABELS[c][lang], ...CLASS_COLOURS[c] })),
    ...CLASS_ORDER.map((c) => ({
      range: cell(M0 + 1 + CLASS_ORDER.indexOf(c), 3),
      text: CLASS_LABELS[c][lang],
      ...CLASS_COLOURS[c],
    })),
    ...QUADRANT_ORDER.map((q) => ({
      range: colRange(F0, n, C_QUAD),
      text: PORTFOLIO_LABELS[q][lang],
      ...QUADRANT_COLOURS[q],
    })),
  ];

  const xCutValue = mcdonald ? config.cuts.strength : config.cuts.current;
  const yCutValue = mcdonald ? config.cuts.attractiveness : config.cuts.future;
  const mid = (a: number, b: number): number => Math.round(((a + b) / 2) * 100) / 100;
  const xLow = mid(SCALE.low, xCutValue);
  const xHigh = mid(xCutValue, SCALE.high);
  const yLow = mid(SCALE.low, yCutValue);
  const yHigh = mid(yCutValue, SCALE.high);
  const labels = mcdonald
    ? [
        { text: PORTFOLIO_LABELS.strategic[lang], x: xHigh, y: yHigh },
        { text: PORTFOLIO_LABELS.star[lang], x: xLow, y: yHigh },
        { text: PORTFOLIO_LABELS.status[lang], x: xHigh, y: yLow },
        { text: PORTFOLIO_LABELS.streamline[lang], x: xLow, y: yLow },
      ]
    : [
        { text: CLASS_LABELS.key[lang], x: xHigh, y: yHigh },
        { text: CLASS_LABELS.futureKey[lang], x: xLow, y: yHigh },
        { text: CLASS_LABELS.large[lang], x: xHigh, y: yLow },
        { text: CLASS_LABELS.small[lang], x: xLow, y: yLow },
      ];
  const chartCol = Math.max(10 + m, L0 + 3) + 1;
  const chart: ChartSpec = {
    id: "selection-scatter",
    type: "scatter",
    title: t(mcdonald ? "chartMcDonald" : "chartCurrentFuture"),
    xTitle: t(mcdonald ? "axisStrength" : "axisCurrent"),
    yTitle: t(mcdonald ? "axisAttractiveness" : "axisFuture"),
    series: [
      {
        name: t("customers"),
        x: colRange(F0, n, C_CUR),
        y: colRange(F0, n, C_FUT),
        style: "markers",
        color: "#1F4E79",
      },
      {
        name: t("cutLineX"),
        x: colRange(M0 + 1, 2, L0 + 1),
        y: colRange(M0 + 1, 2, L0 + 2),
        style: "line",
        color: "#C00000",
      },
      {
        name: t("cutLineY"),
        x: colRange(M0 + 3, 2, L0 + 1),
        y: colRange(M0 + 3, 2, L0 + 2),
        style: "line",
        color: "#C00000",
      },
    ],
    placement: { row: 0, col: chartCol, rows: Math.max(18, ALIGNED - 1), cols: 8 },
    labels,
  };

  const columnWidths: Record<number, number> = { 0: 30 };
  for (let c = 1; c < WIDTH; c++) columnWidths[c] = c <= 4 ? 20 : 13;

  const layout: SheetLayout = {
    name: sheet,
    tag: SELECTION_TAG,
    blocks,
    tables: kam ? [] : [{ name: tableNameFor(sheet), range: { row: T0, col: 0, rows: n + 1, cols: WIDTH } }],
    formats,
    conditional,
    charts: [chart],
    columnWidths,
  };
  const columns = {
    customer: C_NAME,
    raw: criteria.map((_, j) => C_RAW(j)),
    scores: criteria.map((_, j) => C_SCORE(j)),
    weightPresent: C_DEN,
    contributions: criteria.map((_, j) => C_CONTRIB(j)),
    current: C_CUR,
    future: C_FUT,
    total: C_TOT,
    rank: C_RANK,
    cls: C_CLS,
    quadrant: C_QUAD,
  };
  return {
    ok: true,
    layout,
    map: {
      sheet,
      headerRow: T0,
      firstDataRow: F0,
      rows: n,
      columns: hasProfit ? { ...columns, profit: C_PROFIT } : columns,
      weightCells: criteria.map((_, j) => weightCell(j)),
      bandCells: criteria.map((_, j) => bandRange(j)),
      cutCells: {
        current: cell(cutRow.current, 1),
        future: cell(cutRow.future, 1),
        attractiveness: cell(cutRow.attractiveness, 1),
        strength: cell(cutRow.strength, 1),
      },
      classCountCells,
      quadrantCountCells,
      warningCell,
    },
  };
}
