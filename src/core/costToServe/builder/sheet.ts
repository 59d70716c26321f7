/**
 * The cost-to-serve sheet as named blocks on the sheet composer: title, rates, capacity of
 * time-driven ABC, editable median cut-offs, chart lines, a summary, the customer table (one P&L row
 * per customer), the whale-curve block, the 20 largest customers by activity, and three native
 * charts (Shapiro scatter, whale curve, stacked bar). Every figure is a formula that reads the
 * source sheet and the rates block, so an edit recalculates without the add-in.
 *
 * Two formula styles: `portable` (Excel 2016+ and LibreOffice natives only: SUMPRODUCT, INDEX/MATCH,
 * COUNTIF, MEDIAN, LARGE, SMALL; no RANK.EQ, SORTBY, FILTER or LET) and `kam` (the KAM functions).
 * The portable rank and whale order compare every customer with every other (O(n²) recalculation,
 * see docs/decisions.md); the KAM style computes them once per column with `KAM.RANKALL` and
 * `KAM.SORTROWS` (O(n log n)), and writes each table column as one spilled formula per run of
 * consecutive source rows instead of one formula per customer (dynamic arrays, as in Excel 365).
 *
 * @module
 */
import {
  HEADING_WIDTH,
  columns,
  compose,
  robustAxis,
  type AxisBounds,
  fx,
  lit,
  padRows,
  quoted,
  SERIES_COLOURS,
  tableBlock,
  tableNameForSheet,
  uniqueSheetName,
  type BlockDef,
  type Columns,
  type Locate,
  type PartFormat,
  type Sheet,
  type TableRefs,
} from "../../compose";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import {
  columnLetters,
  quoteSheet,
  type AxisSpec,
  type ChartLabel,
  type LayoutCell,
  type RangeRef,
  type SheetLayout,
} from "../../layout";
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

/** The summary figures, in the order written. */
export const SUMMARY_KEYS = [
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
] as const;

/** A summary figure. */
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

const TABLE_COLUMNS = [
  "customer",
  "revenue",
  "cogs",
  "grossMargin",
  "totalCts",
  "profit",
  "marginPct",
  "ctsPct",
  "quadrant",
  "rank",
] as const;
type TableColumn = (typeof TABLE_COLUMNS)[number];

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
  /** Table and defined names already in the workbook (the table gets a name unique against them). */
  readonly existingTables?: readonly string[];
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

const PCT = "0.0%";
const MONEY = "#,##0";
const RATE = "#,##0.00";
const CHART_ROWS = 20;
const CHART_COLS = 8;

/** The tints of the profit quadrants in the table. */
export const PROFIT_QUADRANT_TINTS: Readonly<Record<ProfitQuadrant, { fill: string; fontColor: string }>> = {
  carriageTrade: { fill: "#DFF6DD", fontColor: "#0E700E" },
  passive: { fill: "#DEECF9", fontColor: "#0F548C" },
  aggressive: { fill: "#FFF4CE", fontColor: "#8A3707" },
  bargainBasement: { fill: "#EDEBE9", fontColor: "#323130" },
};

/** What the blocks share. */
interface Ctx {
  readonly config: CostToServeConfig;
  readonly source: SourceTable;
  readonly preview: CostToServePreview;
  readonly lang: Lang;
  readonly L: (key: SheetLabel) => string;
  readonly kam: boolean;
  /** Activities, customers, the rows of the table (at least one) and of the top-20 block. */
  readonly a: number;
  readonly n: number;
  readonly dataRows: number;
  readonly m: number;
  readonly table: Columns;
  readonly whale: Columns;
  readonly largest: Columns;
  /** The scatter's axes: the bulk of cost-to-serve % (x) and margin % (y), with the cut-offs. */
  readonly axes: { readonly x: AxisBounds; readonly y: AxisBounds };
}

/** A relative A1 reference to one cell. */
const r1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;
/** An absolute A1 reference to one cell. */
const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
const one = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
const colRange = (row: number, col: number, rows: number): RangeRef => ({ row, col, rows, cols: 1 });

/**
 * A table column's data rows as `$X$a:$X$b`, a range even for one customer (the form this sheet has
 * always written; `TableRefs.data` would write one cell).
 */
function tcol(t: TableRefs, key: string, j = 0): string {
  const r = t.dataRange(key, j);
  const letters = columnLetters(r.col);
  return `$${letters}$${r.row + 1}:$${letters}$${r.row + r.rows}`;
}

/** A block of a heading over a bold header row over `rows`, as the sheet's small blocks are. */
function headed(heading: string, header: readonly string[] | undefined, rows: LayoutCell[][]): LayoutCell[][] {
  return padRows([[lit(heading)], ...(header === undefined ? [] : [header.map(lit)]), ...rows]);
}
const headingFormats = (headerCols?: number): PartFormat[] => [
  { range: one(0, 0), role: "heading" },
  ...(headerCols === undefined
    ? []
    : [{ range: { row: 1, col: 0, rows: 1, cols: headerCols }, role: "plainHeader" as const }]),
];

