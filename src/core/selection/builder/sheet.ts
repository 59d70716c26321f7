/**
 * The selection-matrix sheet as a list of named blocks on the sheet composer: title, weights,
 * cut-offs, class and portfolio summaries, chart lines, the matrix table and the scatter chart.
 * Every place follows from the blocks' sizes ("cut-offs below weights", "classes beside cut-offs");
 * every reference into the matrix goes through its column registry.
 *
 * @module
 */
import { CLASS_LABELS, type CustomerClass } from "../../classification";
import {
  HEADING_WIDTH,
  compose,
  dataRows,
  fx,
  lit,
  placeBlocks,
  quoted,
  tableBlock,
  tableNameForSheet,
  uniqueSheetName,
  SRC,
  type BlockDef,
  type Locate,
  type Sheet,
  type TableRefs,
} from "../../compose";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import { a1, columnLetters, quoteSheet, type LayoutCell, type RangeRef, type SheetLayout } from "../../layout";
import { PORTFOLIO_LABELS, type PortfolioQuadrant } from "../../portfolio";
import { SHEET_ROW_LIMIT, headerText } from "../../source";
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
import {
  CUT_KEYS,
  CUT_TEXT,
  cutRef,
  matrixColumns,
  right,
  weightColumns,
  weightRefs,
  type Ctx,
  type CutKey,
} from "./context";
import { COMPOSITE_DECIMALS, KEY_ACCOUNT_LIMIT, findColumn, resolveCriteria } from "./preview";
import {
  kamSensitivity,
  leastStableBlock,
  pairwiseBlock,
  pairwiseId,
  pairwiseWeightFormula,
  portableSensitivity,
  rowSensitivity,
  stabilityChartBlock,
} from "./sensitivity";

/** The owner tag of the sheets this builder writes. */
export const SHEET_TAG = "kam:selection";
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
  /** The "Unclassified" counts (customers without a class or quadrant) and the totals below them. */
  readonly unclassifiedCells: { readonly classes: RangeRef; readonly quadrants: RangeRef };
  readonly totalCells: { readonly classes: RangeRef; readonly quadrants: RangeRef };
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
  /** Table and defined names already in the workbook (the table gets a name unique against them). */
  readonly existingTables?: readonly string[];
  /** Write to this sheet name (a refresh of the add-in's own sheet) instead of a new unique one. */
  readonly sheetName?: string;
}

/** Why a selection sheet cannot be built. */
export type SelectionBuildProblem =
  | { readonly reason: "unknown_column"; readonly column: string }
  | { readonly reason: "no_rows" }
  | { readonly reason: "too_many_rows"; readonly customers: number; readonly limit: number };

type ProblemTable = {
  readonly [R in SelectionBuildProblem["reason"]]: (p: Extract<SelectionBuildProblem, { reason: R }>) => string;
};

/** The messages of {@link SelectionBuildProblem}, one table per language. */
export const SELECTION_BUILD_MESSAGES: Readonly<Record<Lang, ProblemTable>> = {
  en: {
    unknown_column: (p) => `The column "${p.column}" is not in the source table.`,
    no_rows: () => "The source table has no data rows.",
    too_many_rows: (p) =>
      `${p.customers} customers do not fit on one worksheet below the weights (at most ${p.limit}).`,
  },
  nl: {
    unknown_column: (p) => `De kolom "${p.column}" staat niet in de brontabel.`,
    no_rows: () => "De brontabel heeft geen gegevensrijen.",
    too_many_rows: (p) =>
      `${p.customers} klanten passen niet op één werkblad onder de gewichten (hoogstens ${p.limit}).`,
  },
};

/**
 * The message of a build problem in a language.
 *
 * @example
 * formatSelectionBuildProblem({ reason: "no_rows" }, "nl"); // "De brontabel heeft geen gegevensrijen."
 */
export function formatSelectionBuildProblem(problem: SelectionBuildProblem, lang: Lang): string {
  const table = SELECTION_BUILD_MESSAGES[lang];
  return (table[problem.reason] as (p: SelectionBuildProblem) => string)(problem);
}

function titleBlock(ctx: Ctx): BlockDef {
  const { t, config, lang, table } = ctx;
  const styleText = STYLE_LABELS[config.style][lang];
  return {
    id: "title",
    place: {},
    size: { rows: 3, cols: 1 },
    render: () => ({
      cells: [
        [lit(t("title"))],
        [
          lit(
            `${t("source")}: ${quoteSheet(table.sheet)}!${table.address} · ${t("style")}: ${styleText} · ${AXES_LABELS[config.axes][lang]}`,
          ),
        ],
        [lit(t(ctx.pairwise ? "editHintPairwise" : "editHint"))],
      ],
      formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, role: "title" }],
    }),
  };
}

