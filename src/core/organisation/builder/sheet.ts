/**
 * The readiness questionnaire as named blocks on the sheet composer: a title with the note that the
 * statements are our wording, seven sections of statements with dropdown answer cells (input blocks a
 * refresh keeps), the result block of live formulas, the scored sections' statements weakest first, and
 * three native charts (a radar of the eleven core activities, a radar of the nine bottlenecks, the nine
 * factors of course 000 slide 11 as bars from "no" to "yes").
 *
 * Two formula styles: `portable` (IF, COUNT, AVERAGE, LARGE, CHOOSE, INDEX/MATCH: Excel 2016+,
 * LibreOffice) and `kam` (KAM.READINESS, KAM.AMNEED, KAM.ACCOUNTDIVISION, KAM.AMLEVEL,
 * KAM.VALUEDISCIPLINE, KAM.SORTROWS). Both give the same values; the order column ("weakest first") and
 * the means are the same native formulas in both.
 *
 * @module
 */
import {
  HEADING_WIDTH,
  SERIES_COLOURS,
  compose,
  fx,
  lit,
  padRows,
  quoted,
  uniqueSheetName,
  type BlockDef,
  type Sheet,
} from "../../compose";
import type { Lang } from "../../lang";
import { columnLetters, type LayoutCell, type RangeRef, type SheetLayout } from "../../layout";
import { ASSESSMENT_DEFAULTS, READINESS_DEFAULTS } from "../index";
import { READINESS_SHEET_TAG, type Answer, type ReadinessConfig } from "./config";
import { computeReadiness, type ReadinessPreview } from "./compute";
import {
  AMNEED_LABELS,
  ASSESSMENT_LABELS,
  DISCIPLINE_LABELS,
  DIVISION_LABELS,
  LEVEL_LABELS,
  QUESTIONS,
  READINESS_LABELS,
  SECTIONS,
  SECTION_KIND,
  SECTION_TITLES,
  type AssessmentLabel,
  type SectionId,
} from "./labels";

/**
 * The result rows, in order (block rows 1…).
 *
 * @example
 * RESULT_KEYS[2]; // "readiness"
 */
export const RESULT_KEYS = [
  "breadth",
  "depth",
  "readiness",
  "amNeedMean",
  "amNeed",
  "holdingBack",
  "holdingBackNames",
  "division",
  "level",
  "discipline",
  "quickscanMean",
  "weakestQuickscan",
  "bottleneckMean",
  "weakestBottlenecks",
] as const;
/** A result row. */
export type ResultKey = (typeof RESULT_KEYS)[number];

/**
 * The scored sections listed weakest first, with their list's heading.
 *
 * @example
 * RANKED.map((r) => r.section); // ["amNeed", "quickscan", "bottlenecks"]
 */
export const RANKED: readonly { readonly section: SectionId; readonly label: AssessmentLabel }[] = [
  { section: "amNeed", label: "weakFactors" },
  { section: "quickscan", label: "weakQuickscan" },
  { section: "bottlenecks", label: "weakBottlenecks" },
];
const isRanked = (s: SectionId): boolean => RANKED.some((r) => r.section === s);

/** Where the parts of the sheet are, for tests and for the pane. */
export interface ReadinessAnchors {
  /** Each section's answer cells (one column). */
  readonly answers: Readonly<Record<SectionId, RangeRef>>;
  /** Each ranked section's order column (1 = weakest). */
  readonly order: Readonly<Partial<Record<SectionId, RangeRef>>>;
  /** The value cell of each result row. */
  readonly results: Readonly<Record<ResultKey, RangeRef>>;
  /** Each ranked section's list, weakest first: topic and score, one row per statement. */
  readonly lists: Readonly<Partial<Record<SectionId, RangeRef>>>;
}

/** A built layout with its anchors and the preview of the answers it was written with. */
export interface ReadinessLayout {
  readonly layout: SheetLayout;
  readonly anchors: ReadinessAnchors;
  readonly preview: ReadinessPreview;
}

/** Options of {@link readinessLayout}. */
export interface ReadinessLayoutOptions {
  readonly existingSheets?: readonly string[];
  readonly sheetName?: string;
}

const SCORE = "0.00";
const CHART_ROWS = 22;
const CHART_COLS = 8;
/** Questionnaire columns: topic, statement, answer, order. */
const ANSWER_COL = 2;
const ORDER_COL = 3;

