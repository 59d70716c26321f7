import * as React from "react";
import {
  CompactSelection,
  DataEditor,
  GridCellKind,
  type DataEditorRef,
  type EditableGridCell,
  type GridCell,
  type GridColumn,
  type GridSelection,
  type Highlight,
  type Item,
  type Rectangle,
  type Theme,
} from "@glideapps/glide-data-grid";
import { columnLetters } from "../../core/layout";
import type { EngineClient } from "../client";
import type { Selection, SheetMeta, WorkbookModel } from "../model";
import type { CellWindow } from "../protocol";
import { ChartLayer, type GridGeometry } from "./ChartLayer";
import { cellLook, charsToPx, DEFAULT_COLUMN_PX, pxToChars } from "./display";

/** Row height of the grid, in pixels. */
export const ROW_HEIGHT = 24;
/** Column-header height of the grid, in pixels. */
export const HEADER_HEIGHT = 24;
/** Width of the row-number column, in pixels. */
export const MARKER_WIDTH = 64;

/** Props of the grid of one sheet. */
export interface SheetGridProps {
  readonly engine: EngineClient;
  readonly book: WorkbookModel;
  readonly meta: SheetMeta;
  readonly selection: Selection;
  /** Bumped by the engine after every change; the grid re-reads what it shows. */
  readonly version: number;
  readonly onError: (message: string) => void;
  /** Receives a function that moves the keyboard focus into the grid (after the name box). */
  readonly focusRef?: React.RefObject<(() => void) | null>;
}

const THEME: Partial<Theme> = {
  fontFamily: "Segoe UI, Calibri, Arial, sans-serif",
  baseFontStyle: "13px",
  headerFontStyle: "600 12px",
  accentColor: "#217346",
  accentLight: "rgba(33, 115, 70, 0.12)",
  bgHeader: "#F3F3F3",
  bgHeaderHasFocus: "#D3F0E0",
  textHeader: "#444",
  cellHorizontalPadding: 6,
};

function selectionOf(sel: Selection): GridSelection {
  return {
    columns: CompactSelection.empty(),
    rows: CompactSelection.empty(),
    current: {
      cell: [sel.col, sel.row],
      range: { x: sel.col, y: sel.row, width: sel.cols, height: sel.rows },
      rangeStack: [],
    },
  };
}

const PERCENT_TYPED = /^\s*[-+]?\d*[.,]?\d+\s*%\s*$/;

/**
 * The spreadsheet grid of one sheet (Glide, canvas, virtualised): reads the visible window from the
 * engine worker, edits cells through it, and draws the sheet's charts over their cells.
 *
 * @example
 * <SheetGrid engine={engine} book={book} meta={meta} selection={selection} version={3} onError={show} />
 */