/**
 * The input key of the weights: the criteria's source columns in order, so a refresh keeps the
 * user's weights only for the same criteria (another set, even of the same count, gets the defaults).
 */
function weightsInputKey(ctx: Ctx): string {
  return `weights:${ctx.criteria.map((c) => c.criterion.column).join("|")}`;
}

function weightsBlock(ctx: Ctx): BlockDef {
  const { t, lang, criteria, k, m, weights: w } = ctx;
  return {
    id: "weights",
    place: { below: "title" },
    size: { rows: 1 + k, cols: w.width },
    render: (sheet) => {
      const raw = (j: number): string => sheet.table("matrix").data("raw", j);
      const sum = `SUM(${weightRefs(sheet, ctx).column("weight", 0, k)})`;
      const header = [
        ...["criterion", "group", "horizon", "direction", "method", "weight", "weightShare", "min", "max", "count"].map(
          (key) => lit(t(key as keyof typeof SHEET_TEXT)),
        ),
        ...Array.from({ length: m }, (_, i) => lit(`${t("band")} ${i + 1}`)),
      ];
      const rows = criteria.map((c, j): LayoutCell[] => {
        const bands = c.criterion.method === "bands" ? c.criterion.bands : [];
        return [
          lit(c.criterion.column),
          lit(GROUP_LABELS[c.criterion.group][lang]),
          lit(HORIZON_LABELS[c.criterion.horizon][lang]),
          lit(DIRECTION_LABELS[c.criterion.direction][lang]),
          lit(METHOD_LABELS[c.criterion.method][lang]),
          ctx.pairwise ? fx(pairwiseWeightFormula(ctx, sheet, j)) : lit(c.criterion.weight),
          fx(`=IF(${sum}>0,${sheet.ref("weights", 1 + j, w.col("weight"))}/${sum},0)`),
          fx(`=MIN(${raw(j)})`),
          fx(`=MAX(${raw(j)})`),
          fx(`=COUNT(${raw(j)})`),
          ...Array.from({ length: m }, (_, i) => (bands[i] === undefined ? null : lit(bands[i] as number))),
        ];
      });
      const bandFormats = criteria.flatMap((c, j) =>
        c.criterion.method === "bands"
          ? [{ range: { row: 1 + j, col: w.col("band", 0), rows: 1, cols: Math.max(1, m) }, role: "input" as const }]
          : [],
      );
      return {
        cells: [header, ...rows],
        formats: [
          { range: { row: 0, col: 0, rows: 1, cols: w.width }, role: "header" },
          ctx.pairwise
            ? { range: { row: 1, col: w.col("weight"), rows: k, cols: 1 }, numberFormat: "0.00" }
            : { range: { row: 1, col: w.col("weight"), rows: k, cols: 1 }, role: "input" as const },
          { range: { row: 1, col: w.col("share"), rows: k, cols: 1 }, numberFormat: "0.0%" },
          ...bandFormats,
        ],
        // The weights are edited on the sheet (or come from the pairwise grids, whose judgements are
        // the inputs then); a refresh with the same criteria keeps them.
        inputs: ctx.pairwise
          ? []
          : [{ key: weightsInputKey(ctx), range: { row: 1, col: w.col("weight"), rows: k, cols: 1 } }],
      };
    },
  };
}

function cutoffsBlock(ctx: Ctx): BlockDef {
  const { t, config } = ctx;
  return {
    id: "cutoffs",
    place: { below: "weights" },
    size: { rows: 1 + CUT_KEYS.length, cols: 2 },
    render: () => ({
      cells: [
        [lit(t("cutoffs")), lit(t("value"))],
        ...CUT_KEYS.map((key) => [lit(t(CUT_TEXT[key])), lit(config.cuts[key])]),
      ],
      formats: [
        { range: { row: 0, col: 0, rows: 1, cols: 2 }, role: "header" },
        { range: { row: 1, col: 1, rows: CUT_KEYS.length, cols: 1 }, role: "input" },
      ],
    }),
  };
}

/**
 * A count-and-share summary of a labelled column of the matrix (classes, quadrants). With `rest`, one more row
 * counts the customers with none of the labels (no class: a blank current or future criterion), so the counts
 * add up to the customers of the table.
 */