/** The source cell of a data row (0-based within the source table) and a source column. */
function sourceRefs(ctx: Ctx) {
  const { source } = ctx;
  const S = quoteSheet(source.sheet);
  const cell = (dataRow: number, col: number): string =>
    `${S}!${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + 2}`;
  const column = (col: number): string => {
    const letter = columnLetters(source.origin.col + col);
    return `${S}!$${letter}$${source.origin.row + 2}:$${letter}$${source.origin.row + source.rows.length + 1}`;
  };
  /** `rows` cells of a source column from a data row: one cell, or a range the formula spills over. */
  const span = (dataRow: number, col: number, rows: number): string =>
    rows === 1
      ? cell(dataRow, col)
      : `${cell(dataRow, col)}:${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + rows + 1}`;
  return { S, cell, column, span };
}

function titleBlock(ctx: Ctx): BlockDef {
  const { L, source, n, kam } = ctx;
  const S = quoteSheet(source.sheet);
  return {
    id: "title",
    place: {},
    size: { rows: 2, cols: 1 },
    render: () => ({
      cells: [
        [lit(L("title"))],
        [
          lit(
            `${L("source")}: ${S}!${source.address.replace(/^.*!/, "")} · ${n} ${L("customersCount")}` +
              (source.rows.length > n ? ` · ${source.rows.length - n} ${L("leftOut")}` : "") +
              ` · ${L(kam ? "stylekam" : "styleportable")}`,
          ),
        ],
      ],
      formats: [{ range: one(0, 0), role: "heading" }],
    }),
  };
}

const RATE_HEADER: readonly SheetLabel[] = [
  "activity",
  "method",
  "driver",
  "pool",
  "volume",
  "minutes",
  "capacityRate",
  "rate",
  "assigned",
];

function ratesBlock(ctx: Ctx): BlockDef {
  const { config, L, kam, a, source, preview } = ctx;
  return {
    id: "rates",
    place: { below: "title" },
    size: { rows: 2 + a, cols: RATE_HEADER.length },
    render: (sheet) => {
      const top = sheet.at("rates").row + 2;
      const table = sheet.table("table");
      const src = sourceRefs(ctx);
      const resourceRate = (id: string): string => {
        const i = Math.max(
          0,
          config.resources.findIndex((r) => r.id === id),
        );
        return abs(sheet.at("resources").row + 2 + i, 3);
      };
      const formats: PartFormat[] = [];
      const input = (row: number, col: number, numberFormat?: string): void => {
        formats.push({
          range: one(2 + row, col),
          role: "moneyInput",
          ...(numberFormat === undefined ? {} : { numberFormat }),
        });
      };
      const rows = config.activities.map((act, j): LayoutCell[] => {
        const r = top + j;
        const assigned = fx(`=SUM(${tcol(table, "activity", j)})`);
        if (act.method === "financing") {
          input(j, 7, PCT);
          return [
            lit(act.name),
            lit(L("financing")),
            lit(L("financingDriver")),
            null,
            null,
            null,
            null,
            lit(act.rate),
            assigned,
          ];
        }
        const driverCol = preview.columns.drivers[j] as number;
        const driverHeader = String(source.headers[driverCol] ?? act.driver);
        const volume = fx(`=SUM(${src.column(driverCol)})`);
        if (act.method === "abc") {
          input(j, 3, MONEY);
          const rate = kam ? `=KAM.ACTIVITYRATE(${r1(r, 3)},${r1(r, 4)})` : `=${r1(r, 3)}/${r1(r, 4)}`;
          return [
            lit(act.name),
            lit(L("abc")),
            lit(driverHeader),
            lit(act.pool),
            volume,
            null,
            null,
            fx(rate),
            assigned,
          ];
        }
        input(j, 5);
        return [
          lit(act.name),
          lit(L("tdabc")),
          lit(driverHeader),
          null,
          volume,
          lit(act.minutesPerUnit),
          fx(`=${resourceRate(act.resource)}`),
          fx(`=${r1(r, 5)}*${r1(r, 6)}`),
          assigned,
        ];
      });
      config.activities.forEach((act, j) => {
        if (act.method !== "financing") formats.push({ range: one(2 + j, 7), numberFormat: RATE });
      });
      return {
        cells: headed(L("rates"), RATE_HEADER.map(L), rows),
        formats: [
          ...headingFormats(RATE_HEADER.length),
          ...formats,
          { range: colRange(2, 4, a), numberFormat: MONEY },
          { range: colRange(2, 6, a), numberFormat: RATE },
          { range: colRange(2, 8, a), numberFormat: MONEY },
        ],
      };
    },
  };
}

const RESOURCE_HEADER: readonly SheetLabel[] = [
  "resource",
  "resourceCost",
  "practical",
  "capacityRate",
  "used",
  "unusedMinutes",
  "unusedCost",
];

