import { describe, expect, it } from "vitest";
import { DetailedCellError } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";

describe("workbench follows the Excel error rule", () => {
  it("passes #DIV/0! bare and turns #REF! into #VALUE! naming the cell", () => {
    const hf = createKamEngine({ D: [[1], ["=1/0"], ["=#REF!"], [5]], O: [["=KAM.LOYALTYZONE(D!A1:A4)"]] });
    const o = hf.getSheetId("O") ?? -1;
    const v = (r: number) => hf.getCellValue({ sheet: o, row: r, col: 0 });
    expect(v(0)).toBe("Zone of defection");
    expect((v(1) as DetailedCellError).value).toBe("#DIV/0!");
    expect((v(1) as DetailedCellError).message).toBe("");
    expect((v(2) as DetailedCellError).value).toBe("#VALUE!");
    expect((v(2) as DetailedCellError).message).toBe(
      "satisfaction, row 3: the cell holds #REF!, which a custom function cannot return.",
    );
    expect(v(3)).toBe("Zone of affection");
  });
});