function summaryBlock<K extends string>(
  ctx: Ctx,
  spec: {
    id: string;
    beside: string;
    header: keyof typeof SHEET_TEXT;
    keys: readonly K[];
    label: (key: K) => string;
    column: string;
    rest?: keyof typeof SHEET_TEXT;
    warning?: (sheet: Sheet) => LayoutCell;
  },
): BlockDef {
  const { t } = ctx;
  const labelled = spec.keys.length;
  const count = labelled + (spec.rest === undefined ? 0 : 1);
  return {
    id: spec.id,
    place: { beside: spec.beside },
    size: { rows: 2 + count + (spec.warning === undefined ? 0 : 1), cols: 3 },
    render: (sheet) => {
      const data = sheet.table("matrix").data(spec.column);
      const total = sheet.ref(spec.id, 1 + count, 1, true);
      const share = (i: number): LayoutCell => fx(`=IF(${total}>0,${sheet.ref(spec.id, 1 + i, 1)}/${total},0)`);
      const rows = spec.keys.map((key, i): LayoutCell[] => [
        lit(spec.label(key)),
        fx(`=COUNTIF(${data},${sheet.ref(spec.id, 1 + i, 0)})`),
        share(i),
      ]);
      const rest =
        spec.rest === undefined
          ? []
          : [
              [
                lit(t(spec.rest)),
                fx(`=ROWS(${data})-SUM(${sheet.range(spec.id, 1, 1, labelled, 1)})`),
                share(labelled),
              ],
            ];
      return {
        cells: [
          [lit(t(spec.header)), lit(t("customers")), lit(t("share"))],
          ...rows,
          ...rest,
          [lit(t("total")), fx(`=SUM(${sheet.range(spec.id, 1, 1, count, 1)})`), null],
          ...(spec.warning === undefined ? [] : [[spec.warning(sheet)]]),
        ],
        formats: [
          { range: { row: 0, col: 0, rows: 1, cols: 3 }, role: "header" },
          { range: { row: 1 + count, col: 0, rows: 1, cols: 2 }, role: "total" },
          { range: { row: 1, col: 2, rows: count, cols: 1 }, numberFormat: "0.0%" },
          ...(spec.warning === undefined
            ? []
            : [{ range: { row: 2 + count, col: 0, rows: 1, cols: 1 }, role: "warning" as const }]),
        ],
      };
    },
  };
}

function classBlock(ctx: Ctx): BlockDef {
  const { t, lang } = ctx;
  const base = summaryBlock(ctx, {
    id: "classes",
    beside: "cutoffs",
    header: "classHeader",
    keys: CLASS_ORDER,
    label: (c) => CLASS_LABELS[c][lang],
    column: "cls",
    rest: "unclassified",
    warning: (sheet) =>
      fx(`=IF(${sheet.ref("classes", 1, 1, true)}>${KEY_ACCOUNT_LIMIT},${quoted(t("tooManyKey"))},"")`),
  });
  return {
    ...base,
    render: (sheet) => ({
      ...base.render(sheet),
      conditional: CLASS_ORDER.map((c, i) => ({
        range: { row: 1 + i, col: 0, rows: 1, cols: 1 },
        text: CLASS_LABELS[c][lang],
        ...CLASS_COLOURS[c],
      })),
    }),
  };
}

function quadrantBlock(ctx: Ctx): BlockDef {
  return summaryBlock(ctx, {
    id: "quadrants",
    beside: "classes",
    header: "quadrantHeader",
    keys: QUADRANT_ORDER,
    label: (q) => PORTFOLIO_LABELS[q][ctx.lang],
    column: "quadrant",
    rest: "unclassified",
  });
}

/** The cut-offs of the chart's axes as two line segments (x, y). */
function chartLinesBlock(ctx: Ctx): BlockDef {
  const { t, mcdonald } = ctx;
  return {
    id: "lines",
    place: { beside: "quadrants" },
    size: { rows: 5, cols: 3 },
    render: (sheet) => {
      const x = `=${cutRef(sheet, mcdonald ? "strength" : "current")}`;
      const y = `=${cutRef(sheet, mcdonald ? "attractiveness" : "future")}`;
      return {
        cells: [
          [lit(t("chartLines")), lit("x"), lit("y")],
          [lit(t("cutLineX")), fx(x), lit(SCALE.low)],
          [null, fx(x), lit(SCALE.high)],
          [lit(t("cutLineY")), lit(SCALE.low), fx(y)],
          [null, lit(SCALE.high), fx(y)],
        ],
        formats: [{ range: { row: 0, col: 0, rows: 1, cols: 3 }, role: "header" }],
      };
    },
  };
}

