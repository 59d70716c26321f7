import * as React from "react";
import type { AxisSpec, ChartSpec } from "../../core/layout";
import { general } from "../format";

/** One series with its data read from the sheet. */
export interface SeriesData {
  readonly name: string;
  readonly color: string;
  readonly style: "markers" | "line";
  readonly x: readonly (number | string)[];
  readonly y: readonly (number | null)[];
  /** Bubble charts: the size of each point (its bubble's area is proportional to it). */
  readonly sizes?: readonly (number | null)[];
}

/** Props of one chart. */
export interface ChartProps {
  readonly spec: ChartSpec;
  readonly series: readonly SeriesData[];
  readonly width: number;
  readonly height: number;
}

/** The default series colours (Office palette). */
export const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

/** Points drawn per series at most; larger series are thinned evenly (the data stays in the sheet). */
export const MAX_POINTS = 4_000;

const PAD = { left: 56, right: 16, top: 34, bottom: 58 };

/**
 * Round tick values covering [lo, hi].
 *
 * @example
 * niceTicks(0, 10, 5); // [0, 2, 4, 6, 8, 10]
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 0.5; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks[ticks.length - 1] ?? hi) < hi) ticks.push(Number((start + ticks.length * step).toPrecision(12)));
  return ticks;
}

function tickText(v: number, percent: boolean | undefined): string {
  return percent === true ? `${Number((v * 100).toPrecision(10))}%` : general(v);
}

function thin<T>(values: readonly T[]): { values: readonly T[]; index: readonly number[] } {
  if (values.length <= MAX_POINTS) return { values, index: values.map((_, i) => i) };
  const step = values.length / MAX_POINTS;
  const index: number[] = [];
  for (let i = 0; i < MAX_POINTS; i++) index.push(Math.floor(i * step));
  return { values: index.map((i) => values[i] as T), index };
}

function extent(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [0, 1] : [lo, hi];
}

interface Scale {
  readonly ticks: number[];
  readonly map: (v: number) => number;
}

function linear(lo: number, hi: number, from: number, to: number): Scale {
  const ticks = niceTicks(lo, hi);
  const a = ticks[0] ?? lo;
  const b = ticks[ticks.length - 1] ?? hi;
  return { ticks, map: (v) => from + ((v - a) / (b - a || 1)) * (to - from) };
}

/** A scale over fixed axis bounds (a builder's `xAxis`/`yAxis`), with a tick at every step. */
function fixed(axis: AxisSpec, from: number, to: number): Scale {
  const step = axis.step ?? (axis.max - axis.min) / 5;
  const count = Math.max(1, Math.round((axis.max - axis.min) / step));
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((axis.min + i * step).toPrecision(12)));
  return { ticks, map: (v) => from + ((v - axis.min) / (axis.max - axis.min || 1)) * (to - from) };
}

function Axes(props: {
  readonly spec: ChartSpec;
  readonly width: number;
  readonly height: number;
  readonly xTicks: readonly { pos: number; text: string }[];
  readonly yTicks: readonly { pos: number; text: string }[];
  /** The plot's left edge (room for the vertical axis' labels); PAD.left by default. */
  readonly left?: number;
  /** Horizontal bars: the categories run down the vertical axis, so the two titles swap places. */
  readonly swapTitles?: boolean;
}): React.JSX.Element {
  const { spec, width, height, xTicks, yTicks } = props;
  const left = props.left ?? PAD.left;
  const bottom = height - PAD.bottom;
  const [bottomTitle, sideTitle] = props.swapTitles === true ? [spec.yTitle, spec.xTitle] : [spec.xTitle, spec.yTitle];
  return (
    <g fontSize={10} fill="#444">
      <line x1={left} y1={bottom} x2={width - PAD.right} y2={bottom} stroke="#888" />
      <line x1={left} y1={PAD.top} x2={left} y2={bottom} stroke="#888" />
      {xTicks.map((t, i) => (
        <g key={`x${i}`}>
          <line x1={t.pos} y1={PAD.top} x2={t.pos} y2={bottom} stroke="#eee" />
          <text x={t.pos} y={bottom + 13} textAnchor="middle">
            {t.text}
          </text>
        </g>
      ))}
      {yTicks.map((t, i) => (
        <g key={`y${i}`}>
          <line x1={left} y1={t.pos} x2={width - PAD.right} y2={t.pos} stroke="#eee" />
          <text x={left - 4} y={t.pos + 3} textAnchor="end">
            {t.text}
          </text>
        </g>
      ))}
      <text x={(left + width - PAD.right) / 2} y={bottom + 28} textAnchor="middle" fontSize={11}>
        {bottomTitle}
      </text>
      <text
        x={12}
        y={(PAD.top + bottom) / 2}
        textAnchor="middle"
        fontSize={11}
        transform={`rotate(-90 12 ${(PAD.top + bottom) / 2})`}
      >
        {sideTitle}
      </text>
    </g>
  );
}

