/**
 * The account strategy sheet as named blocks on the sheet composer: title, cut-offs (inputs; the raw
 * bounds of a min–max axis), customers and revenue per quadrant with a live warning when one quadrant
 * holds more than half of the revenue, the legend of what each quadrant asks of us (Stewart, Rackham,
 * Holden, the seller profile and its slide-64 traits), under it a native bubble chart of impact × difficulty
 * whose axes cross at the cut-offs, and below that the customer table.
 *
 * Two formula styles: `portable` (IF, AND, CHOOSE, COUNTIF, SUMIF: Excel 2016+, LibreOffice) with one
 * formula per customer row, and `kam` (KAM.NORMALIZE, KAM.KRALJIC, KAM.SUPPLIERSTRATEGY, KAM.WHITNEY)
 * with one spilled formula per column. The row check, which names the source cell of a bad value, is a
 * native formula per row in both styles.
 *
 * @module
 */
import {
  HEADING_WIDTH,
  QUADRANT_TINTS,
  SERIES_COLOURS,
  SRC,
  columns,
  compose,
  dataRows,
  fx,
  lit,
  padRows,
  quoted,
  tableBlock,
  uniqueSheetName,
  type BlockDef,
  type Columns,
  type PartFormat,
  type Sheet,
  type TableRefs,
  type Tint,
} from "../../compose";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import { columnLetters, quoteSheet, type LayoutCell, type RangeRef, type SheetLayout } from "../../layout";
import { WHITNEY_LABELS, type WhitneyAction } from "../../whitney";
import { KRALJIC_LABELS, SELLER_TRAITS, SELLING_MODE, STRATEGY_LABELS, type KraljicQuadrant } from "../index";
import { STRATEGY_SHEET_TAG, type StrategyConfig } from "./config";
import { NO_WORDS, QUADRANTS, YES_WORDS, computeStrategy, type StrategyColumns, type StrategyPreview } from "./compute";
import { STRATEGY_SHEET_LABELS, type StrategySheetLabel } from "./labels";

/** The supplier-strategy columns of the table and the legend, in order. */
const STRATEGY_KEYS = ["stewart", "buying", "rackham", "holden", "seller"] as const;

/** Whitney's actions in the order of `CHOOSE(1 + 4·¬strategic + 2·¬significant + ¬profitable, …)`. */
const WHITNEY_ORDER: readonly WhitneyAction[] = ["yyy", "yyn", "yny", "ynn", "nyy", "nyn", "nny", "nnn"];

/**
 * The tints of the quadrants in the table, the summary and the legend.
 *
 * @example
 * STRATEGY_TINTS.partner.fill; // "#C6EFCE"
 */
export const STRATEGY_TINTS: Readonly<Record<KraljicQuadrant, Tint>> = {
  partner: QUADRANT_TINTS.best,
  leverage: QUADRANT_TINTS.second,
  bottleneck: QUADRANT_TINTS.third,
  routine: QUADRANT_TINTS.last,
};

/** The bubble colours per quadrant (one series each). */
const BUBBLE_COLOURS: Readonly<Record<KraljicQuadrant, string>> = {
  routine: SERIES_COLOURS[2],
  leverage: SERIES_COLOURS[0],
  bottleneck: SERIES_COLOURS[3],
  partner: SERIES_COLOURS[1],
};

type SettingKey = "impactCut" | "difficultyCut" | "impactMin" | "impactMax" | "difficultyMin" | "difficultyMax";

/** Where the parts of the sheet are, for tests and for the pane. */
export interface StrategyAnchors {
  readonly settings: Readonly<Partial<Record<SettingKey, RangeRef>>>;
  /** Per quadrant: the count, the revenue (with a revenue column) and the share. */
  readonly summary: Readonly<
    Record<KraljicQuadrant, { readonly count: RangeRef; readonly revenue?: RangeRef; readonly share: RangeRef }>
  >;
  readonly totals: { readonly count: RangeRef; readonly revenue?: RangeRef };
  /** The warning cell (empty text unless one quadrant holds more than half of the revenue). */
  readonly warning?: RangeRef;
  /** The legend: quadrant, the five strategies and the traits, four rows. */
  readonly legend: RangeRef;
  /** The customer table including its header row. */
  readonly table: RangeRef;
  /** 0-based sheet column of each table column present. */
  readonly tableColumns: Readonly<Record<string, number>>;
}