/** The score formula of criterion j on the raw value `x` (portable style, and the KAM style's `score` method). */
function scoreFormula(ctx: Ctx, sheet: Sheet, j: number): (x: string) => string {
  const c = ctx.criteria[j]?.criterion;
  if (c === undefined) return () => "";
  const low = SCALE.low;
  const span = SCALE.high - SCALE.low;
  const mirror = (body: string): string => (c.direction === "higher" ? body : `${SCALE.low + SCALE.high}-${body}`);
  const w = weightRefs(sheet, ctx);
  const lo = w.cell(j, "min");
  const hi = w.cell(j, "max");
  switch (c.method) {
    case "score":
      return (x) => `=IF(ISNUMBER(${x}),${mirror(x)},"")`;
    case "minmax":
      return (x) =>
        `=IF(ISNUMBER(${x}),${mirror(`IF(${hi}>${lo},${low}+(${x}-${lo})/(${hi}-${lo})*${span},${low + span / 2})`)},"")`;
    case "percentile": {
      // No spread (MAX = MIN, also a single value) tells no customer apart: mid-scale, as KAM.NORMALIZE.
      const raw = sheet.table("matrix").data("raw", j);
      const op = c.direction === "higher" ? "<" : ">";
      return (x) =>
        `=IF(ISNUMBER(${x}),IF(${hi}>${lo},${low}+COUNTIF(${raw},"${op}"&${x})/(${w.cell(j, "count")}-1)*${span},${low + span / 2}),"")`;
    }
    case "bands": {
      const b = a1(w.bands(j), true);
      return (x) => `=IF(ISNUMBER(${x}),${mirror(`(${low}+COUNTIF(${b},"<="&${x})*(${span}/COUNT(${b})))`)},"")`;
    }
  }
}

type Formulas = { col: number; formula: string }[];
type Templates = { col: number; template: string }[];

/** The KAM style: one spilled formula per column in the first data row. */
function kamColumns(ctx: Ctx, sheet: Sheet, m: TableRefs): Formulas {
  const { table, criteria, k, kc, n, lang, profitCol } = ctx;
  const w = weightRefs(sheet, ctx);
  const rel = (key: string): number => ctx.matrix.col(key);
  const source = (c: number): string => {
    const letters = columnLetters(table.origin.col + c);
    return `${quoteSheet(table.sheet)}!$${letters}$${table.origin.row + 2}:$${letters}$${table.origin.row + 1 + n}`;
  };
  const spilled = (c: number): string => `=IF(ISNUMBER(${source(c)}),${source(c)},"")`;
  const composite = (from: number, count: number): string =>
    `=ROUND(KAM.SCORE(${a1(m.across("score", from, count), true)},${w.column("weight", from, count)}),${COMPOSITE_DECIMALS})`;
  const out: Formulas = [];
  criteria.forEach((c, j) => {
    const cr = c.criterion;
    const dir = cr.direction === "higher" ? 1 : -1;
    const bands = cr.method === "bands" ? `,${a1(w.bands(j), true)}` : "";
    const normalize =
      cr.method === "score"
        ? scoreFormula(ctx, sheet, j)(m.data("raw", j))
        : `=KAM.NORMALIZE(${m.data("raw", j)},"${cr.method}",${SCALE.low},${SCALE.high},${dir}${bands})`;
    const weight = a1({ row: m.headerRow - 1, col: m.col("score", j), rows: 1, cols: 1 }, true);
    out.push(
      { col: rel("raw") + j, formula: spilled(c.column) },
      { col: rel("score") + j, formula: normalize },
      {
        col: rel("contrib") + j,
        formula: `=IF(ISNUMBER(${m.data("score", j)}),${weight}*${m.data("score", j)}/${m.data("den")},"")`,
      },
    );
  });
  if (profitCol !== undefined) out.push({ col: rel("profit"), formula: spilled(profitCol) });
  out.push({
    col: rel("den"),
    formula: `=MMULT(--ISNUMBER(${a1(m.across("score", 0, k), true)}),${w.column("weight", 0, k)})`,
  });
  const profit = profitCol !== undefined ? m.data("profit") : "";
  const cut = (key: CutKey): string => cutRef(sheet, key);
  out.push(
    { col: rel("current"), formula: composite(0, kc) },
    { col: rel("future"), formula: composite(kc, k - kc) },
    { col: rel("total"), formula: composite(0, k) },
    {
      col: rel("cls"),
      formula: `=KAM.CLASSIFY(${m.data("current")},${m.data("future")},${profit},${cut("current")},${cut("future")},"${lang}")`,
    },
    {
      col: rel("quadrant"),
      formula: `=KAM.PORTFOLIO(${m.data("future")},${m.data("current")},${cut("attractiveness")},${cut("strength")},"${lang}")`,
    },
    { col: rel("rank"), formula: `=IFERROR(KAM.RANKALL(${m.data("total")}),"")` },
  );
  return out;
}