/** The height of one legend row. */
const LEGEND_ROW = 13;

/**
 * The legend's entries laid out in rows that fit the chart's width: each entry's x and row, so no
 * series name is cut off however many series there are.
 *
 * @example
 * legendRows(["Order processing", "Deliveries"], 120).map((e) => e.row); // [0, 1]
 */
export function legendRows(names: readonly string[], width: number): { x: number; row: number }[] {
  const start = PAD.left;
  const right = width - 8;
  let x = start;
  let row = 0;
  return names.map((name) => {
    const w = 18 + name.length * 6;
    if (x > start && x + w > right) {
      x = start;
      row++;
    }
    const at = { x, row };
    x += w;
    return at;
  });
}

function Legend({
  series,
  width,
  height,
}: {
  series: readonly SeriesData[];
  width: number;
  height: number;
}): React.JSX.Element {
  const places = legendRows(
    series.map((s) => s.name),
    width,
  );
  const rows = Math.max(1, ...places.map((p) => p.row + 1));
  return (
    <g fontSize={10} data-testid="chart-legend">
      {series.map((s, i) => {
        const at = places[i] ?? { x: PAD.left, row: 0 };
        const y = height - 12 - (rows - 1 - at.row) * LEGEND_ROW;
        return (
          <g key={s.name} transform={`translate(${at.x} ${y})`}>
            <rect width={10} height={10} y={-9} fill={s.color} />
            <text x={14}>{s.name}</text>
          </g>
        );
      })}
    </g>
  );
}

