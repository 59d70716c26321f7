/**
 * Part 3: the Excel host's round trips and payload. The selection and cost-to-serve builds run
 * end to end through the Office.js host (`src/excel/host.ts`) on the recording fake of the Excel
 * API (`test/support/officeFake.ts`, the same fake as the tests): read the source table, generate
 * the layout, write it. Counted per build: `context.sync()` calls (round trips), the largest single
 * request payload and the total bytes sent, and for the read the largest response. These counts
 * are deterministic; the times beside them are single runs, for orientation only.
 *
 * @module
 */
import type { Cell } from "../src/core/cells";
import type { SourceTable } from "../src/core/host";
import { computeCostToServe, costToServeLayout } from "../src/core/costToServe/builder";
import { buildSelectionLayout, initialConfig } from "../src/core/selection/builder";
import { profileSource } from "../src/core/source";
import { createHost } from "../src/excel/host";
import { packChunks, planWrites, REQUEST_LIMIT_BYTES } from "../src/excel/plan";
import type { SheetLayout } from "../src/core/layout";
import { sampleConfig, syntheticCustomers, tableSource } from "../test/support/costToServe";
import { OfficeFake } from "../test/support/officeFake";
import { scaledSourceTable, sourceSheetRows } from "../test/support/selectionSample";
import { bytes, collectGarbage, count, ms, table } from "./lib";

/** One build at one size. */
export interface HostRow {
  readonly build: "selection" | "cost-to-serve";
  readonly rows: number;
  readonly readSyncs: number;
  readonly readMaxResponse: number;
  readonly writeSyncs: number;
  readonly maxRequest: number;
  readonly totalBytes: number;
  readonly cellsWritten: number;
  readonly readMs: number;
  readonly layoutMs: number;
  readonly writeMs: number;
  /** Write chunks planned by `packChunks(planWrites(layout))` (one chunk = one request). */
  readonly plannedChunks: number;
  /** True when only the plan was measured (no fake: it does not fit in memory at this size). */
  readonly planOnly: boolean;
}

async function measureBuild(
  build: HostRow["build"],
  n: number,
  sheet: string,
  rows: readonly (readonly Cell[])[],
  layoutOf: (source: SourceTable, existing: readonly string[]) => SheetLayout,
  planOnly: boolean,
): Promise<HostRow> {
  collectGarbage();
  if (planOnly) return measurePlan(build, n, sheet, rows, layoutOf);
  const fake = new OfficeFake();
  fake.addSheet(sheet, rows, { table: "Customers" });
  fake.select(sheet, "B2");
  const host = createHost(fake.deps());
  let t = performance.now();
  const source = await host.readSource();
  const readMs = performance.now() - t;
  if (source === undefined || source.rows.length !== n)
    throw new Error(`${build}: the host read ${source?.rows.length} rows, expected ${n}`);
  const readSyncs = fake.syncs;
  const readMaxResponse = fake.maxResponseBytes;
  const existing = fake.sheetNames();
  t = performance.now();
  const layout = layoutOf(source, existing);
  const layoutMs = performance.now() - t;
  fake.resetCounts();
  t = performance.now();
  const result = await host.applyLayout(layout);
  const writeMs = performance.now() - t;
  return {
    build,
    rows: n,
    readSyncs,
    readMaxResponse,
    writeSyncs: fake.syncs,
    maxRequest: fake.maxRequestBytes,
    totalBytes: fake.requests.reduce((sum, r) => sum + r.bytes, 0),
    cellsWritten: result.cellsWritten,
    readMs,
    layoutMs,
    writeMs,
    plannedChunks: packChunks(planWrites(layout)).length,
    planOnly: false,
  };
}

/** The write plan alone (chunks and their bytes), for sizes at which the fake does not fit in memory. */
function measurePlan(
  build: HostRow["build"],
  n: number,
  sheet: string,
  rows: readonly (readonly Cell[])[],
  layoutOf: (source: SourceTable, existing: readonly string[]) => SheetLayout,
): HostRow {
  const source = tableSource(sheet, rows);
  const t = performance.now();
  const layout = layoutOf(source, [sheet]);
  const layoutMs = performance.now() - t;
  const chunks = packChunks(planWrites(layout));
  const sizes = chunks.map((c) => c.reduce((sum, op) => sum + op.bytes, 0));
  let cells = 0;
  for (const block of layout.blocks)
    for (const line of block.cells) for (const c of line) if (c !== null && c !== undefined) cells++;
  return {
    build,
    rows: n,
    readSyncs: Number.NaN,
    readMaxResponse: Number.NaN,
    writeSyncs: Number.NaN,
    maxRequest: Math.max(...sizes),
    totalBytes: sizes.reduce((a, b) => a + b, 0),
    cellsWritten: cells,
    readMs: Number.NaN,
    layoutMs,
    writeMs: Number.NaN,
    plannedChunks: chunks.length,
    planOnly: true,
  };
}