/** A built layout with its anchors and the preview it was computed from. */
export interface StrategyLayout {
  readonly layout: SheetLayout;
  readonly anchors: StrategyAnchors;
  readonly preview: StrategyPreview;
}

/** Options of {@link strategyLayout}. */
export interface StrategyLayoutOptions {
  readonly existingSheets?: readonly string[];
  readonly existingTables?: readonly string[];
  readonly sheetName?: string;
  readonly preview?: StrategyPreview;
}

const PCT = "0.0%";
const MONEY = "#,##0";
const SCORE = "0.00";
/** The chart under the legend, over the first columns (about 700 pixels wide at their fitted widths). */
const CHART_COLS = 4;
const CHART_ROWS = 22;

/** What the blocks share. */
interface Ctx {
  readonly config: StrategyConfig;
  readonly source: SourceTable;
  readonly preview: StrategyPreview;
  readonly cols: StrategyColumns;
  readonly lang: Lang;
  readonly L: (key: StrategySheetLabel) => string;
  readonly kam: boolean;
  readonly n: number;
  readonly dataRows: number;
  readonly hasRevenue: boolean;
  readonly hasWhitney: boolean;
  readonly minmax: { readonly impact: boolean; readonly difficulty: boolean };
  readonly settingKeys: readonly SettingKey[];
  readonly table: Columns;
}

const one = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
const abs = (r: RangeRef): string => `$${columnLetters(r.col)}$${r.row + 1}`;
const Q = (ctx: Ctx, q: KraljicQuadrant): string => KRALJIC_LABELS[q][ctx.lang];

/** A table column's data rows as `$X$a:$X$b` (a range even for one customer). */
function tcol(t: TableRefs, key: string): string {
  const r = t.dataRange(key);
  const c = columnLetters(r.col);
  return `$${c}$${r.row + 1}:$${c}$${r.row + r.rows}`;
}

/** The source's cells: of a row template (the {@link SRC} marker) and a whole column (absolute). */
function sourceRefs(ctx: Ctx) {
  const { source } = ctx;
  const S = quoteSheet(source.sheet);
  const letters = (col: number): string => columnLetters(source.origin.col + col);
  const cell = (col: number): string => `${S}!${letters(col)}${SRC}`;
  const column = (col: number): string => {
    const c = letters(col);
    const first = source.origin.row + 2;
    return ctx.n === 1 ? `${S}!$${c}$${first}` : `${S}!$${c}$${first}:$${c}$${first + ctx.n - 1}`;
  };
  /** The text "Sheet!B" + row, for the row check (inside a string literal). */
  const named = (col: number): string => `${S}!${letters(col)}${SRC}`;
  return { cell, column, named };
}

function headed(heading: string, rows: LayoutCell[][]): LayoutCell[][] {
  return padRows([[lit(heading)], ...rows]);
}
const headingFormat: PartFormat = { range: one(0, 0), role: "heading" };

function titleBlock(ctx: Ctx): BlockDef {
  const { L, source, n, kam } = ctx;
  return {
    id: "title",
    place: {},
    size: { rows: 2, cols: 1 },
    render: () => ({
      cells: [
        [lit(L("title"))],
        [
          lit(
            `${L("source")}: ${quoteSheet(source.sheet)}!${source.address.replace(/^.*!/, "")} · ${n} ${L("customersCount")} · ${L(kam ? "stylekam" : "styleportable")}`,
          ),
        ],
      ],
      formats: [{ range: one(0, 0), role: "heading" }],
    }),
  };
}

const setting = (ctx: Ctx, sheet: Sheet, key: SettingKey): RangeRef =>
  sheet.cell("settings", 1 + ctx.settingKeys.indexOf(key), 1);
const set = (ctx: Ctx, sheet: Sheet, key: SettingKey): string => abs(setting(ctx, sheet, key));

