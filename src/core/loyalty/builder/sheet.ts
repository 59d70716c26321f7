/**
 * The loyalty and customer value sheet as named blocks on the sheet composer: title, scale and
 * cut-offs (inputs, the course's defaults mapped onto the survey's scale as formulas), the value
 * settings, counts per zone and type, what keeping customers is worth (lifetime value now and with
 * fewer defections), the course's price-effect table with the user's own net margin, the chart lines,
 * the customer table and two native charts (satisfaction × loyalty with the four types, customers per
 * zone).
 *
 * Two formula styles: `portable` (IF, ISNUMBER, COUNTIF, SUMIF: Excel 2016+, LibreOffice) with one
 * formula per customer row, and `kam` (KAM.LOYALTYZONE, KAM.LOYALTYTYPE, KAM.SATISFACTION, KAM.CLV,
 * KAM.PRICEEFFECT) with one spilled formula per column. Both read the survey table directly, so a
 * blank answer stays blank (#N/A), never a zero.
 *
 * @module
 */
import {
  HEADING_WIDTH,
  SERIES_COLOURS,
  columns,
  compose,
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
} from "../../compose";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import {
  columnLetters,
  quoteSheet,
  type ChartLabel,
  type LayoutCell,
  type RangeRef,
  type SheetLayout,
} from "../../layout";
import { TYPE_DEFAULTS, ZONE_DEFAULTS } from "../index";
import { LOYALTY_SHEET_TAG, type LoyaltyConfig } from "./config";
import { computeLoyalty, type LoyaltyColumns, type LoyaltyPreview } from "./compute";
import { LOYALTY_LABELS, TYPE_LABELS, ZONE_LABELS, type LoyaltyLabel, type LoyaltyType, type Zone } from "./labels";

/**
 * The zones in the order the sheet lists them.
 *
 * @example
 * ZONES[2]; // "affection"
 */
export const ZONES: readonly Zone[] = ["defection", "indifference", "affection"];
/**
 * The types in the order the sheet lists them.
 *
 * @example
 * TYPES[0]; // "apostle"
 */
export const TYPES: readonly LoyaltyType[] = ["apostle", "mercenary", "hostage", "terrorist"];

/**
 * The course's price-effect table (003 slide 127): price rises and net margins, as fractions.
 *
 * @example
 * PRICE_STEPS[0] / PRICE_STEPS[0]; // 1 (a 1 % price rise at a 1 % margin doubles profit: +100 %)
 */
export const PRICE_STEPS = [0.01, 0.02, 0.04, 0.08, 0.16] as const;

/** The settings rows, in order (block rows 1…). */
const SETTING_KEYS = [
  "scaleMin",
  "scaleMax",
  "indifferenceFrom",
  "affectionFrom",
  "satisfactionCut",
  "loyaltyCut",
] as const;
type SettingKey = (typeof SETTING_KEYS)[number];

/** The value settings, in order; only the ones the sheet uses are written. */
type ValueKey = "netMargin" | "discountRate" | "years" | "growth" | "retention" | "uplift" | "retentionUp";
/** The summary figures. */
type SummaryKey = "meanGap" | "valued" | "totalClv" | "totalClvUp" | "gain" | "gainPct";

/** Where the parts of the sheet are, for tests and for the pane. */
export interface LoyaltyAnchors {
  readonly settings: Readonly<Record<SettingKey, RangeRef>>;
  readonly value: Readonly<Partial<Record<ValueKey, RangeRef>>>;
  readonly zoneCounts: Readonly<Record<Zone, RangeRef>>;
  readonly typeCounts: Readonly<Record<LoyaltyType, RangeRef>>;
  readonly summary: Readonly<Partial<Record<SummaryKey, RangeRef>>>;
  /** The 5 × 6 profit increases (the last column the user's margin). */
  readonly priceTable: RangeRef;
  /** The customer table including its header row. */
  readonly table: RangeRef;
  /** 0-based sheet column of each table column present. */
  readonly tableColumns: Readonly<Record<string, number>>;
}

/** A built layout with its anchors and the preview it was computed from. */
export interface LoyaltyLayout {
  readonly layout: SheetLayout;
  readonly anchors: LoyaltyAnchors;
  readonly preview: LoyaltyPreview;
}

/** Options of {@link loyaltyLayout}. */
export interface LoyaltyLayoutOptions {
  readonly existingSheets?: readonly string[];
  readonly existingTables?: readonly string[];
  readonly sheetName?: string;
  readonly preview?: LoyaltyPreview;
}

