/**
 * Recalculates an .xlsx with LibreOffice headless (`soffice`) and reads the values back with exceljs:
 * an independent formula engine for the portable formula style.
 *
 * LibreOffice keeps the cached values stored in a file unless told to recalculate on load. Each test
 * file therefore gets a throwaway profile (`-env:UserInstallation=file:///tmp/kam-lo-<pid>-…`) whose
 * `registrymodifications.xcu` sets `OOXMLRecalcMode` and `ODFRecalcMode` to 0 ("always recalculate").
 * The file is converted xlsx → xlsx (`--convert-to xlsx --outdir`); the converted file holds the
 * recalculated values as its cached values, which exceljs reads. Calls within a process are queued
 * (one soffice per profile at a time); the first call takes a few seconds to create the profile.
 *
 * No profile outlives its test file: an `afterAll` of the file that imports this module removes it,
 * pass or fail (vitest ends its workers without an `exit` event, so a process exit handler alone
 * leaves them behind). A run that is killed cannot clean up; the next run removes every `kam-lo-*`
 * folder whose process is gone ({@link sweepStaleLibreOfficeDirs}).
 *
 * LibreOffice is a prerequisite of `npm test` (`apt-get install libreoffice-calc-nogui`). Without it
 * the LibreOffice suites skip with the reason in their name and a warning, except under `CI=true`,
 * where they fail ({@link describeWithLibreOffice}).
 *
 * @example
 * const book = await recalcLayout(layout, { sources: [{ name: "Data", rows }] });
 * book.value(layout.name, "B2"); // the value LibreOffice computed
 *
 * @module
 */
import { execFile, spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe } from "vitest";
import type { Cell, ExcelErrorKind } from "../../src/core/cells";
import type { RangeRef, SheetLayout } from "../../src/core/layout";
import { a1 } from "../../src/core/layout";
import { layoutToXlsx, type LayoutToXlsxOptions } from "./layoutToXlsx";

/** The LibreOffice executable (override with the `SOFFICE` environment variable). */
export const SOFFICE = process.env.SOFFICE ?? "soffice";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: Promise<string> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The temp folders this module makes: `kam-lo-<pid>-…` (profiles), `kam-lo-in-<pid>-…`, `kam-lo-out-<pid>-…`. */
const OWN_DIR = /^kam-lo-(?:(?:in|out)-)?(\d+)-/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the `kam-lo-*` folders in `root` (default the temp folder) whose process no longer runs:
 * what a killed test run left behind. Folders of live processes (a concurrent run) are kept.
 *
 * @example
 * sweepStaleLibreOfficeDirs(); // ["/tmp/kam-lo-4242-AbC"] when process 4242 is gone
 */
export function sweepStaleLibreOfficeDirs(root: string = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number(OWN_DIR.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(join(root, name));
  }
  return removed;
}

