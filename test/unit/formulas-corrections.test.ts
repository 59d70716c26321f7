import { describe, expect, it } from "vitest";
import { DetailedCellError } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import { CORRECTIONS, formulaOf } from "../support/corrections";

/**
 * The domain corrections of issue 13 (test/fixtures/corrections.json) as formulas in HyperFormula, the
 * workbench's engine, through the plugin built from the catalog. The engine shows English messages.
 */
describe("the domain corrections (issue 13) inside real formulas", () => {
  for (const c of CORRECTIONS) {
    const formula = formulaOf(c);
    it(`${formula}: ${c.spec}`, () => {
      const hf = createKamEngine({ Out: [[formula]] });
      const values = hf.getSheetValues(hf.getSheetId("Out") ?? -1);
      expect(values.length, formula).toBe(c.expected.length);
      c.expected.forEach((row, r) =>
        row.forEach((want, k) => {
          const got = values[r]?.[k];
          const at = `${formula} [${r}][${k}]`;
          if (typeof want === "number") {
            expect(typeof got, at).toBe("number");
            expect(Math.abs((got as number) - want), at).toBeLessThanOrEqual(c.tolerance);
          } else if (typeof want === "string") {
            expect(got, at).toBe(want);
          } else {
            expect(got, at).toBeInstanceOf(DetailedCellError);
            expect((got as DetailedCellError).value, at).toBe(want.error);
            expect((got as DetailedCellError).message, at).toBe(want.message);
          }
        }),
      );
      hf.destroy();
    });
  }
});
