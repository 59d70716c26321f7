/**
 * The engine side of the workbench: one HyperFormula engine with the KAM functions, answering the
 * page's requests (see `protocol.ts`). Free of worker globals so that it runs in a Web Worker
 * (`engine.worker.ts`) and in node tests alike.
 *
 * @module
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { isExcelErrorKind, type Cell, type ExcelErrorKind } from "../core/cells";
import { findBrokenOutput, type BrokenOutput } from "../core/host";
import type { RangeRef } from "../core/layout";
import { createKamEngine, layoutToSheet } from "./engine";
import { openWorkbookFile, saveWorkbookFile } from "./files";
import type { CellInput, CellValue, CellView, FromWorker, Methods, Request, SheetExport, SheetSize } from "./protocol";

/** Rows written per chunk when a layout is applied (progress and cancellation happen between chunks). */
export const CHUNK_ROWS = 5_000;

/** Thrown inside applyLayout when the page cancelled it. */
class Cancelled extends Error {}

/** Thrown inside applyLayout when the calculated sheet showed broken errors (the write is undone). */
class Rejected extends Error {
  constructor(readonly broken: BrokenOutput) {
    super(`The written sheet showed ${broken.error}.`);
  }
}

function toValue(raw: unknown): CellValue {
  if (raw instanceof DetailedCellError) {
    return raw.message ? { error: raw.value, message: raw.message } : { error: raw.value };
  }
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return String(raw);
}

function toCell(raw: unknown): Cell {
  const v = toValue(raw);
  if (v === null || typeof v !== "object") return v;
  const kind: ExcelErrorKind = isExcelErrorKind(v.error) ? v.error : "#VALUE!";
  return v.message === undefined ? { sheetError: kind } : { sheetError: kind, message: v.message };
}

/**
 * What a typed text becomes in the engine: a blank, a boolean, or the text itself (HyperFormula
 * parses numbers, percentages and formulas from it, and reads a leading "'" as "this is text").
 *
 * @example
 * typedInput(""); // null
 * typedInput("true"); // true
 * typedInput("=A1*2"); // "=A1*2"
 */
export function typedInput(input: string): RawCellContent {
  if (input === "") return null;
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return input;
}

/**
 * The workbook engine behind the workbench page.
 *
 * @example
 * const service = new EngineService((m) => console.info(m));
 * await service.handle({ kind: "call", id: 1, method: "load", params: { sheets: [{ name: "Data", cells: [[1, "=A1*2"]] }] } });
 */