function settingsBlock(ctx: Ctx): BlockDef {
  const { L, config, settingKeys } = ctx;
  return {
    id: "settings",
    place: { below: "title" },
    size: { rows: 2 + settingKeys.length, cols: 2 },
    render: (sheet) => {
      const t = sheet.table("table");
      const value = (key: SettingKey): LayoutCell => {
        if (key === "impactCut") return lit(config.cuts.impact);
        if (key === "difficultyCut") return lit(config.cuts.difficulty);
        const raw = key.startsWith("impact") ? "impactRaw" : "difficultyRaw";
        return fx(`=${key.endsWith("Min") ? "MIN" : "MAX"}(${tcol(t, raw)})`);
      };
      return {
        cells: headed(L("settings"), [...settingKeys.map((k) => [lit(L(k)), value(k)]), [lit(L("cutNote"))]]),
        formats: [
          headingFormat,
          { range: { row: 1, col: 1, rows: 2, cols: 1 }, role: "moneyInput", numberFormat: SCORE },
        ],
        inputs: [{ key: "accountStrategy:cuts", range: { row: 1, col: 1, rows: 2, cols: 1 } }],
      };
    },
  };
}

/** Summary rows: heading, header, four quadrants, total, and the warning (with revenue). */
function summaryBlock(ctx: Ctx): BlockDef {
  const { L, hasRevenue } = ctx;
  const width = hasRevenue ? 4 : 3;
  return {
    id: "summary",
    place: { beside: "settings", gap: 1 },
    size: { rows: 3 + QUADRANTS.length + (hasRevenue ? 1 : 0), cols: width },
    render: (sheet) => {
      const t = sheet.table("table");
      const at = sheet.at("summary");
      const first = at.row + 2;
      const last = first + QUADRANTS.length - 1;
      const colRange = (c: number): string =>
        `$${columnLetters(at.col + c)}$${first + 1}:$${columnLetters(at.col + c)}$${last + 1}`;
      const cellOf = (r: number, c: number): string => `${columnLetters(at.col + c)}${r + 1}`;
      const quad = tcol(t, "quadrant");
      const rows: LayoutCell[][] = QUADRANTS.map((q, i) => {
        const r = first + i;
        const label = cellOf(r, 0);
        const count = fx(`=COUNTIF(${quad},${label})`);
        if (!hasRevenue)
          return [lit(Q(ctx, q)), count, fx(`=IF(SUM(${colRange(1)})>0,${cellOf(r, 1)}/SUM(${colRange(1)}),0)`)];
        return [
          lit(Q(ctx, q)),
          count,
          fx(`=SUMIF(${quad},${label},${tcol(t, "revenue")})`),
          fx(`=IF(SUM(${colRange(2)})>0,${cellOf(r, 2)}/SUM(${colRange(2)}),0)`),
        ];
      });
      const total: LayoutCell[] = [
        lit(L("total")),
        fx(`=SUM(${colRange(1)})`),
        ...(hasRevenue ? [fx(`=SUM(${colRange(2)})`), fx(`=SUM(${colRange(3)})`)] : [fx(`=SUM(${colRange(2)})`)]),
      ];
      const shares = colRange(hasRevenue ? 3 : 2);
      const warning: LayoutCell[][] = hasRevenue
        ? [
            [
              fx(
                `=IF(MAX(${shares})>0.5,${quoted(L("warnBefore"))}&INDEX(${colRange(0)},MATCH(MAX(${shares}),${shares},0))&${quoted(L("warnMiddle"))}&ROUND(100*MAX(${shares}),0)&${quoted(L("warnAfter"))},"")`,
              ),
            ],
          ]
        : [];
      const header = [
        lit(L("quadrant")),
        lit(L("customers")),
        ...(hasRevenue ? [lit(L("revenue")), lit(L("share"))] : [lit(L("shareCustomers"))]),
      ];
      const shareCol = hasRevenue ? 3 : 2;
      return {
        cells: headed(L("summary"), [header, ...rows, total, ...warning]),
        formats: [
          headingFormat,
          { range: { row: 1, col: 0, rows: 1, cols: width }, role: "plainHeader" },
          { range: { row: 2 + QUADRANTS.length, col: 0, rows: 1, cols: width }, role: "total" },
          { range: { row: 2, col: shareCol, rows: QUADRANTS.length + 1, cols: 1 }, numberFormat: PCT },
          ...(hasRevenue
            ? [
                { range: { row: 2, col: 2, rows: QUADRANTS.length + 1, cols: 1 }, numberFormat: MONEY },
                { range: one(3 + QUADRANTS.length, 0), role: "warning" as const },
              ]
            : []),
        ],
        conditional: QUADRANTS.map((q) => ({
          range: { row: 2, col: 0, rows: QUADRANTS.length, cols: 1 },
          text: Q(ctx, q),
          ...STRATEGY_TINTS[q],
        })),
      };
    },
  };
}

