import * as React from "react";
import type { Rectangle } from "@glideapps/glide-data-grid";
import type { Cell } from "../../core/cells";
import type { ChartSpec, RangeRef } from "../../core/layout";
import type { EngineClient } from "../client";
import type { SheetMeta } from "../model";
import { Chart, PALETTE, type SeriesData } from "./Chart";

/** Where the grid is scrolled to and how big its cells are, to place charts over their cells. */
export interface GridGeometry {
  /** The first visible column and row (and how many), from Glide's onVisibleRegionChanged. */
  readonly region: Rectangle;
  readonly tx: number;
  readonly ty: number;
  readonly widthOf: (col: number) => number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly markerWidth: number;
}

/** Props of the chart layer of one sheet. */
export interface ChartLayerProps {
  readonly engine: EngineClient;
  readonly meta: SheetMeta;
  readonly version: number;
  readonly geometry: GridGeometry;
  readonly onError: (message: string) => void;
}

function vector(grid: readonly (readonly Cell[])[]): Cell[] {
  return grid.length === 1 ? [...(grid[0] ?? [])] : grid.map((row) => row[0] ?? null);
}

/**
 * The pixel box of a range inside the grid's viewport.
 *
 * @example
 * boxOf({ row: 2, col: 1, rows: 10, cols: 4 }, geometry); // { left, top, width, height }
 */
export function boxOf(range: RangeRef, g: GridGeometry): { left: number; top: number; width: number; height: number } {
  let left = g.markerWidth + g.tx;
  if (range.col >= g.region.x) for (let c = g.region.x; c < range.col; c++) left += g.widthOf(c);
  else for (let c = range.col; c < g.region.x; c++) left -= g.widthOf(c);
  let width = 0;
  for (let c = range.col; c < range.col + range.cols; c++) width += g.widthOf(c);
  const top = g.headerHeight + g.ty + (range.row - g.region.y) * g.rowHeight;
  return { left, top, width, height: range.rows * g.rowHeight };
}

async function loadSeries(engine: EngineClient, sheet: string, spec: ChartSpec): Promise<SeriesData[]> {
  return Promise.all(
    spec.series.map(async (s, i) => {
      const [xs, ys, zs] = await Promise.all([
        engine.call("read", { sheet, range: s.x }),
        engine.call("read", { sheet, range: s.y }),
        s.sizes === undefined ? Promise.resolve(undefined) : engine.call("read", { sheet, range: s.sizes }),
      ]);
      const x = vector(xs).map((v) => (typeof v === "number" ? v : typeof v === "string" ? v : String(v ?? "")));
      const y = vector(ys).map((v) => (typeof v === "number" ? v : null));
      const color = s.color ?? PALETTE[i % PALETTE.length] ?? "#4472C4";
      const data: SeriesData = { name: s.name, color, style: s.style, x, y };
      return zs === undefined ? data : { ...data, sizes: vector(zs).map((v) => (typeof v === "number" ? v : null)) };
    }),
  );
}

/**
 * The charts of a sheet, drawn from their specs and the live cell values, over the cells the spec
 * places them on. They scroll with the grid and let clicks through to the cells.
 *
 * @example
 * <ChartLayer engine={engine} meta={meta} version={v} geometry={g} onError={show} />
 */
export function ChartLayer({ engine, meta, version, geometry, onError }: ChartLayerProps): React.JSX.Element | null {
  const [data, setData] = React.useState<ReadonlyMap<string, SeriesData[]>>(new Map());
  const { charts, name } = meta;
  React.useEffect(() => {
    if (charts.length === 0) return;
    let live = true;
    Promise.all(charts.map(async (c) => [c.id, await loadSeries(engine, name, c)] as const)).then(
      (entries) => {
        if (live) setData(new Map(entries));
      },
      (e: unknown) => onError(`A chart could not be drawn: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [engine, name, charts, version, onError]);
  if (charts.length === 0) return null;
  return (
    <div
      data-testid="wb-charts"
      style={{
        position: "absolute",
        left: geometry.markerWidth,
        top: geometry.headerHeight,
        right: 0,
        bottom: 0,
        overflow: "hidden",
        pointerEvents: "none",
      }}
    >
      {charts.map((spec) => {
        const box = boxOf(spec.placement, geometry);
        const series = data.get(spec.id);
        return (
          <div
            key={spec.id}
            style={{
              position: "absolute",
              left: box.left - geometry.markerWidth,
              top: box.top - geometry.headerHeight,
              width: box.width,
              height: box.height,
              boxShadow: "0 1px 4px rgba(0,0,0,0.25)",
            }}
          >
            {series === undefined ? null : (
              <Chart spec={spec} series={series} width={Math.max(160, box.width)} height={Math.max(120, box.height)} />
            )}
          </div>
        );
      })}
    </div>
  );
}
