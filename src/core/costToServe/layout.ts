/**
 * The layout generator of the cost-to-serve sheet: a {@link SheetLayout} with a rates block, the
 * capacity of time-driven ABC, editable median cut-offs, a summary, an Excel table with one P&L row
 * per customer, a sorted whale-curve block, the 20 largest customers by activity, and three native
 * charts (Shapiro scatter, whale curve, stacked bar). Every figure is a formula that reads the
 * source sheet and the rates block, so an edit recalculates without the add-in.
 *
 * Two formula styles: `portable` (Excel 2016+ and LibreOffice natives only: SUMPRODUCT, INDEX/MATCH,
 * COUNTIF, MEDIAN, LARGE, SMALL; no RANK.EQ, SORTBY, FILTER or LET) and `kam` (the KAM functions).
 * The portable rank and whale order compare every customer with every other (O(n²) recalculation,
 * see docs/decisions.md); the KAM style computes them once per column with `KAM.RANK` and
 * `KAM.SORTBY` (O(n log n)), and writes each table column as one spilled formula per run of
 * consecutive source rows instead of one formula per customer (dynamic arrays, as in Excel 365).
 *
 * @module
 */
import type { Lang } from "../lang";
import type { SourceTable } from "../host";
import {
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
import { SHEET_TAG, type CostToServeConfig } from "./config";
import { computeCostToServe, LARGEST_COUNT, type CostToServePreview } from "./compute";
import { QUADRANT_LABELS, SHEET_LABELS, type ProfitQuadrant, type SheetLabel } from "./labels";

/** Where the parts of the sheet are, for tests and for the pane. */
export interface CostToServeAnchors {
  /** The rate cell of each activity. */
  readonly rateCells: readonly RangeRef[];
  /** Per resource: capacity cost rate, minutes used, unused minutes, unused cost. */
  readonly resourceCells: readonly {
    readonly rate: RangeRef;
    readonly used: RangeRef;
    readonly unusedMinutes: RangeRef;
    readonly unusedCost: RangeRef;
  }[];
  readonly marginCut: RangeRef;
  readonly costCut: RangeRef;
  /** Summary values, by key, in the order written. */
  readonly summary: Readonly<Record<SummaryKey, RangeRef>>;
  /** The customer table including its header row. */
  readonly table: RangeRef;
  /** 0-based column (on the sheet) of each named table column. */
  readonly tableColumns: Readonly<Record<TableColumn, number>> & { readonly activities: readonly number[] };
  /** The whale block's data (origin row included): share of customers and share of profit. */
  readonly whaleX: RangeRef;
  readonly whaleY: RangeRef;
  /** The whale block's customer names (without the origin row). */
  readonly whaleCustomers: RangeRef;
  /** The top-20 block's customer names and its activity columns. */
  readonly largestCustomers: RangeRef;
  readonly largestActivities: readonly RangeRef[];
}

/** The summary figures. */
export type SummaryKey =
  | "customers"
  | "totalRevenue"
  | "totalCost"
  | "totalProfit"
  | "peakShare"
  | "peakCustomers"
  | "peakCustomerShare"
  | "lossCount"
  | "lossTotal"
  | "top20";

type TableColumn =
  | "customer"
  | "revenue"
  | "cogs"
  | "grossMargin"
  | "totalCts"
  | "profit"
  | "marginPct"
  | "ctsPct"
  | "quadrant"
  | "rank";

/** A built layout with its anchors and the preview it was computed from. */
export interface CostToServeLayout {
  readonly layout: SheetLayout;
  readonly anchors: CostToServeAnchors;
  readonly preview: CostToServePreview;
}

/** Options of {@link costToServeLayout}. */
export interface CostToServeLayoutOptions {
  /** Sheet names already in the workbook; the layout picks a unique name. */
  readonly existingSheets?: readonly string[];
  /** Use exactly this name (a refresh replaces its own sheet). */
  readonly sheetName?: string;
  /** A preview already computed for the same configuration and source. */
  readonly preview?: CostToServePreview;
}

/** The order of the figures in `KAM.WHALESTATS`'s spill (row index, 1-based), for the KAM style. */
const WHALESTATS_ROW: Partial<Record<SummaryKey, number>> = {
  totalProfit: 1,
  peakShare: 2,
  peakCustomers: 3,
  peakCustomerShare: 4,
  lossCount: 5,
  lossTotal: 6,
  top20: 7,
};

const INPUT_FILL = "#FFF2CC";
const INPUT_FONT = "#000000";
const HEADING_FONT = "#0F548C";
const PCT = "0.0%";
const MONEY = "#,##0";
const RATE = "#,##0.00";

const QUADRANT_COLOURS: Readonly<Record<ProfitQuadrant, { fill: string; fontColor: string }>> = {
  carriageTrade: { fill: "#DFF6DD", fontColor: "#0E700E" },
  passive: { fill: "#DEECF9", fontColor: "#0F548C" },
  aggressive: { fill: "#FFF4CE", fontColor: "#8A3707" },
  bargainBasement: { fill: "#EDEBE9", fontColor: "#323130" },
};

/** Series colours that read well on white and on dark chart areas. */
const SERIES_COLOURS = ["#0F6CBD", "#E3008C", "#13A10E", "#CA5010", "#8764B8", "#038387", "#986F0B", "#C239B3"];

/**
 * A unique sheet name: the base, else "base (2)", "base (3)"… (case-insensitive, as Excel compares).
 *
 * @example
 * uniqueSheetName("KAM Cost-to-serve", ["kam cost-to-serve"]); // "KAM Cost-to-serve (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const v = (value: string | number | boolean): LayoutCell => ({ v: value });
const f = (formula: string): LayoutCell => ({ f: formula });
const cell = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
const colRange = (row: number, col: number, rows: number): RangeRef => ({ row, col, rows, cols: 1 });
/** A relative A1 reference to one cell. */
const r1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;
/** An absolute A1 reference to one cell. */
const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;

/** Builds rows of a block, padding every row to the same width. */
function block(row: number, col: number, rows: LayoutCell[][]): Block {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  for (const r of rows) while (r.length < width) r.push(null);
  return { row, col, cells: rows };
}

/**
 * Builds the cost-to-serve sheet for a configuration and a source table. Rows the preview leaves out
 * (blank or text in a mapped number column, zero revenue) get no table row.
 *
 * @example
 * const { layout, anchors } = costToServeLayout(config, source, { existingSheets: ["Data"] });
 * layout.name; // "KAM Cost-to-serve"
 */
export function costToServeLayout(
  config: CostToServeConfig,
  source: SourceTable,
  options: CostToServeLayoutOptions = {},
): CostToServeLayout {
  const lang: Lang = config.lang;
  const L = (key: SheetLabel): string => SHEET_LABELS[key][lang];
  const kam = config.style === "kam";
  const preview = options.preview ?? computeCostToServe(config, source);
  const cols = preview.columns;
  const name = options.sheetName ?? uniqueSheetName(L("sheetName"), options.existingSheets ?? []);
  const S = quoteSheet(source.sheet);
  const { activities } = config;
  const a = activities.length;
  const customers = preview.customers;
  const n = customers.length;

  const blocks: Block[] = [];
  const formats: FormatSpec[] = [];
  const conditional: ConditionalSpec[] = [];
  const heading = (row: number, col: number, text: string): void => {
    blocks.push(block(row, col, [[v(text)]]));
    formats.push({ range: cell(row, col), bold: true, fontColor: HEADING_FONT });
  };
  const headerRow = (row: number, col: number, texts: readonly string[]): void => {
    blocks.push(block(row, col, [texts.map(v)]));
    formats.push({ range: { row, col, rows: 1, cols: texts.length }, bold: true });
  };
  const input = (range: RangeRef, numberFormat?: string): void => {
    formats.push({
      range,
      fill: INPUT_FILL,
      fontColor: INPUT_FONT,
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
  };

  /** The source cell of a data row (0-based within the source table) and a source column. */
  const src = (dataRow: number, col: number): string =>
    `${S}!${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + 2}`;
  const srcColumn = (col: number): string => {
    const letter = columnLetters(source.origin.col + col);
    return `${S}!$${letter}$${source.origin.row + 2}:$${letter}$${source.origin.row + source.rows.length + 1}`;
  };

  // Title.
  blocks.push(
    block(0, 0, [
      [v(L("title"))],
      [
        v(
          `${L("source")}: ${S}!${source.address.replace(/^.*!/, "")} · ${n} ${L("customersCount")}` +
            (source.rows.length > n ? ` · ${source.rows.length - n} ${L("leftOut")}` : "") +
            ` · ${L(kam ? "stylekam" : "styleportable")}`,
        ),
      ],
    ]),
  );
  formats.push({ range: cell(0, 0), bold: true, fontColor: HEADING_FONT });

  // Rates block.
  const ratesHeading = 3;
  heading(ratesHeading, 0, L("rates"));
  headerRow(ratesHeading + 1, 0, [
    L("activity"),
    L("method"),
    L("driver"),
    L("pool"),
    L("volume"),
    L("minutes"),
    L("capacityRate"),
    L("rate"),
    L("assigned"),
  ]);
  const rateTop = ratesHeading + 2;
  const resourceTop = rateTop + a + 2 + 1;
  const resourceRow = new Map(config.resources.map((r, i) => [r.id, resourceTop + i]));
  const rateCells: RangeRef[] = [];

  // Where every block goes: the rates refer to the table below them, the table to the cut-offs.
  const cutRows = config.resources.length > 0 ? resourceTop + config.resources.length + 1 : rateTop + a + 1;
  const cutsTop = cutRows + 1;
  const summaryKeys: SummaryKey[] = [
    "customers",
    "totalRevenue",
    "totalCost",
    "totalProfit",
    "peakShare",
    "peakCustomers",
    "peakCustomerShare",
    "lossCount",
    "lossTotal",
    "top20",
  ];
  const summaryTop = cutsTop + 2 + 2;
  const tableHeader = summaryTop + 1 + summaryKeys.length + 1;
  const first = tableHeader + 1;
  const last = tableHeader + Math.max(n, 1);
  const T = {
    customer: 0,
    revenue: 1,
    cogs: 2,
    grossMargin: 3,
    totalCts: 4 + a,
    profit: 5 + a,
    marginPct: 6 + a,
    ctsPct: 7 + a,
    quadrant: 8 + a,
    rank: 9 + a,
  } as const;
  const tableWidth = 10 + a;
  const actCol = (j: number): number => 4 + j;
  const tcol = (c: number): string => `$${columnLetters(c)}$${first + 1}:$${columnLetters(c)}$${last + 1}`;

  const rateRows: LayoutCell[][] = activities.map((act, j) => {
    const r = rateTop + j;
    rateCells.push(cell(r, 7));
    const assigned = f(`=SUM(${tcol(actCol(j))})`);
    if (act.method === "financing") {
      input(cell(r, 7), PCT);
      return [v(act.name), v(L("financing")), v(L("financingDriver")), null, null, null, null, v(act.rate), assigned];
    }
    const driverHeader = String(source.headers[cols.drivers[j] as number] ?? act.driver);
    const volume = f(`=SUM(${srcColumn(cols.drivers[j] as number)})`);
    if (act.method === "abc") {
      input(cell(r, 3), MONEY);
      const rate = kam ? `=KAM.ACTIVITYRATE(${r1(r, 3)},${r1(r, 4)})` : `=${r1(r, 3)}/${r1(r, 4)}`;
      return [v(act.name), v(L("abc")), v(driverHeader), v(act.pool), volume, null, null, f(rate), assigned];
    }
    input(cell(r, 5));
    const resRow = resourceRow.get(act.resource) ?? resourceTop;
    return [
      v(act.name),
      v(L("tdabc")),
      v(driverHeader),
      null,
      volume,
      v(act.minutesPerUnit),
      f(`=${abs(resRow, 3)}`),
      f(`=${r1(r, 5)}*${r1(r, 6)}`),
      assigned,
    ];
  });
  blocks.push(block(rateTop, 0, rateRows));
  formats.push({ range: { row: rateTop, col: 4, rows: a, cols: 1 }, numberFormat: MONEY });
  formats.push({ range: { row: rateTop, col: 6, rows: a, cols: 1 }, numberFormat: RATE });
  formats.push({ range: { row: rateTop, col: 8, rows: a, cols: 1 }, numberFormat: MONEY });
  activities.forEach((act, j) => {
    if (act.method !== "financing") formats.push({ range: cell(rateTop + j, 7), numberFormat: RATE });
  });

  // Capacity of time-driven ABC.
  const resourceCells: CostToServeAnchors["resourceCells"][number][] = [];
  if (config.resources.length > 0) {
    heading(resourceTop - 2, 0, L("capacity"));
    headerRow(resourceTop - 1, 0, [
      L("resource"),
      L("resourceCost"),
      L("practical"),
      L("capacityRate"),
      L("used"),
      L("unusedMinutes"),
      L("unusedCost"),
    ]);
    const rows = config.resources.map((res, i) => {
      const r = resourceTop + i;
      input({ row: r, col: 1, rows: 1, cols: 2 }, MONEY);
      const users = activities
        .map((act, j) =>
          act.method === "tdabc" && act.resource === res.id ? `${r1(rateTop + j, 5)}*${r1(rateTop + j, 4)}` : "",
        )
        .filter((s) => s !== "");
      const ccr = kam ? `=KAM.ACTIVITYRATE(${r1(r, 1)},${r1(r, 2)})` : `=${r1(r, 1)}/${r1(r, 2)}`;
      resourceCells.push({ rate: cell(r, 3), used: cell(r, 4), unusedMinutes: cell(r, 5), unusedCost: cell(r, 6) });
      return [
        v(res.name),
        v(res.cost),
        v(res.capacityMinutes),
        f(ccr),
        f(users.length > 0 ? `=${users.join("+")}` : "=0"),
        f(`=${r1(r, 2)}-${r1(r, 4)}`),
        f(`=${r1(r, 5)}*${r1(r, 3)}`),
      ];
    });
    blocks.push(block(resourceTop, 0, rows));
    formats.push({ range: { row: resourceTop, col: 3, rows: rows.length, cols: 1 }, numberFormat: RATE });
    formats.push({ range: { row: resourceTop, col: 4, rows: rows.length, cols: 3 }, numberFormat: MONEY });
  }

  // Cut-offs (median by default, editable).
  heading(cutsTop - 1, 0, L("cuts"));
  const marginCut = cell(cutsTop, 1);
  const costCut = cell(cutsTop + 1, 1);
  blocks.push(
    block(cutsTop, 0, [
      [v(L("marginCut")), config.cuts.margin === null ? f(`=MEDIAN(${tcol(T.marginPct)})`) : v(config.cuts.margin)],
      [
        v(L("costCut")),
        config.cuts.costToServe === null ? f(`=MEDIAN(${tcol(T.ctsPct)})`) : v(config.cuts.costToServe),
      ],
    ]),
  );
  input({ row: cutsTop, col: 1, rows: 2, cols: 1 }, PCT);
  const mCut = abs(marginCut.row, marginCut.col);
  const cCut = abs(costCut.row, costCut.col);

  // Whale block and largest-customers block, right of the charts.
  const chartCol = tableWidth + 1;
  const chartWidth = 8;
  const W = chartCol + chartWidth + 1;
  const whaleOrigin = first;
  const whaleFirst = first + 1;
  const whaleLast = whaleFirst + Math.max(n, 1) - 1;
  const B = W + 7;

  // Summary.
  heading(summaryTop, 0, L("summary"));
  const profitCol = tcol(T.profit);
  const shareCol = `$${columnLetters(W + 5)}$${whaleFirst + 1}:$${columnLetters(W + 5)}$${whaleLast + 1}`;
  const summaryCells = {} as Record<SummaryKey, RangeRef>;
  const summaryRow = (key: SummaryKey): number => summaryTop + 1 + summaryKeys.indexOf(key);
  const nCell = abs(summaryRow("customers"), 1);
  const totalCell = abs(summaryRow("totalProfit"), 1);
  const portableSummary: Record<SummaryKey, string> = {
    customers: `=COUNT(${profitCol})`,
    totalRevenue: `=SUM(${tcol(T.revenue)})`,
    totalCost: `=SUM(${tcol(T.totalCts)})`,
    totalProfit: `=SUM(${profitCol})`,
    peakShare: `=MAX(${shareCol})`,
    peakCustomers: `=MATCH(MAX(${shareCol}),${shareCol},0)`,
    peakCustomerShare: `=${abs(summaryRow("peakCustomers"), 1)}/${nCell}`,
    lossCount: `=COUNTIF(${profitCol},"<0")`,
    lossTotal: `=SUMIF(${profitCol},"<0")`,
    top20: `=INDEX(${shareCol},ROUNDUP(0.2*${nCell},0))`,
  };
  blocks.push(
    block(
      summaryTop + 1,
      0,
      summaryKeys.map((key) => {
        summaryCells[key] = cell(summaryRow(key), 1);
        const stat = WHALESTATS_ROW[key];
        const formula =
          kam && stat !== undefined ? `=INDEX(KAM.WHALESTATS(${profitCol}),${stat},2)` : portableSummary[key];
        return [v(L(key)), f(formula)];
      }),
    ),
  );
  for (const key of summaryKeys) {
    const pct = key === "peakShare" || key === "peakCustomerShare" || key === "top20";
    formats.push({ range: summaryCells[key], numberFormat: pct ? PCT : MONEY });
  }

  // The customer table.
  const activityHeaders = activities.map((act) => act.name);
  headerRow(tableHeader, 0, [
    L("customer"),
    L("netRevenue"),
    L("cogs"),
    L("grossMargin"),
    ...activityHeaders,
    L("totalCts"),
    L("netProfit"),
    L("marginPct"),
    L("ctsPct"),
    L("quadrant"),
    L("rank"),
  ]);
  const quoted = (k: ProfitQuadrant): string => `"${QUADRANT_LABELS[k][lang].replace(/"/g, '""')}"`;
  const q = {
    carriageTrade: quoted("carriageTrade"),
    passive: quoted("passive"),
    aggressive: quoted("aggressive"),
    bargainBasement: quoted("bargainBasement"),
  };
  const customerCol = tcol(T.customer);
  const { mapping } = config;
  const quadrantFormula = (r: number): string => {
    if (kam) return `=KAM.PROFITQUADRANT(${tcol(T.marginPct)},${tcol(T.ctsPct)},${mCut},${cCut},"${lang}")`;
    const m = r1(r, T.marginPct);
    const k = r1(r, T.ctsPct);
    return `=IF(${m}>=${mCut},IF(${k}>=${cCut},${q.carriageTrade},${q.passive}),IF(${k}>=${cCut},${q.aggressive},${q.bargainBasement}))`;
  };
  const rankFormula = (r: number): string => {
    if (kam) return `=KAM.RANK(${profitCol},0,"first")`;
    const p = r1(r, T.profit);
    return `=SUMPRODUCT((${profitCol}>${p})*1)+COUNTIF($${columnLetters(T.profit)}$${first + 1}:${p},${p})`;
  };
  const runs = kam ? sourceRuns(customers.map((c) => c.sourceRow)) : customers.map(() => 1);
  /** `rows` cells of a source column from a data row: one cell, or a range the formula spills over. */
  const srcSpan = (dataRow: number, col: number, rows: number): string =>
    rows === 1
      ? src(dataRow, col)
      : `${src(dataRow, col)}:${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + rows + 1}`;
  const span = (row: number, col: number, rows: number): string =>
    rows === 1 ? r1(row, col) : `${r1(row, col)}:${r1(row + rows - 1, col)}`;
  const tableRows: LayoutCell[][] = customers.map((c, i) => {
    const r = first + i;
    const s = c.sourceRow;
    const L = runs[i] ?? 0;
    const quadrant = kam && i > 0 ? null : f(quadrantFormula(r));
    const rank = kam && i > 0 ? null : f(rankFormula(r));
    if (L === 0) return [...new Array<LayoutCell>(T.quadrant).fill(null), quadrant, rank];
    const rev = span(r, T.revenue, L);
    const goods = span(r, T.cogs, L);
    const tot = span(r, T.totalCts, L);
    /** A plain reference; a spilled one gets a unary plus (HyperFormula spills no bare range). */
    const copy = (ref: string): string => (L === 1 ? `=${ref}` : `=+${ref}`);
    const revenue =
      mapping.revenue.kind === "net"
        ? copy(srcSpan(s, cols.net as number, L))
        : mapping.revenue.discountAs === "amount"
          ? `=${srcSpan(s, cols.list as number, L)}-${srcSpan(s, cols.discount as number, L)}`
          : `=${srcSpan(s, cols.list as number, L)}*(1-${srcSpan(s, cols.discount as number, L)})`;
    const cogs = mapping.cost.kind === "cogs" ? copy(srcSpan(s, cols.cost, L)) : `=${rev}-${srcSpan(s, cols.cost, L)}`;
    const acts = activities.map((act, j) => {
      const rate = abs(rateTop + j, 7);
      const driver = srcSpan(s, cols.drivers[j] as number, L);
      return f(act.method === "financing" ? `=${rev}*${driver}/365*${rate}` : `=${driver}*${rate}`);
    });
    const total =
      L === 1
        ? `=SUM(${r1(r, actCol(0))}:${r1(r, actCol(a - 1))})`
        : a === 1
          ? copy(span(r, actCol(0), L))
          : `=${activities.map((_, j) => span(r, actCol(j), L)).join("+")}`;
    return [
      f(copy(srcSpan(s, cols.customer, L))),
      f(revenue),
      f(cogs),
      f(`=${rev}-${goods}`),
      ...acts,
      f(total),
      f(kam ? `=KAM.CUSTOMERPROFIT(${rev},${goods},${tot})` : `=${rev}-${goods}-${tot}`),
      f(`=${span(r, T.grossMargin, L)}/${rev}`),
      f(`=${tot}/${rev}`),
      quadrant,
      rank,
    ];
  });
  blocks.push(block(first, 0, tableRows.length > 0 ? tableRows : [new Array<LayoutCell>(tableWidth).fill(null)]));
  const tableRange: RangeRef = { row: tableHeader, col: 0, rows: Math.max(n, 1) + 1, cols: tableWidth };
  if (kam) formats.push({ range: { ...tableRange, rows: 1 }, bold: true, fill: "#0F548C", fontColor: "#FFFFFF" });
  const dataRows = Math.max(n, 1);
  formats.push({ range: { row: first, col: 1, rows: dataRows, cols: T.profit }, numberFormat: MONEY });
  formats.push({ range: { row: first, col: T.marginPct, rows: dataRows, cols: 2 }, numberFormat: PCT });
  for (const key of Object.keys(QUADRANT_LABELS) as ProfitQuadrant[]) {
    conditional.push({
      range: colRange(first, T.quadrant, dataRows),
      text: QUADRANT_LABELS[key][lang],
      ...QUADRANT_COLOURS[key],
    });
  }

  // Whale block: origin row, then one row per customer, most profitable first.
  heading(tableHeader - 1, W, L("whale"));
  headerRow(tableHeader, W, [
    L("position"),
    L("customer"),
    L("netProfit"),
    L("cumProfit"),
    L("shareCustomers"),
    L("shareProfit"),
  ]);
  const rankCol = tcol(T.rank);
  const whaleRows: LayoutCell[][] = [[v(0), null, null, v(0), v(0), v(0)]];
  for (let i = 0; i < n; i++) {
    const r = whaleFirst + i;
    const pos = r1(r, W);
    const share: LayoutCell[] = kam
      ? i === 0
        ? [f(`=KAM.WHALECURVE(${profitCol})`), null]
        : [null, null]
      : [f(`=${pos}/${nCell}`), f(`=IF(${totalCell}>0,${r1(r, W + 3)}/${totalCell},NA())`)];
    const sorted: LayoutCell[] = kam
      ? i === 0
        ? [f(`=KAM.SORTBY(${customerCol},${profitCol})`), f(`=KAM.SORTBY(${profitCol},${profitCol})`)]
        : [null, null]
      : [f(`=INDEX(${customerCol},MATCH(${pos},${rankCol},0))`), f(`=INDEX(${profitCol},MATCH(${pos},${rankCol},0))`)];
    whaleRows.push([v(i + 1), ...sorted, f(`=${r1(r - 1, W + 3)}+${r1(r, W + 2)}`), ...share]);
  }
  blocks.push(block(whaleOrigin, W, whaleRows));
  formats.push({ range: { row: whaleOrigin, col: W + 2, rows: n + 1, cols: 2 }, numberFormat: MONEY });
  formats.push({ range: { row: whaleOrigin, col: W + 4, rows: n + 1, cols: 2 }, numberFormat: PCT });

  // The largest customers by net revenue (ties: the more profitable first) with their cost per activity.
  const m = Math.min(LARGEST_COUNT, n);
  heading(tableHeader - 1, B, L("largest"));
  headerRow(tableHeader, B, [
    L("position"),
    L("netRevenue"),
    L("tableRow"),
    L("customer"),
    ...activityHeaders,
    L("totalCts"),
  ]);
  const revCol = tcol(T.revenue);
  const largestRows: LayoutCell[][] = [];
  for (let k = 0; k < m; k++) {
    const r = first + k;
    const val = r1(r, B + 1);
    const occurrence = `COUNTIF($${columnLetters(B + 1)}$${first + 1}:${val},${val})`;
    const rowCell = `$${columnLetters(B + 2)}${r + 1}`;
    largestRows.push([
      v(k + 1),
      f(`=LARGE(${revCol},${r1(r, B)})`),
      f(
        `=MATCH(SUMPRODUCT(SMALL((${revCol}=${val})*${rankCol}+(${revCol}<>${val})*1000000000,${occurrence})),${rankCol},0)`,
      ),
      f(`=INDEX(${customerCol},${rowCell})`),
      ...activities.map((_, j) => f(`=INDEX(${tcol(actCol(j))},${rowCell})`)),
      f(`=INDEX(${tcol(T.totalCts)},${rowCell})`),
    ]);
  }
  if (m > 0) blocks.push(block(first, B, largestRows));
  formats.push({ range: { row: first, col: B + 1, rows: Math.max(m, 1), cols: 1 }, numberFormat: MONEY });
  formats.push({ range: { row: first, col: B + 4, rows: Math.max(m, 1), cols: a + 1 }, numberFormat: MONEY });

  // Chart lines: the two cut-off lines and the 100 % reference of the whale curve.
  const linesTop = cutsTop - 1;
  const LC = 4;
  heading(linesTop, LC, L("lines"));
  const marginCol = tcol(T.marginPct);
  const ctsCol = tcol(T.ctsPct);
  blocks.push(
    block(linesTop + 1, LC, [
      [v(L("series")), v("x"), v("y")],
      [v(L("costCutLine")), f(`=${cCut}`), f(`=MIN(${marginCol})`)],
      [v(L("costCutLine")), f(`=${cCut}`), f(`=MAX(${marginCol})`)],
      [v(L("marginCutLine")), f(`=MIN(${ctsCol})`), f(`=${mCut}`)],
      [v(L("marginCutLine")), f(`=MAX(${ctsCol})`), f(`=${mCut}`)],
      [v(L("hundred")), v(0), v(1)],
      [v(L("hundred")), v(1), v(1)],
    ]),
  );
  formats.push({ range: { row: linesTop + 1, col: LC, rows: 1, cols: 3 }, bold: true });
  formats.push({ range: { row: linesTop + 2, col: LC + 1, rows: 6, cols: 2 }, numberFormat: PCT });
  const line = (offset: number, c: number): RangeRef => ({ row: linesTop + 2 + offset, col: LC + c, rows: 2, cols: 1 });

  // Charts, stacked beside the customer table.
  const chartRows = 20;
  const place = (i: number): RangeRef => ({
    row: 3 + i * (chartRows + 1),
    col: chartCol,
    rows: chartRows,
    cols: chartWidth,
  });
  const whaleX: RangeRef = colRange(whaleOrigin, W + 4, n + 1);
  const whaleY: RangeRef = colRange(whaleOrigin, W + 5, n + 1);
  const largestCustomers = colRange(first, B + 3, Math.max(m, 1));
  const largestActivities = activities.map((_, j) => colRange(first, B + 4 + j, Math.max(m, 1)));
  const cuts = preview.cuts;
  const spread = (values: readonly number[]): { lo: number; hi: number } => {
    let lo = values.length > 0 ? Infinity : 0;
    let hi = values.length > 0 ? -Infinity : 1;
    for (const x of values) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return { lo, hi };
  };
  const mx = spread(customers.map((c) => c.costToServePct));
  const my = spread(customers.map((c) => c.marginPct));
  const mid = (x: number, y: number): number => (Number.isFinite(x) && Number.isFinite(y) ? (x + y) / 2 : 0);
  const charts: ChartSpec[] = [
    {
      id: "shapiro",
      type: "scatter",
      title: L("scatterTitle"),
      xTitle: L("scatterX"),
      yTitle: L("scatterY"),
      xPercent: true,
      yPercent: true,
      series: [
        {
          name: L("customers"),
          x: colRange(first, T.ctsPct, dataRows),
          y: colRange(first, T.marginPct, dataRows),
          style: "markers",
          color: SERIES_COLOURS[0] as string,
        },
        { name: L("costCutLine"), x: line(0, 1), y: line(0, 2), style: "line", color: "#C50F1F" },
        { name: L("marginCutLine"), x: line(2, 1), y: line(2, 2), style: "line", color: "#8A8886" },
      ],
      labels: [
        { text: QUADRANT_LABELS.carriageTrade[lang], x: mid(cuts.costToServe, mx.hi), y: mid(cuts.margin, my.hi) },
        { text: QUADRANT_LABELS.passive[lang], x: mid(mx.lo, cuts.costToServe), y: mid(cuts.margin, my.hi) },
        { text: QUADRANT_LABELS.aggressive[lang], x: mid(cuts.costToServe, mx.hi), y: mid(my.lo, cuts.margin) },
        { text: QUADRANT_LABELS.bargainBasement[lang], x: mid(mx.lo, cuts.costToServe), y: mid(my.lo, cuts.margin) },
      ],
      placement: place(0),
    },
    {
      id: "whale",
      type: "scatter",
      title: L("whaleTitle"),
      xTitle: L("whaleX"),
      yTitle: L("whaleY"),
      xPercent: true,
      yPercent: true,
      series: [
        { name: L("whaleTitle"), x: whaleX, y: whaleY, style: "line", color: SERIES_COLOURS[0] as string },
        { name: L("hundred"), x: line(4, 1), y: line(4, 2), style: "line", color: "#8A8886" },
      ],
      placement: place(1),
    },
    {
      id: "largest",
      type: "barStacked",
      title: L("barTitle"),
      xTitle: L("customer"),
      yTitle: L("barY"),
      series: activities.map((act, j) => ({
        name: act.name,
        x: largestCustomers,
        y: largestActivities[j] as RangeRef,
        style: "markers" as const,
        color: SERIES_COLOURS[(j + 1) % SERIES_COLOURS.length] as string,
      })),
      placement: place(2),
    },
  ];

  const widths: Record<number, number> = { 0: 30, 1: 16, 2: 18, 3: 14, [T.quadrant]: 18 };
  for (let j = 0; j < a; j++) widths[actCol(j)] = Math.max(12, Math.min(24, (activities[j]?.name.length ?? 10) + 2));
  for (let c = 4; c <= 8; c++) widths[c] = Math.max(widths[c] ?? 0, 17);
  widths[W + 1] = 26;
  widths[B + 3] = 26;

  const tableCols = {
    ...T,
    activities: activities.map((_, j) => actCol(j)),
  };
  return {
    layout: {
      name,
      tag: SHEET_TAG,
      blocks,
      // An Excel table cannot hold spilled formulas (KAM.RANK), so the KAM style writes a formatted range.
      tables: kam ? [] : [{ name: tableName(name), range: tableRange, style: "TableStyleMedium2" }],
      formats,
      conditional,
      charts,
      columnWidths: widths,
    },
    anchors: {
      rateCells,
      resourceCells,
      marginCut,
      costCut,
      summary: summaryCells,
      table: tableRange,
      tableColumns: tableCols,
      whaleX,
      whaleY,
      whaleCustomers: colRange(whaleFirst, W + 1, Math.max(n, 1)),
      largestCustomers,
      largestActivities,
    },
    preview,
  };
}

/**
 * The length of each run of consecutive source rows, at the run's first index (0 elsewhere): the
 * KAM style spills one formula per column over each run instead of writing one per row.
 *
 * @example
 * sourceRuns([0, 1, 2, 4, 5, 9]); // [3, 0, 0, 2, 0, 1]
 */
export function sourceRuns(rows: readonly number[]): number[] {
  const out = new Array<number>(rows.length).fill(0);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === (rows[i - 1] as number) + 1) continue;
    out[start] = i - start;
    start = i;
  }
  return out;
}

/**
 * A valid Excel table name for a sheet name: letters, digits and underscores, starting with a letter.
 *
 * @example
 * tableName("KAM Cost-to-serve (2)"); // "KAM_Cost_to_serve_2"
 */
export function tableName(sheet: string): string {
  const cleaned = sheet.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `T_${cleaned}`;
}
