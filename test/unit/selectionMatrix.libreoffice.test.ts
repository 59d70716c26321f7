import { it } from "vitest";
import { profileSource } from "../../src/core/source";
import { buildSelectionLayout } from "../../src/core/selectionMatrix";
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
});