/** The portable style: a row template per column. */
function portableColumns(ctx: Ctx, sheet: Sheet, m: TableRefs): Templates {
  const { table, criteria, k, kc, lang, profitCol } = ctx;
  const rel = (key: string): number => ctx.matrix.col(key);
  const src = quoteSheet(table.sheet);
  const weightRow = m.headerRow - 1;
  const wAbs = (from: number, count: number): string =>
    count === 0 ? "" : a1({ row: weightRow, col: m.col("score", from), rows: 1, cols: count }, true);
  const scoreRow = (from: number, to: number): string => `${m.here("score", from)}:${m.here("score", to)}`;
  const cleanRaw = (c: number): string => {
    const letters = columnLetters(table.origin.col + c);
    return `=IF(ISNUMBER(${src}!${letters}${SRC}),${src}!${letters}${SRC},"")`;
  };
  const den = m.here("den");
  const out: Templates = [];
  criteria.forEach((c, j) => {
    const weight = a1({ row: weightRow, col: m.col("score", j), rows: 1, cols: 1 }, true);
    const sc = m.here("score", j);
    out.push(
      { col: rel("raw") + j, template: cleanRaw(c.column) },
      { col: rel("score") + j, template: scoreFormula(ctx, sheet, j)(m.here("raw", j)) },
      { col: rel("contrib") + j, template: `=IF(ISNUMBER(${sc}),${weight}*${sc}/${den},"")` },
    );
  });
  if (profitCol !== undefined) out.push({ col: rel("profit"), template: cleanRaw(profitCol) });
  out.push({ col: rel("den"), template: `=SUMPRODUCT(${wAbs(0, k)},--ISNUMBER(${scoreRow(0, k - 1)}))` });
  const composite = (from: number, count: number): string => {
    const d = `SUMPRODUCT(${wAbs(from, count)},--ISNUMBER(${scoreRow(from, from + count - 1)}))`;
    return `=IF(${d}=0,NA(),ROUND(SUMPRODUCT(${wAbs(from, count)},${scoreRow(from, from + count - 1)})/${d},${COMPOSITE_DECIMALS}))`;
  };
  const C = m.here("current");
  const F = m.here("future");
  const T = m.here("total");
  const cut = (key: CutKey): string => cutRef(sheet, key);
  const cls = (c: CustomerClass): string => quoted(CLASS_LABELS[c][lang]);
  const quad = (q: PortfolioQuadrant): string => quoted(PORTFOLIO_LABELS[q][lang]);
  const loss = profitCol !== undefined ? `IF(N(${m.here("profit")})<0,${cls("loss")},` : "";
  const lossEnd = profitCol !== undefined ? ")" : "";
  out.push(
    { col: rel("current"), template: composite(0, kc) },
    { col: rel("future"), template: composite(kc, k - kc) },
    {
      col: rel("total"),
      template: `=IF(${den}=0,NA(),ROUND(SUMPRODUCT(${wAbs(0, k)},${scoreRow(0, k - 1)})/${den},${COMPOSITE_DECIMALS}))`,
    },
    {
      col: rel("cls"),
      template:
        `=IF(ISERROR(${C}+${F}),${C}+${F},${loss}IF(${C}>=${cut("current")},IF(${F}>=${cut("future")},` +
        `${cls("key")},${cls("large")}),IF(${F}>=${cut("future")},${cls("futureKey")},${cls("small")}))${lossEnd})`,
    },
    {
      col: rel("quadrant"),
      template:
        `=IF(ISERROR(${C}+${F}),${C}+${F},IF(${F}>=${cut("attractiveness")},IF(${C}>=${cut("strength")},` +
        `${quad("strategic")},${quad("star")}),IF(${C}>=${cut("strength")},${quad("status")},${quad("streamline")})))`,
    },
    { col: rel("rank"), template: `=IF(ISNUMBER(${T}),COUNTIF(${m.data("total")},">"&${T})+1,"")` },
  );
  return out;
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
 * The profit column's header: "Profit: <source header>", or the source header alone when it already
 * says profit ("Profit", "Winst", "Profit 2025"), so the sheet never reads "Profit: Profit".
 */
function profitHeader(label: string, source: string): string {
  return source.toLowerCase().includes(label.toLowerCase()) ? source : `${label}: ${source}`;
}

function matrixHeader(ctx: Ctx): LayoutCell[] {
  const { t, table, criteria, profitCol } = ctx;
  const names = criteria.map((c) => headerText(table.headers[c.column]));
  return dedupe([
    t("customer"),
    ...names,
    ...(profitCol !== undefined ? [profitHeader(t("profit"), headerText(table.headers[profitCol]))] : []),
    ...names.map((h) => `${t("scorePrefix")}${h}`),
    t("weightPresent"),
    ...names.map((h) => `${t("contributionPrefix")}${h}`),
    t("current"),
    t("future"),
    t("totalScore"),
    t("rank"),
    t("classHeader"),
    t("quadrantHeader"),
    ...(ctx.sensitivity
      ? [
          t("stability"),
          `${t("marginPrefix")}${t("current")}`,
          `${t("marginPrefix")}${t("future")}`,
          `${t("marginSizePrefix")}${t("current")}`,
          `${t("marginSizePrefix")}${t("future")}`,
          ...names.map((h) => `${t("tipPrefix")}${h}`),
          ...names.map((h) => `${t("tipChangePrefix")}${h}`),
          t("tipCriterion"),
          t("tipWeight"),
          t("stabilityKey"),
        ]
      : []),
  ]).map(lit);
}

function matrixBlock(ctx: Ctx, tableName: string, above: readonly string[]): BlockDef {
  const { t, lang, k, n, kam, table, nameCol, matrix: cols } = ctx;
  const bottom = (at: Locate): number => Math.max(...above.map((id) => at(id).row + at(id).rows));
  return tableBlock(
    "matrix",
    { row: (at) => bottom(at) + 1, col: 0 },
    {
      columns: cols,
      rows: n,
      headerOffset: 1,
      render: (sheet, m) => {
        const aligned = new Array<LayoutCell>(cols.width).fill(null);
        aligned[cols.col("name")] = lit(t("weightRow"));
        const w = weightRefs(sheet, ctx);
        ctx.criteria.forEach((_, j) => (aligned[cols.col("score", j)] = fx(`=${w.cell(j, "weight")}`)));
        if (ctx.sensitivity && !kam) aligned[cols.col("stability")] = lit(t("needsAddIn"));
        const sensitivity = ctx.sensitivity ? rowSensitivity(ctx, sheet, m) : [];
        const body = dataRows({
          rows: n,
          width: cols.width,
          firstRow: m.firstRow,
          firstSource: table.origin.row + 2,
          literal: (i) => {
            const name = table.rows[i]?.[nameCol] ?? null;
            return [{ col: cols.col("name"), cell: typeof name === "object" ? null : lit(name) }];
          },
          ...(kam
            ? {
                firstRowOnly: [...kamColumns(ctx, sheet, m), ...(ctx.sensitivity ? kamSensitivity(ctx, sheet, m) : [])],
                templates: sensitivity,
              }
            : {
                templates: [
                  ...portableColumns(ctx, sheet, m),
                  ...(ctx.sensitivity ? portableSensitivity(ctx, sheet, m) : []),
                  ...sensitivity,
                ],
              }),
        });
        const data = (key: string, count = 1): RangeRef => ({ row: 2, col: cols.col(key), rows: n, cols: count });
        return {
          cells: [aligned, matrixHeader(ctx), ...body],
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: 1 }, role: "plainHeader" },
            { range: { row: 0, col: cols.col("score"), rows: 1, cols: k }, role: "alignedValues" },
            ...(kam ? [{ range: { row: 1, col: 0, rows: 1, cols: cols.width }, role: "tableHeader" as const }] : []),
            { range: data("score", k), numberFormat: "0.00" },
            { range: data("contrib", k), numberFormat: "0.00" },
            { range: data("current", 3), numberFormat: "0.00" },
            ...(ctx.sensitivity
              ? [
                  { range: data("stability"), numberFormat: "0.0%" },
                  { range: data("marginSum", 4), numberFormat: "0.00" },
                  { range: data("tip", k), numberFormat: "0.00" },
                  { range: data("tipChange", k), numberFormat: "0%" },
                  { range: data("tipWeight"), numberFormat: "0.00" },
                  { range: data("stabilityKey"), numberFormat: "0.000000" },
                ]
              : []),
          ],
          conditional: [
            ...CLASS_ORDER.map((c) => ({ range: data("cls"), text: CLASS_LABELS[c][lang], ...CLASS_COLOURS[c] })),
            ...QUADRANT_ORDER.map((q) => ({
              range: data("quadrant"),
              text: PORTFOLIO_LABELS[q][lang],
              ...QUADRANT_COLOURS[q],
            })),
          ],
          ...(kam ? {} : { table: { name: tableName, range: { row: 1, col: 0, rows: n + 1, cols: cols.width } } }),
        };
      },
    },
  );
}