function resourcesBlock(ctx: Ctx): BlockDef {
  const { config, L, kam } = ctx;
  const count = config.resources.length;
  return {
    id: "resources",
    place: { below: "rates" },
    size: { rows: 2 + count, cols: RESOURCE_HEADER.length },
    when: count > 0,
    render: (sheet) => {
      const top = sheet.at("resources").row + 2;
      const rateTop = sheet.at("rates").row + 2;
      const rows = config.resources.map((res, i): LayoutCell[] => {
        const r = top + i;
        const users = config.activities
          .map((act, j) =>
            act.method === "tdabc" && act.resource === res.id ? `${r1(rateTop + j, 5)}*${r1(rateTop + j, 4)}` : "",
          )
          .filter((s) => s !== "");
        const ccr = kam ? `=KAM.ACTIVITYRATE(${r1(r, 1)},${r1(r, 2)})` : `=${r1(r, 1)}/${r1(r, 2)}`;
        return [
          lit(res.name),
          lit(res.cost),
          lit(res.capacityMinutes),
          fx(ccr),
          fx(users.length > 0 ? `=${users.join("+")}` : "=0"),
          fx(`=${r1(r, 2)}-${r1(r, 4)}`),
          fx(`=${r1(r, 5)}*${r1(r, 3)}`),
        ];
      });
      return {
        cells: headed(L("capacity"), RESOURCE_HEADER.map(L), rows),
        formats: [
          ...headingFormats(RESOURCE_HEADER.length),
          ...config.resources.map((_, i) => ({
            range: { row: 2 + i, col: 1, rows: 1, cols: 2 },
            role: "moneyInput" as const,
            numberFormat: MONEY,
          })),
          { range: colRange(2, 3, count), numberFormat: RATE },
          { range: { row: 2, col: 4, rows: count, cols: 3 }, numberFormat: MONEY },
        ],
      };
    },
  };
}

function cutsBlock(ctx: Ctx): BlockDef {
  const { config, L } = ctx;
  return {
    id: "cuts",
    place: { below: config.resources.length > 0 ? "resources" : "rates" },
    size: { rows: 3, cols: 2 },
    render: (sheet) => {
      const table = sheet.table("table");
      const cut = (value: number | null, key: "marginPct" | "ctsPct"): LayoutCell =>
        value === null ? fx(`=MEDIAN(${tcol(table, key)})`) : lit(value);
      return {
        cells: headed(L("cuts"), undefined, [
          [lit(L("marginCut")), cut(config.cuts.margin, "marginPct")],
          [lit(L("costCut")), cut(config.cuts.costToServe, "ctsPct")],
        ]),
        formats: [
          ...headingFormats(),
          { range: { row: 1, col: 1, rows: 2, cols: 1 }, role: "moneyInput", numberFormat: PCT },
        ],
      };
    },
  };
}

const marginCut = (sheet: Sheet): RangeRef => sheet.cell("cuts", 1, 1);
const costCut = (sheet: Sheet): RangeRef => sheet.cell("cuts", 2, 1);
const absCell = (r: RangeRef): string => abs(r.row, r.col);

/** The two cut-off lines of the scatter and the 100 % reference of the whale curve. */
function linesBlock(ctx: Ctx): BlockDef {
  const { L } = ctx;
  return {
    id: "lines",
    place: { beside: "cuts", gap: 2 },
    size: { rows: 12, cols: 3 },
    render: (sheet) => {
      const mCut = absCell(marginCut(sheet));
      const cCut = absCell(costCut(sheet));
      const { x, y } = ctx.axes;
      return {
        // The cut-off lines run from one axis bound to the other, not past the plot.
        cells: headed(L("lines"), undefined, [
          [lit(L("series")), lit("x"), lit("y")],
          [lit(L("costCutLine")), fx(`=${cCut}`), lit(y.min)],
          [lit(L("costCutLine")), fx(`=${cCut}`), lit(y.max)],
          [lit(L("marginCutLine")), lit(x.min), fx(`=${mCut}`)],
          [lit(L("marginCutLine")), lit(x.max), fx(`=${mCut}`)],
          [lit(L("hundred")), lit(0), lit(1)],
          [lit(L("hundred")), lit(1), lit(1)],
          // Where the quadrant names sit (Excel draws them as the data labels of a series on these cells).
          ...cornerLabels(ctx).map((l) => [lit(l.text), lit(l.x), lit(l.y)]),
        ]),
        formats: [
          ...headingFormats(),
          { range: { row: 1, col: 0, rows: 1, cols: 3 }, role: "plainHeader" },
          { range: { row: 2, col: 1, rows: 10, cols: 2 }, numberFormat: PCT },
        ],
      };
    },
  };
}

/** The whale block's share-of-profit column (customers only, without the origin row). */
function whaleShares(ctx: Ctx, sheet: Sheet): string {
  const at = sheet.at("whale");
  const col = columnLetters(at.col + ctx.whale.col("shareProfit"));
  return `$${col}$${at.row + 4}:$${col}$${at.row + 3 + ctx.dataRows}`;
}

