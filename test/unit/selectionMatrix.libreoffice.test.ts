import { expect, it } from "vitest";
import type { SourceTable } from "../../src/core/host";
import { profileSource } from "../../src/core/source";
import { SelectionConfigSchema, buildSelectionLayout } from "../../src/core/selectionMatrix";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { sampleSourceTable, sourceSheetRows } from "../support/selectionSample";
import { sampleConfigs } from "../support/selectionConfigs";
import { evaluateSelection, expectSameOutputs, readOutputs } from "../support/selectionEval";

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