const PCT = "0.0%";
const MONEY = "#,##0";
/** Cut-offs on the user's scale: 3.75 on 0–10 needs two decimals. */
const SCORE = "0.00";
const CHART_ROWS = 20;
const CHART_COLS = 8;

/**
 * The tints of the zones in the table and the counts.
 *
 * @example
 * ZONE_TINTS.defection.fill; // "#FFC7CE"
 */
export const ZONE_TINTS: Readonly<Record<Zone, { fill: string; fontColor: string }>> = {
  defection: { fill: "#FFC7CE", fontColor: "#9C0006" },
  indifference: { fill: "#FFEB9C", fontColor: "#9C5700" },
  affection: { fill: "#C6EFCE", fontColor: "#006100" },
};
/**
 * The tints of the types in the table and the counts.
 *
 * @example
 * TYPE_TINTS.apostle.fill; // "#C6EFCE"
 */
export const TYPE_TINTS: Readonly<Record<LoyaltyType, { fill: string; fontColor: string }>> = {
  apostle: { fill: "#C6EFCE", fontColor: "#006100" },
  mercenary: { fill: "#DEECF9", fontColor: "#0F548C" },
  hostage: { fill: "#FFEB9C", fontColor: "#9C5700" },
  terrorist: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** What the blocks share. */
interface Ctx {
  readonly config: LoyaltyConfig;
  readonly source: SourceTable;
  readonly preview: LoyaltyPreview;
  readonly cols: LoyaltyColumns;
  readonly lang: Lang;
  readonly L: (key: LoyaltyLabel) => string;
  readonly kam: boolean;
  readonly n: number;
  readonly dataRows: number;
  readonly hasGap: boolean;
  readonly hasValue: boolean;
  readonly hasRetention: boolean;
  readonly valueKeys: readonly ValueKey[];
  readonly summaryKeys: readonly SummaryKey[];
  readonly table: Columns;
}

const one = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
const abs = (r: RangeRef): string => `$${columnLetters(r.col)}$${r.row + 1}`;
const rel = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** A table column's data rows as `$X$a:$X$b` (a range even for one customer). */
function tcol(t: TableRefs, key: string): string {
  const r = t.dataRange(key);
  const c = columnLetters(r.col);
  return `$${c}$${r.row + 1}:$${c}$${r.row + r.rows}`;
}

/** The survey's cells: one of a data row (relative) and a whole column (absolute). */
function sourceRefs(ctx: Ctx) {
  const { source } = ctx;
  const S = quoteSheet(source.sheet);
  const cell = (dataRow: number, col: number): string =>
    `${S}!${columnLetters(source.origin.col + col)}${source.origin.row + dataRow + 2}`;
  const column = (col: number): string => {
    const c = columnLetters(source.origin.col + col);
    const first = source.origin.row + 2;
    return ctx.n === 1 ? `${S}!$${c}$${first}` : `${S}!$${c}$${first}:$${c}$${first + ctx.n - 1}`;
  };
  return { S, cell, column };
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

const setting = (sheet: Sheet, key: SettingKey): RangeRef => sheet.cell("settings", 1 + SETTING_KEYS.indexOf(key), 1);
const scaleRange = (sheet: Sheet): string => {
  const min = setting(sheet, "scaleMin");
  return `${abs(min)}:${abs({ ...min, row: min.row + 1 })}`;
};

function settingsBlock(ctx: Ctx): BlockDef {
  const { L, config } = ctx;
  const defaults: Record<Exclude<SettingKey, "scaleMin" | "scaleMax">, number> = {
    indifferenceFrom: ZONE_DEFAULTS.indifferenceFrom,
    affectionFrom: ZONE_DEFAULTS.affectionFrom,
    satisfactionCut: TYPE_DEFAULTS.satisfactionCut,
    loyaltyCut: TYPE_DEFAULTS.loyaltyCut,
  };
  return {
    id: "settings",
    place: { below: "title" },
    size: { rows: 2 + SETTING_KEYS.length, cols: 2 },
    render: (sheet) => {
      const min = abs(setting(sheet, "scaleMin"));
      const max = abs(setting(sheet, "scaleMax"));
      const value = (key: SettingKey): LayoutCell => {
        if (key === "scaleMin") return lit(config.scale.min);
        if (key === "scaleMax") return lit(config.scale.max);
        const given = config.cuts[key];
        if (given !== null) return lit(given);
        const course = defaults[key];
        return fx(`=${min}+(${course}-1)*(${max}-${min})/4`);
      };
      return {
        cells: headed(L("settings"), [...SETTING_KEYS.map((k) => [lit(L(k)), value(k)]), [lit(L("scaleNote"))]]),
        formats: [
          headingFormat,
          { range: { row: 1, col: 1, rows: SETTING_KEYS.length, cols: 1 }, role: "moneyInput", numberFormat: SCORE },
          { range: { row: 1, col: 1, rows: 2, cols: 1 }, numberFormat: "0" },
        ],
        inputs: [{ key: "loyalty:settings", range: { row: 1, col: 1, rows: SETTING_KEYS.length, cols: 1 } }],
      };
    },
  };
}

const valueCell = (ctx: Ctx, sheet: Sheet, key: ValueKey): RangeRef =>
  sheet.cell("economics", 1 + ctx.valueKeys.indexOf(key), 1);

function economicsBlock(ctx: Ctx): BlockDef {
  const { L, config, valueKeys } = ctx;
  const v = config.value;
  const formatOf = (key: ValueKey): string => (key === "years" ? "0" : PCT);
  return {
    id: "economics",
    place: { below: "settings" },
    size: { rows: 1 + valueKeys.length, cols: 2 },
    render: (sheet) => {
      const cell = (key: ValueKey): LayoutCell => {
        if (key === "retentionUp") {
          const r = abs(valueCell(ctx, sheet, "retention"));
          return fx(`=MIN(1,${r}+${abs(valueCell(ctx, sheet, "uplift"))})`);
        }
        if (key === "years") return v.years === null ? null : lit(v.years);
        return lit(v[key]);
      };
      const label = (key: ValueKey): string => (key === "retentionUp" ? L("retentionUp") : L(key));
      const inputs = valueKeys.filter((k) => k !== "retentionUp");
      return {
        cells: headed(
          L("economics"),
          valueKeys.map((k) => [lit(label(k)), cell(k)]),
        ),
        formats: [
          headingFormat,
          ...valueKeys.map((k, i) => ({
            range: one(1 + i, 1),
            numberFormat: formatOf(k),
            ...(k === "retentionUp" ? {} : { role: "moneyInput" as const }),
          })),
        ],
        inputs: [{ key: `loyalty:value:${inputs.join(",")}`, range: { row: 1, col: 1, rows: inputs.length, cols: 1 } }],
      };
    },
  };
}

/** Counts per zone (rows 2–4) and per type (rows 6–9), each with its share. */
function countsBlock(ctx: Ctx): BlockDef {
  const { L, lang } = ctx;
  return {
    id: "counts",
    place: { beside: "settings", gap: 1 },
    size: { rows: 3 + ZONES.length + TYPES.length, cols: 3 },
    render: (sheet) => {
      const t = sheet.table("table");
      const at = sheet.at("counts");
      const rows = (labels: readonly string[], range: string, first: number): LayoutCell[][] => {
        const total = `$${columnLetters(at.col + 1)}$${at.row + first + 1}:$${columnLetters(at.col + 1)}$${at.row + first + labels.length}`;
        return labels.map((text, i) => {
          const r = at.row + first + i;
          const count = rel(r, at.col + 1);
          return [
            lit(text),
            fx(`=COUNTIF(${range},${rel(r, at.col)})`),
            fx(`=IF(SUM(${total})>0,${count}/SUM(${total}),0)`),
          ];
        });
      };
      const zoneRows = rows(
        ZONES.map((z) => ZONE_LABELS[z][lang]),
        tcol(t, "zone"),
        2,
      );
      const typeRows = rows(
        TYPES.map((k) => TYPE_LABELS[k][lang]),
        tcol(t, "type"),
        3 + ZONES.length,
      );
      const header = (first: LoyaltyLabel): LayoutCell[] => [lit(L(first)), lit(L("customers")), lit(L("share"))];
      return {
        cells: headed(L("counts"), [header("zone"), ...zoneRows, header("type"), ...typeRows]),
        formats: [
          headingFormat,
          { range: { row: 1, col: 0, rows: 1, cols: 3 }, role: "plainHeader" },
          { range: { row: 2 + ZONES.length, col: 0, rows: 1, cols: 3 }, role: "plainHeader" },
          { range: { row: 2, col: 2, rows: ZONES.length, cols: 1 }, numberFormat: PCT },
          { range: { row: 3 + ZONES.length, col: 2, rows: TYPES.length, cols: 1 }, numberFormat: PCT },
        ],
        conditional: [
          ...ZONES.map((z) => ({
            range: { row: 2, col: 0, rows: ZONES.length, cols: 1 },
            text: ZONE_LABELS[z][lang],
            ...ZONE_TINTS[z],
          })),
          ...TYPES.map((k) => ({
            range: { row: 3 + ZONES.length, col: 0, rows: TYPES.length, cols: 1 },
            text: TYPE_LABELS[k][lang],
            ...TYPE_TINTS[k],
          })),
        ],
      };
    },
  };
}

/** A sum over the numbers of a column, skipping the rows that show an error. */
const sumNumbers = (range: string): string => `SUMIF(${range},">-1E+307")`;

function summaryBlock(ctx: Ctx): BlockDef {
  const { L, summaryKeys } = ctx;
  return {
    id: "summary",
    place: { below: "counts" },
    size: { rows: 1 + Math.max(1, summaryKeys.length), cols: 2 },
    when: summaryKeys.length > 0,
    render: (sheet) => {
      const t = sheet.table("table");
      const ref = (key: SummaryKey): string => abs(sheet.cell("summary", 1 + summaryKeys.indexOf(key), 1));
      const formula: Record<SummaryKey, () => string> = {
        meanGap: () => `=IF(COUNT(${tcol(t, "gap")})>0,${sumNumbers(tcol(t, "gap"))}/COUNT(${tcol(t, "gap")}),NA())`,
        valued: () => `=COUNT(${tcol(t, "clv")})`,
        totalClv: () => `=${sumNumbers(tcol(t, "clv"))}`,
        totalClvUp: () => `=${sumNumbers(tcol(t, "clvUp"))}`,
        gain: () => `=${ref("totalClvUp")}-${ref("totalClv")}`,
        gainPct: () => `=IF(${ref("totalClv")}>0,${ref("gain")}/${ref("totalClv")},NA())`,
      };
      const format = (key: SummaryKey): string => (key === "gainPct" ? PCT : key === "meanGap" ? "0.00" : MONEY);
      return {
        cells: headed(
          L("value"),
          summaryKeys.map((k) => [lit(L(k)), fx(formula[k]())]),
        ),
        formats: [headingFormat, ...summaryKeys.map((k, i) => ({ range: one(1 + i, 1), numberFormat: format(k) }))],
      };
    },
  };
}

/** The course's price table: rows price rise, columns net margin 1…16 % and the user's own. */
function priceBlock(ctx: Ctx): BlockDef {
  const { L, kam } = ctx;
  const k = PRICE_STEPS.length;
  return {
    id: "price",
    place: {
      row: (at) => Math.max(...["economics", "summary"].map((id) => at(id).row + at(id).rows)) + 1,
      col: 0,
    },
    size: { rows: 2 + k, cols: 2 + k },
    render: (sheet) => {
      const at = sheet.at("price");
      const header = at.row + 1;
      const own = abs(valueCell(ctx, sheet, "netMargin"));
      const rises = `$${columnLetters(at.col)}$${header + 2}:$${columnLetters(at.col)}$${header + 1 + k}`;
      const margins = `$${columnLetters(at.col + 1)}$${header + 1}:$${columnLetters(at.col + 1 + k)}$${header + 1}`;
      const rows: LayoutCell[][] = PRICE_STEPS.map((rise, i) => {
        const r = header + 1 + i;
        const cells: LayoutCell[] = Array.from({ length: k + 1 }, (_, j) => {
          if (kam) return i === 0 && j === 0 ? fx(`=KAM.PRICEEFFECT(${rises},${margins})`) : null;
          return fx(`=$${columnLetters(at.col)}${r + 1}/${columnLetters(at.col + 1 + j)}$${header + 1}`);
        });
        return [lit(rise), ...cells];
      });
      return {
        cells: headed(L("price"), [[lit(L("priceRise")), ...PRICE_STEPS.map(lit), fx(`=${own}`)], ...rows]),
        formats: [
          headingFormat,
          { range: { row: 1, col: 0, rows: 1, cols: 2 + k }, role: "plainHeader", numberFormat: "0%" },
          { range: { row: 2, col: 0, rows: k, cols: 1 }, role: "plainHeader", numberFormat: "0%" },
          { range: { row: 2, col: 1, rows: k, cols: 1 + k }, numberFormat: PCT },
          { range: { row: 1, col: 1 + k, rows: 1 + k, cols: 1 }, role: "input" },
        ],
      };
    },
  };
}

/** The type names in the four corners of the scatter, clear of the cut-off lines. */
function cornerLabels(ctx: Ctx): ChartLabel[] {
  const { min, max } = ctx.config.scale;
  const d = (max - min) * 0.03;
  const name = (k: LoyaltyType): string => TYPE_LABELS[k][ctx.lang];
  return [
    { text: name("hostage"), x: min + d, y: max - d * 1.5, align: "start" },
    { text: name("apostle"), x: max - d, y: max - d * 1.5, align: "end" },
    { text: name("terrorist"), x: min + d, y: min + d * 1.5, align: "start" },
    { text: name("mercenary"), x: max - d, y: min + d * 1.5, align: "end" },
  ];
}

/** The scatter's two cut-off lines (rows 2–5) and the type names' coordinates (rows 6–9). */
function linesBlock(ctx: Ctx): BlockDef {
  const { L } = ctx;
  return {
    id: "lines",
    place: { beside: "counts", gap: 1 },
    size: { rows: 10, cols: 3 },
    render: (sheet) => {
      const min = abs(setting(sheet, "scaleMin"));
      const max = abs(setting(sheet, "scaleMax"));
      const sc = abs(setting(sheet, "satisfactionCut"));
      const lc = abs(setting(sheet, "loyaltyCut"));
      return {
        cells: headed(L("lines"), [
          [lit(L("series")), lit("x"), lit("y")],
          [lit(L("satisfactionCutLine")), fx(`=${sc}`), fx(`=${min}`)],
          [lit(L("satisfactionCutLine")), fx(`=${sc}`), fx(`=${max}`)],
          [lit(L("loyaltyCutLine")), fx(`=${min}`), fx(`=${lc}`)],
          [lit(L("loyaltyCutLine")), fx(`=${max}`), fx(`=${lc}`)],
          ...cornerLabels(ctx).map((l) => [lit(l.text), lit(l.x), lit(l.y)]),
        ]),
        formats: [
          headingFormat,
          { range: { row: 1, col: 0, rows: 1, cols: 3 }, role: "plainHeader" },
          { range: { row: 2, col: 1, rows: 8, cols: 2 }, numberFormat: SCORE },
        ],
      };
    },
  };
}

function tableColumns(ctx: Pick<Ctx, "hasGap" | "hasValue" | "hasRetention">): Columns {
  const { hasGap, hasValue, hasRetention } = ctx;
  return columns([
    { key: "customer" },
    { key: "satisfaction" },
    { key: "loyalty" },
    { key: "expectation", when: hasGap },
    { key: "experience", when: hasGap },
    { key: "gap", when: hasGap },
    { key: "zone" },
    { key: "type" },
    { key: "margin", when: hasValue },
    { key: "retention", when: hasValue && hasRetention },
    { key: "clv", when: hasValue },
    { key: "retentionUp", when: hasValue && hasRetention },
    { key: "clvUp", when: hasValue },
    { key: "clvGain", when: hasValue },
  ]);
}

const HEADER: Readonly<Record<string, LoyaltyLabel>> = {
  customer: "customer",
  satisfaction: "satisfaction",
  loyalty: "loyalty",
  expectation: "expectation",
  experience: "experience",
  gap: "gap",
  zone: "zone",
  type: "type",
  margin: "margin",
  retention: "retentionCol",
  clv: "clv",
  retentionUp: "retentionUp",
  clvUp: "clvUp",
  clvGain: "clvGain",
};

/** Lifetime value without the add-in (models.md §8.4, §9.3): the finite sum or the open horizon. */
function portableClv(m: string, r: string, i: string, years: string, g: string): string {
  const q = `${r}*(1+${g})`;
  const finite = `IF(${q}=1+${i},${years}*${m}/(1+${i}),${m}/(1+${i})*(1-(${q}/(1+${i}))^${years})/(1-${q}/(1+${i})))`;
  const open = `IF(${q}>=1+${i},NA(),${m}/(1+${i}-${q}))`;
  return `IF(AND(ISNUMBER(${m}),ISNUMBER(${r})),IF(${r}<0,NA(),IF(ISNUMBER(${years}),${finite},${open})),NA())`;
}

/** The portable formulas of one customer row (`i` the data row). */
function portableRow(ctx: Ctx, sheet: Sheet, t: TableRefs, i: number): LayoutCell[] {
  const { lang, cols } = ctx;
  const src = sourceRefs(ctx);
  const s = ctx.preview.customers[i]?.sourceRow ?? i;
  const from = (col: number): string => src.cell(s, col);
  const r = t.firstRow + i;
  const here = (key: string): string => rel(r, t.col(key));
  const set = (key: SettingKey): string => abs(setting(sheet, key));
  const [min, max] = [set("scaleMin"), set("scaleMax")];
  const sat = from(cols.satisfaction);
  const loy = from(cols.loyalty);
  const off = (x: string): string => `OR(${x}<${min},${x}>${max})`;
  const z = (k: Zone): string => quoted(ZONE_LABELS[k][lang]);
  const y = (k: LoyaltyType): string => quoted(TYPE_LABELS[k][lang]);
  const out: Record<string, string> = {
    customer: `=${from(cols.customer)}`,
    satisfaction: `=${sat}`,
    loyalty: `=${loy}`,
    zone: `=IF(ISNUMBER(${sat}),IF(${off(sat)},NA(),IF(${sat}>=${set("affectionFrom")},${z("affection")},IF(${sat}>=${set("indifferenceFrom")},${z("indifference")},${z("defection")}))),NA())`,
    type: `=IF(AND(ISNUMBER(${sat}),ISNUMBER(${loy})),IF(OR(${off(sat)},${off(loy)}),NA(),IF(${sat}>=${set("satisfactionCut")},IF(${loy}>=${set("loyaltyCut")},${y("apostle")},${y("mercenary")}),IF(${loy}>=${set("loyaltyCut")},${y("hostage")},${y("terrorist")}))),NA())`,
  };
  if (ctx.hasGap) {
    const [ex, xp] = [from(cols.experience), from(cols.expectation)];
    out["expectation"] = `=${xp}`;
    out["experience"] = `=${ex}`;
    out["gap"] = `=IF(AND(ISNUMBER(${ex}),ISNUMBER(${xp})),${ex}-${xp},NA())`;
  }
  if (ctx.hasValue) {
    const v = (key: ValueKey): string => abs(valueCell(ctx, sheet, key));
    const m = from(cols.margin);
    const ret = ctx.hasRetention ? from(cols.retention) : v("retention");
    const up = ctx.hasRetention ? here("retentionUp") : v("retentionUp");
    out["margin"] = `=${m}`;
    if (ctx.hasRetention) {
      out["retention"] = `=${ret}`;
      out["retentionUp"] = `=IF(ISNUMBER(${ret}),MIN(1,${ret}+${v("uplift")}),NA())`;
    }
    out["clv"] = `=${portableClv(m, ret, v("discountRate"), v("years"), v("growth"))}`;
    out["clvUp"] = `=${portableClv(m, up, v("discountRate"), v("years"), v("growth"))}`;
    out["clvGain"] = `=${here("clvUp")}-${here("clv")}`;
  }
  const line = new Array<LayoutCell>(ctx.table.width).fill(null);
  for (const [key, f] of Object.entries(out)) line[ctx.table.col(key)] = fx(f);
  return line;
}

/** The KAM style's first row: one spilled formula per column, reading the survey's columns. */
function kamRow(ctx: Ctx, sheet: Sheet, t: TableRefs): LayoutCell[] {
  const { lang, cols } = ctx;
  const src = sourceRefs(ctx);
  const col = (c: number): string => src.column(c);
  const copy = (c: number): string => (ctx.n === 1 ? `=${col(c)}` : `=+${col(c)}`);
  const set = (key: SettingKey): string => abs(setting(sheet, key));
  const scale = scaleRange(sheet);
  const out: Record<string, string> = {
    customer: copy(cols.customer),
    satisfaction: copy(cols.satisfaction),
    loyalty: copy(cols.loyalty),
    zone: `=KAM.LOYALTYZONE(${col(cols.satisfaction)},${set("indifferenceFrom")},${set("affectionFrom")},"${lang}",${scale})`,
    type: `=KAM.LOYALTYTYPE(${col(cols.satisfaction)},${col(cols.loyalty)},${set("satisfactionCut")},${set("loyaltyCut")},"${lang}",${scale})`,
  };
  if (ctx.hasGap) {
    out["expectation"] = copy(cols.expectation);
    out["experience"] = copy(cols.experience);
    out["gap"] = `=KAM.SATISFACTION(${col(cols.experience)},${col(cols.expectation)})`;
  }
  if (ctx.hasValue) {
    const v = (key: ValueKey): string => abs(valueCell(ctx, sheet, key));
    const args = `${v("discountRate")},${v("years")},,${v("growth")}`;
    const ret = ctx.hasRetention ? col(cols.retention) : v("retention");
    out["margin"] = copy(cols.margin);
    if (ctx.hasRetention) {
      out["retention"] = copy(cols.retention);
      out["retentionUp"] = `=IF(ISNUMBER(${ret}),IF(${ret}+${v("uplift")}>1,1,${ret}+${v("uplift")}),NA())`;
    }
    const up = ctx.hasRetention ? tcol(t, "retentionUp") : v("retentionUp");
    out["clv"] = `=KAM.CLV(${col(cols.margin)},${ret},${args})`;
    out["clvUp"] = `=KAM.CLV(${col(cols.margin)},${up},${args})`;
    out["clvGain"] = `=${tcol(t, "clvUp")}-${tcol(t, "clv")}`;
  }
  const line = new Array<LayoutCell>(ctx.table.width).fill(null);
  for (const [key, f] of Object.entries(out)) line[ctx.table.col(key)] = fx(f);
  return line;
}

function customerTableBlock(ctx: Ctx): BlockDef {
  const { L, lang, kam, dataRows, table: cols } = ctx;
  return tableBlock(
    "table",
    {
      row: (at) => Math.max(...["price", "summary", "lines", "counts"].map((id) => at(id).row + at(id).rows)) + 1,
      col: 0,
    },
    {
      columns: cols,
      rows: dataRows,
      render: (sheet, t) => {
        const blank = (): LayoutCell[] => new Array<LayoutCell>(cols.width).fill(null);
        const rows: LayoutCell[][] = kam
          ? Array.from({ length: dataRows }, (_, i) => (i === 0 && ctx.n > 0 ? kamRow(ctx, sheet, t) : blank()))
          : ctx.n === 0
            ? [blank()]
            : ctx.preview.customers.map((_, i) => portableRow(ctx, sheet, t, i));
        const keys = Object.keys(HEADER).filter((k) => cols.has(k));
        const data = (key: string): RangeRef => ({ row: 1, col: cols.col(key), rows: dataRows, cols: 1 });
        const money = keys.filter((k) => k === "margin" || k.startsWith("clv"));
        return {
          cells: [keys.map((k) => lit(L(HEADER[k] as LoyaltyLabel))), ...rows],
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: cols.width }, role: "tableHeader" },
            ...money.map((k) => ({ range: data(k), numberFormat: MONEY })),
            ...["retention", "retentionUp"]
              .filter((k) => cols.has(k))
              .map((k) => ({ range: data(k), numberFormat: PCT })),
          ],
          conditional: [
            ...ZONES.map((z) => ({ range: data("zone"), text: ZONE_LABELS[z][lang], ...ZONE_TINTS[z] })),
            ...TYPES.map((k) => ({ range: data("type"), text: TYPE_LABELS[k][lang], ...TYPE_TINTS[k] })),
          ],
        };
      },
    },
  );
}