function XYChart({ spec, series, width, height }: ChartProps): React.JSX.Element {
  const numericX =
    spec.type === "scatter" || spec.type === "bubble" || series.every((s) => s.x.every((v) => typeof v === "number"));
  // Bubbles: the area is proportional to the size (Excel's default); the largest is a tenth of the plot across.
  const largest = Math.max(0, ...series.flatMap((s) => (s.sizes ?? []).filter((v): v is number => v !== null)));
  const maxRadius = Math.min(width - PAD.left - PAD.right, height - PAD.top - PAD.bottom) / 10;
  const radius = (size: number | null | undefined): number =>
    spec.type !== "bubble" || size === null || size === undefined || !(largest > 0)
      ? 3
      : Math.max(2, maxRadius * Math.sqrt(Math.max(0, size) / largest));
  const categories = numericX ? [] : [...new Set(series.flatMap((s) => s.x.map(String)))];
  const xs = numericX ? extent(series.flatMap((s) => s.x as number[])) : [0, Math.max(0, categories.length - 1)];
  const labelXs = (spec.labels ?? []).map((l) => l.x);
  const labelYs = (spec.labels ?? []).map((l) => l.y);
  const [x0, x1] = extent([...xs, ...(numericX ? labelXs : [])]);
  const [y0, y1] = extent([...series.flatMap((s) => s.y.filter((v): v is number => v !== null)), ...labelYs]);
  const index = new Map(categories.map((c, i) => [c, i]));
  const every = Math.max(1, Math.ceil(categories.length / 12));
  const sx = numericX
    ? spec.xAxis !== undefined
      ? fixed(spec.xAxis, PAD.left, width - PAD.right)
      : linear(x0, x1, PAD.left, width - PAD.right)
    : {
        ticks: categories.map((_, i) => i).filter((i) => i % every === 0),
        map: (i: number) => PAD.left + ((i + 0.5) / Math.max(1, categories.length)) * (width - PAD.left - PAD.right),
      };
  const sy =
    spec.yAxis !== undefined
      ? fixed(spec.yAxis, height - PAD.bottom, PAD.top)
      : linear(Math.min(0, y0), y1, height - PAD.bottom, PAD.top);
  // With fixed axes, what lies outside them is not drawn (the builder names it beside the chart).
  const inside = (x: number | string, y: number): boolean =>
    (spec.xAxis === undefined || typeof x !== "number" || (x >= spec.xAxis.min && x <= spec.xAxis.max)) &&
    (spec.yAxis === undefined || (y >= spec.yAxis.min && y <= spec.yAxis.max));
  const clip = `clip-${spec.id}`;
  const xPos = (v: number | string): number => (numericX ? sx.map(Number(v)) : sx.map(index.get(String(v)) ?? 0));
  return (
    <>
      <Axes
        spec={spec}
        width={width}
        height={height}
        xTicks={sx.ticks.map((t) => ({
          pos: sx.map(t),
          text: numericX ? tickText(t, spec.xPercent) : (categories[t] ?? ""),
        }))}
        yTicks={sy.ticks.map((t) => ({ pos: sy.map(t), text: tickText(t, spec.yPercent) }))}
      />
      {spec.xAxis?.cross !== undefined && numericX ? (
        <line
          x1={sx.map(spec.xAxis.cross)}
          x2={sx.map(spec.xAxis.cross)}
          y1={PAD.top}
          y2={height - PAD.bottom}
          stroke="#666"
          strokeWidth={1.5}
          data-testid="chart-cross-x"
        />
      ) : null}
      {spec.yAxis?.cross !== undefined ? (
        <line
          x1={PAD.left}
          x2={width - PAD.right}
          y1={sy.map(spec.yAxis.cross)}
          y2={sy.map(spec.yAxis.cross)}
          stroke="#666"
          strokeWidth={1.5}
          data-testid="chart-cross-y"
        />
      ) : null}
      <defs>
        <clipPath id={clip}>
          <rect x={PAD.left} y={PAD.top} width={width - PAD.left - PAD.right} height={height - PAD.top - PAD.bottom} />
        </clipPath>
      </defs>
      {series.map((s, si) => {
        const { values, index } = thin(s.y);
        const points: [number, number, number][] = [];
        values.forEach((y, i) => {
          const k = index[i] ?? 0;
          const x = s.x[k];
          if (y === null || x === undefined || (numericX && typeof x !== "number")) return;
          if (s.style !== "line" && !inside(x, y)) return;
          points.push([xPos(x), sy.map(y), radius(s.sizes?.[k])]);
        });
        return (
          <g
            key={s.name}
            data-series={s.name}
            data-points={s.y.length}
            data-drawn={points.length}
            data-testid="chart-series"
            clipPath={`url(#${clip})`}
          >
            {s.style === "line" ? (
              <polyline
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")}
              />
            ) : (
              points.map(([x, y, r], i) => (
                <circle
                  key={i}
                  cx={x}
                  cy={y}
                  r={r}
                  fill={s.color}
                  fillOpacity={spec.type === "bubble" ? 0.55 : 0.75}
                  stroke={spec.type === "bubble" ? s.color : "none"}
                />
              ))
            )}
            {(spec.series[si]?.pointLabels ?? []).map((l) => {
              const x = s.x[l.index];
              const y = s.y[l.index];
              if (y === null || y === undefined || x === undefined || (numericX && typeof x !== "number")) return null;
              if (!inside(x, y)) return null;
              // Right of the point in the plot's left half, left of it in the right half (never cut off).
              const px = xPos(x);
              const right = px < (PAD.left + width - PAD.right) / 2;
              const gap = radius(s.sizes?.[l.index]) + 2;
              return (
                <text
                  key={`p${l.index}`}
                  x={right ? px + gap : px - gap}
                  y={sy.map(y)}
                  fontSize={10}
                  fill="#222"
                  textAnchor={right ? "start" : "end"}
                  dominantBaseline="middle"
                  data-testid="chart-point-label"
                >
                  {l.text}
                </text>
              );
            })}
          </g>
        );
      })}
      {(spec.labels ?? []).map((l) => (
        <text
          key={l.text}
          x={numericX ? sx.map(l.x) : PAD.left}
          y={sy.map(l.y)}
          fontSize={11}
          fontWeight={600}
          fill="#555"
          textAnchor={l.align ?? "middle"}
          dominantBaseline="middle"
          data-testid="chart-label"
        >
          {l.text}
        </text>
      ))}
    </>
  );
}

