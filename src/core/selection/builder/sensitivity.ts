/**
 * The weighting blocks of the selection sheet (models.md §12): the pairwise grids that derive the
 * weights (one per composite), the sensitivity columns of the matrix (class stability, tipping
 * weights), and the least-stable customers with their chart. The formulas follow the same rules as
 * `pairwise.ts` and `KAM.TIPPINGWEIGHT`, so pane, sheet and functions agree.
 *
 * @module
 */
import {
  ROW,
  columns,
  fx,
  lit,
  quoted,
  type BlockDef,
  type Columns,
  type Place,
  type Sheet,
  type TableRefs,
} from "../../compose";
import { a1, type LayoutCell, type RangeRef } from "../../layout";
import { HORIZONS, type Horizon } from "./config";
import { CANCELLATION } from "../../weighting/index";
import { alignedWeight, cutRef, weightRefs, type Ctx } from "./context";
import { CLASS_COLOURS } from "./labels";
import { CR_LIMIT, fitJudgements, judgementIndex } from "./pairwise";

/**
 * The relative change to a tipping weight is rounded to 9 decimals, so that a tie between two criteria
 * (equal weights and scores) is a tie in every engine and "closest to tipping" picks the first:
 * LibreOffice's MATCH compares approximately, HyperFormula's and Excel's exactly.
 */
export const CHANGE_DECIMALS = 9;

/** How many customers the least-stable list and its chart show. */
export const LEAST_STABLE_ROWS = 10;

/** Where a composite's criteria sit in the written order: from, count. */
export function horizonSpan(ctx: Ctx, horizon: Horizon): { from: number; count: number } {
  return horizon === "current" ? { from: 0, count: ctx.kc } : { from: ctx.kc, count: ctx.k - ctx.kc };
}

/** The block id of a composite's pairwise grid. */
export const pairwiseId = (horizon: Horizon): string => `pairwise-${horizon}`;

function gridColumns(n: number): Columns {
  return columns([
    { key: "label" },
    { key: "a", count: n },
    { key: "weight" },
    { key: "gap" },
    { key: "dev", count: n },
    { key: "rowMax" },
    { key: "rowWith" },
  ]);
}

/**
 * A message with `{name}` placeholders as an Excel concatenation: the text parts quoted, the
 * placeholders replaced by expressions.
 *
 * @example
 * concatFormula("Revisit {row} now", { row: "A1" }); // "\"Revisit \"&A1&\" now\""
 */
export function concatFormula(message: string, values: Readonly<Record<string, string>>): string {
  return message
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const key = /^\{(\w+)\}$/.exec(part)?.[1];
      return key !== undefined && values[key] !== undefined ? values[key] : quoted(part);
    })
    .join("&");
}

/**
 * The pairwise grid of one composite: the criteria's reciprocal matrix (the user's judgements above
 * the diagonal, `=1/x` below it), the AHP weights beside it, each judgement's deviation from the
 * weights |ln(aᵢⱼ·wⱼ/wᵢ)|, the consistency ratio and the judgement to revisit when CR > 0.10.
 */