function chartBlocks(ctx: Ctx): BlockDef[] {
  const { L, config } = ctx;
  const size = { rows: CHART_ROWS, cols: CHART_COLS };
  const axis = { min: config.scale.min, max: config.scale.max, step: (config.scale.max - config.scale.min) / 4 };
  const lineRange = (sheet: Sheet, offset: number, c: number): RangeRef => {
    const at = sheet.at("lines");
    return { row: at.row + 2 + offset, col: at.col + c, rows: 2, cols: 1 };
  };
  return [
    {
      id: "scatter",
      place: { beside: "table", row: (at) => at("table").row },
      size,
      render: (sheet) => {
        const t = sheet.table("table");
        const at = sheet.at("lines");
        return {
          chart: {
            id: "loyalty",
            type: "scatter",
            title: L("scatterTitle"),
            xTitle: L("scatterX"),
            yTitle: L("scatterY"),
            series: [
              {
                name: L("customers"),
                x: t.dataRange("satisfaction"),
                y: t.dataRange("loyalty"),
                style: "markers",
                color: SERIES_COLOURS[0] as string,
              },
              {
                name: L("satisfactionCutLine"),
                x: lineRange(sheet, 0, 1),
                y: lineRange(sheet, 0, 2),
                style: "line",
                color: "#C50F1F",
              },
              {
                name: L("loyaltyCutLine"),
                x: lineRange(sheet, 2, 1),
                y: lineRange(sheet, 2, 2),
                style: "line",
                color: "#8A8886",
              },
            ],
            labels: cornerLabels(ctx),
            labelPoints: {
              x: { row: at.row + 6, col: at.col + 1, rows: 4, cols: 1 },
              y: { row: at.row + 6, col: at.col + 2, rows: 4, cols: 1 },
            },
            xAxis: axis,
            yAxis: axis,
          },
        };
      },
    },
    {
      id: "zoneChart",
      place: { below: "scatter" },
      size,
      render: (sheet) => {
        const at = sheet.at("counts");
        return {
          chart: {
            id: "zones",
            type: "columnStacked",
            title: L("zoneTitle"),
            xTitle: L("zone"),
            yTitle: L("customers"),
            series: [
              {
                name: L("customers"),
                x: { row: at.row + 2, col: at.col, rows: ZONES.length, cols: 1 },
                y: { row: at.row + 2, col: at.col + 1, rows: ZONES.length, cols: 1 },
                style: "markers",
                color: SERIES_COLOURS[0] as string,
              },
            ],
          },
        };
      },
    },
  ];
}