function legendBlock(ctx: Ctx): BlockDef {
  const { L, lang } = ctx;
  return {
    id: "legend",
    place: { row: (at) => Math.max(...["settings", "summary"].map((id) => at(id).row + at(id).rows)) + 1, col: 0 },
    size: { rows: 2 + QUADRANTS.length, cols: 2 + STRATEGY_KEYS.length },
    render: () => ({
      cells: headed(L("legend"), [
        [lit(L("quadrant")), ...STRATEGY_KEYS.map((k) => lit(L(k))), lit(L("traits"))],
        ...QUADRANTS.map((q) => [
          lit(Q(ctx, q)),
          ...STRATEGY_KEYS.map((k) => lit(STRATEGY_LABELS[k][q][lang])),
          lit(SELLER_TRAITS[SELLING_MODE[q]].map((t) => t[lang]).join(", ")),
        ]),
      ]),
      formats: [headingFormat, { range: { row: 1, col: 0, rows: 1, cols: 2 + STRATEGY_KEYS.length }, role: "header" }],
      conditional: QUADRANTS.map((q) => ({
        range: { row: 2, col: 0, rows: QUADRANTS.length, cols: 1 },
        text: Q(ctx, q),
        ...STRATEGY_TINTS[q],
      })),
    }),
  };
}

function tableColumns(ctx: Pick<Ctx, "hasRevenue" | "hasWhitney" | "minmax">): Columns {
  const { hasRevenue, hasWhitney, minmax } = ctx;
  return columns([
    { key: "customer" },
    { key: "impactRaw", when: minmax.impact },
    { key: "impact" },
    { key: "difficultyRaw", when: minmax.difficulty },
    { key: "difficulty" },
    { key: "revenue", when: hasRevenue },
    { key: "quadrant" },
    ...STRATEGY_KEYS.map((key) => ({ key })),
    { key: "whitney", when: hasWhitney },
    { key: "check" },
    ...QUADRANTS.map((q) => ({ key: `chart_${q}` })),
    { key: "bubble", when: !hasRevenue },
  ]);
}

/** The header of each table column. */
function header(ctx: Ctx, key: string): string {
  if (key.startsWith("chart_")) return `${ctx.L("chartPrefix")}${Q(ctx, key.slice(6) as KraljicQuadrant)}`;
  return ctx.L(key as StrategySheetLabel);
}

/** A yes/no judgement as 1, 0 or #N/A without the add-in (the words of models.md §3, any case). */
function yesNo(x: string): string {
  const k = `"|"&LOWER(TRIM(${x}))&"|"`;
  const list = (words: readonly string[]): string => quoted(`|${words.join("|")}|`);
  return `IF(ISNUMBER(FIND(${k},${list(YES_WORDS)})),1,IF(ISNUMBER(FIND(${k},${list(NO_WORDS)})),0,NA()))`;
}

/** The row check (both styles): the first problem of the row, naming its source cell; "" when fine. */
function checkTemplate(ctx: Ctx): string {
  const { L, cols, config } = ctx;
  const src = sourceRefs(ctx);
  const text = (label: StrategySheetLabel, col: number, after: StrategySheetLabel | ""): string =>
    `"${`${L(label)}${src.named(col)}${after === "" ? "" : L(after)}`.replace(/"/g, '""')}"`;
  const tests: [string, string][] = [[`TRIM(${src.cell(cols.customer)})=""`, text("checkName", cols.customer, "")]];
  for (const axis of ["impact", "difficulty"] as const) {
    const x = src.cell(cols[axis]);
    const label = axis === "impact" ? "checkImpact" : "checkDifficulty";
    tests.push([`NOT(ISNUMBER(${x}))`, text(label, cols[axis], "notNumber")]);
    if (config.reading[axis] === "score") tests.push([`OR(${x}<1,${x}>5)`, text(label, cols[axis], "offScale")]);
  }
  if (ctx.hasWhitney) {
    const all = quoted(`|${[...YES_WORDS, ...NO_WORDS].join("|")}|`);
    for (const [key, label] of [
      ["strategic", "checkStrategic"],
      ["significant", "checkSignificant"],
      ["profitable", "checkProfitable"],
    ] as const) {
      const x = src.cell(cols[key]);
      tests.push([`ISERROR(FIND("|"&LOWER(TRIM(${x}))&"|",${all}))`, text(label, cols[key], "notYesNo")]);
    }
  }
  return `=${tests.reduceRight((rest, [test, message]) => `IF(${test},${message},${rest})`, '""')}`;
}