export function pairwiseBlock(ctx: Ctx, horizon: Horizon, place: Place): BlockDef {
  const { t, config } = ctx;
  const { from, count: n } = horizonSpan(ctx, horizon);
  const g = gridColumns(n);
  const id = pairwiseId(horizon);
  const judgements = fitJudgements(config.pairwise?.[horizon], n);
  const names = ctx.criteria.slice(from, from + n).map((c) => c.criterion.column);
  const note = ctx.kam ? 0 : 1;
  return {
    id,
    place,
    size: { rows: n + 3 + note, cols: g.width },
    render: (sheet) => {
      const cell = (i: number, j: number): string => sheet.ref(id, 1 + i, g.col("a", j));
      const grid = sheet.range(id, 1, g.col("a"), n, n, true);
      const w = (i: number): string => sheet.ref(id, 1 + i, g.col("weight"), true);
      const dev = (i: number, j: number): string => sheet.ref(id, 1 + i, g.col("dev", j));
      const header: LayoutCell[] = [
        lit(t(horizon === "current" ? "pairwiseCurrent" : "pairwiseFuture")),
        ...names.map(lit),
        lit(t("ahpWeight")),
        null,
        ...names.map((name) => lit(`${t("deviationPrefix")}${name}`)),
        lit(t("largestDeviation")),
        lit(t("deviationWith")),
      ];
      const rows = names.map((name, i): LayoutCell[] => {
        const line: LayoutCell[] = new Array<LayoutCell>(g.width).fill(null);
        line[g.col("label")] = lit(name);
        for (let j = 0; j < n; j++) {
          line[g.col("a", j)] =
            i === j ? lit(1) : i < j ? lit(judgements[judgementIndex(i, j, n)] ?? 1) : fx(`=1/${cell(j, i)}`);
          line[g.col("dev", j)] =
            i === j ? lit(0) : i < j ? fx(`=ABS(LN(${cell(i, j)}*${w(j)}/${w(i)}))`) : fx(`=${dev(j, i)}`);
        }
        if (i === 0) line[g.col("weight")] = fx(`=KAM.AHP(${grid})`);
        const devRow = sheet.range(id, 1 + i, g.col("dev"), 1, n);
        line[g.col("rowMax")] = fx(`=MAX(${devRow})`);
        line[g.col("rowWith")] = fx(`=MATCH(${sheet.ref(id, 1 + i, g.col("rowMax"))},${devRow},0)`);
        return line;
      });
      const cr = sheet.ref(id, 1 + n, 1, true);
      const rowMaxes = sheet.range(id, 1, g.col("rowMax"), n, 1, true);
      const r = `MATCH(MAX(${rowMaxes}),${rowMaxes},0)`;
      const c = `INDEX(${sheet.range(id, 1, g.col("rowWith"), n, 1, true)},${r})`;
      const labels = sheet.range(id, 1, g.col("label"), n, 1, true);
      const weights = sheet.range(id, 1, g.col("weight"), n, 1, true);
      const revisit = concatFormula(t("revisit"), {
        row: `INDEX(${labels},${r})`,
        col: `INDEX(${labels},${c})`,
        now: `ROUND(INDEX(${grid},${r},${c}),2)`,
        consistent: `ROUND(INDEX(${weights},${r})/INDEX(${weights},${c}),2)`,
      });
      const upper = Array.from({ length: Math.max(0, n - 1) }, (_, i) => ({
        key: `pairwise:${horizon}:${names.join("|")}:${i}`,
        range: { row: 1 + i, col: g.col("a", i + 1), rows: 1, cols: n - 1 - i },
      }));
      return {
        cells: [
          header,
          ...rows,
          [lit(t("consistencyRatio")), fx(`=KAM.AHPCR(${grid})`)],
          [
            fx(`=IF(${cr}>${CR_LIMIT},${quoted(t("inconsistent"))},${quoted(t("consistent"))})`),
            fx(`=IF(${cr}>${CR_LIMIT},${revisit},"")`),
          ],
          ...(note === 1 ? [[lit(t("needsAddIn"))]] : []),
        ],
        formats: [
          { range: { row: 0, col: 0, rows: 1, cols: g.width }, role: "header" },
          ...upper.map((u) => ({ range: u.range, role: "input" as const })),
          { range: { row: 1, col: g.col("a"), rows: n, cols: n }, numberFormat: "0.00" },
          { range: { row: 1, col: g.col("weight"), rows: n, cols: 1 }, numberFormat: "0.0%" },
          { range: { row: 1, col: g.col("dev"), rows: n, cols: n + 1 }, numberFormat: "0.000" },
          { range: { row: 1 + n, col: 1, rows: 1, cols: 1 }, numberFormat: "0.000" },
        ],
        conditional: [
          { range: { row: 2 + n, col: 0, rows: 1, cols: 1 }, text: t("inconsistent"), ...CLASS_COLOURS.loss },
          { range: { row: 2 + n, col: 0, rows: 1, cols: 1 }, text: t("consistent"), ...CLASS_COLOURS.key },
        ],
        inputs: upper,
      };
    },
  };
}

/** The weight cell formula of criterion j when the pairwise step derives it: 100 × its AHP weight. */
export function pairwiseWeightFormula(ctx: Ctx, sheet: Sheet, j: number): string {
  const horizon = HORIZONS.find((h) => {
    const s = horizonSpan(ctx, h);
    return j >= s.from && j < s.from + s.count;
  });
  if (horizon === undefined) return "";
  const { from, count } = horizonSpan(ctx, horizon);
  const g = gridColumns(count);
  return `=100*${sheet.ref(pairwiseId(horizon), 1 + j - from, g.col("weight"))}`;
}

/** {@link CANCELLATION} as a plain decimal: HyperFormula reads no upper-case exponent, and Excel and LibreOffice read this. */
const CANCELLATION_TEXT = CANCELLATION.toFixed(12);

