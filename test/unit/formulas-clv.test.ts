import { describe, expect, it } from "vitest";
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import fixture from "../fixtures/reichheld.json";

/** The native-formula lifetime value (no add-in), as the portable style of a builder writes it. */
const NATIVE =
  '=IF(D{r}="",A{r}/(1+C{r}-B{r}*(1+F{r})),' +
  "IF(B{r}*(1+F{r})=1+C{r},D{r}*A{r}/(1+C{r})," +
  "A{r}/(1+C{r})*(1-(B{r}*(1+F{r})/(1+C{r}))^D{r})/(1-B{r}*(1+F{r})/(1+C{r}))))-N(E{r})";

interface Row {
  readonly margin: number;
  readonly retention: number;
  readonly discountRate: number;
  readonly years: number | null;
  readonly acquisitionCost: number | null;
  readonly growth?: number;
  readonly clv: number;
}

const rows: readonly Row[] = [...fixture.lifetimeValue.cases, ...fixture.lifetimeValueGrowth.cases];

describe("KAM.CLV and KAM.BREAKEVENVOLUME inside real formulas (HyperFormula), docs/models.md §8.4, §9.2, §9.3", () => {
  it("gives every CLV case of models.md, with and without growth, and the native formula agrees", () => {
    const data: RawCellContent[][] = rows.map((c, i) => {
      const r = i + 1;
      const g = c.growth === undefined ? null : c.growth;
      return [
        c.margin,
        c.retention,
        c.discountRate,
        c.years,
        c.acquisitionCost,
        g,
        `=KAM.CLV(A${r},B${r},C${r},D${r},E${r},F${r})`,
        NATIVE.replaceAll("{r}", String(r)),
      ];
    });
    const hf = createKamEngine({ CLV: data });
    const out = hf.getSheetValues(0);
    rows.forEach((c, i) => {
      expect(out[i]?.[6], `KAM row ${i + 1}`).toBeCloseTo(c.clv, 9);
      expect(out[i]?.[7], `native row ${i + 1}`).toBeCloseTo(c.clv, 9);
    });
  });

  it("skips omitted arguments before growth: =KAM.CLV(100,0.8,0.1,,,0.2) is the open horizon with 20 % growth", () => {
    const hf = createKamEngine({ S: [["=KAM.CLV(100,0.8,0.1,,,0.2)", "=KAM.CLV(100,0.8,0.1,2,,0.2)"]] });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBeCloseTo(100 / 0.14, 9);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBeCloseTo(100 / 1.1 + 96 / 1.21, 9);
  });

  it("shows #VALUE! with its message for a diverging open horizon and for a growth of −1, and recalculates", () => {
    const hf = createKamEngine({ S: [[0.5, 1, "=KAM.CLV(100,A1,0,,,B1)"]] });
    const cell = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
    expect(cell).toBeInstanceOf(DetailedCellError);
    expect((cell as DetailedCellError).value).toBe("#VALUE!");
    expect((cell as DetailedCellError).message).toContain("r·(1 + g) = 1 ≥ 1 + i = 1");
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[-1]]);
    const bad = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
    expect((bad as DetailedCellError).message).toMatch(/^growth, row 1, column 1:/);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[0.5]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(100 / (1 - 0.75), 9);
  });

  it("spills the break-even cases of §9.2 from one column and gives #N/A where no volume restores the profit", () => {
    const cases = fixture.breakEvenVolume.cases;
    const data: RawCellContent[][] = cases.map((c) => [c.priceChange, c.margin]);
    data.push([-0.3, 0.25], [0.1, 0]);
    data[0]?.push(`=KAM.BREAKEVENVOLUME(A1:A${data.length},B1:B${data.length})`);
    const hf = createKamEngine({ B: data });
    const out = hf.getSheetValues(0);
    cases.forEach((c, i) => expect(out[i]?.[2], c.work).toBeCloseTo(c.volumeChange, 9));
    for (const i of [cases.length, cases.length + 1]) {
      expect(out[i]?.[2]).toBeInstanceOf(DetailedCellError);
      expect((out[i]?.[2] as DetailedCellError).value).toBe("#N/A");
    }
  });
});