function chartBlock(ctx: Ctx, below: string): BlockDef {
  const { t, lang, config, mcdonald } = ctx;
  const xCut = mcdonald ? config.cuts.strength : config.cuts.current;
  const yCut = mcdonald ? config.cuts.attractiveness : config.cuts.future;
  const mid = (a: number, b: number): number => Math.round(((a + b) / 2) * 100) / 100;
  const [xLow, xHigh, yLow, yHigh] = [
    mid(SCALE.low, xCut),
    mid(xCut, SCALE.high),
    mid(SCALE.low, yCut),
    mid(yCut, SCALE.high),
  ];
  const names = mcdonald
    ? [PORTFOLIO_LABELS.strategic, PORTFOLIO_LABELS.star, PORTFOLIO_LABELS.status, PORTFOLIO_LABELS.streamline]
    : [CLASS_LABELS.key, CLASS_LABELS.futureKey, CLASS_LABELS.large, CLASS_LABELS.small];
  const corners = [
    [xHigh, yHigh],
    [xLow, yHigh],
    [xHigh, yLow],
    [xLow, yLow],
  ] as const;
  return {
    id: "chart",
    place: { row: 0, col: (at: Locate) => Math.max(right(at("weights")), right(at("lines"))) + 1 },
    size: (at: Locate) => ({ rows: Math.max(18, at(below).row - 1), cols: 8 }),
    render: (sheet) => {
      const m = sheet.table("matrix");
      const lines = sheet.at("lines");
      const line = (row: number, col: number): RangeRef => ({
        row: lines.row + row,
        col: lines.col + col,
        rows: 2,
        cols: 1,
      });
      return {
        chart: {
          id: "selection-scatter",
          type: "scatter",
          title: t(mcdonald ? "chartMcDonald" : "chartCurrentFuture"),
          xTitle: t(mcdonald ? "axisStrength" : "axisCurrent"),
          yTitle: t(mcdonald ? "axisAttractiveness" : "axisFuture"),
          series: [
            {
              name: t("customers"),
              x: m.dataRange("current"),
              y: m.dataRange("future"),
              style: "markers",
              color: "#1F4E79",
            },
            { name: t("cutLineX"), x: line(1, 1), y: line(1, 2), style: "line", color: "#C00000" },
            { name: t("cutLineY"), x: line(3, 1), y: line(3, 2), style: "line", color: "#C00000" },
          ],
          labels: names.map((label, i) => ({ text: label[lang], x: corners[i]?.[0] ?? 0, y: corners[i]?.[1] ?? 0 })),
        },
      };
    },
  };
}

