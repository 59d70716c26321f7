import { expect, it } from "vitest";
import type { SourceTable } from "../../src/core/host";
import { profileSource } from "../../src/core/source";
import { SelectionConfigSchema, buildSelectionLayout, type SelectionConfig } from "../../src/core/selection/builder";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { sampleSourceTable, sourceSheetRows } from "../support/selectionSample";
import { sampleConfigs } from "../support/selectionConfigs";
import { evaluateSelection, expectSameOutputs, plain, readOutputs } from "../support/selectionEval";

const sample = sampleSourceTable();
const CONFIGS = sampleConfigs(profileSource(sample));

describeWithLibreOffice("the portable style in LibreOffice (an independent engine, recalculated on load)", () => {
  for (const [label, config] of Object.entries(CONFIGS)) {
    it(`computes the same values as HyperFormula and the KAM functions: ${label}`, async () => {
      const portable = { ...config, style: "portable" as const };
      const built = buildSelectionLayout(sample, portable, { existingSheets: [sample.sheet] });
      if (!built.ok) throw new Error(built.message);
      const book = await recalcLayout(built.layout, {
        sources: [{ name: sample.sheet, rows: sourceSheetRows(sample) }],
        // A deliberately wrong cached value: only a real recalculation can produce the expected ones.
        cachedValue: () => -12345,
      });
      const fromLibreOffice = readOutputs((row, col) => book.value(built.layout.name, { row, col }), built.map);
      const fromKam = evaluateSelection(sample, { ...config, style: "kam" }).outputs();
      expectSameOutputs(fromKam, fromLibreOffice, true);
    });
  }

  it("computes the tipping weights of the sensitivity block natively, as KAM.TIPPINGWEIGHT does", async () => {
    const config = { ...Object.values(CONFIGS)[0], sensitivity: true } as SelectionConfig;
    const portable = { ...config, style: "portable" as const };
    const built = buildSelectionLayout(sample, portable, { existingSheets: [sample.sheet] });
    if (!built.ok) throw new Error(built.message);
    const book = await recalcLayout(built.layout, {
      sources: [{ name: sample.sheet, rows: sourceSheetRows(sample) }],
      cachedValue: () => -12345,
    });
    const kam = evaluateSelection(sample, { ...config, style: "kam" });
    const headerOf = (get: (row: number, col: number) => unknown, row: number): Map<string, number> => {
      const out = new Map<string, number>();
      for (let col = 0; col < 200; col++) {
        const v = get(row, col);
        if (typeof v === "string") out.set(v, col);
      }
      return out;
    };
    const lo = (row: number, col: number): unknown => book.value(built.layout.name, { row, col });
    const loCols = headerOf(lo, built.map.headerRow);
    const kamCols = headerOf((r, c) => kam.get(r, c), kam.map.headerRow);
    const tipHeaders = [...loCols.keys()].filter((h) => h.startsWith("Tipping weight: ") || h === "Closest to tipping");
    expect(tipHeaders.length).toBe(config.criteria.length + 1);
    let numbers = 0;
    for (const h of tipHeaders) {
      for (let i = 0; i < built.map.rows; i++) {
        const a = plain(kam.get(kam.map.firstDataRow + i, kamCols.get(h) as number));
        const b = plain(
          book.value(built.layout.name, { row: built.map.firstDataRow + i, col: loCols.get(h) as number }),
        );
        if (typeof a === "number") {
          expect(Math.abs(a - Number(b)), `${h}, row ${i}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
          numbers++;
        } else expect(b, `${h}, row ${i}`).toBe(a);
      }
    }
    expect(numbers).toBeGreaterThan(100);
  });

  it("scores a criterion without spread mid-scale under percentile and min–max, as the KAM functions do", async () => {
    const table: SourceTable = {
      sheet: "Data",
      address: "A1:D5",
      origin: { row: 0, col: 0 },
      headers: ["Customer", "Growth", "Volume", "Fit"],
      rows: [
        ["A", 4, 250, 5],
        ["B", 4, 250, 2],
        ["C", null, 250, 4],
        ["D", 4, 250, 1],
      ],
      merged: [],
    };
    const config = (style: "portable" | "kam") =>
      SelectionConfigSchema.parse({
        version: 1,
        template: "custom",
        nameColumn: "Customer",
        criteria: [
          {
            column: "Growth",
            group: "significance",
            horizon: "current",
            direction: "higher",
            method: "percentile",
            bands: [],
            weight: 1,
          },
          {
            column: "Volume",
            group: "significance",
            horizon: "current",
            direction: "lower",
            method: "minmax",
            bands: [],
            weight: 1,
          },
          {
            column: "Fit",
            group: "strategic",
            horizon: "future",
            direction: "higher",
            method: "score",
            bands: [],
            weight: 1,
          },
        ],
        cuts: { current: 3, future: 3, attractiveness: 3, strength: 3 },
        axes: "currentFuture",
        style,
        lang: "en",
      });
    const built = buildSelectionLayout(table, config("portable"), { existingSheets: ["Data"] });
    if (!built.ok) throw new Error(built.message);
    const book = await recalcLayout(built.layout, {
      sources: [{ name: "Data", rows: [table.headers, ...table.rows] }],
      cachedValue: () => -12345,
    });
    const fromLibreOffice = readOutputs((row, col) => book.value(built.layout.name, { row, col }), built.map);
    expect(fromLibreOffice.map((o) => o.scores.slice(0, 2))).toEqual([
      [3, 3],
      [3, 3],
      ["", 3],
      [3, 3],
    ]);
    expectSameOutputs(evaluateSelection(table, config("kam")).outputs(), fromLibreOffice, true);
  });
});