/** What the blocks share. */
interface Ctx {
  readonly config: ReadinessConfig;
  readonly lang: Lang;
  readonly L: (key: AssessmentLabel) => string;
  readonly kam: boolean;
}

const one = (row: number, col: number): RangeRef => ({ row, col, rows: 1, cols: 1 });
const abs = (r: RangeRef): string => `$${columnLetters(r.col)}$${r.row + 1}`;
const absRange = (r: RangeRef): string =>
  r.rows === 1 && r.cols === 1
    ? abs(r)
    : `${abs(r)}:${abs({ ...r, row: r.row + r.rows - 1, col: r.col + r.cols - 1 })}`;

/** A section's cells in one column of its statements (`col` 0 topic, 2 answer, 3 order). */
function column(sheet: Sheet, section: SectionId, col: number): RangeRef {
  const at = sheet.at(section);
  return { row: at.row + 2, col: at.col + col, rows: QUESTIONS[section].length, cols: 1 };
}
const answerCell = (sheet: Sheet, section: SectionId, i: number): string =>
  abs(one(column(sheet, section, ANSWER_COL).row + i, sheet.at(section).col + ANSWER_COL));

function titleBlock(ctx: Ctx): BlockDef {
  const { L } = ctx;
  return {
    id: "title",
    place: {},
    size: { rows: 3, cols: 2 },
    render: () => ({
      cells: [
        [null, lit(L("title"))],
        [null, lit(L("wording"))],
        [null, lit(L("howTo"))],
      ],
      formats: [{ range: one(0, 1), role: "title" }],
    }),
  };
}

/** The initial cell of one answer: the configuration's answer in the sheet's words, or blank. */
function answerLiteral(ctx: Ctx, a: Answer | undefined): LayoutCell {
  if (a === null || a === undefined) return null;
  if (typeof a === "boolean") return lit(ctx.L(a ? "yes" : "no"));
  return lit(a);
}

/** The order of statement `i` among its section's answers: lowest first, ties in order, unanswered last. */
function orderFormula(sheet: Sheet, section: SectionId, i: number): string {
  const range = absRange(column(sheet, section, ANSWER_COL));
  const first = column(sheet, section, ANSWER_COL);
  const letter = columnLetters(first.col);
  const x = `${letter}${first.row + i + 1}`;
  const upTo = `$${letter}$${first.row + 1}:${x}`;
  const before = i === 0 ? "0" : `COUNTIF($${letter}$${first.row + 1}:${letter}${first.row + i},${x})`;
  return `=IF(ISNUMBER(${x}),COUNTIF(${range},"<"&${x})+${before}+1,COUNT(${range})+${i + 1}-COUNT(${upTo}))`;
}

function sectionBlock(ctx: Ctx, section: SectionId, index: number): BlockDef {
  const { L, lang, config } = ctx;
  const questions = QUESTIONS[section];
  const ranked = isRanked(section);
  const yesNo = SECTION_KIND[section] === "yesNo";
  const cols = ranked ? 4 : 3;
  const previous = SECTIONS[index - 1];
  return {
    id: section,
    place: { below: previous ?? "results" },
    size: { rows: 2 + questions.length, cols },
    render: (sheet) => {
      const answers = config.answers[section] as readonly Answer[];
      const header: LayoutCell[] = [lit(L("topic")), lit(L("statement")), lit(L(yesNo ? "yesNo" : "score"))];
      if (ranked) header.push(lit(L("order")));
      const rows = questions.map((q, i): LayoutCell[] => {
        const line: LayoutCell[] = [lit(q.topic[lang]), lit(q.statement[lang]), answerLiteral(ctx, answers[i])];
        if (ranked) line.push(fx(orderFormula(sheet, section, i)));
        return line;
      });
      const answerRange: RangeRef = { row: 2, col: ANSWER_COL, rows: questions.length, cols: 1 };
      return {
        cells: padRows([[lit(`${L("part")} ${index + 1}`), lit(SECTION_TITLES[section][lang])], header, ...rows]),
        formats: [
          { range: { row: 0, col: 0, rows: 1, cols: 2 }, role: "heading" },
          { range: { row: 1, col: 0, rows: 1, cols }, role: "header" },
          { range: answerRange, role: "input" },
        ],
        validations: [{ range: answerRange, values: yesNo ? [L("yes"), L("no")] : [1, 2, 3, 4, 5] }],
        inputs: [{ key: `readiness:${section}:${questions.map((q) => q.id).join(",")}`, range: answerRange }],
      };
    },
  };
}