/**
 * A radar chart: the categories evenly round a circle from the top, clockwise (as Excel draws them), a
 * gridline polygon per tick of the values' axis, and each series a closed line (filled for `radarFilled`,
 * with markers for `markers`).
 */
function RadarChart({ spec, series, width, height }: ChartProps): React.JSX.Element {
  const categories = [...new Set(series.flatMap((s) => s.x.map(String)))].slice(0, MAX_CATEGORIES);
  const values = series.flatMap((s) => s.y.filter((v): v is number => v !== null));
  const [lo, hi] = extent(values.length === 0 ? [0, 1] : values);
  const ticks = spec.yAxis !== undefined ? fixed(spec.yAxis, 0, 1).ticks : niceTicks(Math.min(0, lo), hi, 4);
  const t0 = ticks[0] ?? 0;
  const t1 = ticks[ticks.length - 1] ?? 1;
  const cx = width / 2;
  const cy = PAD.top + (height - PAD.top - PAD.bottom + 30) / 2;
  const r = Math.max(10, Math.min(width / 2 - 70, (height - PAD.top - PAD.bottom + 30) / 2 - 12));
  const n = Math.max(1, categories.length);
  const at = (i: number, v: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const d = t1 > t0 ? ((Math.min(t1, Math.max(t0, v)) - t0) / (t1 - t0)) * r : 0;
    return [cx + d * Math.cos(angle), cy + d * Math.sin(angle)];
  };
  const ring = (v: number): string =>
    categories
      .map((_, i) =>
        at(i, v)
          .map((c) => c.toFixed(1))
          .join(","),
      )
      .join(" ");
  const filled = spec.type === "radarFilled";
  return (
    <g fontSize={10} fill="#444" data-testid="chart-radar-plot">
      {ticks.map((tick) => (
        <polygon key={tick} points={ring(tick)} fill="none" stroke="#ddd" />
      ))}
      {ticks.map((tick) => {
        const [x, y] = at(0, tick);
        return (
          <text key={`t${tick}`} x={x + 3} y={y} dominantBaseline="middle" fill="#888">
            {tickText(tick, spec.yPercent)}
          </text>
        );
      })}
      {categories.map((c, i) => {
        const [x, y] = at(i, t1);
        const [ex, ey] = [cx + (x - cx) * 1.08, cy + (y - cy) * 1.08];
        return (
          <g key={c}>
            <line x1={cx} y1={cy} x2={x} y2={y} stroke="#e4e4e4" />
            <text
              x={ex}
              y={ey}
              textAnchor={Math.abs(ex - cx) < 4 ? "middle" : ex > cx ? "start" : "end"}
              dominantBaseline="middle"
              data-testid="chart-category"
            >
              {c.length > 22 ? `${c.slice(0, 21)}…` : c}
            </text>
          </g>
        );
      })}
      {series.map((s) => {
        const byCategory = new Map<string, number>();
        s.x.forEach((x, i) => {
          const v = s.y[i];
          if (v !== null && v !== undefined && !byCategory.has(String(x))) byCategory.set(String(x), v);
        });
        const points = categories.flatMap((c, i) => {
          const v = byCategory.get(c);
          return v === undefined ? [] : [at(i, v)];
        });
        const text = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
        return (
          <g
            key={s.name}
            data-series={s.name}
            data-points={s.y.length}
            data-drawn={points.length}
            data-testid="chart-series"
          >
            <polygon
              points={text}
              fill={filled ? s.color : "none"}
              fillOpacity={filled ? 0.25 : 0}
              stroke={s.color}
              strokeWidth={2}
            />
            {s.style === "markers"
              ? points.map(([x, y], i) => <circle key={i} cx={x} cy={y} r={3} fill={s.color} />)
              : null}
          </g>
        );
      })}
    </g>
  );
}

/** Categories drawn at most in a stacked chart (the first ones; the data stays in the sheet). */
export const MAX_CATEGORIES = 300;