type Formulas = { col: number; formula: string }[];
type Templates = { col: number; template: string }[];

/** The criterion j's composite, its place in it (1-based) and its cut-off reference. */
function criterionSpan(ctx: Ctx, sheet: Sheet, j: number) {
  const horizon = ctx.criteria[j]?.criterion.horizon ?? "current";
  const span = horizonSpan(ctx, horizon);
  return { ...span, index: j - span.from + 1, cut: cutRef(sheet, horizon) };
}

/**
 * The sensitivity columns in the KAM style: class stability and the tipping weights as spills
 * (`KAM.CLASSSTABILITY`, `KAM.TIPPINGWEIGHT`), the relative changes as array formulas.
 */
export function kamSensitivity(ctx: Ctx, sheet: Sheet, m: TableRefs): Formulas {
  const rel = (key: string, j = 0): number => ctx.matrix.col(key, j);
  const w = weightRefs(sheet, ctx);
  const out: Formulas = [
    {
      col: rel("stability"),
      formula: `=KAM.CLASSSTABILITY(${a1(m.across("score", 0, ctx.k), true)},${w.column("weight", 0, ctx.k)},${w.column("horizon", 0, ctx.k)},${cutRef(sheet, "current")},${cutRef(sheet, "future")})`,
    },
  ];
  ctx.criteria.forEach((_, j) => {
    const s = criterionSpan(ctx, sheet, j);
    const tip = m.data("tip", j);
    const wj = w.cell(j, "weight");
    out.push(
      {
        col: rel("tip", j),
        formula: `=KAM.TIPPINGWEIGHT(${a1(m.across("score", s.from, s.count), true)},${w.column("weight", s.from, s.count)},${s.index},${s.cut})`,
      },
      {
        col: rel("tipChange", j),
        formula: `=IF(ISNUMBER(${tip}),IF(${wj}>0,ROUND(ABS(${tip}/${wj}-1),${CHANGE_DECIMALS}),""),"")`,
      },
    );
  });
  return out;
}

/**
 * The sensitivity columns in the portable style: class stability per row (`KAM.CLASSSTABILITY`
 * needs the add-in), and the tipping weights as native formulas on the composite's weighted margin
 * (written out term by term in `rowSensitivity`, in the order `KAM.TIPPINGWEIGHT` sums), less the
 * criterion's own term, so both styles give the same number.
 */
export function portableSensitivity(ctx: Ctx, sheet: Sheet, m: TableRefs): Templates {
  const rel = (key: string, j = 0): number => ctx.matrix.col(key, j);
  const w = weightRefs(sheet, ctx);
  const wAbs = (j: number): string => alignedWeight(m, j);
  const out: Templates = [
    {
      col: rel("stability"),
      template: `=KAM.CLASSSTABILITY(${m.here("score", 0)}:${m.here("score", ctx.k - 1)},${w.column("weight", 0, ctx.k)},${w.column("horizon", 0, ctx.k)},${cutRef(sheet, "current")},${cutRef(sheet, "future")})`,
    },
  ];
  ctx.criteria.forEach((_, j) => {
    const s = criterionSpan(ctx, sheet, j);
    const sj = m.here("score", j);
    const h = s.from === 0 ? 0 : 1;
    const others = `(${m.here("marginSum", h)}-${wAbs(j)}*(${sj}-${s.cut}))`;
    const tipValue = `-${others}/(${sj}-${s.cut})`;
    const tip = m.here("tip", j);
    out.push(
      {
        col: rel("tip", j),
        template:
          `=IF(ISNUMBER(${sj}),IF(${sj}=${s.cut},NA(),IF(ABS(${others})<=${CANCELLATION_TEXT}*${m.here("marginSize", h)},NA(),` +
          `IF(${tipValue}>0,${tipValue},NA()))),NA())`,
      },
      {
        col: rel("tipChange", j),
        template: `=IF(ISNUMBER(${tip}),IF(${wAbs(j)}>0,ROUND(ABS(${tip}/${wAbs(j)}-1),${CHANGE_DECIMALS}),""),"")`,
      },
    );
  });
  return out;
}

/**
 * The per-row columns of both styles: each composite's weighted margin Σ wᵢ·(sᵢ − cut) and its size
 * Σ |wᵢ·(sᵢ − cut)| over the present scores, the criterion whose tipping weight is the smallest relative
 * change from today's weight (the first on a tie), that weight, and the order key of the
 * least-stable list (stability plus a tie-break by row far below its resolution).
 */