/** Yes, no and answered in the portable style: the words of both languages (any case, as Excel compares). */
const yes = (x: string): string => `OR(${x}="yes",${x}="ja")`;
const no = (x: string): string => `OR(${x}="no",${x}="nee")`;

/** The first three topics of a section's weakest-first list, joined; #N/A before any answer. */
function firstThree(sheet: Sheet, section: SectionId): string {
  const at = sheet.at(`list-${section}`);
  const topic = (k: number): string => abs(one(at.row + 1 + k, at.col));
  const answers = absRange(column(sheet, section, ANSWER_COL));
  return `=IF(COUNT(${answers})=0,NA(),${topic(0)}&" · "&${topic(1)}&" · "&${topic(2)})`;
}

/**
 * The factors scored below the cut, in the questionnaire's order, joined with " · " (Excel 2016 has no
 * TEXTJOIN: each factor adds " · name" or nothing, and MID drops the first separator); "–" when none,
 * #N/A before any answer.
 */
function holdingBackNames(sheet: Sheet): string {
  const answers = column(sheet, "amNeed", ANSWER_COL);
  const topics = column(sheet, "amNeed", 0);
  const cut = ASSESSMENT_DEFAULTS.needCut;
  const parts = QUESTIONS.amNeed.map((_, i) => {
    const s = abs(one(answers.row + i, answers.col));
    return `IF(AND(ISNUMBER(${s}),${s}<${cut})," · "&${abs(one(topics.row + i, topics.col))},"")`;
  });
  const range = absRange(answers);
  return `=IF(COUNT(${range})=0,NA(),IF(COUNTIF(${range},"<${cut}")=0,"–",MID(${parts.join("&")},4,1000)))`;
}

/** The formula of each result row. */
function resultFormulas(ctx: Ctx, sheet: Sheet): Record<ResultKey, string> {
  const { lang, kam } = ctx;
  const a = (section: SectionId, i: number): string => answerCell(sheet, section, i);
  const all = (section: SectionId): string => absRange(column(sheet, section, ANSWER_COL));
  const n = (section: SectionId): string[] => QUESTIONS[section].map((_, i) => a(section, i));
  const mean = (section: SectionId): string => `=IF(COUNT(${all(section)})>0,AVERAGE(${all(section)}),NA())`;
  const text = (label: { readonly en: string; readonly nl: string }): string => quoted(label[lang]);
  const [b, d] = [a("readiness", 0), a("readiness", 1)];
  const cut = READINESS_DEFAULTS.cut;
  const factors = all("amNeed");
  const division = n("division");
  const level = n("level");
  const disciplines = all("disciplines");
  const lead = `${ASSESSMENT_DEFAULTS.lead}-${ASSESSMENT_DEFAULTS.tolerance}`;
  const common = {
    breadth: `=IF(ISNUMBER(${b}),${b},NA())`,
    depth: `=IF(ISNUMBER(${d}),${d},NA())`,
    amNeedMean: mean("amNeed"),
    holdingBack: `=COUNTIF(${factors},"<${ASSESSMENT_DEFAULTS.needCut}")`,
    holdingBackNames: holdingBackNames(sheet),
    quickscanMean: mean("quickscan"),
    bottleneckMean: mean("bottlenecks"),
    weakestQuickscan: firstThree(sheet, "quickscan"),
    weakestBottlenecks: firstThree(sheet, "bottlenecks"),
  };
  const l = `"${lang}"`;
  if (kam)
    return {
      ...common,
      readiness: `=KAM.READINESS(${b},${d},,${l})`,
      amNeed: `=KAM.AMNEED(${factors},,${l})`,
      division: `=KAM.ACCOUNTDIVISION(${division.join(",")},${l})`,
      level: `=KAM.AMLEVEL(${level.join(",")},${l})`,
      discipline: `=KAM.VALUEDISCIPLINE(${n("disciplines").join(",")},,${l})`,
    };
  const R = READINESS_LABELS;
  const [d1, d2, d3, u1, u2] = level as [string, string, string, string, string];
  return {
    ...common,
    readiness: `=IF(AND(ISNUMBER(${b}),ISNUMBER(${d})),IF(OR(${b}<1,${b}>5,${d}<1,${d}>5),NA(),IF(${b}>=${cut},IF(${d}>=${cut},${text(R.fullyCommitted)},${text(R.lipService)}),IF(${d}>=${cut},${text(R.experiment)},${text(R.noCommitment)}))),NA())`,
    amNeed: `=IF(OR(COUNTA(${factors})<>COUNT(${factors}),COUNT(${factors})<${ASSESSMENT_DEFAULTS.minFactors}),NA(),IF(OR(MIN(${factors})<1,MAX(${factors})>5),NA(),IF(AVERAGE(${factors})>=${ASSESSMENT_DEFAULTS.needCut}-${ASSESSMENT_DEFAULTS.tolerance},${text(AMNEED_LABELS.yes)},${text(AMNEED_LABELS.no)})))`,
    division: `=IF(OR(${division.map(no).join(",")}),${text(DIVISION_LABELS.within)},IF(AND(${division.map(yes).join(",")}),${text(DIVISION_LABELS.division)},NA()))`,
    level: `=IF(AND(${level.map((x) => `OR(${yes(x)},${no(x)})`).join(",")}),IF(AND(${yes(d1)},${yes(d2)},${yes(d3)}),${text(LEVEL_LABELS.corporate)},IF(AND(${yes(u1)},${yes(u2)}),${text(LEVEL_LABELS.division)},${text(LEVEL_LABELS.businessUnit)})),NA())`,
    discipline: `=IF(COUNT(${disciplines})<3,NA(),IF(MAX(${disciplines})-LARGE(${disciplines},2)<${lead},${text(DISCIPLINE_LABELS.none)},CHOOSE(MATCH(MAX(${disciplines}),${disciplines},0),${text(DISCIPLINE_LABELS.productLeadership)},${text(DISCIPLINE_LABELS.operationalExcellence)},${text(DISCIPLINE_LABELS.customerIntimacy)})))`,
  };
}