function summaryBlock(ctx: Ctx): BlockDef {
  const { L, kam } = ctx;
  return {
    id: "summary",
    place: { below: "cuts", gap: 2 },
    size: { rows: 1 + SUMMARY_KEYS.length, cols: 2 },
    render: (sheet) => {
      const table = sheet.table("table");
      const profit = tcol(table, "profit");
      const share = whaleShares(ctx, sheet);
      const value = (key: SummaryKey): string => sheet.ref("summary", 1 + SUMMARY_KEYS.indexOf(key), 1, true);
      const portable: Record<SummaryKey, string> = {
        customers: `=COUNT(${profit})`,
        totalRevenue: `=SUM(${tcol(table, "revenue")})`,
        totalCost: `=SUM(${tcol(table, "totalCts")})`,
        totalProfit: `=SUM(${profit})`,
        peakShare: `=MAX(${share})`,
        peakCustomers: `=MATCH(MAX(${share}),${share},0)`,
        peakCustomerShare: `=${value("peakCustomers")}/${value("customers")}`,
        lossCount: `=COUNTIF(${profit},"<0")`,
        lossTotal: `=SUMIF(${profit},"<0")`,
        top20: `=INDEX(${share},ROUNDUP(0.2*${value("customers")},0))`,
      };
      const rows = SUMMARY_KEYS.map((key): LayoutCell[] => {
        const stat = WHALESTATS_ROW[key];
        return [
          lit(L(key)),
          fx(kam && stat !== undefined ? `=INDEX(KAM.WHALESTATS(${profit}),${stat},2)` : portable[key]),
        ];
      });
      const percent = (key: SummaryKey): boolean =>
        key === "peakShare" || key === "peakCustomerShare" || key === "top20";
      return {
        cells: headed(L("summary"), undefined, rows),
        formats: [
          ...headingFormats(),
          ...SUMMARY_KEYS.map((key, i) => ({ range: one(1 + i, 1), numberFormat: percent(key) ? PCT : MONEY })),
        ],
      };
    },
  };
}

function tableColumns(a: number): Columns {
  return columns([
    { key: "customer" },
    { key: "revenue" },
    { key: "cogs" },
    { key: "grossMargin" },
    { key: "activity", count: a },
    { key: "totalCts" },
    { key: "profit" },
    { key: "marginPct" },
    { key: "ctsPct" },
    { key: "quadrant" },
    { key: "rank" },
  ]);
}

/** The formulas of one customer's table row; `run` rows from here spill (KAM style), 0 inside a run. */
function customerRow(ctx: Ctx, sheet: Sheet, t: TableRefs, i: number, run: number): LayoutCell[] {
  const { config, kam, lang, a, preview } = ctx;
  const cols = preview.columns;
  const r = t.firstRow + i;
  const c = (key: string, j = 0): number => t.col(key, j);
  const mCut = absCell(marginCut(sheet));
  const cCut = absCell(costCut(sheet));
  const q = (k: ProfitQuadrant): string => quoted(QUADRANT_LABELS[k][lang]);
  const quadrantFormula = (): string => {
    if (kam)
      return `=KAM.PROFITQUADRANT(${tcol(t, "marginPct")},${tcol(t, "ctsPct")},${mCut},${cCut},"${lang}",${tcol(t, "revenue")})`;
    const m = r1(r, c("marginPct"));
    const k = r1(r, c("ctsPct"));
    return `=IF(ISNUMBER(${m}),IF(${m}>=${mCut},IF(${k}>=${cCut},${q("carriageTrade")},${q("passive")}),IF(${k}>=${cCut},${q("aggressive")},${q("bargainBasement")})),NA())`;
  };
  const rankFormula = (): string => {
    if (kam) return `=KAM.RANKALL(${tcol(t, "profit")},0,"first")`;
    const p = r1(r, c("profit"));
    return `=SUMPRODUCT((${tcol(t, "profit")}>${p})*1)+COUNTIF($${columnLetters(c("profit"))}$${t.firstRow + 1}:${p},${p})`;
  };
  // A revenue edited to zero or below after the build has no percentages (""), so no quadrant (#N/A);
  // the KAM style passes the revenue, whose message names the cell.
  const quadrant = kam && i > 0 ? null : fx(quadrantFormula());
  const rank = kam && i > 0 ? null : fx(rankFormula());
  if (run === 0) return [...new Array<LayoutCell>(c("quadrant")).fill(null), quadrant, rank];
  const s = preview.customers[i]?.sourceRow ?? 0;
  const src = sourceRefs(ctx);
  const span = (col: number): string => (run === 1 ? r1(r, col) : `${r1(r, col)}:${r1(r + run - 1, col)}`);
  const from = (col: number): string => src.span(s, col, run);
  const rev = span(c("revenue"));
  const goods = span(c("cogs"));
  const tot = span(c("totalCts"));
  /** A plain reference; a spilled one gets a unary plus (HyperFormula spills no bare range). */
  const copy = (ref: string): string => (run === 1 ? `=${ref}` : `=+${ref}`);
  const { mapping } = config;
  const revenue =
    mapping.revenue.kind === "net"
      ? copy(from(cols.net as number))
      : mapping.revenue.discountAs === "amount"
        ? `=${from(cols.list as number)}-${from(cols.discount as number)}`
        : `=${from(cols.list as number)}*(1-${from(cols.discount as number)})`;
  const cogs = mapping.cost.kind === "cogs" ? copy(from(cols.cost)) : `=${rev}-${from(cols.cost)}`;
  const rateTop = sheet.at("rates").row + 2;
  const acts = config.activities.map((act, j) => {
    const rate = abs(rateTop + j, 7);
    const driver = from(cols.drivers[j] as number);
    return fx(act.method === "financing" ? `=${rev}*${driver}/365*${rate}` : `=${driver}*${rate}`);
  });
  const total =
    run === 1
      ? `=SUM(${r1(r, c("activity", 0))}:${r1(r, c("activity", a - 1))})`
      : a === 1
        ? copy(span(c("activity", 0)))
        : `=${config.activities.map((_, j) => span(c("activity", j))).join("+")}`;
  return [
    fx(copy(from(cols.customer))),
    fx(revenue),
    fx(cogs),
    fx(`=${rev}-${goods}`),
    ...acts,
    fx(total),
    fx(kam ? `=KAM.CUSTOMERPROFIT(${rev},${goods},${tot})` : `=${rev}-${goods}-${tot}`),
    fx(`=IF(${rev}>0,${span(c("grossMargin"))}/${rev},"")`),
    fx(`=IF(${rev}>0,${tot}/${rev},"")`),
    quadrant,
    rank,
  ];
}