export function SheetGrid({
  engine,
  book,
  meta,
  selection,
  version,
  onError,
  focusRef,
}: SheetGridProps): React.JSX.Element {
  const ref = React.useRef<DataEditorRef>(null);
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (focusRef === undefined) return;
    focusRef.current = () => {
      const canvas = box.current?.querySelector<HTMLCanvasElement>('canvas[data-testid="data-grid-canvas"]');
      if (canvas === null || canvas === undefined) ref.current?.focus();
      else canvas.focus();
    };
    return () => {
      focusRef.current = null;
    };
  }, [focusRef]);
  const [win, setWin] = React.useState<CellWindow | undefined>(undefined);
  const region = React.useRef<Rectangle>({ x: 0, y: 0, width: 20, height: 40 });
  const [geometry, setGeometry] = React.useState<Pick<GridGeometry, "region" | "tx" | "ty">>({
    region: region.current,
    tx: 0,
    ty: 0,
  });
  const request = React.useRef(0);
  const [gridSelection, setGridSelection] = React.useState<GridSelection>(() => selectionOf(selection));

  const fetchWindow = React.useCallback(() => {
    const r = region.current;
    const id = ++request.current;
    const range = {
      row: Math.max(0, r.y - r.height),
      col: Math.max(0, r.x - 5),
      rows: r.height * 3 + 10,
      cols: r.width + 12,
    };
    engine.call("window", { sheet: meta.name, range }).then(
      (w) => {
        if (id === request.current) setWin(w);
      },
      (e: unknown) => onError(e instanceof Error ? e.message : String(e)),
    );
  }, [engine, meta.name, onError]);

  React.useEffect(() => fetchWindow(), [fetchWindow, version]);

  React.useEffect(() => {
    const current = gridSelection.current;
    const same =
      current !== undefined &&
      current.cell[0] === selection.col &&
      current.cell[1] === selection.row &&
      current.range.width === selection.cols &&
      current.range.height === selection.rows;
    if (same || selection.sheet !== meta.name) return;
    setGridSelection(selectionOf(selection));
    ref.current?.scrollTo(selection.col, selection.row);
  }, [selection, meta.name, gridSelection]);

  const size = win !== undefined && win.sheet === meta.name ? win.size : { rows: 0, cols: 0 };
  const rows = Math.max(size.rows + 200, 1000);
  const cols = Math.max(size.cols + 6, 26);

  const widthOf = React.useCallback(
    (c: number): number => {
      const chars = meta.columnWidths[c];
      return chars === undefined ? DEFAULT_COLUMN_PX : charsToPx(chars);
    },
    [meta.columnWidths],
  );

  const columns = React.useMemo<GridColumn[]>(
    () => Array.from({ length: cols }, (_, c) => ({ id: String(c), title: columnLetters(c), width: widthOf(c) })),
    [cols, widthOf],
  );

  const getCellContent = React.useCallback(
    ([col, row]: Item): GridCell => {
      const w = win !== undefined && win.sheet === meta.name ? win : undefined;
      const r = w === undefined ? -1 : row - w.row;
      const c = w === undefined ? -1 : col - w.col;
      const inWindow = w !== undefined && r >= 0 && c >= 0 && r < w.cells.length && c < (w.cells[r]?.length ?? 0);
      if (!inWindow && (w === undefined || (row < w.size.rows && col < w.size.cols))) {
        return { kind: GridCellKind.Loading, allowOverlay: false };
      }
      const look = cellLook(meta, row, col, inWindow ? w?.cells[r]?.[c] : undefined);
      const theme: Partial<Theme> = {};
      if (look.fill !== undefined) theme.bgCell = look.fill;
      if (look.color !== undefined) theme.textDark = look.color;
      if (look.bold === true) theme.baseFontStyle = "bold 13px";
      return {
        kind: GridCellKind.Text,
        data: look.edit,
        displayData: look.text,
        allowOverlay: true,
        readonly: false,
        contentAlign: look.align,
        ...(Object.keys(theme).length > 0 ? { themeOverride: theme } : {}),
      };
    },
    [win, meta],
  );

  const writeCell = React.useCallback(
    (row: number, col: number, input: string) => {
      if (PERCENT_TYPED.test(input)) {
        const decimals = (/[.,](\d+)/.exec(input)?.[1] ?? "").length;
        book.addFormat(meta.name, {
          range: { row, col, rows: 1, cols: 1 },
          numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
        });
      }
      engine
        .call("setCell", { sheet: meta.name, row, col, input })
        .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
    },
    [engine, book, meta.name, onError],
  );

  const onCellEdited = React.useCallback(
    ([col, row]: Item, value: EditableGridCell) => {
      if (value.kind !== GridCellKind.Text) return;
      writeCell(row, col, value.data);
    },
    [writeCell],
  );

  const onCellsEdited = React.useCallback(
    (items: readonly { location: Item; value: EditableGridCell }[]): boolean => {
      if (items.length === 1) {
        const first = items[0];
        if (first !== undefined) onCellEdited(first.location, first.value);
        return true;
      }
      let r0 = Infinity;
      let c0 = Infinity;
      let r1 = -1;
      let c1 = -1;
      for (const {
        location: [c, r],
      } of items) {
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
      const inputs: string[][] = Array.from({ length: r1 - r0 + 1 }, () => new Array<string>(c1 - c0 + 1).fill(""));
      for (const {
        location: [c, r],
        value,
      } of items) {
        const line = inputs[r - r0];
        if (line !== undefined) line[c - c0] = value.kind === GridCellKind.Text ? value.data : "";
      }
      if (items.length === inputs.length * (c1 - c0 + 1)) {
        engine
          .call("setCells", { sheet: meta.name, row: r0, col: c0, inputs })
          .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
      } else {
        for (const { location, value } of items) onCellEdited(location, value);
      }
      return true;
    },
    [engine, meta.name, onCellEdited, onError],
  );

  const onGridSelectionChange = React.useCallback(
    (next: GridSelection) => {
      setGridSelection(next);
      const cur = next.current;
      if (cur === undefined) return;
      book.select({
        sheet: meta.name,
        row: cur.cell[1],
        col: cur.cell[0],
        rows: cur.range.height,
        cols: cur.range.width,
      });
    },
    [book, meta.name],
  );

  const onVisibleRegionChanged = React.useCallback(
    (range: Rectangle, tx: number, ty: number) => {
      region.current = range;
      setGeometry({ region: range, tx, ty });
      const w = win;
      const covered =
        w !== undefined &&
        w.sheet === meta.name &&
        range.y >= w.row &&
        range.x >= w.col &&
        (range.y + range.height <= w.row + w.cells.length || range.y + range.height > w.size.rows) &&
        (range.x + range.width <= w.col + (w.cells[0]?.length ?? 0) || range.x + range.width > w.size.cols);
      if (!covered) fetchWindow();
    },
    [win, meta.name, fetchWindow],
  );

  const spill = React.useMemo<Highlight[]>(() => {
    const w = win !== undefined && win.sheet === meta.name ? win : undefined;
    const r = selection.row - (w?.row ?? 0);
    const c = selection.col - (w?.col ?? 0);
    if (w === undefined || w.cells[r]?.[c]?.f === undefined) return [];
    let rows = 1;
    while (w.cells[r + rows]?.[c]?.spill === true) rows++;
    let cols = 1;
    while (w.cells[r]?.[c + cols]?.spill === true) cols++;
    if (rows === 1 && cols === 1) return [];
    return [
      {
        color: "rgba(47, 117, 181, 0.1)",
        range: { x: selection.col, y: selection.row, width: cols, height: rows },
        style: "solid",
      },
    ];
  }, [win, meta.name, selection]);

  const onColumnResize = React.useCallback(
    (_column: GridColumn, newSize: number, colIndex: number) =>
      book.setColumnWidth(meta.name, colIndex, pxToChars(newSize)),
    [book, meta.name],
  );

  return (
    <div
      ref={box}
      style={{ position: "relative", flex: 1, minHeight: 0, overflow: "hidden" }}
      data-testid="wb-grid"
      data-sheet={meta.name}
    >
      <DataEditor
        ref={ref}
        width="100%"
        height="100%"
        columns={columns}
        rows={rows}
        getCellContent={getCellContent}
        onCellEdited={onCellEdited}
        onCellsEdited={onCellsEdited}
        gridSelection={gridSelection}
        onGridSelectionChange={onGridSelectionChange}
        onVisibleRegionChanged={onVisibleRegionChanged}
        onColumnResize={onColumnResize}
        highlightRegions={spill}
        getCellsForSelection={true}
        onPaste={true}
        rowMarkers={{ kind: "number", width: MARKER_WIDTH }}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        smoothScrollX={true}
        smoothScrollY={true}
        theme={THEME}
        keybindings={{ search: false }}
      />
      <ChartLayer
        engine={engine}
        meta={meta}
        version={version}
        geometry={{
          ...geometry,
          widthOf,
          rowHeight: ROW_HEIGHT,
          headerHeight: HEADER_HEIGHT,
          markerWidth: MARKER_WIDTH,
        }}
        onError={onError}
      />
    </div>
  );
}