function resultsBlock(ctx: Ctx): BlockDef {
  const { L } = ctx;
  return {
    id: "results",
    place: { below: "title" },
    size: { rows: 1 + RESULT_KEYS.length, cols: 2 },
    render: (sheet) => {
      const f = resultFormulas(ctx, sheet);
      const scores = ["breadth", "depth", "amNeedMean", "quickscanMean", "bottleneckMean"] as const;
      return {
        cells: padRows([
          [null, lit(`${L("results")} · ${L(ctx.kam ? "stylekam" : "styleportable")}`)],
          ...RESULT_KEYS.map((k) => [lit(L(k)), fx(f[k])]),
        ]),
        formats: [
          { range: one(0, 1), role: "heading" },
          { range: { row: 1, col: 0, rows: RESULT_KEYS.length, cols: 1 }, role: "plainHeader" },
          ...scores.map((k) => ({ range: one(1 + RESULT_KEYS.indexOf(k), 1), numberFormat: SCORE })),
        ],
      };
    },
  };
}

function listBlock(ctx: Ctx, section: SectionId, label: AssessmentLabel, index: number): BlockDef {
  const { L, kam } = ctx;
  const n = QUESTIONS[section].length;
  const previous = RANKED[index - 1];
  return {
    id: `list-${section}`,
    place:
      previous === undefined
        ? { beside: "amNeed", gap: 1, row: (at) => at("readiness").row }
        : { below: `list-${previous.section}` },
    size: { rows: 1 + n, cols: 2 },
    render: (sheet) => {
      const topics = absRange(column(sheet, section, 0));
      const answers = absRange(column(sheet, section, ANSWER_COL));
      const order = absRange(column(sheet, section, ORDER_COL));
      const rows = Array.from({ length: n }, (_, k): LayoutCell[] => {
        if (kam)
          return k === 0
            ? [fx(`=KAM.SORTROWS(${topics},${answers},1)`), fx(`=KAM.SORTROWS(${answers},${answers},1)`)]
            : [null, null];
        const at = `MATCH(${k + 1},${order},0)`;
        return [fx(`=INDEX(${topics},${at})`), fx(`=IF(INDEX(${answers},${at})="","",INDEX(${answers},${at}))`)];
      });
      return {
        cells: padRows([[lit(L(label))], ...rows]),
        formats: [
          { range: one(0, 0), role: "heading" },
          { range: { row: 1, col: 0, rows: Math.min(3, n), cols: 2 }, role: "warning" },
        ],
      };
    },
  };
}

