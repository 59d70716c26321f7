import { describe, expect, it } from "vitest";
import { DetailedCellError } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import fixture from "../fixtures/kraljic.json";

describe('KAM.SUPPLIERSTRATEGY(quadrant, "seller") inside real formulas (HyperFormula), docs/models.md §6.3', () => {
  it("chains with KAM.KRALJIC as a spill and gives the seller profile per offer in both languages", () => {
    const rows = fixture.cells.map((c, i) => [
      c.impact,
      c.difficulty,
      i === 0 ? `=KAM.SUPPLIERSTRATEGY(KAM.KRALJIC(A1:A4,B1:B4),"seller")` : null,
      i === 0 ? `=KAM.SUPPLIERSTRATEGY(KAM.KRALJIC(A1:A4,B1:B4,,,"nl"),"seller","nl")` : null,
    ]);
    const hf = createKamEngine({ S: rows });
    fixture.cells.forEach((c, i) => {
      expect(hf.getCellValue({ sheet: 0, row: i, col: 2 }), `C${i + 1}`).toBe(c.seller);
      expect(hf.getCellValue({ sheet: 0, row: i, col: 3 }), `D${i + 1}`).toBe(
        fixture.dutchStrategies.seller[c.en as "Routine"],
      );
    });
  });

  it("recalculates the profile when the impact changes, and shows #VALUE! with a message for a bad model", () => {
    const hf = createKamEngine({
      S: [[1, 1, '=KAM.SUPPLIERSTRATEGY(KAM.KRALJIC(A1,B1),"seller")', '=KAM.SUPPLIERSTRATEGY("Routine","porter")']],
    });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("Star salesman");
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[5]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("Relationship manager");
    const bad = hf.getCellValue({ sheet: 0, row: 0, col: 3 });
    expect(bad).toBeInstanceOf(DetailedCellError);
    expect((bad as DetailedCellError).value).toBe("#VALUE!");
    expect((bad as DetailedCellError).message).toContain("model");
  });
});