function StackedChart({ spec, series, width, height }: ChartProps): React.JSX.Element {
  const horizontal = spec.type === "barStacked";
  const categories = [...new Set(series.flatMap((s) => s.x.map(String)))].slice(0, MAX_CATEGORIES);
  const positions = series.map((s) => {
    const at = new Map<string, number>();
    s.x.forEach((x, i) => {
      if (!at.has(String(x))) at.set(String(x), i);
    });
    return at;
  });
  const totals = categories.map((cat) => {
    let pos = 0;
    let neg = 0;
    for (const [k, s] of series.entries()) {
      const i = positions[k]?.get(cat);
      const v = i === undefined ? null : (s.y[i] ?? null);
      if (v === null) continue;
      if (v >= 0) pos += v;
      else neg += v;
    }
    return [neg, pos] as const;
  });
  const lo = Math.min(0, ...totals.map((t) => t[0]));
  const hi = Math.max(0, ...totals.map((t) => t[1]));
  const longest = horizontal ? Math.max(0, ...categories.map((c) => c.length)) : 0;
  const left = horizontal ? Math.min(Math.round(width * 0.4), 30 + Math.round(longest * 5.6)) : PAD.left;
  const value = horizontal ? linear(lo, hi, left, width - PAD.right) : linear(lo, hi, height - PAD.bottom, PAD.top);
  const band = horizontal
    ? (height - PAD.top - PAD.bottom) / Math.max(1, categories.length)
    : (width - left - PAD.right) / Math.max(1, categories.length);
  const bandStart = (i: number): number => (horizontal ? PAD.top : left) + i * band + band * 0.15;
  const stacks = categories.map(() => ({ pos: 0, neg: 0 }));
  return (
    <>
      <Axes
        spec={spec}
        width={width}
        height={height}
        left={left}
        swapTitles={horizontal}
        xTicks={
          horizontal
            ? value.ticks.map((t) => ({ pos: value.map(t), text: tickText(t, spec.xPercent) }))
            : categories.map((c, i) => ({ pos: bandStart(i) + band * 0.35, text: c }))
        }
        yTicks={
          horizontal
            ? categories.map((c, i) => ({ pos: bandStart(i) + band * 0.35, text: c }))
            : value.ticks.map((t) => ({ pos: value.map(t), text: tickText(t, spec.yPercent) }))
        }
      />
      {series.map((s, k) => (
        <g key={s.name} data-series={s.name} data-points={s.y.length} data-testid="chart-series">
          {categories.map((cat, i) => {
            const at = positions[k]?.get(cat);
            const v = at === undefined ? null : (s.y[at] ?? null);
            const stack = stacks[i];
            if (v === null || stack === undefined) return null;
            const from = v >= 0 ? stack.pos : stack.neg;
            const to = from + v;
            if (v >= 0) stack.pos = to;
            else stack.neg = to;
            const a = value.map(from);
            const b = value.map(to);
            return horizontal ? (
              <rect
                key={cat}
                x={Math.min(a, b)}
                y={bandStart(i)}
                width={Math.abs(b - a)}
                height={band * 0.7}
                fill={s.color}
              />
            ) : (
              <rect
                key={cat}
                x={bandStart(i)}
                y={Math.min(a, b)}
                width={band * 0.7}
                height={Math.abs(b - a)}
                fill={s.color}
              />
            );
          })}
        </g>
      ))}
    </>
  );
}

/**
 * One chart as SVG, drawn from a ChartSpec and the data its series ranges hold.
 *
 * @example
 * <Chart spec={spec} series={[{ name: "Profit", color: "#4472C4", style: "line", x: [1, 2], y: [5, 3] }]} width={400} height={260} />
 */
export function Chart(props: ChartProps): React.JSX.Element {
  const { spec, width, height } = props;
  // A legend that wraps onto more rows takes its room from the plot.
  const rows = Math.max(
    1,
    ...legendRows(
      props.series.map((s) => s.name),
      width,
    ).map((p) => p.row + 1),
  );
  const plot = { ...props, height: height - (rows - 1) * LEGEND_ROW };
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={spec.title}
      data-testid={`chart-${spec.id}`}
      data-chart-type={spec.type}
      style={{ background: "white", border: "1px solid #c8c8c8", display: "block" }}
    >
      <text x={width / 2} y={20} textAnchor="middle" fontSize={13} fontWeight={600} data-testid="chart-title">
        {spec.title}
      </text>
      {spec.type === "barStacked" || spec.type === "columnStacked" ? (
        <StackedChart {...plot} />
      ) : spec.type === "radar" || spec.type === "radarFilled" ? (
        <RadarChart {...plot} />
      ) : (
        <XYChart {...plot} />
      )}
      <Legend series={props.series} width={width} height={height} />
    </svg>
  );
}