export function rowSensitivity(ctx: Ctx, sheet: Sheet, m: TableRefs): Templates {
  const rel = (key: string): number => ctx.matrix.col(key);
  const w = weightRefs(sheet, ctx);
  const change = `${m.here("tipChange", 0)}:${m.here("tipChange", ctx.k - 1)}`;
  const tips = `${m.here("tip", 0)}:${m.here("tip", ctx.k - 1)}`;
  const at = `MATCH(MIN(${change}),${change},0)`;
  const stab = m.here("stability");
  const wAbs = (j: number): string => alignedWeight(m, j);
  const margins = HORIZONS.flatMap((horizon, h) => {
    const { from, count } = horizonSpan(ctx, horizon);
    const cut = cutRef(sheet, horizon);
    const term = (i: number, abs: boolean): string => {
      const s = m.here("score", i);
      const body = `${wAbs(i)}*(${s}-${cut})`;
      return `IF(ISNUMBER(${s}),${abs ? `ABS(${body})` : body},0)`;
    };
    const terms = (abs: boolean): string =>
      ["=0", ...Array.from({ length: count }, (_, i) => term(from + i, abs))].join("+");
    return [
      { col: ctx.matrix.col("marginSum", h), template: terms(false) },
      { col: ctx.matrix.col("marginSize", h), template: terms(true) },
    ];
  });
  return [
    ...margins,
    {
      col: rel("tipCriterion"),
      template: `=IF(COUNT(${change})=0,"",INDEX(${w.column("criterion", 0, ctx.k)},${at}))`,
    },
    { col: rel("tipWeight"), template: `=IF(COUNT(${change})=0,"",INDEX(${tips},1,${at}))` },
    { col: rel("stabilityKey"), template: `=IF(ISNUMBER(${stab}),${stab}+${ROW}/1000000000000,"")` },
  ];
}

/** The least-stable customers: the lowest class stabilities, their class and the criterion closest to tipping. */
export function leastStableBlock(ctx: Ctx, place: Place): BlockDef {
  const { t } = ctx;
  const rows = Math.min(LEAST_STABLE_ROWS, ctx.n);
  const note = ctx.kam ? 0 : 1;
  return {
    id: "leastStable",
    place,
    size: { rows: 1 + rows + note, cols: 6 },
    render: (sheet) => {
      const m = sheet.table("matrix");
      const key = m.data("stabilityKey");
      const pos = (i: number): string => sheet.ref("leastStable", 1 + i, 5);
      const pick = (data: string, i: number): LayoutCell => fx(`=IF(ISNUMBER(${pos(i)}),INDEX(${data},${pos(i)}),"")`);
      const body = Array.from({ length: rows }, (_, i): LayoutCell[] => [
        lit(i + 1),
        pick(m.data("name"), i),
        pick(m.data("stability"), i),
        pick(m.data("cls"), i),
        pick(m.data("tipCriterion"), i),
        fx(`=IFERROR(MATCH(SMALL(${key},${i + 1}),${key},0),"")`),
      ]);
      return {
        cells: [
          [
            lit(t("leastStable")),
            lit(t("customer")),
            lit(t("stability")),
            lit(t("classHeader")),
            lit(t("tipCriterion")),
            lit(t("tableRow")),
          ],
          ...body,
          ...(note === 1 ? [[lit(t("needsAddIn"))]] : []),
        ],
        formats: [
          { range: { row: 0, col: 0, rows: 1, cols: 6 }, role: "header" },
          { range: { row: 1, col: 2, rows, cols: 1 }, numberFormat: "0.0%" },
        ],
      };
    },
  };
}

/** The bar chart of the least-stable customers' class stability. */
export function stabilityChartBlock(ctx: Ctx): BlockDef {
  const { t } = ctx;
  const rows = Math.min(LEAST_STABLE_ROWS, ctx.n);
  return {
    id: "stabilityChart",
    place: { beside: "leastStable" },
    size: { rows: Math.max(14, rows + 2), cols: 8 },
    render: (sheet) => {
      const at = sheet.at("leastStable");
      const column = (col: number): RangeRef => ({ row: at.row + 1, col: at.col + col, rows, cols: 1 });
      return {
        chart: {
          id: "least-stable",
          type: "barStacked",
          title: t("chartStability"),
          xTitle: t("customer"),
          yTitle: t("axisStability"),
          series: [{ name: t("stability"), x: column(1), y: column(2), style: "markers", color: "#1F4E79" }],
          yPercent: true,
          yAxis: { min: 0, max: 1, step: 0.2 },
        },
      };
    },
  };
}
