import * as React from "react";
import { LineChart, ScatterChart, type ChartProps } from "@fluentui/react-charts";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatCtsProblem, isBlocking, SHEET_LABELS, type CostToServePreview } from "../../core/costToServe/builder";
import { niceStep } from "../../core/compose";
import { NUMBER_LOCALES, type Lang } from "../../core/lang";
import { CTS_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  chart: { width: "100%", minHeight: "260px" },
});

/** At most this many points are drawn per chart in the pane; the sheet holds them all. */
export const PREVIEW_POINTS = 1500;

/**
 * Every k-th item so that at most `max` remain, always keeping the last one.
 *
 * @example
 * thin([1, 2, 3, 4, 5], 3); // [1, 3, 5]
 */
export function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = Math.ceil(items.length / max);
  const out = items.filter((_, i) => i % step === 0);
  const last = items[items.length - 1];
  if (last !== undefined && out[out.length - 1] !== last) out.push(last);
  return out;
}

/**
 * The smallest and largest value (without spreading a long list into arguments).
 *
 * @example
 * extent([3, 1, 2]); // [1, 3]
 */
export function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Dots per cut-off line in the pane's scatter (it draws markers only, so a line is a row of dots). */
const LINE_DOTS = 40;

/**
 * Evenly spaced points from `a` to `b`, both included: a dotted line in a markers-only chart.
 *
 * @example
 * dotted({ x: 0, y: 0 }, { x: 1, y: 2 }, 3); // [{ x: 0, y: 0 }, { x: 0.5, y: 1 }, { x: 1, y: 2 }]
 */
export function dotted(
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
  count = LINE_DOTS,
): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const f = count === 1 ? 0 : i / (count - 1);
    return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
  });
}

/**
 * Tick positions on round steps from `lo` to `hi` (about five or six), so that an axis of shares can be
 * labelled as percentages like the other axis.
 *
 * @example
 * roundTicks(0, 0.5); // [0, 0.1, 0.2, 0.3, 0.4, 0.5]
 */
export function roundTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) return [lo];
  const step = niceStep((hi - lo) / 6);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step)
    out.push(Number((Math.round(v / step) * step).toPrecision(12)) + 0); // + 0 turns -0 into 0
  return out;
}

/** Props of the preview step. */
export interface PreviewStepProps {
  readonly lang: Lang;
  readonly preview: CostToServePreview;
}

/**
 * Step 3: what the sheet will show, before anything is written: totals, loss customers, the whale
 * curve's peak, the problems, and the Shapiro scatter and the whale curve.
 *
 * @example
 * <PreviewStep lang="en" preview={computeCostToServe(config, source)} />
 */
export function PreviewStep({ lang, preview }: PreviewStepProps): React.JSX.Element {
  const t = CTS_STRINGS[lang];
  const L = (k: keyof typeof SHEET_LABELS): string => SHEET_LABELS[k][lang];
  const styles = useStyles();
  const locale = NUMBER_LOCALES[lang];
  const money = (v: number): string => v.toLocaleString(locale, { maximumFractionDigits: 0 });
  const pct = (v: number): string => v.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
  const unused = preview.resources.reduce((s, r) => s + r.unusedCost, 0);
  const whale = preview.whale;

  const scatter: ChartProps = React.useMemo(() => {
    const cs = preview.customers;
    const xs = cs.map((c) => c.costToServePct);
    const ys = cs.map((c) => c.marginPct);
    const [x0, x1] = extent(xs);
    const [y0, y1] = extent(ys);
    const { margin, costToServe } = preview.cuts;
    return {
      chartTitle: L("scatterTitle"),
      scatterChartData: [
        {
          legend: L("customers"),
          data: thin(cs, PREVIEW_POINTS).map((c) => ({ x: c.costToServePct, y: c.marginPct })),
          color: "#0F6CBD",
        },
        {
          legend: L("costCutLine"),
          data: dotted({ x: costToServe, y: y0 }, { x: costToServe, y: y1 }),
          color: "#C50F1F",
        },
        {
          legend: L("marginCutLine"),
          data: dotted({ x: x0, y: margin }, { x: x1, y: margin }),
          color: "#8A8886",
        },
      ],
    };
  }, [preview, lang]);

  // Both axes of the scatter are shares: label the x axis in % too (the chart formats only y itself).
  const xTicks = React.useMemo(() => {
    const [x0, x1] = extent(preview.customers.map((c) => c.costToServePct));
    return roundTicks(x0, x1);
  }, [preview]);

  const curve: ChartProps | undefined = React.useMemo(() => {
    if (whale === undefined) return undefined;
    return {
      chartTitle: L("whaleTitle"),
      lineChartData: [
        {
          legend: L("whaleTitle"),
          data: thin(whale.points, PREVIEW_POINTS).map((p) => ({ x: p.x, y: p.y })),
          color: "#0F6CBD",
        },
        {
          legend: L("hundred"),
          data: [
            { x: 0, y: 1 },
            { x: 1, y: 1 },
          ],
          color: "#8A8886",
        },
      ],
    };
  }, [whale, lang]);

  return (
    <div className={styles.root} data-testid="cts-preview">
      {preview.problems.map((p, i) => (
        <MessageBar key={i} intent={isBlocking(p) ? "error" : "warning"} data-testid={`cts-problem-${p.code}`}>
          <MessageBarBody>{formatCtsProblem(p, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.figures}>
        <Text>{t.customers}</Text>
        <Text data-testid="cts-figure-customers">{preview.customers.length}</Text>
        <Text>{t.totalCost}</Text>
        <Text data-testid="cts-figure-cost">{money(preview.totals.costToServe)}</Text>
        <Text>{t.totalProfit}</Text>
        <Text data-testid="cts-figure-profit">{money(preview.totals.profit)}</Text>
        <Text>{t.lossCustomers}</Text>
        <Text data-testid="cts-figure-loss-count">{preview.loss.count}</Text>
        <Text>{t.lossTotal}</Text>
        <Text data-testid="cts-figure-loss-total">{money(preview.loss.total)}</Text>
        <Text>{t.peak}</Text>
        <Text data-testid="cts-figure-peak">
          {whale === undefined
            ? t.noPeak
            : fill(t.peakAt, {
                share: pct(whale.peakShare),
                count: whale.peakCustomers,
                customerShare: pct(whale.peakCustomerShare),
              })}
        </Text>
        <Text>{t.unusedTotal}</Text>
        <Text data-testid="cts-figure-unused">{money(unused)}</Text>
      </div>
      {preview.customers.length > 0 ? (
        <div className={styles.chart} data-testid="cts-chart-scatter">
          <ScatterChart
            data={scatter}
            xAxisTitle={L("scatterX")}
            yAxisTitle={L("scatterY")}
            yAxisTickFormat={pct}
            tickValues={xTicks}
            xAxis={{ tickText: xTicks.map(pct) }}
            height={260}
          />
        </div>
      ) : null}
      {curve !== undefined ? (
        <div className={styles.chart} data-testid="cts-chart-whale">
          <LineChart
            data={curve}
            xAxisTitle={L("whaleX")}
            yAxisTitle={L("whaleY")}
            yAxisTickFormat={pct}
            height={260}
          />
        </div>
      ) : null}
    </div>
  );
}