const TABLE_HEADER = (ctx: Ctx): string[] => [
  ctx.L("customer"),
  ctx.L("netRevenue"),
  ctx.L("cogs"),
  ctx.L("grossMargin"),
  ...ctx.config.activities.map((act) => act.name),
  ctx.L("totalCts"),
  ctx.L("netProfit"),
  ctx.L("marginPct"),
  ctx.L("ctsPct"),
  ctx.L("quadrant"),
  ctx.L("rank"),
];

function customerTableBlock(ctx: Ctx, tableName: string): BlockDef {
  const { kam, lang, n, dataRows, table: cols, preview } = ctx;
  return tableBlock(
    "table",
    { below: "summary", col: 0 },
    {
      columns: cols,
      rows: dataRows,
      render: (sheet, t) => {
        const runs = kam ? sourceRuns(preview.customers.map((c) => c.sourceRow)) : preview.customers.map(() => 1);
        const rows = preview.customers.map((_, i) => customerRow(ctx, sheet, t, i, runs[i] ?? 0));
        const data = (key: string, count = 1): RangeRef => ({
          row: 1,
          col: cols.col(key),
          rows: dataRows,
          cols: count,
        });
        return {
          cells: [
            TABLE_HEADER(ctx).map(lit),
            ...(rows.length > 0 ? rows : [new Array<LayoutCell>(cols.width).fill(null)]),
          ],
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: cols.width }, role: "plainHeader" },
            ...(kam
              ? [{ range: { row: 0, col: 0, rows: 1, cols: cols.width }, role: "moneyTableHeader" as const }]
              : []),
            { range: { row: 1, col: 1, rows: dataRows, cols: cols.col("profit") }, numberFormat: MONEY },
            { range: data("marginPct", 2), numberFormat: PCT },
          ],
          conditional: (Object.keys(QUADRANT_LABELS) as ProfitQuadrant[]).map((key) => ({
            range: data("quadrant"),
            text: QUADRANT_LABELS[key][lang],
            ...PROFIT_QUADRANT_TINTS[key],
          })),
          // An Excel table cannot hold spilled formulas (KAM.RANKALL), so the KAM style writes a formatted range.
          ...(kam
            ? {}
            : {
                table: {
                  name: tableName,
                  range: { row: 0, col: 0, rows: n === 0 ? 2 : n + 1, cols: cols.width },
                  style: "TableStyleMedium2",
                },
              }),
        };
      },
    },
  );
}

