import { describe, expect, it } from "vitest";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import { profileSource } from "../../src/core/source";
import { SHEET_TAG, buildSelectionLayout, initialConfig, type SelectionConfig } from "../../src/core/selection/builder";
import type { LayoutCell } from "../../src/core/layout";
import { OfficeFake } from "../support/officeFake";
import { scaledSourceTable, sourceSheetRows } from "../support/selectionSample";

interface Figures {
  readonly readSyncs: number;
  readonly writeSyncs: number;
  readonly maxRequestBytes: number;
  readonly totalBytes: number;
  readonly readMs: number;
  readonly layoutMs: number;
  readonly writeMs: number;
}

async function pipeline(
  rows: number,
  style: SelectionConfig["style"],
): Promise<{
  fake: OfficeFake;
  figures: Figures;
  layoutCell: (r: number, c: number) => LayoutCell | undefined;
  sheet: string;
}> {
  const table = scaledSourceTable(rows);
  const fake = new OfficeFake();
  fake.addSheet("Customers", sourceSheetRows(table));
  fake.select("Customers", "C5");
  const host = createHost(fake.deps());
  let t0 = performance.now();
  const source = await host.readSource();
  const readMs = performance.now() - t0;
  const readSyncs = fake.syncs;
  if (source === undefined) throw new Error("no source");
  expect(source.rows).toHaveLength(rows);
  const profile = profileSource(source);
  const config = { ...initialConfig(profile, "course", "en"), style };
  t0 = performance.now();
  const built = buildSelectionLayout(source, config, { existingSheets: await host.sheetNames() });
  const layoutMs = performance.now() - t0;
  if (!built.ok) throw new Error(built.message);
  const before = fake.requests.length;
  t0 = performance.now();
  await host.applyLayout(built.layout);
  const writeMs = performance.now() - t0;
  const writes = fake.requests.slice(before);
  const layoutCell = (r: number, c: number): LayoutCell | undefined => {
    for (const b of built.layout.blocks) {
      const line = b.cells[r - b.row];
      if (line !== undefined && c >= b.col && c < b.col + line.length) return line[c - b.col];
    }
    return undefined;
  };
  return {
    fake,
    sheet: built.layout.name,
    layoutCell,
    figures: {
      readSyncs,
      writeSyncs: writes.length,
      maxRequestBytes: Math.max(...fake.requests.map((r) => r.bytes)),
      totalBytes: writes.reduce((n, r) => n + r.bytes, 0),
      readMs: Math.round(readMs),
      layoutMs: Math.round(layoutMs),
      writeMs: Math.round(writeMs),
    },
  };
}

describe("the selection matrix through the Office.js host (recording fake that fails on unloaded reads)", () => {
  it("writes 100 and 100,000 customers in the same number of round trips, every request under 5 MB", async () => {
    const figures: Record<string, Figures> = {};
    for (const style of ["portable", "kam"] as const) {
      for (const rows of [100, 100_000]) {
        const { fake, figures: f, sheet } = await pipeline(rows, style);
        figures[`${style} ${rows}`] = f;
        fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
        expect(fake.sheet(sheet).customProperties.get("kam-owner") ?? SHEET_TAG).toBe(SHEET_TAG);
      }
      expect(figures[`${style} 100000`]?.writeSyncs).toBe(figures[`${style} 100`]?.writeSyncs);
    }
    console.log("selection matrix through the Office host:", JSON.stringify(figures, null, 1));
  }, 600_000);

  it("stores the layout's formulas and literal names exactly, the last customer included", async () => {
    const { fake, sheet, layoutCell } = await pipeline(1_000, "portable");
    const table = fake.sheet(sheet).tables[0];
    expect(table).toBeDefined();
    const lastRow = (table?.range.row ?? 0) + (table?.range.rows ?? 0) - 1;
    for (let c = 0; c < (table?.range.cols ?? 0); c++) {
      const want = layoutCell(lastRow, c);
      const got = fake.cell(sheet, { row: lastRow, col: c });
      if (want !== null && want !== undefined && "f" in want) expect(got?.formula, `column ${c}`).toBe(want.f);
      else if (want !== null && want !== undefined) expect(got?.value, `column ${c}`).toBe(want.v);
    }
  }, 120_000);
});

describe("the selection sheet with the pairwise grids and the sensitivity block through the Office.js host", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`is accepted by the strict fake of Excel, charts and conditional colours included (${style})`, async () => {
      const table = scaledSourceTable(200);
      const fake = new OfficeFake();
      fake.addSheet("Customers", sourceSheetRows(table));
      fake.select("Customers", "C5");
      const host = createHost(fake.deps());
      const source = await host.readSource();
      if (source === undefined) throw new Error("no source");
      const base = initialConfig(profileSource(source), "course", "en");
      const count = (h: string): number => base.criteria.filter((c) => c.horizon === h).length;
      const ones = (n: number): number[] => new Array<number>((n * (n - 1)) / 2).fill(1);
      const config: SelectionConfig = {
        ...base,
        style,
        sensitivity: true,
        pairwise: { current: ones(count("current")), future: ones(count("future")) },
      };
      const built = buildSelectionLayout(source, config, { existingSheets: await host.sheetNames() });
      if (!built.ok) throw new Error(built.message);
      await host.applyLayout(built.layout);
      expect(fake.sheetNames()).toContain(built.layout.name);
      expect(built.layout.charts.map((c) => c.id).sort()).toEqual(["least-stable", "selection-scatter"]);
      expect(fake.sheet(built.layout.name).charts).toHaveLength(2);
    });
  }
});