function anchors(ctx: Ctx, sheet: Sheet): LoyaltyAnchors {
  const t = sheet.table("table");
  const counts = sheet.at("counts");
  const price = sheet.at("price");
  return {
    settings: Object.fromEntries(SETTING_KEYS.map((k) => [k, setting(sheet, k)])) as Record<SettingKey, RangeRef>,
    value: Object.fromEntries(ctx.valueKeys.map((k) => [k, valueCell(ctx, sheet, k)])),
    zoneCounts: Object.fromEntries(ZONES.map((z, i) => [z, one(counts.row + 2 + i, counts.col + 1)])) as Record<
      Zone,
      RangeRef
    >,
    typeCounts: Object.fromEntries(
      TYPES.map((k, i) => [k, one(counts.row + 3 + ZONES.length + i, counts.col + 1)]),
    ) as Record<LoyaltyType, RangeRef>,
    summary: Object.fromEntries(ctx.summaryKeys.map((k, i) => [k, sheet.cell("summary", 1 + i, 1)])),
    priceTable: { row: price.row + 2, col: price.col + 1, rows: PRICE_STEPS.length, cols: PRICE_STEPS.length + 1 },
    table: t.range,
    tableColumns: Object.fromEntries(
      Object.keys(HEADER)
        .filter((k) => ctx.table.has(k))
        .map((k) => [k, t.col(k)]),
    ),
  };
}

