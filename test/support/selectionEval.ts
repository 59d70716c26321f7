/**
 * Evaluates a built selection sheet in HyperFormula (with the KAM plugin) and reads its outputs per
 * customer, so tests can compare the two formula styles, the preview and LibreOffice.
 *
 * @module
 */
import type { HyperFormula } from "hyperformula";
import { expect } from "vitest";
import type { Cell } from "../../src/core/cells";
import { isSheetError } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import type { SelectionConfig, SelectionLayoutMap } from "../../src/core/selection/builder";
import { buildSelectionLayout } from "../../src/core/selection/builder";
import type { SheetLayout } from "../../src/core/layout";
import { applyLayoutToEngine, createKamEngine, fromEngine } from "../../src/workbench/engine";
import { sourceSheetRows } from "./selectionSample";

/** One customer's outputs as the sheet shows them; an error becomes its kind ("#N/A"), a blank "". */
export interface OutputRow {
  readonly name: Cell;
  readonly scores: readonly (number | string)[];
  readonly contributions: readonly (number | string)[];
  readonly current: number | string;
  readonly future: number | string;
  readonly total: number | string;
  readonly rank: number | string;
  readonly cls: string;
  readonly quadrant: string;
}

/** A cell as a comparable value: numbers stay, errors become their kind, blanks "". */
export function plain(cell: Cell): number | string {
  if (cell === null) return "";
  if (isSheetError(cell)) return cell.sheetError;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell;
}

/** Reads the outputs of every customer through a cell getter (0-based sheet row and column). */
export function readOutputs(get: (row: number, col: number) => Cell, map: SelectionLayoutMap): OutputRow[] {
  const out: OutputRow[] = [];
  for (let i = 0; i < map.rows; i++) {
    const r = map.firstDataRow + i;
    const c = map.columns;
    out.push({
      name: get(r, c.customer),
      scores: c.scores.map((col) => plain(get(r, col))),
      contributions: c.contributions.map((col) => plain(get(r, col))),
      current: plain(get(r, c.current)),
      future: plain(get(r, c.future)),
      total: plain(get(r, c.total)),
      rank: plain(get(r, c.rank)),
      cls: String(plain(get(r, c.cls))),
      quadrant: String(plain(get(r, c.quadrant))),
    });
  }
  return out;
}

/** A built and evaluated selection sheet. */
export interface Evaluated {
  readonly hf: HyperFormula;
  readonly sheetId: number;
  readonly sourceId: number;
  readonly layout: SheetLayout;
  readonly map: SelectionLayoutMap;
  get(row: number, col: number): Cell;
  outputs(): OutputRow[];
}

/** Builds the layout for `config`, loads the source and the layout into HyperFormula and evaluates. */
export function evaluateSelection(table: SourceTable, config: SelectionConfig): Evaluated {
  const built = buildSelectionLayout(table, config, { existingSheets: [table.sheet] });
  if (!built.ok) throw new Error(built.message);
  const source: Cell[][] = [];
  for (let r = 0; r < table.origin.row; r++) source.push([]);
  for (const row of sourceSheetRows(table)) source.push([...new Array<Cell>(table.origin.col).fill(null), ...row]);
  const hf = createKamEngine({
    [table.sheet]: source.map((row) => row.map((c) => (typeof c === "string" && /^[=']/.test(c) ? `'${c}` : c))),
  } as never);
  const sheetId = applyLayoutToEngine(hf, built.layout);
  const sourceId = hf.getSheetId(table.sheet) as number;
  const get = (row: number, col: number): Cell => fromEngine(hf.getCellValue({ sheet: sheetId, row, col }));
  return {
    hf,
    sheetId,
    sourceId,
    layout: built.layout,
    map: built.map,
    get,
    outputs: () => readOutputs(get, built.map),
  };
}

/**
 * Asserts that two readings of the outputs agree: numbers within 1e-9 (relative), everything else
 * (texts, blanks, error kinds) exactly. `blankIsZero` accepts a blank in `b` where `a` has 0 or ""
 * (exceljs reads LibreOffice's cached 0 results back as empty).
 */
export function expectSameOutputs(a: readonly OutputRow[], b: readonly OutputRow[], blankIsZero = false): void {
  const TOL = 1e-9;
  expect(a.length).toBe(b.length);
  a.forEach((x, i) => {
    const y = b[i] as OutputRow;
    const near = (p: number | string, q: number | string, what: string): void => {
      if (typeof p === "number" && typeof q === "number") {
        expect(Math.abs(p - q), `${what} of row ${i}`).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(p)));
      } else if (blankIsZero && q === "" && (p === 0 || p === "")) {
        return;
      } else expect(q, `${what} of row ${i}`).toBe(p);
    };
    expect(y.name).toBe(x.name);
    x.scores.forEach((s, j) => near(s, y.scores[j] ?? "", `score ${j}`));
    x.contributions.forEach((s, j) => near(s, y.contributions[j] ?? "", `contribution ${j}`));
    near(x.current, y.current, "current");
    near(x.future, y.future, "future");
    near(x.total, y.total, "total");
    expect(y.rank, `rank of row ${i}`).toBe(x.rank);
    expect(y.cls, `class of row ${i}`).toBe(x.cls);
    expect(y.quadrant, `quadrant of row ${i}`).toBe(x.quadrant);
  });
}