/** The strategy of a quadrant label without the add-in: a chain of IFs over the labels. */
function strategyChain(ctx: Ctx, q: string, model: (typeof STRATEGY_KEYS)[number]): string {
  const s = (k: KraljicQuadrant): string => quoted(STRATEGY_LABELS[model][k][ctx.lang]);
  const is = (k: KraljicQuadrant): string => `${q}=${quoted(Q(ctx, k))}`;
  return `=IF(${is("routine")},${s("routine")},IF(${is("leverage")},${s("leverage")},IF(${is("bottleneck")},${s("bottleneck")},${s("partner")})))`;
}

/** The portable row templates of every column, and the KAM style's first-row spills. */
function columnFormulas(
  ctx: Ctx,
  sheet: Sheet,
  t: TableRefs,
): { templates: { col: number; template: string }[]; firstRowOnly: { col: number; formula: string }[] } {
  const { cols, lang, kam } = ctx;
  const src = sourceRefs(ctx);
  const rel = (key: string): number => ctx.table.col(key);
  const here = (key: string): string => t.here(key);
  const templates: { col: number; template: string }[] = [];
  const spills: { col: number; formula: string }[] = [];
  const both = (key: string, template: string, spill: string): void => {
    if (kam) spills.push({ col: rel(key), formula: spill });
    else templates.push({ col: rel(key), template });
  };
  const number = (x: string): string => `=IF(ISNUMBER(${x}),${x},"")`;
  both("customer", `=""&${src.cell(cols.customer)}`, `=""&${src.column(cols.customer)}`);
  for (const axis of ["impact", "difficulty"] as const) {
    const c = cols[axis];
    if (!ctx.minmax[axis]) {
      both(axis, number(src.cell(c)), number(src.column(c)));
      continue;
    }
    const raw = `${axis}Raw`;
    both(raw, number(src.cell(c)), number(src.column(c)));
    const lo = set(ctx, sheet, `${axis}Min`);
    const hi = set(ctx, sheet, `${axis}Max`);
    const x = here(raw);
    // The arithmetic of KAM.NORMALIZE (halves first), so both styles give the same bits.
    both(
      axis,
      `=IF(ISNUMBER(${x}),IF(${hi}>${lo},1+(0.5*${x}-0.5*${lo})/(0.5*${hi}-0.5*${lo})*4,3),"")`,
      `=KAM.NORMALIZE(${tcol(t, raw)},"minmax",1,5,1)`,
    );
  }
  if (ctx.hasRevenue) both("revenue", number(src.cell(cols.revenue)), number(src.column(cols.revenue)));
  const ic = set(ctx, sheet, "impactCut");
  const dc = set(ctx, sheet, "difficultyCut");
  {
    const [i, d] = [here("impact"), here("difficulty")];
    const q = (k: KraljicQuadrant): string => quoted(Q(ctx, k));
    both(
      "quadrant",
      `=IF(AND(ISNUMBER(${i}),ISNUMBER(${d})),IF(OR(${i}<1,${i}>5,${d}<1,${d}>5),NA(),IF(${i}>=${ic},IF(${d}>=${dc},${q("partner")},${q("leverage")}),IF(${d}>=${dc},${q("bottleneck")},${q("routine")}))),NA())`,
      `=KAM.KRALJIC(${tcol(t, "impact")},${tcol(t, "difficulty")},${ic},${dc},"${lang}")`,
    );
  }
  for (const model of STRATEGY_KEYS)
    both(
      model,
      strategyChain(ctx, here("quadrant"), model),
      `=KAM.SUPPLIERSTRATEGY(${tcol(t, "quadrant")},"${model}","${lang}")`,
    );
  if (ctx.hasWhitney) {
    const [s, g, p] = [cols.strategic, cols.significant, cols.profitable].map((c) => yesNo(src.cell(c)));
    const actions = WHITNEY_ORDER.map((a) => quoted(WHITNEY_LABELS[a][lang])).join(",");
    both(
      "whitney",
      `=CHOOSE(1+4*(1-${s})+2*(1-${g})+(1-${p}),${actions})`,
      `=KAM.WHITNEY(${src.column(cols.strategic)},${src.column(cols.significant)},${src.column(cols.profitable)},"${lang}")`,
    );
  }
  templates.push({ col: rel("check"), template: checkTemplate(ctx) });
  for (const q of QUADRANTS) {
    const label = quoted(Q(ctx, q));
    both(
      `chart_${q}`,
      `=IF(ISERROR(${here("quadrant")}),NA(),IF(${here("quadrant")}=${label},${here("impact")},NA()))`,
      `=IF(ISERROR(${tcol(t, "quadrant")}),NA(),IF(${tcol(t, "quadrant")}=${label},${tcol(t, "impact")},NA()))`,
    );
  }
  return { templates, firstRowOnly: spills };
}

