/**
 * The buying-centre sheet as named blocks on the sheet composer: title, the risk cut-off (an input),
 * the red flags of the whole buying centre, the positions of course 003 slide 112, the people table
 * (the people are an input block the user edits on this sheet and a refresh keeps; influence, chosen
 * mode and chosen stance are dropdowns) with per person the response mode, the order chance, the
 * stance, the priority by power and the risk-reducing techniques of slide 109 as a checklist for the
 * people with a high risk perception; a native bubble chart of business interest × personal gain
 * (bubble = power, one series per stance) and its workings.
 *
 * Two formula styles, the same values: `portable` (IF, COUNTA, COUNTIF, COUNTIFS, INDEX, MATCH: Excel
 * 2016+, LibreOffice, HyperFormula) and `kam` (KAM.RESPONSEMODE, KAM.ORDERCHANCE, KAM.STANCE per
 * person and one KAM.REDFLAGS spill). A blank people row shows nothing in either style.
 *
 * @module
 */
import {
  HEADING_WIDTH,
  CHART_COLOURS,
  QUADRANT_TINTS,
  SERIES_COLOURS,
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
import type { ConditionalSpec } from "../../layout";
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
import { INFLUENCE_ALIASES } from "../read";
import { RED_FLAGS } from "../redflags";
import type { Advice, Influence, RedFlag, Stance } from "../labels";
import { BUYING_CENTRE_ROLES, BUYING_CENTRE_SHEET_TAG, accountSheetName, type BuyingCentreConfig } from "./config";
import { computeBuyingCentre, type BuyingCentrePreview } from "./compute";
import {
  ADVICE_LABELS,
  BUYING_CENTRE_LABELS,
  CHECK_MARKS,
  INFLUENCE_LABELS,
  MODE_LABELS,
  NO_RED_FLAGS_LABEL,
  RED_FLAG_LABELS,
  STANCE_LABELS,
  TECHNIQUE_LABELS,
  UNKNOWN_MODE_LABEL,
  type BuyingCentreLabel,
  type Technique,
} from "./labels";

/**
 * The stances in the order of the chart's series and the workings.
 *
 * @example
 * STANCES[3]; // "opponent"
 */
export const STANCES: readonly Stance[] = ["supporter", "cautiousSupporter", "constructiveCritic", "opponent"];

/**
 * The risk-reducing techniques in the order of course 003 slide 109.
 *
 * @example
 * TECHNIQUES[0]; // "pilot"
 */
export const TECHNIQUES = Object.keys(TECHNIQUE_LABELS) as readonly Technique[];

/** The tints of the stances in the table (palette roles). */
const STANCE_TINTS: Readonly<Record<Stance, Tint>> = {
  supporter: QUADRANT_TINTS.best,
  cautiousSupporter: QUADRANT_TINTS.third,
  constructiveCritic: QUADRANT_TINTS.second,
  opponent: QUADRANT_TINTS.loss,
};
/** The tints of the advice in the table. */
const ADVICE_TINTS: Readonly<Record<Advice, Tint>> = {
  orderChance: QUADRANT_TINTS.best,
  workThroughEconomic: QUADRANT_TINTS.third,
  noOrderChance: QUADRANT_TINTS.loss,
  wait: QUADRANT_TINTS.last,
};
/** The series colours of the stances in the bubble chart. */
const STANCE_COLOURS: Readonly<Record<Stance, string>> = {
  supporter: SERIES_COLOURS[2],
  cautiousSupporter: SERIES_COLOURS[3],
  constructiveCritic: SERIES_COLOURS[0],
  opponent: CHART_COLOURS.cutLine,
};

/** Where the parts of the sheet are, for tests and for the pane. */
export interface BuyingCentreAnchors {
  readonly riskCut: RangeRef;
  /** The people table including its header row (inputs, results and the checklist). */
  readonly table: RangeRef;
  /** The people input cells (data rows × the eleven input columns). */
  readonly people: RangeRef;
  /** The checklist cells (data rows × the six techniques). */
  readonly techniques: RangeRef;
  /** The seven cells of the red-flag list. */
  readonly flags: RangeRef;
  /** 0-based sheet column of each table column. */
  readonly tableColumns: Readonly<Record<string, number>>;
}

/** A built layout with its anchors and the preview it was computed from. */
export interface BuyingCentreLayout {
  readonly layout: SheetLayout;
  readonly anchors: BuyingCentreAnchors;
  readonly preview: BuyingCentrePreview;
}

/** Options of {@link buyingCentreLayout}. */
export interface BuyingCentreLayoutOptions {
  readonly existingSheets?: readonly string[];
  readonly existingTables?: readonly string[];
  readonly sheetName?: string;
  readonly preview?: BuyingCentrePreview;
}

const CHART_ROWS = 20;
const CHART_COLS = 3;
const AXIS = { min: -5, max: 5, step: 1 } as const;

/** What the blocks share. */
interface Ctx {
  readonly config: BuyingCentreConfig;
  readonly source: SourceTable;
  readonly preview: BuyingCentrePreview;
  readonly lang: Lang;
  readonly L: (key: BuyingCentreLabel) => string;
  readonly kam: boolean;
  readonly rows: number;
  readonly table: Columns;
}

const one = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
const abs = (r: RangeRef): string => `$${columnLetters(r.col)}$${r.row + 1}`;
const headingFormat: PartFormat = { range: one(0, 0), role: "heading" };

/** The header label of each input column. */
const INPUT_HEADER: Readonly<Record<(typeof BUYING_CENTRE_ROLES)[number], BuyingCentreLabel>> = {
  name: "name",
  function: "function",
  influence: "influence",
  perceived: "perceived",
  desired: "desired",
  mode: "chosenMode",
  businessInterest: "businessInterest",
  personalGain: "personalGain",
  power: "power",
  risk: "risk",
  stance: "chosenStance",
};
/** The computed columns after the inputs. */
const RESULT_KEYS = ["outMode", "outAdvice", "outStance", "outPriority", "outRisk"] as const;
const RESULT_HEADER: Readonly<Record<(typeof RESULT_KEYS)[number], BuyingCentreLabel>> = {
  outMode: "mode",
  outAdvice: "orderChance",
  outStance: "stance",
  outPriority: "priority",
  outRisk: "riskStatus",
};

function tableColumns(): Columns {
  return columns([
    ...BUYING_CENTRE_ROLES.map((key) => ({ key })),
    ...RESULT_KEYS.map((key) => ({ key })),
    { key: "technique", count: TECHNIQUES.length },
  ]);
}

/** Every spelling of an influence the functions accept (labels in both languages and the aliases). */
function spellings(k: Influence): string[] {
  const own = [INFLUENCE_LABELS[k].en, INFLUENCE_LABELS[k].nl];
  const aliases = Object.entries(INFLUENCE_ALIASES)
    .filter(([, v]) => v === k)
    .map(([a]) => a);
  return [...new Set([...own, ...aliases].map((s) => s.toLowerCase()))];
}
const bothLangs = (label: { en: string; nl: string }): string[] => [...new Set([label.en, label.nl])];
const anyOf = (cell: string, texts: readonly string[]): string =>
  texts.length === 1
    ? `${cell}=${quoted(texts[0] ?? "")}`
    : `OR(${texts.map((t) => `${cell}=${quoted(t)}`).join(",")})`;
const countOf = (range: string, texts: readonly string[]): string =>
  texts.map((t) => `COUNTIF(${range},${quoted(t)})`).join("+");

function titleBlock(ctx: Ctx): BlockDef {
  const { L, source, config, kam } = ctx;
  const from =
    config.source === "template" ? L("template") : `${quoteSheet(source.sheet)}!${source.address.replace(/^.*!/, "")}`;
  return {
    id: "title",
    place: {},
    size: { rows: 3, cols: 1 },
    render: (sheet) => ({
      cells: [
        [lit(L("title"))],
        [lit(`${L("account")}: ${config.account}`)],
        // The count follows the people typed on the sheet.
        [
          fx(
            `=${quoted(`${L("source")}: ${from} · `)}&COUNTA(${sheet.table("people").data("name")})&${quoted(` ${L("peopleCount")} · ${L(kam ? "stylekam" : "styleportable")}`)}`,
          ),
        ],
      ],
      formats: [{ range: one(0, 0), role: "heading" }],
    }),
  };
}

const riskCutCell = (sheet: Sheet): RangeRef => sheet.cell("settings", 1, 1);

function settingsBlock(ctx: Ctx): BlockDef {
  const { L, config } = ctx;
  return {
    id: "settings",
    place: { below: "title" },
    size: { rows: 2, cols: 2 },
    render: () => ({
      cells: padRows([[lit(L("settings"))], [lit(L("riskCut")), lit(config.riskCut)]]),
      formats: [headingFormat, { range: one(1, 1), role: "moneyInput", numberFormat: "0.0" }],
      inputs: [{ key: "buyingCentre:settings", range: one(1, 1) }],
    }),
  };
}

/** The people table's columns on the sheet: influence, computed mode and stance. */
function flagRanges(sheet: Sheet): { I: string; M: string; S: string } {
  const t = sheet.table("people");
  return { I: t.data("influence"), M: t.data("outMode"), S: t.data("outStance") };
}

/** The portable condition of each red flag (a number > 0 or a comparison), over the people table. */
function flagCondition(flag: RedFlag, sheet: Sheet): string {
  const { I, M, S } = flagRanges(sheet);
  const economic = spellings("economic");
  const econ = `(${countOf(I, economic)})`;
  switch (flag) {
    case "noCoach":
      return `(${countOf(I, spellings("coach"))})=0`;
    case "noEconomic":
      return `${econ}=0`;
    case "severalEconomic":
      return `${econ}>1`;
    case "economicNoChance":
      return `(${economic
        .flatMap((e) =>
          [MODE_LABELS.evenKeel.en, MODE_LABELS.overconfident.en].map(
            (m) => `COUNTIFS(${I},${quoted(e)},${M},${quoted(m)})`,
          ),
        )
        .join("+")})>0`;
    case "unknownMode":
      return `(${countOf(M, bothLangs(UNKNOWN_MODE_LABEL))})>0`;
    case "opponent":
      return `(${countOf(S, bothLangs(STANCE_LABELS.opponent))})>0`;
    case "noOrderChance":
      return `(${countOf(M, [MODE_LABELS.growth.en, MODE_LABELS.trouble.en])})=0`;
  }
}

/** The red-flag list: a KAM.REDFLAGS spill, or the raised checks listed in order by INDEX/MATCH. */
function flagsBlock(ctx: Ctx): BlockDef {
  const { L, lang, kam } = ctx;
  const n = RED_FLAGS.length;
  return {
    id: "flags",
    place: { below: "settings" },
    size: { rows: 1 + n, cols: 1 },
    render: (sheet) => {
      const { I, M, S } = flagRanges(sheet);
      const checks = sheet.at("checks");
      // The checks' data rows (1-based): below the checks block's heading and header rows.
      const [top, bottom] = [checks.row + 3, checks.row + 2 + n];
      const column = (c: number): string =>
        `$${columnLetters(checks.col + c)}$${top}:$${columnLetters(checks.col + c)}$${bottom}`;
      const texts = column(0);
      const running = column(2);
      const total = `$${columnLetters(checks.col + 2)}$${bottom}`;
      const list: LayoutCell[][] = kam
        ? [[fx(`=KAM.REDFLAGS(${I},${M},${S},"${lang}")`)], ...Array.from({ length: n - 1 }, () => [null])]
        : Array.from({ length: n }, (_, i) => [
            fx(
              i === 0
                ? `=IF(${total}=0,${quoted(NO_RED_FLAGS_LABEL[lang])},INDEX(${texts},MATCH(1,${running},0)))`
                : `=IFERROR(INDEX(${texts},MATCH(${i + 1},${running},0)),"")`,
            ),
          ]);
      const range = { row: 1, col: 0, rows: n, cols: 1 };
      const conditional: ConditionalSpec[] = [
        { range, text: NO_RED_FLAGS_LABEL[lang], ...QUADRANT_TINTS.best },
        ...RED_FLAGS.map((f) => ({ range, text: RED_FLAG_LABELS[f][lang], ...QUADRANT_TINTS.loss })),
      ];
      return { cells: [[lit(L("redFlags"))], ...list], formats: [headingFormat], conditional };
    },
  };
}

/** The slide-112 positions in words, beside the red flags. */
function positionsBlock(ctx: Ctx): BlockDef {
  const { L } = ctx;
  const lines: BuyingCentreLabel[] = [
    "positionSupporter",
    "positionCritic",
    "positionOpponent",
    "positionPower",
    "techniques",
  ];
  return {
    id: "positions",
    place: { below: "chart" },
    size: { rows: 1 + lines.length, cols: 1 },
    render: () => ({ cells: [[lit(L("positions"))], ...lines.map((k) => [lit(L(k))])], formats: [headingFormat] }),
  };
}

/** The portable formulas of a people row, as row templates (`ROW` the sheet row). */
function rowTemplates(ctx: Ctx, sheet: Sheet, t: TableRefs): { col: number; template: string }[] {
  const { lang, kam } = ctx;
  const h = (key: string): string => t.here(key);
  const first = t.here(BUYING_CENTRE_ROLES[0] ?? "name");
  const last = t.here(BUYING_CENTRE_ROLES[BUYING_CENTRE_ROLES.length - 1] ?? "stance");
  const blank = `COUNTA(${first}:${last})=0`;
  const cut = abs(riskCutCell(sheet));
  const unknown = UNKNOWN_MODE_LABEL[lang];
  const [p, d, chosen] = [h("perceived"), h("desired"), h("mode")];
  const derived = kam
    ? `KAM.RESPONSEMODE(${p},${d},,"${lang}")`
    : `IF(${p}=${d},${quoted(MODE_LABELS.evenKeel[lang])},IF(${p}>${d},${quoted(MODE_LABELS.overconfident[lang])},${quoted(MODE_LABELS.growth[lang])}))`;
  const mode = `=IF(${blank},"",IF(TRIM(${chosen})<>"",TRIM(${chosen}),IF(AND(ISNUMBER(${p}),ISNUMBER(${d})),${derived},${quoted(unknown)})))`;

  const M = h("outMode");
  const infl = `TRIM(${h("influence")})`;
  const skip = `OR(${blank},${infl}="",${M}="",${anyOf(M, bothLangs(UNKNOWN_MODE_LABEL))})`;
  const A = (k: Advice): string => quoted(ADVICE_LABELS[k][lang]);
  const allInfluences = (Object.keys(INFLUENCE_LABELS) as Influence[]).flatMap(spellings);
  const portableAdvice =
    `IF(NOT(${anyOf(infl, allInfluences)}),NA(),` +
    `IF(${anyOf(M, [MODE_LABELS.growth.en, MODE_LABELS.trouble.en])},${A("orderChance")},` +
    `IF(${M}=${quoted(MODE_LABELS.evenKeel.en)},IF(${anyOf(infl, spellings("economic"))},${A("noOrderChance")},${A("workThroughEconomic")}),` +
    `IF(${M}=${quoted(MODE_LABELS.overconfident.en)},${A("wait")},NA()))))`;
  const advice = `=IF(${skip},"",${kam ? `KAM.ORDERCHANCE(${h("influence")},${M},"${lang}")` : portableAdvice})`;

  const [bi, pg, risk, chosenStance] = [h("businessInterest"), h("personalGain"), h("risk"), h("stance")];
  const S = (k: Stance): string => quoted(STANCE_LABELS[k][lang]);
  const portableStance =
    `IF(OR(${risk}<1,${risk}>5),NA(),IF(AND(${bi}>0,${pg}>0),IF(${risk}>=${cut},${S("cautiousSupporter")},${S("supporter")}),` +
    `IF(OR(${bi}>0,${pg}>0),${S("constructiveCritic")},${S("opponent")})))`;
  const computed = kam ? `KAM.STANCE(${bi},${pg},${risk},${cut},"${lang}")` : portableStance;
  const stance = `=IF(${blank},"",IF(TRIM(${chosenStance})<>"",TRIM(${chosenStance}),IF(AND(ISNUMBER(${bi}),ISNUMBER(${pg}),ISNUMBER(${risk})),${computed},"")))`;

  const power = h("power");
  const priority = `=IF(ISNUMBER(${power}),1+COUNTIF(${t.data("power")},">"&${power}),"")`;

  const techs = `${t.here("technique", 0)}:${t.here("technique", TECHNIQUES.length - 1)}`;
  const ticked = `COUNTIF(${techs},${quoted(CHECK_MARKS.done)})`;
  const L = ctx.L;
  const riskStatus = `=IF(${blank},"",IF(AND(ISNUMBER(${risk}),${risk}>=${cut}),IF(${ticked}>0,${ticked}&" "&${quoted(L("riskPlanned"))},${quoted(L("riskOpen"))}),""))`;
  const rel = (key: string): number => t.col(key) - t.col("name");
  return [
    { col: rel("outMode"), template: mode },
    { col: rel("outAdvice"), template: advice },
    { col: rel("outStance"), template: stance },
    { col: rel("outPriority"), template: priority },
    { col: rel("outRisk"), template: riskStatus },
  ];
}

/** The people table: a heading row, the header, the input cells, the results and the checklist. */
function peopleBlock(ctx: Ctx): BlockDef {
  const { L, lang, rows, table: cols } = ctx;
  return tableBlock(
    "people",
    { below: "flags" },
    {
      columns: cols,
      rows,
      headerOffset: 1,
      render: (sheet, t) => {
        const inputs = ctx.preview.inputs;
        const high = ctx.preview.people.map((p) => p.highRisk);
        const body = dataRows({
          rows,
          width: cols.width,
          firstRow: t.firstRow,
          firstSource: 1,
          literal: (i) => [
            ...BUYING_CENTRE_ROLES.map((role, c) => {
              const v = inputs[i]?.[c] ?? null;
              return { col: cols.col(role), cell: v === null || typeof v === "object" ? null : lit(v) };
            }),
            ...TECHNIQUES.map((_, j) => ({
              col: cols.col("technique", j),
              cell: high[i] === true ? lit(CHECK_MARKS.open) : null,
            })),
          ],
          templates: rowTemplates(ctx, sheet, t),
        });
        const heading = new Array<LayoutCell>(cols.width).fill(null);
        heading[0] = lit(L("people"));
        const header: LayoutCell[] = [
          ...BUYING_CENTRE_ROLES.map((r) => lit(L(INPUT_HEADER[r]))),
          ...RESULT_KEYS.map((k) => lit(L(RESULT_HEADER[k]))),
          ...TECHNIQUES.map((k) => lit(TECHNIQUE_LABELS[k][lang])),
        ];
        const data = (key: string, j = 0): RangeRef => ({ row: 2, col: cols.col(key, j), rows, cols: 1 });
        const inputRange = { row: 2, col: 0, rows, cols: BUYING_CENTRE_ROLES.length };
        const techRange = { row: 2, col: cols.col("technique"), rows, cols: TECHNIQUES.length };
        const tint = <K extends string>(
          range: RangeRef,
          labels: Record<K, { en: string; nl: string }>,
          tints: Record<K, Tint>,
        ) => (Object.keys(tints) as K[]).map((k) => ({ range, text: labels[k][lang], ...tints[k] }));
        return {
          cells: [heading, header, ...body],
          formats: [
            headingFormat,
            { range: { row: 1, col: 0, rows: 1, cols: cols.width }, role: "tableHeader" },
            { range: inputRange, role: "input" },
            { range: techRange, role: "input" },
            ...(["perceived", "desired", "businessInterest", "personalGain", "power", "risk"] as const).map((k) => ({
              range: data(k),
              numberFormat: "0.#",
            })),
            { range: data("outPriority"), numberFormat: "0" },
          ],
          conditional: [
            ...tint(data("outStance"), STANCE_LABELS, STANCE_TINTS),
            ...tint(data("outAdvice"), ADVICE_LABELS, ADVICE_TINTS),
            { range: data("outMode"), text: UNKNOWN_MODE_LABEL[lang], ...QUADRANT_TINTS.third },
            { range: data("outRisk"), text: L("riskOpen"), ...QUADRANT_TINTS.loss },
          ],
          validations: [
            { range: data("influence"), values: Object.values(INFLUENCE_LABELS).map((l) => l[lang]) },
            {
              range: data("mode"),
              values: [...Object.values(MODE_LABELS).map((l) => l[lang]), UNKNOWN_MODE_LABEL[lang]],
            },
            { range: data("stance"), values: STANCES.map((k) => STANCE_LABELS[k][lang]) },
            { range: techRange, values: [CHECK_MARKS.open, CHECK_MARKS.done] },
          ],
          inputs: [
            { key: "buyingCentre:people", range: inputRange },
            { key: "buyingCentre:techniques", range: techRange },
          ],
        };
      },
    },
  );
}

/** The chart's workings: per stance the x, y and size of the people in it (#N/A elsewhere). */
function chartDataBlock(ctx: Ctx): BlockDef {
  const { L, lang, rows } = ctx;
  return {
    id: "chartData",
    place: { below: "positions" },
    size: { rows: 3 + rows, cols: 3 * STANCES.length },
    render: (sheet) => {
      const t = sheet.table("people");
      const stanceNames = new Array<LayoutCell>(3 * STANCES.length).fill(null);
      STANCES.forEach((k, i) => (stanceNames[3 * i] = lit(STANCE_LABELS[k][lang])));
      const xyz = STANCES.flatMap(() => [lit(L("chartX")), lit(L("chartY")), lit(L("power"))]);
      const body = Array.from({ length: rows }, (_, i) => {
        const r = t.firstRow + i + 1;
        const c = (key: string): string => `${columnLetters(t.col(key))}${r}`;
        const ok = (k: Stance): string =>
          `AND(${anyOf(c("outStance"), bothLangs(STANCE_LABELS[k]))},ISNUMBER(${c("businessInterest")}),ISNUMBER(${c("personalGain")}),ISNUMBER(${c("power")}))`;
        return STANCES.flatMap((k) =>
          (["businessInterest", "personalGain", "power"] as const).map((key) => fx(`=IF(${ok(k)},${c(key)},NA())`)),
        );
      });
      return {
        cells: padRows([[lit(L("chartData"))], stanceNames, xyz, ...body]),
        formats: [headingFormat, { range: { row: 1, col: 0, rows: 2, cols: 3 * STANCES.length }, role: "plainHeader" }],
      };
    },
  };
}

/** The portable red flags' workings: each check of models.md §13, whether it is raised, a running count. */
function checksBlock(ctx: Ctx): BlockDef {
  const { L, lang, kam } = ctx;
  const n = RED_FLAGS.length;
  return {
    id: "checks",
    place: { beside: "chartData", gap: 1 },
    size: { rows: 2 + n, cols: 3 },
    when: !kam,
    render: (sheet) => {
      const at = sheet.at("checks");
      const raised = (i: number): string => `${columnLetters(at.col + 1)}${at.row + 3 + i}`;
      const first = `$${columnLetters(at.col + 1)}$${at.row + 3}`;
      return {
        cells: [
          [lit(L("checks")), null, null],
          [lit(L("redFlags")), lit(L("raised")), lit(L("running"))],
          ...RED_FLAGS.map((f, i) => [
            lit(RED_FLAG_LABELS[f][lang]),
            fx(`=IF(${flagCondition(f, sheet)},1,0)`),
            fx(`=SUM(${first}:${raised(i)})`),
          ]),
        ],
        formats: [headingFormat, { range: { row: 1, col: 0, rows: 1, cols: 3 }, role: "plainHeader" }],
      };
    },
  };
}

/** The quadrant names of slide 112 at chart coordinates. */
function chartLabels(ctx: Ctx): ChartLabel[] {
  const { L } = ctx;
  return [
    { text: L("labelCriticGain"), x: -2.5, y: 4.5 },
    { text: L("labelSupporter"), x: 2.5, y: 4.5 },
    { text: L("labelOpponent"), x: -2.5, y: -4.5 },
    { text: L("labelCriticBusiness"), x: 2.5, y: -4.5 },
  ];
}

function chartBlock(ctx: Ctx): BlockDef {
  const { L, lang, rows } = ctx;
  return {
    id: "chart",
    place: { below: "people", gap: 1 },
    size: { rows: CHART_ROWS, cols: CHART_COLS },
    render: (sheet) => {
      const at = sheet.at("chartData");
      const range = (i: number, j: number): RangeRef => ({ row: at.row + 3, col: at.col + 3 * i + j, rows, cols: 1 });
      return {
        chart: {
          id: "buyingCentre",
          type: "bubble",
          title: L("chartTitle"),
          xTitle: L("chartX"),
          yTitle: L("chartY"),
          series: STANCES.map((k, i) => ({
            name: STANCE_LABELS[k][lang],
            x: range(i, 0),
            y: range(i, 1),
            sizes: range(i, 2),
            style: "markers" as const,
            color: STANCE_COLOURS[k],
          })),
          labels: chartLabels(ctx),
          xAxis: AXIS,
          yAxis: AXIS,
        },
      };
    },
  };
}

function anchors(ctx: Ctx, sheet: Sheet): BuyingCentreAnchors {
  const t = sheet.table("people");
  const flags = sheet.at("flags");
  const keys = [...BUYING_CENTRE_ROLES, ...RESULT_KEYS];
  return {
    riskCut: riskCutCell(sheet),
    table: t.range,
    people: { row: t.firstRow, col: t.col("name"), rows: t.rows, cols: BUYING_CENTRE_ROLES.length },
    techniques: t.across("technique", 0, TECHNIQUES.length),
    flags: { row: flags.row + 1, col: flags.col, rows: RED_FLAGS.length, cols: 1 },
    tableColumns: Object.fromEntries([
      ...keys.map((k) => [k, t.col(k)]),
      ...TECHNIQUES.map((k, j) => [k, t.col("technique", j)]),
    ]),
  };
}

/**
 * Builds the buying-centre sheet for a configuration (and, for a `table` source, the user's table):
 * one sheet per account or opportunity, named after it.
 *
 * @example
 * const { layout, anchors } = buyingCentreLayout(config, source, { existingSheets: ["People"] });
 * layout.name; // the account, e.g. "Van Dijk Logistiek – WMS"
 */
export function buyingCentreLayout(
  config: BuyingCentreConfig,
  source: SourceTable,
  options: BuyingCentreLayoutOptions = {},
): BuyingCentreLayout {
  const lang: Lang = config.lang;
  const L = (key: BuyingCentreLabel): string => BUYING_CENTRE_LABELS[key][lang];
  const preview = options.preview ?? computeBuyingCentre(config, source);
  if (config.source === "table" && preview.columns === undefined)
    throw new Error("buyingCentreLayout: the mapped columns are not in the table (see preview.problems)");
  const ctx: Ctx = {
    config,
    source,
    preview,
    lang,
    L,
    kam: config.style === "kam",
    rows: Math.max(1, preview.inputs.length),
    table: tableColumns(),
  };
  const base = accountSheetName(config.account, L("sheetName"));
  const name = options.sheetName ?? uniqueSheetName(base, options.existingSheets ?? []);
  const { layout, sheet } = compose({
    name,
    tag: BUYING_CENTRE_SHEET_TAG,
    blocks: [
      titleBlock(ctx),
      settingsBlock(ctx),
      flagsBlock(ctx),
      positionsBlock(ctx),
      peopleBlock(ctx),
      chartBlock(ctx),
      chartDataBlock(ctx),
      checksBlock(ctx),
    ],
    columnWidths: (s) => {
      const t = s.table("people");
      return {
        // The red flags and the notes are written in column A: wide enough for the longest flag.
        [t.col("name")]: 62,
        [t.col("function")]: 20,
        [t.col("influence")]: 13,
        [t.col("outMode")]: 15,
        [t.col("outAdvice")]: 32,
        [t.col("outStance")]: 22,
        [t.col("outRisk")]: 28,
      };
    },
    fitHeadings: HEADING_WIDTH,
  });
  return { layout, anchors: anchors(ctx, sheet), preview };
}