/**
 * Runs part 3 at the given sizes.
 *
 * @example
 * const rows = await benchHost([100], console.log);
 */
export async function benchHost(
  sizes: readonly number[],
  log: (line: string) => void,
  fakeLimit = 100_000,
): Promise<HostRow[]> {
  const out: HostRow[] = [];
  for (const n of sizes) {
    const planOnly = n > fakeLimit;
    const table = scaledSourceTable(n);
    const selection = await measureBuild(
      "selection",
      n,
      table.sheet,
      sourceSheetRows(table),
      (source, existing) => {
        const built = buildSelectionLayout(source, initialConfig(profileSource(source), "course", "en"), {
          existingSheets: existing,
        });
        if (!built.ok) throw new Error(`selection layout refused: ${built.message}`);
        return built.layout;
      },
      planOnly,
    );
    out.push(selection);
    log(`  selection ${count(n)}: ${describe(selection)}`);
    const cost = await measureBuild(
      "cost-to-serve",
      n,
      "Data",
      syntheticCustomers(n),
      (source, existing) => {
        const config = sampleConfig("portable");
        const preview = computeCostToServe(config, source);
        return costToServeLayout(config, source, { existingSheets: existing, preview }).layout;
      },
      planOnly,
    );
    out.push(cost);
    log(`  cost-to-serve ${count(n)}: ${describe(cost)}`);
  }
  return out;
}

function describe(r: HostRow): string {
  return r.planOnly
    ? `plan only: ${r.plannedChunks} write chunk(s), largest ${bytes(r.maxRequest)}`
    : `${r.readSyncs} + ${r.writeSyncs} syncs, largest request ${bytes(r.maxRequest)}`;
}

/**
 * Per build: whether the write's round trips stay constant over the sizes, and every request is
 * under the 5 MB limit.
 *
 * @example
 * hostVerdicts(rows); // [{ build: "selection", constantWrites: true, underLimit: true, … }]
 */
export function hostVerdicts(rows: readonly HostRow[]): {
  build: string;
  writeSyncs: number[];
  readSyncs: number[];
  chunks: number[];
  constantWrites: boolean;
  constantReads: boolean;
  underLimit: boolean;
}[] {
  return (["selection", "cost-to-serve"] as const).map((build) => {
    const group = rows.filter((r) => r.build === build);
    const writeSyncs = group.filter((r) => !r.planOnly).map((r) => r.writeSyncs);
    const readSyncs = group.filter((r) => !r.planOnly).map((r) => r.readSyncs);
    const chunks = group.map((r) => r.plannedChunks);
    return {
      build,
      writeSyncs,
      readSyncs,
      chunks,
      constantWrites: new Set(writeSyncs).size <= 1 && new Set(chunks).size <= 1,
      constantReads: new Set(readSyncs).size <= 1,
      underLimit: group.every((r) => r.maxRequest < REQUEST_LIMIT_BYTES),
    };
  });
}

/**
 * The table of part 3.
 *
 * @example
 * console.log(hostTable(rows));
 */
export function hostTable(rows: readonly HostRow[]): string {
  return table(
    [
      "build",
      "rows",
      "read syncs",
      "largest read response",
      "write syncs",
      "write chunks",
      "largest request",
      "total sent",
      "cells",
      "read ms",
      "layout ms",
      "write ms",
    ],
    rows.map((r) => [
      r.build,
      count(r.rows),
      r.planOnly ? "—" : String(r.readSyncs),
      r.planOnly ? "—" : bytes(r.readMaxResponse),
      r.planOnly ? "(plan only)" : String(r.writeSyncs),
      String(r.plannedChunks),
      bytes(r.maxRequest),
      bytes(r.totalBytes),
      count(r.cellsWritten),
      ms(r.readMs),
      ms(r.layoutMs),
      ms(r.writeMs),
    ]),
  );
}