function customerTableBlock(ctx: Ctx): BlockDef {
  const { lang, dataRows: rows, table: cols } = ctx;
  return tableBlock(
    "table",
    {
      row: (at) => at("chart").row + at("chart").rows + 1,
      col: 0,
    },
    {
      columns: cols,
      rows,
      render: (sheet, t) => {
        const f = columnFormulas(ctx, sheet, t);
        const bubble = ctx.hasRevenue ? [] : [{ col: cols.col("bubble"), cell: lit(1) }];
        const body =
          ctx.n === 0
            ? [new Array<LayoutCell>(cols.width).fill(null)]
            : dataRows({
                rows,
                width: cols.width,
                firstRow: t.firstRow,
                firstSource: ctx.source.origin.row + 2,
                templates: f.templates,
                firstRowOnly: f.firstRowOnly,
                ...(bubble.length > 0 ? { literal: () => bubble } : {}),
              });
        const keys = [
          "customer",
          "impactRaw",
          "impact",
          "difficultyRaw",
          "difficulty",
          "revenue",
          "quadrant",
          ...STRATEGY_KEYS,
          "whitney",
          "check",
          ...QUADRANTS.map((q) => `chart_${q}`),
          "bubble",
        ].filter((k) => cols.has(k));
        const data = (key: string): RangeRef => ({ row: 1, col: cols.col(key), rows, cols: 1 });
        return {
          cells: [keys.map((k) => lit(header(ctx, k))), ...body],
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: cols.width }, role: "tableHeader" },
            { range: data("impact"), numberFormat: SCORE },
            { range: data("difficulty"), numberFormat: SCORE },
            ...(ctx.hasRevenue ? [{ range: data("revenue"), numberFormat: MONEY }] : []),
            { range: data("check"), role: "warning" as const },
          ],
          conditional: QUADRANTS.map((q) => ({
            range: data("quadrant"),
            text: KRALJIC_LABELS[q][lang],
            ...STRATEGY_TINTS[q],
          })),
        };
      },
    },
  );
}

function chartBlock(ctx: Ctx): BlockDef {
  const { L, config, preview } = ctx;
  return {
    id: "chart",
    place: { below: "legend" },
    size: { rows: CHART_ROWS, cols: CHART_COLS },
    render: (sheet) => {
      const t = sheet.table("table");
      const sizes = t.dataRange(ctx.hasRevenue ? "revenue" : "bubble");
      const axis = (cross: number) => ({ min: 0.5, max: 5.5, step: 0.5, cross });
      return {
        chart: {
          id: "accountStrategy",
          type: "bubble",
          title: `${L("chartTitle")}${ctx.hasRevenue ? L("chartTitleRevenue") : ""}`,
          xTitle: L("chartX"),
          yTitle: L("chartY"),
          series: QUADRANTS.map((q) => {
            const labels = preview.largest
              .filter((i) => preview.customers[i]?.quadrant === q)
              .map((i) => ({ index: i, text: preview.customers[i]?.name ?? "" }));
            return {
              name: Q(ctx, q),
              x: t.dataRange("difficulty"),
              y: t.dataRange(`chart_${q}`),
              sizes,
              style: "markers" as const,
              color: BUBBLE_COLOURS[q],
              ...(labels.length > 0 ? { pointLabels: labels } : {}),
            };
          }),
          xAxis: axis(config.cuts.difficulty),
          yAxis: axis(config.cuts.impact),
        },
      };
    },
  };
}