async function makeProfile(): Promise<string> {
  sweepStaleLibreOfficeDirs();
  const dir = await mkdtemp(join(tmpdir(), `kam-lo-${process.pid}-`));
  await mkdir(join(dir, "user"), { recursive: true });
  await writeFile(join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The throwaway LibreOffice profile directory of this test file (created on first use), with
 * "always recalculate on load" set for .xlsx and .ods files.
 *
 * @example
 * const dir = await libreOfficeProfile(); // "/tmp/kam-lo-1234-AbC"
 */
export function libreOfficeProfile(): Promise<string> {
  profile ??= makeProfile();
  return profile;
}

/**
 * Removes this file's profile once the queued conversions are done (the next call makes a new one).
 * Runs by itself after the file's tests; call it to clean up earlier.
 *
 * @example
 * await disposeLibreOfficeProfile();
 */
export async function disposeLibreOfficeProfile(): Promise<void> {
  const current = profile;
  if (!current) return;
  profile = undefined;
  await queue;
  await rm(await current, { recursive: true, force: true });
}

afterAll(disposeLibreOfficeProfile);

/**
 * Why LibreOffice cannot run here, or `undefined` when `soffice --version` works.
 *
 * @example
 * libreOfficeMissing(); // undefined where libreoffice-calc-nogui is installed
 */
export function libreOfficeMissing(): string | undefined {
  const r = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (r.error) return `${SOFFICE} cannot run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`;
  if (r.status !== 0) return `${SOFFICE} --version exited with ${r.status}`;
  return undefined;
}

let missing: string | undefined | null = null;

/**
 * `describe` for suites that need LibreOffice. Without it, the suite is skipped with the reason in its
 * name and a warning on stderr; under `CI=true` it runs (and fails), so CI never passes without it.
 *
 * @example
 * describeWithLibreOffice("the portable style in LibreOffice", () => { it("…", async () => {}); });
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (missing === null) missing = libreOfficeMissing();
  if (missing === undefined || process.env.CI === "true") {
    describe(name, body);
    return;
  }
  const why = `skipped: ${missing}; install LibreOffice (apt-get install libreoffice-calc-nogui) or set SOFFICE`;
  console.warn(`[kam] LibreOffice tests ${why}`);
  describe.skip(`${name} (${why})`, body);
}

function run(args: readonly string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, [...args], { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Options of the recalculation. */
export interface RecalcOptions {
  /** Kill soffice after this long (default 120 s). */
  readonly timeoutMs?: number;
}

async function convert(path: string, timeoutMs: number): Promise<Buffer> {
  const dir = await libreOfficeProfile();
  const outDir = await mkdtemp(join(tmpdir(), `kam-lo-out-${process.pid}-`));
  try {
    const { stdout, stderr } = await run(
      [
        `-env:UserInstallation=file://${dir}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        path,
      ],
      timeoutMs,
    );
    const out = join(outDir, basename(path).replace(/\.[^.]+$/, "") + ".xlsx");
    try {
      return await readFile(out);
    } catch {
      throw new Error(`soffice wrote no ${out}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Recalculates an .xlsx (bytes or a path) with LibreOffice and returns the recalculated file's bytes.
 *
 * @example
 * const recalculated = await recalcXlsxBytes(await layoutToXlsx(layout));
 */
export async function recalcXlsxBytes(input: Buffer | string, options: RecalcOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const job = queue.then(async () => {
    if (typeof input === "string") return convert(input, timeoutMs);
    const inDir = await mkdtemp(join(tmpdir(), `kam-lo-in-${process.pid}-`));
    try {
      const path = join(inDir, "book.xlsx");
      await writeFile(path, input);
      return await convert(path, timeoutMs);
    } finally {
      await rm(inDir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

const ERRORS: readonly ExcelErrorKind[] = ["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#NULL!", "#REF!", "#NAME?"];

/**
 * An exceljs cell value as a {@link Cell}: a formula gives its (cached) result, an error value a
 * `SheetError`, rich text its plain text, a date its serial number.
 *
 * @example
 * toCell({ formula: "1+1", result: 2 }); // 2
 * toCell({ error: "#N/A" }); // { sheetError: "#N/A" }
 */
export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ("error" in value) {
    const kind = ERRORS.find((e) => e === String(value.error));
    return { sheetError: kind ?? "#VALUE!" };
  }
  if ("formula" in value || "sharedFormula" in value) {
    return toCell((value as { result?: ExcelJS.CellValue }).result);
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}

/** A workbook read back after the recalculation, with value accessors. */
export interface RecalculatedBook {
  readonly workbook: ExcelJS.Workbook;
  /** The recalculated .xlsx bytes (save them to look at the file). */
  readonly bytes: Buffer;
  /** The value of one cell, by A1 address ("B2") or 0-based row and column. */
  value(sheet: string, address: string | { readonly row: number; readonly col: number }): Cell;
  /** The values of a range, row-major, by A1 range or {@link RangeRef}. */
  values(sheet: string, range: string | RangeRef): Cell[][];
  /** The formula stored in a cell, with "=" (after LibreOffice's round trip), or undefined. */
  formula(sheet: string, address: string): string | undefined;
}

function worksheet(wb: ExcelJS.Workbook, sheet: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(sheet);
  if (!ws)
    throw new Error(
      `No sheet "${sheet}" in the recalculated workbook (${wb.worksheets.map((w) => w.name).join(", ")})`,
    );
  return ws;
}

function parseRange(range: string): RangeRef {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range);
  if (!m) throw new Error(`Not an A1 range: ${range}`);
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1] ?? "A");
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c2 = m[3] === undefined ? c1 : col(m[3]);
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/**
 * Wraps recalculated .xlsx bytes in a {@link RecalculatedBook}.
 *
 * @example
 * const book = await readBook(await recalcXlsxBytes("/tmp/in.xlsx"));
 */
export async function readBook(bytes: Buffer): Promise<RecalculatedBook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const values = (sheet: string, range: string | RangeRef): Cell[][] => {
    const ws = worksheet(workbook, sheet);
    const r = typeof range === "string" ? parseRange(range) : range;
    return Array.from({ length: r.rows }, (_, i) => {
      const row = ws.getRow(r.row + i + 1);
      return Array.from({ length: r.cols }, (_, j) => toCell(row.getCell(r.col + j + 1).value));
    });
  };
  return {
    workbook,
    bytes,
    values,
    value(sheet, address) {
      const r = typeof address === "string" ? parseRange(address) : { ...address, rows: 1, cols: 1 };
      return values(sheet, r)[0]?.[0] ?? null;
    },
    formula(sheet, address) {
      const v = worksheet(workbook, sheet).getCell(address).value;
      if (v !== null && typeof v === "object" && "formula" in v && typeof v.formula === "string")
        return `=${v.formula}`;
      return undefined;
    },
  };
}

/**
 * Recalculates an .xlsx (bytes or a path) with LibreOffice and reads it back.
 *
 * @example
 * const book = await recalcXlsx("/tmp/in.xlsx");
 * book.value("Sheet1", "A1");
 */
export async function recalcXlsx(input: Buffer | string, options: RecalcOptions = {}): Promise<RecalculatedBook> {
  return readBook(await recalcXlsxBytes(input, options));
}

/**
 * The whole round trip: writes the layouts and sources to .xlsx ({@link layoutToXlsx}), recalculates
 * it with LibreOffice and reads the values back.
 *
 * @example
 * const book = await recalcLayout(layout, { sources: [{ name: "Data", rows }] });
 * book.values(layout.name, { row: 1, col: 0, rows: 200, cols: 12 });
 */
export async function recalcLayout(
  layouts: SheetLayout | readonly SheetLayout[],
  options: LayoutToXlsxOptions & RecalcOptions = {},
): Promise<RecalculatedBook> {
  return recalcXlsx(await layoutToXlsx(layouts, options), options);
}

/**
 * A1 address of a 0-based cell (re-exported convenience for test assertions).
 *
 * @example
 * cellAddress(1, 2); // "C2"
 */
export function cellAddress(row: number, col: number): string {
  return a1({ row, col, rows: 1, cols: 1 });
}