/** The whale block: origin row, then one row per customer, most profitable first. */
function whaleBlock(ctx: Ctx): BlockDef {
  const { L, kam, n, whale: w } = ctx;
  return {
    id: "whale",
    place: { beside: "shapiro", row: (at: Locate) => at("table").row - 1 },
    size: { rows: 2 + 1 + n, cols: w.width },
    render: (sheet) => {
      const t = sheet.table("table");
      const at = sheet.at("whale");
      const W = at.col;
      const origin = at.row + 2;
      const nCell = sheet.ref("summary", 1 + SUMMARY_KEYS.indexOf("customers"), 1, true);
      const totalCell = sheet.ref("summary", 1 + SUMMARY_KEYS.indexOf("totalProfit"), 1, true);
      const [customers, profits, ranks] = [tcol(t, "customer"), tcol(t, "profit"), tcol(t, "rank")];
      const rows: LayoutCell[][] = [[lit(0), null, null, lit(0), lit(0), lit(0)]];
      for (let i = 0; i < n; i++) {
        const r = origin + 1 + i;
        const pos = r1(r, W);
        const first = i === 0;
        const share: LayoutCell[] = kam
          ? [first ? fx(`=KAM.WHALECURVE(${profits})`) : null, null]
          : [fx(`=${pos}/${nCell}`), fx(`=IF(${totalCell}>0,${r1(r, W + w.col("cumProfit"))}/${totalCell},NA())`)];
        const sorted: LayoutCell[] = kam
          ? first
            ? [fx(`=KAM.SORTROWS(${customers},${profits})`), fx(`=KAM.SORTROWS(${profits},${profits})`)]
            : [null, null]
          : [fx(`=INDEX(${customers},MATCH(${pos},${ranks},0))`), fx(`=INDEX(${profits},MATCH(${pos},${ranks},0))`)];
        const cum = W + w.col("cumProfit");
        rows.push([lit(i + 1), ...sorted, fx(`=${r1(r - 1, cum)}+${r1(r, W + w.col("profit"))}`), ...share]);
      }
      const header: SheetLabel[] = ["position", "customer", "netProfit", "cumProfit", "shareCustomers", "shareProfit"];
      return {
        cells: headed(L("whale"), header.map(L), rows),
        formats: [
          ...headingFormats(header.length),
          { range: { row: 2, col: w.col("profit"), rows: n + 1, cols: 2 }, numberFormat: MONEY },
          { range: { row: 2, col: w.col("shareCustomers"), rows: n + 1, cols: 2 }, numberFormat: PCT },
        ],
      };
    },
  };
}

/** The largest customers by net revenue (ties: the more profitable first) with their cost per activity. */
function largestBlock(ctx: Ctx): BlockDef {
  const { L, m, a, config, largest: g } = ctx;
  return {
    id: "largest",
    place: { beside: "whale" },
    size: { rows: 2 + m, cols: g.width },
    render: (sheet) => {
      const t = sheet.table("table");
      const B = sheet.at("largest").col;
      const [revenue, ranks] = [tcol(t, "revenue"), tcol(t, "rank")];
      const rows: LayoutCell[][] = [];
      for (let k = 0; k < m; k++) {
        const r = t.firstRow + k;
        const val = r1(r, B + g.col("revenue"));
        const occurrence = `COUNTIF($${columnLetters(B + g.col("revenue"))}$${t.firstRow + 1}:${val},${val})`;
        const rowCell = `$${columnLetters(B + g.col("tableRow"))}${r + 1}`;
        rows.push([
          lit(k + 1),
          fx(`=LARGE(${revenue},${r1(r, B)})`),
          fx(
            `=MATCH(SUMPRODUCT(SMALL((${revenue}=${val})*${ranks}+(${revenue}<>${val})*1000000000,${occurrence})),${ranks},0)`,
          ),
          fx(`=INDEX(${tcol(t, "customer")},${rowCell})`),
          ...config.activities.map((_, j) => fx(`=INDEX(${tcol(t, "activity", j)},${rowCell})`)),
          fx(`=INDEX(${tcol(t, "totalCts")},${rowCell})`),
        ]);
      }
      const header = [
        L("position"),
        L("netRevenue"),
        L("tableRow"),
        L("customer"),
        ...config.activities.map((x) => x.name),
        L("totalCts"),
      ];
      return {
        cells: headed(L("largest"), header, rows),
        formats: [
          ...headingFormats(header.length),
          { range: colRange(2, g.col("revenue"), Math.max(m, 1)), numberFormat: MONEY },
          { range: { row: 2, col: g.col("activity"), rows: Math.max(m, 1), cols: a + 1 }, numberFormat: MONEY },
        ],
      };
    },
  };
}

/** Anchors of the whale and top-20 blocks that charts and the pane use. */
function chartRanges(ctx: Ctx, sheet: Sheet) {
  const whale = sheet.at("whale");
  const largest = sheet.at("largest");
  const first = sheet.table("table").firstRow;
  const rows = Math.max(ctx.m, 1);
  return {
    whaleX: colRange(whale.row + 2, whale.col + ctx.whale.col("shareCustomers"), ctx.n + 1),
    whaleY: colRange(whale.row + 2, whale.col + ctx.whale.col("shareProfit"), ctx.n + 1),
    whaleCustomers: colRange(whale.row + 3, whale.col + ctx.whale.col("customer"), ctx.dataRows),
    largestCustomers: colRange(first, largest.col + ctx.largest.col("customer"), rows),
    largestActivities: ctx.config.activities.map((_, j) =>
      colRange(first, largest.col + ctx.largest.col("activity", j), rows),
    ),
  };
}

/** The cells of the quadrant names' coordinates in the lines block (column 1: x, 2: y). */
const labelRange = (sheet: Sheet, c: number): RangeRef => {
  const at = sheet.at("lines");
  return { row: at.row + 8, col: at.col + c, rows: 4, cols: 1 };
};

const lineRange = (sheet: Sheet, offset: number, c: number): RangeRef => {
  const at = sheet.at("lines");
  return { row: at.row + 2 + offset, col: at.col + c, rows: 2, cols: 1 };
};