function resolve(table: SourceTable, config: SelectionConfig): Ctx | SelectionBuildProblem {
  const lang: Lang = config.lang;
  const criteria = resolveCriteria(table, config);
  const missing = criteria.find((c) => c.column < 0);
  const nameCol = findColumn(table, config.nameColumn);
  const profitCol = config.profitColumn === undefined ? undefined : findColumn(table, config.profitColumn);
  if (missing !== undefined || nameCol < 0 || profitCol === -1) {
    const column = missing?.criterion.column ?? (nameCol < 0 ? config.nameColumn : (config.profitColumn ?? ""));
    return { reason: "unknown_column", column };
  }
  if (table.rows.length === 0) return { reason: "no_rows" };
  const k = criteria.length;
  const m = Math.max(0, ...criteria.map((c) => (c.criterion.method === "bands" ? c.criterion.bands.length : 0)));
  return {
    table,
    config,
    lang,
    t: (key) => SHEET_TEXT[key][lang],
    criteria,
    k,
    kc: criteria.filter((c) => c.criterion.horizon === "current").length,
    m,
    n: table.rows.length,
    nameCol,
    profitCol,
    kam: config.style === "kam",
    mcdonald: config.axes === "attractivenessStrength",
    weights: weightColumns(m),
    matrix: matrixColumns(k, profitCol !== undefined, config.sensitivity === true),
    pairwise: config.pairwise !== undefined,
    sensitivity: config.sensitivity === true,
  };
}