/**
 * Builds the loyalty sheet for a configuration and a survey table: every survey row is a customer
 * row; a blank, text or off-scale answer gives an error in that row only.
 *
 * @example
 * const { layout, anchors } = loyaltyLayout(config, source, { existingSheets: ["Survey"] });
 * layout.name; // "KAM Loyalty"
 */
export function loyaltyLayout(
  config: LoyaltyConfig,
  source: SourceTable,
  options: LoyaltyLayoutOptions = {},
): LoyaltyLayout {
  const lang: Lang = config.lang;
  const L = (key: LoyaltyLabel): string => LOYALTY_LABELS[key][lang];
  const preview = options.preview ?? computeLoyalty(config, source);
  const cols = preview.columns;
  if (cols === undefined)
    throw new Error("loyaltyLayout: the mapped columns are not in the table (see preview.problems)");
  const hasGap = cols.expectation >= 0 && cols.experience >= 0;
  const hasValue = cols.margin >= 0;
  const hasRetention = cols.retention >= 0;
  const valueKeys: ValueKey[] = hasValue
    ? [
        "netMargin",
        "discountRate",
        "years",
        "growth",
        ...(hasRetention ? [] : ["retention" as const]),
        "uplift",
        ...(hasRetention ? [] : ["retentionUp" as const]),
      ]
    : ["netMargin"];
  const summaryKeys: SummaryKey[] = [
    ...(hasGap ? ["meanGap" as const] : []),
    ...(hasValue ? (["valued", "totalClv", "totalClvUp", "gain", "gainPct"] as const) : []),
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
    hasGap,
    hasValue,
    hasRetention,
    valueKeys,
    summaryKeys,
    table: tableColumns({ hasGap, hasValue, hasRetention }),
  };
  const name = options.sheetName ?? uniqueSheetName(L("sheetName"), options.existingSheets ?? []);
  const { layout, sheet } = compose({
    name,
    tag: LOYALTY_SHEET_TAG,
    blocks: [
      titleBlock(ctx),
      settingsBlock(ctx),
      economicsBlock(ctx),
      priceBlock(ctx),
      countsBlock(ctx),
      summaryBlock(ctx),
      linesBlock(ctx),
      customerTableBlock(ctx),
      ...chartBlocks(ctx),
    ],
    columnWidths: (s) => ({
      0: 36,
      [s.at("counts").col]: 26,
      [s.at("lines").col]: 20,
      [s.table("table").col("zone")]: 24,
      [s.table("table").col("type")]: 14,
    }),
    fitHeadings: HEADING_WIDTH,
    freezeRows: (s) => s.table("table").firstRow,
  });
  return { layout, anchors: anchors(ctx, sheet), preview };
}