/** The scatter's axes: the bulk of the customers (Tukey's far-out fences), always showing both cut-offs. */
function scatterAxes(preview: CostToServePreview): { x: AxisBounds; y: AxisBounds } {
  const { cuts } = preview;
  return {
    x: robustAxis(
      preview.customers.map((c) => c.costToServePct),
      { include: [0, cuts.costToServe] },
    ),
    y: robustAxis(
      preview.customers.map((c) => c.marginPct),
      { include: [0, cuts.margin] },
    ),
  };
}

const axisSpec = ({ min, max, step }: AxisBounds): AxisSpec => ({ min, max, step });

/** The quadrant names in the plot's four outer corners, clear of the axes' labels and of the cut-off lines. */
function cornerLabels(ctx: Ctx): ChartLabel[] {
  const { x, y } = ctx.axes;
  const dx = (x.max - x.min) * 0.02;
  const dy = (y.max - y.min) * 0.05;
  const label = (q: ProfitQuadrant): string => QUADRANT_LABELS[q][ctx.lang];
  return [
    { text: label("passive"), x: x.min + dx, y: y.max - dy, align: "start" },
    { text: label("carriageTrade"), x: x.max - dx, y: y.max - dy, align: "end" },
    { text: label("bargainBasement"), x: x.min + dx, y: y.min + dy, align: "start" },
    { text: label("aggressive"), x: x.max - dx, y: y.min + dy, align: "end" },
  ];
}

/** How many customers outside the axes are named, one per row, beside the scatter. */
export const OUTLIERS_NAMED = 5;

/** The customers outside the scatter's axes, named with their two percentages (cells of the table). */
function outliersBlock(ctx: Ctx): BlockDef {
  const { L, preview } = ctx;
  const { x, y } = ctx.axes;
  // Farthest outside first, in axis spans, so the customer that squeezed the chart is named first.
  const beyond = (v: number, a: AxisBounds): number => Math.max(0, a.min - v, v - a.max) / (a.max - a.min);
  const far = (i: number): number => {
    const c = preview.customers[i];
    return c === undefined ? 0 : Math.max(beyond(c.costToServePct, x), beyond(c.marginPct, y));
  };
  const outside = [...new Set([...x.outside, ...y.outside])].sort((p, q) => far(q) - far(p) || p - q);
  const named = outside.slice(0, OUTLIERS_NAMED);
  const more = outside.length - named.length;
  const rows = 2 + Math.max(1, named.length) + (more > 0 ? 1 : 0);
  return {
    id: "outliers",
    place: { below: "shapiro" },
    size: { rows, cols: 3 },
    render: (sheet) => {
      const table = sheet.table("table");
      const cell = (key: string, i: number): LayoutCell => {
        const r = table.dataRange(key);
        return fx(`=${abs(r.row + i, r.col)}`);
      };
      const lines: LayoutCell[][] = named.map((i) => [
        lit(preview.customers[i]?.name ?? ""),
        cell("ctsPct", i),
        cell("marginPct", i),
      ]);
      return {
        cells: headed(
          L("outsideAxes"),
          [L("customer"), L("ctsPctShort"), L("marginPctShort")],
          [...(lines.length > 0 ? lines : [[lit(L("noneOutside"))]]), ...(more > 0 ? [[lit(`+ ${more}`)]] : [])],
        ),
        formats: [
          ...headingFormats(3),
          { range: { row: 2, col: 1, rows: Math.max(1, named.length), cols: 2 }, numberFormat: PCT },
        ],
      };
    },
  };
}

function chartBlocks(ctx: Ctx): BlockDef[] {
  const { L, config } = ctx;
  const size = { rows: CHART_ROWS, cols: CHART_COLS };
  const colour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length] as string;
  return [
    {
      id: "shapiro",
      place: { beside: "table", row: (at: Locate) => at("rates").row },
      size,
      render: (sheet) => {
        const t = sheet.table("table");
        return {
          chart: {
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
                x: t.dataRange("ctsPct"),
                y: t.dataRange("marginPct"),
                style: "markers",
                color: colour(0),
              },
              {
                name: L("costCutLine"),
                x: lineRange(sheet, 0, 1),
                y: lineRange(sheet, 0, 2),
                style: "line",
                color: "#C50F1F",
              },
              {
                name: L("marginCutLine"),
                x: lineRange(sheet, 2, 1),
                y: lineRange(sheet, 2, 2),
                style: "line",
                color: "#8A8886",
              },
            ],
            labels: cornerLabels(ctx),
            labelPoints: { x: labelRange(sheet, 1), y: labelRange(sheet, 2) },
            xAxis: axisSpec(ctx.axes.x),
            yAxis: axisSpec(ctx.axes.y),
          },
        };
      },
    },
    outliersBlock(ctx),
    {
      id: "whaleChart",
      place: { below: "outliers", gap: 1 },
      size,
      render: (sheet) => {
        const r = chartRanges(ctx, sheet);
        return {
          chart: {
            id: "whale",
            type: "scatter",
            title: L("whaleTitle"),
            xTitle: L("whaleX"),
            yTitle: L("whaleY"),
            xPercent: true,
            yPercent: true,
            series: [
              { name: L("whaleTitle"), x: r.whaleX, y: r.whaleY, style: "line", color: colour(0) },
              {
                name: L("hundred"),
                x: lineRange(sheet, 4, 1),
                y: lineRange(sheet, 4, 2),
                style: "line",
                color: "#8A8886",
              },
            ],
          },
        };
      },
    },
    {
      id: "largestChart",
      place: { below: "whaleChart" },
      size,
      render: (sheet) => {
        const r = chartRanges(ctx, sheet);
        return {
          chart: {
            id: "largest",
            type: "barStacked",
            title: L("barTitle"),
            xTitle: L("customer"),
            yTitle: L("barY"),
            series: config.activities.map((act, j) => ({
              name: act.name,
              x: r.largestCustomers,
              y: r.largestActivities[j] as RangeRef,
              style: "markers" as const,
              color: colour(j + 1),
            })),
          },
        };
      },
    },
  ];
}