export class EngineService {
  private readonly hf: HyperFormula;
  private version = 0;
  private readonly cancelled = new Set<number>();
  /** The running layout write: other requests wait for it (the engine cannot be read while it writes). */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly emit: (message: FromWorker) => void) {
    this.hf = createKamEngine();
  }

  /** Marks a running request as cancelled; it stops at its next chunk boundary. */
  cancel(id: number): void {
    this.cancelled.add(id);
  }

  /** Runs one request and emits its answer (never throws). */
  async handle(request: Request): Promise<void> {
    try {
      let result: unknown;
      if (request.method === "applyLayout") {
        const run = this.writing.then(() => this.run(request));
        this.writing = run.catch(() => undefined);
        result = await run;
      } else {
        await this.writing;
        result = await this.run(request);
      }
      this.emit({ kind: "ok", id: request.id, result });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.emit(
        e instanceof Cancelled
          ? { kind: "error", id: request.id, message, cancelled: true }
          : { kind: "error", id: request.id, message },
      );
    } finally {
      this.cancelled.delete(request.id);
    }
  }

  private run(request: Request): unknown {
    switch (request.method) {
      case "load":
        return this.load(request.params);
      case "sheetNames":
        return this.hf.getSheetNames();
      case "window":
        return this.window(request.params);
      case "setCell":
        return this.setCells({ ...request.params, inputs: [[request.params.input]] });
      case "setCells":
        return this.setCells(request.params);
      case "region":
        return this.region(request.params);
      case "read":
        return this.read(request.params);
      case "applyLayout":
        return this.applyLayout(request.id, request.params);
      case "removeSheet":
        return this.removeSheet(request.params.sheet);
      case "exportAll":
        return this.exportAll();
      case "openFile":
        return this.openFile(request.params);
      case "saveFile":
        return saveWorkbookFile(this.exportAll(), request.params.metas);
    }
  }

  private changed(): void {
    this.version += 1;
    this.emit({ kind: "changed", version: this.version });
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`There is no sheet named "${name}".`);
    return id;
  }

  private size(id: number): SheetSize {
    const d = this.hf.getSheetDimensions(id);
    return { rows: d.height, cols: d.width };
  }

  private load({ sheets }: Methods["load"]["params"]): Methods["load"]["result"] {
    const names = new Set(sheets.map((s) => s.name.toLowerCase()));
    if (names.size !== sheets.length) throw new Error("Two sheets have the same name.");
    this.hf.batch(() => {
      for (const name of this.hf.getSheetNames()) {
        const id = this.hf.getSheetId(name);
        if (id !== undefined) this.hf.removeSheet(id);
      }
      for (const sheet of sheets) {
        const added = this.hf.addSheet(sheet.name);
        this.hf.setSheetContent(this.sheetId(added), sheet.cells as RawCellContent[][]);
      }
    });
    this.changed();
    return this.hf.getSheetNames();
  }

  private window({ sheet, range }: Methods["window"]["params"]): Methods["window"]["result"] {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return { sheet, row: range.row, col: range.col, cells: [], size: { rows: 0, cols: 0 } };
    const size = this.size(id);
    const rows = Math.max(0, Math.min(range.rows, size.rows - range.row));
    const cols = Math.max(0, Math.min(range.cols, size.cols - range.col));
    const cells: CellView[][] = [];
    if (rows > 0 && cols > 0) {
      const span = {
        start: { sheet: id, row: range.row, col: range.col },
        end: { sheet: id, row: range.row + rows - 1, col: range.col + cols - 1 },
      };
      const values = this.hf.getRangeValues(span);
      const formulas = this.hf.getRangeFormulas(span);
      for (let r = 0; r < rows; r++) {
        const line: CellView[] = [];
        for (let c = 0; c < cols; c++) {
          const v = toValue(values[r]?.[c]);
          const f = formulas[r]?.[c];
          if (f !== undefined) line.push({ v, f });
          else if (v !== null && this.hf.isCellPartOfArray({ sheet: id, row: range.row + r, col: range.col + c })) {
            line.push({ v, spill: true });
          } else line.push({ v });
        }
        cells.push(line);
      }
    }
    return { sheet, row: range.row, col: range.col, cells, size };
  }

  private setCells({ sheet, row, col, inputs }: Methods["setCells"]["params"]): null {
    const id = this.sheetId(sheet);
    this.hf.setCellContents(
      { sheet: id, row, col },
      inputs.map((line) => line.map(typedInput)),
    );
    this.changed();
    return null;
  }

  private filled(id: number, row: number, col: number): boolean {
    if (row < 0 || col < 0) return false;
    return !this.hf.isCellEmpty({ sheet: id, row, col });
  }

  private anyFilledInRow(id: number, row: number, c0: number, c1: number): boolean {
    for (let c = c0; c <= c1; c++) if (this.filled(id, row, c)) return true;
    return false;
  }

  private anyFilledInCol(id: number, col: number, r0: number, r1: number): boolean {
    for (let r = r0; r <= r1; r++) if (this.filled(id, r, col)) return true;
    return false;
  }

  private region({ sheet, row, col }: Methods["region"]["params"]): RangeRef | null {
    const id = this.sheetId(sheet);
    const size = this.size(id);
    let r0 = row;
    let r1 = row;
    let c0 = col;
    let c1 = col;
    for (let grew = true; grew;) {
      grew = false;
      const lo = Math.max(0, c0 - 1);
      const hi = Math.min(size.cols - 1, c1 + 1);
      while (r0 > 0 && this.anyFilledInRow(id, r0 - 1, lo, hi)) {
        r0 -= 1;
        grew = true;
      }
      while (r1 + 1 < size.rows && this.anyFilledInRow(id, r1 + 1, lo, hi)) {
        r1 += 1;
        grew = true;
      }
      const top = Math.max(0, r0 - 1);
      const bottom = Math.min(size.rows - 1, r1 + 1);
      while (c0 > 0 && this.anyFilledInCol(id, c0 - 1, top, bottom)) {
        c0 -= 1;
        grew = true;
      }
      while (c1 + 1 < size.cols && this.anyFilledInCol(id, c1 + 1, top, bottom)) {
        c1 += 1;
        grew = true;
      }
    }
    if (r0 === r1 && c0 === c1 && !this.filled(id, row, col)) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  private read({ sheet, range }: Methods["read"]["params"]): Cell[][] {
    return this.readRange(this.sheetId(sheet), range);
  }

  private readRange(id: number, range: RangeRef): Cell[][] {
    if (range.rows <= 0 || range.cols <= 0) return [];
    const values = this.hf.getRangeValues({
      start: { sheet: id, row: range.row, col: range.col },
      end: { sheet: id, row: range.row + range.rows - 1, col: range.col + range.cols - 1 },
    });
    return values.map((line) => line.map(toCell));
  }

  private async applyLayout(
    requestId: number,
    { layout, replace, verify }: Methods["applyLayout"]["params"],
  ): Promise<Methods["applyLayout"]["result"]> {
    const existing = this.hf.getSheetId(layout.name);
    if (existing !== undefined && !replace) throw new Error(`A sheet named "${layout.name}" already exists.`);
    const previous = existing === undefined ? undefined : this.hf.getSheetSerialized(existing);
    const rows = layoutToSheet(layout);
    let cellsWritten = 0;
    let checked: number | undefined;
    for (const line of rows) for (const cell of line) if (cell !== null && cell !== undefined) cellsWritten++;
    const progress = (fraction: number, status: string): void =>
      this.emit({ kind: "progress", id: requestId, fraction, status });
    progress(0, "Writing cells");
    this.hf.suspendEvaluation();
    let id = existing;
    try {
      if (id === undefined) id = this.sheetId(this.hf.addSheet(layout.name));
      else this.hf.clearSheet(id);
      for (let r = 0; r < rows.length; r += CHUNK_ROWS) {
        const chunk = rows.slice(r, r + CHUNK_ROWS).map((line) => (line.length === 0 ? [null] : line));
        this.hf.setCellContents({ sheet: id, row: r, col: 0 }, chunk);
        progress((0.7 * Math.min(rows.length, r + CHUNK_ROWS)) / Math.max(1, rows.length), "Writing cells");
        await new Promise((ok) => setTimeout(ok, 0));
        if (this.cancelled.has(requestId)) throw new Cancelled("Cancelled.");
      }
      progress(0.75, "Calculating");
      this.hf.resumeEvaluation();
      if (verify !== undefined) {
        const sheet = id;
        const broken = findBrokenOutput(verify, (range) => this.readRange(sheet, range));
        if (broken !== undefined) throw new Rejected(broken);
        checked = verify.ranges.reduce((sum, r) => sum + r.rows * r.cols, 0);
      }
    } catch (e) {
      if (id !== undefined) {
        if (existing === undefined) this.hf.removeSheet(id);
        else this.hf.setSheetContent(id, previous ?? []);
      }
      if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
      this.changed();
      if (e instanceof Rejected) return { sheet: layout.name, cellsWritten: 0, rejected: e.broken };
      throw e;
    }
    progress(1, "Done");
    this.changed();
    return checked === undefined ? { sheet: layout.name, cellsWritten } : { sheet: layout.name, cellsWritten, checked };
  }

  private async openFile({
    fileName,
    data,
    csv,
  }: Methods["openFile"]["params"]): Promise<Methods["openFile"]["result"]> {
    const opened = await openWorkbookFile(fileName, data, csv === undefined ? {} : { csv });
    this.load({ sheets: opened.sheets });
    return opened.reading === undefined ? { metas: opened.metas } : { metas: opened.metas, reading: opened.reading };
  }

  private removeSheet(sheet: string): null {
    this.hf.removeSheet(this.sheetId(sheet));
    this.changed();
    return null;
  }

  private arrays(id: number, inputs: readonly (readonly CellInput[])[]): RangeRef[] {
    const out: RangeRef[] = [];
    inputs.forEach((line, row) =>
      line.forEach((input, col) => {
        if (typeof input !== "string" || !input.startsWith("=")) return;
        if (!this.hf.isCellPartOfArray({ sheet: id, row, col })) return;
        if (this.hf.getCellValue({ sheet: id, row, col }) instanceof DetailedCellError) return;
        const free = (r: number, c: number): boolean =>
          this.hf.isCellPartOfArray({ sheet: id, row: r, col: c }) &&
          this.hf.getCellFormula({ sheet: id, row: r, col: c }) === undefined;
        let rows = 1;
        while (free(row + rows, col)) rows++;
        let cols = 1;
        while (free(row, col + cols)) cols++;
        if (rows > 1 || cols > 1) out.push({ row, col, rows, cols });
      }),
    );
    return out;
  }

  private exportAll(): readonly SheetExport[] {
    return this.hf.getSheetNames().map((name) => {
      const id = this.sheetId(name);
      const inputs = this.hf.getSheetSerialized(id).map((line, row) =>
        line.map((v, col): CellInput => {
          if (v === null || v === undefined) return null;
          if (!(typeof v === "string" && v.startsWith("=")) && this.hf.isCellPartOfArray({ sheet: id, row, col })) {
            return null;
          }
          if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
          return String(v);
        }),
      );
      const values = this.hf.getSheetValues(id).map((line) => line.map(toValue));
      return { name, inputs, values, arrays: this.arrays(id, inputs) };
    });
  }
}