function anchors(ctx: Ctx, sheet: Sheet): StrategyAnchors {
  const t = sheet.table("table");
  const s = sheet.at("summary");
  const first = s.row + 2;
  const summary = Object.fromEntries(
    QUADRANTS.map((q, i) => [
      q,
      {
        count: one(first + i, s.col + 1),
        ...(ctx.hasRevenue ? { revenue: one(first + i, s.col + 2) } : {}),
        share: one(first + i, s.col + (ctx.hasRevenue ? 3 : 2)),
      },
    ]),
  ) as unknown as StrategyAnchors["summary"];
  const totalRow = first + QUADRANTS.length;
  const legend = sheet.at("legend");
  return {
    settings: Object.fromEntries(ctx.settingKeys.map((k) => [k, setting(ctx, sheet, k)])),
    summary,
    totals: {
      count: one(totalRow, s.col + 1),
      ...(ctx.hasRevenue ? { revenue: one(totalRow, s.col + 2) } : {}),
    },
    ...(ctx.hasRevenue ? { warning: one(totalRow + 1, s.col) } : {}),
    legend: { row: legend.row + 2, col: legend.col, rows: QUADRANTS.length, cols: legend.cols },
    table: t.range,
    tableColumns: Object.fromEntries(
      [
        "customer",
        "impactRaw",
        "impact",
        "difficultyRaw",
        "difficulty",
        "revenue",
        "quadrant",
        ...STRATEGY_KEYS,
        "whitney",
        "check",
        ...QUADRANTS.map((q) => `chart_${q}`),
        "bubble",
      ]
        .filter((k) => ctx.table.has(k))
        .map((k) => [k, t.col(k)]),
    ),
  };
}

/**
 * Builds the account strategy sheet for a configuration and a source table: every source row is a
 * customer row; a bad value gives an error in that row only, and the row's check names the cell.
 *
 * @example
 * const { layout, anchors } = strategyLayout(config, source, { existingSheets: ["Accounts"] });
 * layout.name; // "KAM Account strategy"
 */
export function strategyLayout(
  config: StrategyConfig,
  source: SourceTable,
  options: StrategyLayoutOptions = {},
): StrategyLayout {
  const lang: Lang = config.lang;
  const L = (key: StrategySheetLabel): string => STRATEGY_SHEET_LABELS[key][lang];
  const preview = options.preview ?? computeStrategy(config, source);
  const cols = preview.columns;
  if (cols === undefined)
    throw new Error("strategyLayout: the mapped columns are not in the table (see preview.problems)");
  const hasRevenue = cols.revenue >= 0;
  const hasWhitney = cols.strategic >= 0 && cols.significant >= 0 && cols.profitable >= 0;
  const minmax = { impact: config.reading.impact === "minmax", difficulty: config.reading.difficulty === "minmax" };
  const settingKeys: SettingKey[] = [
    "impactCut",
    "difficultyCut",
    ...(minmax.impact ? (["impactMin", "impactMax"] as const) : []),
    ...(minmax.difficulty ? (["difficultyMin", "difficultyMax"] as const) : []),
  ];
  const n = source.rows.length;
  const ctx: Ctx = {
    config,
    source,
    preview,
    cols,
    lang,
    L,
    kam: config.style === "kam",
    n,
    dataRows: Math.max(n, 1),
    hasRevenue,
    hasWhitney,
    minmax,
    settingKeys,
    table: tableColumns({ hasRevenue, hasWhitney, minmax }),
  };
  const name = options.sheetName ?? uniqueSheetName(L("sheetName"), options.existingSheets ?? []);
  const { layout, sheet } = compose({
    name,
    tag: STRATEGY_SHEET_TAG,
    blocks: [
      titleBlock(ctx),
      settingsBlock(ctx),
      summaryBlock(ctx),
      legendBlock(ctx),
      chartBlock(ctx),
      customerTableBlock(ctx),
    ],
    columnWidths: (s) => ({
      0: 34,
      [s.table("table").col("quadrant")]: 14,
      [s.table("table").col("check")]: 40,
    }),
    fitHeadings: HEADING_WIDTH,
    // The table starts below the chart, past row 30: no frozen pane (docs/decisions.md, "No frozen pane above 30 rows").
  });
  return { layout, anchors: anchors(ctx, sheet), preview };
}