function columnWidths(ctx: Ctx) {
  return (sheet: Sheet): Record<number, number> => {
    const t = ctx.table;
    const widths: Record<number, number> = { 0: 30, 1: 16, 2: 18, 3: 14, [t.col("quadrant")]: 18 };
    ctx.config.activities.forEach((act, j) => {
      widths[t.col("activity", j)] = Math.max(12, Math.min(24, act.name.length + 2));
    });
    for (let c = 4; c <= 8; c++) widths[c] = Math.max(widths[c] ?? 0, 17);
    widths[sheet.at("whale").col + ctx.whale.col("customer")] = 26;
    widths[sheet.at("largest").col + ctx.largest.col("customer")] = 26;
    return widths;
  };
}

function anchors(ctx: Ctx, sheet: Sheet): CostToServeAnchors {
  const t = sheet.table("table");
  const rateTop = sheet.at("rates").row + 2;
  const resourceTop = sheet.at("resources").row + 2;
  const tableColumns = Object.fromEntries(TABLE_COLUMNS.map((key) => [key, t.col(key)])) as Record<TableColumn, number>;
  return {
    rateCells: ctx.config.activities.map((_, j) => one(rateTop + j, 7)),
    resourceCells: ctx.config.resources.map((_, i) => {
      const r = resourceTop + i;
      return { rate: one(r, 3), used: one(r, 4), unusedMinutes: one(r, 5), unusedCost: one(r, 6) };
    }),
    marginCut: marginCut(sheet),
    costCut: costCut(sheet),
    summary: Object.fromEntries(SUMMARY_KEYS.map((key, i) => [key, sheet.cell("summary", 1 + i, 1)])) as Record<
      SummaryKey,
      RangeRef
    >,
    table: t.range,
    tableColumns: { ...tableColumns, activities: t.cols("activity") },
    ...chartRanges(ctx, sheet),
  };
}

/**
 * Builds the cost-to-serve sheet for a configuration and a source table. Rows the preview leaves out
 * (blank or text in a mapped number column, a net revenue of zero or below) get no table row; a
 * revenue edited to zero or below later blanks that row's percentages (the medians skip them) and
 * gives it no quadrant (#N/A).
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
  const preview = options.preview ?? computeCostToServe(config, source);
  const a = config.activities.length;
  const n = preview.customers.length;
  const ctx: Ctx = {
    config,
    source,
    preview,
    lang,
    L,
    kam: config.style === "kam",
    a,
    n,
    dataRows: Math.max(n, 1),
    m: Math.min(LARGEST_COUNT, n),
    table: tableColumns(a),
    whale: columns(
      ["position", "customer", "profit", "cumProfit", "shareCustomers", "shareProfit"].map((key) => ({ key })),
    ),
    largest: columns([
      { key: "position" },
      { key: "revenue" },
      { key: "tableRow" },
      { key: "customer" },
      { key: "activity", count: a },
      { key: "totalCts" },
    ]),
    axes: scatterAxes(preview),
  };
  const name = options.sheetName ?? uniqueSheetName(L("sheetName"), options.existingSheets ?? []);
  const tableName = tableNameForSheet(name, new Set((options.existingTables ?? []).map((s) => s.toLowerCase())));
  const { layout, sheet } = compose({
    name,
    tag: SHEET_TAG,
    blocks: [
      titleBlock(ctx),
      ratesBlock(ctx),
      resourcesBlock(ctx),
      cutsBlock(ctx),
      linesBlock(ctx),
      summaryBlock(ctx),
      customerTableBlock(ctx, tableName),
      ...chartBlocks(ctx),
      whaleBlock(ctx),
      largestBlock(ctx),
    ],
    columnWidths: columnWidths(ctx),
    // Columns widen to fit their headings ("Total cost-to-serve"), within bounds.
    fitHeadings: HEADING_WIDTH,
    // The customer table's header row (and everything above it) stays in view while rows scroll.
    freezeRows: (s) => s.table("table").firstRow,
  });
  return { layout, anchors: anchors(ctx, sheet), preview };
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