function layoutMap(ctx: Ctx, sheet: Sheet, name: string): SelectionLayoutMap {
  const m = sheet.table("matrix");
  const w = sheet.at("weights");
  const cut = sheet.at("cutoffs");
  const cols = ctx.matrix;
  const one = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
  const each = (key: string): number[] => ctx.criteria.map((_, j) => cols.col(key, j));
  const columns = {
    customer: cols.col("name"),
    raw: each("raw"),
    scores: each("score"),
    weightPresent: cols.col("den"),
    contributions: each("contrib"),
    current: cols.col("current"),
    future: cols.col("future"),
    total: cols.col("total"),
    rank: cols.col("rank"),
    cls: cols.col("cls"),
    quadrant: cols.col("quadrant"),
  };
  const classes = sheet.at("classes");
  const quadrants = sheet.at("quadrants");
  const counts = <K extends string>(keys: readonly K[], at: RangeRef): Record<K, RangeRef> =>
    Object.fromEntries(keys.map((key, i) => [key, one(at.row + 1 + i, at.col + 1)])) as Record<K, RangeRef>;
  return {
    sheet: name,
    headerRow: m.headerRow,
    firstDataRow: m.firstRow,
    rows: m.rows,
    columns: cols.has("profit") ? { ...columns, profit: cols.col("profit") } : columns,
    weightCells: ctx.criteria.map((_, j) => one(w.row + 1 + j, w.col + ctx.weights.col("weight"))),
    bandCells: ctx.criteria.map((_, j) => weightRefs(sheet, ctx).bands(j)),
    cutCells: Object.fromEntries(CUT_KEYS.map((key, i) => [key, one(cut.row + 1 + i, cut.col + 1)])) as Record<
      CutKey,
      RangeRef
    >,
    classCountCells: counts(CLASS_ORDER, classes),
    quadrantCountCells: counts(QUADRANT_ORDER, quadrants),
    unclassifiedCells: {
      classes: one(classes.row + 1 + CLASS_ORDER.length, classes.col + 1),
      quadrants: one(quadrants.row + 1 + QUADRANT_ORDER.length, quadrants.col + 1),
    },
    totalCells: {
      classes: one(classes.row + 2 + CLASS_ORDER.length, classes.col + 1),
      quadrants: one(quadrants.row + 2 + QUADRANT_ORDER.length, quadrants.col + 1),
    },
    warningCell: one(classes.row + 3 + CLASS_ORDER.length, classes.col),
  };
}

/** The most rows the frozen pane may hold (a laptop screen shows about 35). */
const FREEZE_LIMIT = 30;

/**
 * The optional blocks of the weighting step, stacked at the left below the summaries: the pairwise
 * grids (current, then future), then the least-stable customers with their chart beside them.
 */
function weightingBlocks(ctx: Ctx): BlockDef[] {
  const out: BlockDef[] = [];
  let last = "classes";
  if (ctx.pairwise) {
    for (const horizon of ["current", "future"] as const) {
      out.push(pairwiseBlock(ctx, horizon, { below: last, col: 0 }));
      last = pairwiseId(horizon);
    }
  }
  if (ctx.sensitivity) out.push(leastStableBlock(ctx, { below: last, col: 0 }), stabilityChartBlock(ctx));
  return out;
}

/**
 * The selection-matrix sheet for a source and a configuration, composed of named blocks. Every
 * output is a formula on the source cells and the weights block, in the chosen style; customer
 * names are literal values. See the module notes of `index.ts`.
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
  const ctx = resolve(table, config);
  const fail = (problem: SelectionBuildProblem): SelectionBuild => ({
    ok: false,
    reason: problem.reason,
    message: formatSelectionBuildProblem(problem, config.lang),
  });
  if ("reason" in ctx) return fail(ctx);
  const name = options.sheetName ?? uniqueSheetName(ctx.t("sheetName"), options.existingSheets ?? []);
  const tableName = tableNameForSheet(name, new Set((options.existingTables ?? []).map((s) => s.toLowerCase())));
  const blocks = [titleBlock(ctx), weightsBlock(ctx), cutoffsBlock(ctx), classBlock(ctx), quadrantBlock(ctx)];
  blocks.push(chartLinesBlock(ctx), ...weightingBlocks(ctx));
  const above = blocks.map((b) => b.id).filter((id) => id !== "title" && id !== "weights");
  const under = blocks.find((b) => b.id.startsWith("pairwise-") || b.id === "leastStable")?.id ?? "matrix";
  blocks.push(matrixBlock(ctx, tableName, above), chartBlock(ctx, under));
  const firstDataRow = placeBlocks(blocks)("matrix").row + 2;
  if (firstDataRow + ctx.n > SHEET_ROW_LIMIT)
    return fail({ reason: "too_many_rows", customers: ctx.n, limit: SHEET_ROW_LIMIT - firstDataRow });
  const columnWidths: Record<number, number> = { 0: 30 };
  for (let c = 1; c < ctx.matrix.width; c++) columnWidths[c] = c <= 4 ? 20 : 13;
  // The matrix's header row (and everything above it) stays in view while the customers scroll, unless
  // the blocks above are so tall that a frozen pane would leave no room for the customers.
  const freezeRows = (sheet: Sheet): number => {
    const first = sheet.table("matrix").firstRow;
    return first <= FREEZE_LIMIT ? first : 0;
  };
  // Columns widen to fit their headings ("Contribution: Price sensitivity"), within bounds.
  const { layout, sheet } = compose({
    name,
    tag: SHEET_TAG,
    blocks,
    columnWidths,
    freezeRows,
    fitHeadings: HEADING_WIDTH,
  });
  return { ok: true, layout, map: layoutMap(ctx, sheet, name) };
}