function chartBlocks(ctx: Ctx): BlockDef[] {
  const { L } = ctx;
  const size = { rows: CHART_ROWS, cols: CHART_COLS };
  const axis = { min: 0, max: 5, step: 1 };
  const series = (sheet: Sheet, section: SectionId, color: string, style: "markers" | "line") => [
    {
      name: L("scoreAxis"),
      x: column(sheet, section, 0),
      y: column(sheet, section, ANSWER_COL),
      style,
      color,
    },
  ];
  return [
    {
      id: "quickscanChart",
      place: { beside: "list-amNeed", gap: 1 },
      size,
      render: (sheet) => ({
        chart: {
          id: "readiness-quickscan",
          type: "radarFilled",
          title: L("quickscanChart"),
          xTitle: L("topic"),
          yTitle: L("scoreAxis"),
          series: series(sheet, "quickscan", SERIES_COLOURS[0], "markers"),
          yAxis: axis,
        },
      }),
    },
    {
      id: "bottleneckChart",
      place: { below: "quickscanChart" },
      size,
      render: (sheet) => ({
        chart: {
          id: "readiness-bottlenecks",
          type: "radar",
          title: L("bottleneckChart"),
          xTitle: L("topic"),
          yTitle: L("scoreAxis"),
          series: series(sheet, "bottlenecks", SERIES_COLOURS[1], "markers"),
          yAxis: axis,
        },
      }),
    },
    {
      id: "factorChart",
      place: { below: "bottleneckChart" },
      size,
      render: (sheet) => ({
        chart: {
          id: "readiness-factors",
          type: "barStacked",
          title: L("factorChart"),
          xTitle: L("topic"),
          yTitle: L("scoreAxis"),
          series: series(sheet, "amNeed", SERIES_COLOURS[2], "markers"),
          xAxis: axis,
        },
      }),
    },
  ];
}

function anchors(sheet: Sheet): ReadinessAnchors {
  const by = <T>(ids: readonly SectionId[], f: (s: SectionId) => T): Record<string, T> =>
    Object.fromEntries(ids.map((s) => [s, f(s)]));
  const ranked = RANKED.map((r) => r.section);
  return {
    answers: by(SECTIONS, (s) => column(sheet, s, ANSWER_COL)) as Record<SectionId, RangeRef>,
    order: by(ranked, (s) => column(sheet, s, ORDER_COL)),
    results: Object.fromEntries(RESULT_KEYS.map((k, i) => [k, sheet.cell("results", 1 + i, 1)])) as Record<
      ResultKey,
      RangeRef
    >,
    lists: by(ranked, (s) => {
      const at = sheet.at(`list-${s}`);
      return { row: at.row + 1, col: at.col, rows: QUESTIONS[s].length, cols: 2 };
    }),
  };
}

/**
 * Builds the readiness questionnaire for a configuration: no source table, the answers of the
 * configuration (blank or the example) in the input cells, the result as live formulas.
 *
 * @example
 * const { layout, anchors } = readinessLayout(defaultReadinessConfig("en"));
 * layout.name; // "KAM Readiness"
 */
export function readinessLayout(config: ReadinessConfig, options: ReadinessLayoutOptions = {}): ReadinessLayout {
  const lang: Lang = config.lang;
  const L = (key: AssessmentLabel): string => ASSESSMENT_LABELS[key][lang];
  const ctx: Ctx = { config, lang, L, kam: config.style === "kam" };
  const name = options.sheetName ?? uniqueSheetName(L("sheetName"), options.existingSheets ?? []);
  const { layout, sheet } = compose({
    name,
    tag: READINESS_SHEET_TAG,
    blocks: [
      titleBlock(ctx),
      ...SECTIONS.map((s, i) => sectionBlock(ctx, s, i)),
      resultsBlock(ctx),
      ...RANKED.map((r, i) => listBlock(ctx, r.section, r.label, i)),
      ...chartBlocks(ctx),
    ],
    columnWidths: (s) => ({
      0: 24,
      1: 86,
      2: 10,
      3: 12,
      [s.at("list-amNeed").col]: 26,
    }),
    fitHeadings: HEADING_WIDTH,
  });
  return { layout, anchors: anchors(sheet), preview: computeReadiness(config.answers) };
}
