import { describe, expect, it } from "vitest";
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import { CLASSSTABILITY, STABILITY } from "../../src/core/weighting";
import fixture from "../fixtures/ahp.json";

const at = (hf: HyperFormula, r: number, c: number) => hf.getCellValue({ sheet: 0, row: r, col: c });

/** A 200-customer sheet: row 1 the weights (A1:D1) and horizons (F1:I1), rows 2… four scores. */
const N = 200;
const WEIGHTS = [4, 3, 2, 1];
const HORIZONS = ["Huidig", "Huidig", "Toekomstig", "Toekomstig"];
const score = (i: number, c: number): number | null =>
  i % 13 === 0 && c === 2 ? null : 1 + ((i * 37 + c * 11 + ((i * i) % 7) * (c + 1)) % 5);

function sheet(): RawCellContent[][] {
  const rows: RawCellContent[][] = [[...WEIGHTS, null, ...HORIZONS]];
  for (let i = 0; i < N; i++) rows.push([0, 1, 2, 3].map((c) => score(i, c)));
  return rows;
}

const scoresGrid = () => Array.from({ length: N }, (_, i) => [0, 1, 2, 3].map((c) => score(i, c)));

describe("the weighting functions inside real formulas (HyperFormula plugin built from the catalog)", () => {
  it("spills the published eigenvector of Saaty's wealth of nations and its CR from a pairwise block", () => {
    const ex = fixture.examples[1];
    const a = ex?.pairwise ?? [];
    const rows: RawCellContent[][] = a.map((r) => [...r]);
    rows[0]?.push(null, "=KAM.AHP(A1:G7)", '=KAM.AHP(A1:G7,"geomean")', "=KAM.AHPCR(A1:G7)");
    const hf = createKamEngine({ Pairwise: rows });
    ex?.published.eigenvector.forEach((p, i) =>
      expect(Math.abs((at(hf, i, 8) as number) - p)).toBeLessThanOrEqual(0.0005),
    );
    ex?.computed.geomean.forEach((p, i) => expect(Math.abs((at(hf, i, 9) as number) - p)).toBeLessThanOrEqual(1e-6));
    expect(Math.abs((at(hf, 0, 10) as number) - (ex?.computed.cr ?? NaN))).toBeLessThanOrEqual(1e-6);
  });

  it("shows a judgement that is not the reciprocal of its mirror as #VALUE! naming the cell, in every output cell", () => {
    const hf = createKamEngine({
      Pairwise: [
        [1, 3, null, "=KAM.AHP(A1:B2)"],
        [0.5, 1],
      ],
    });
    for (const r of [0, 1]) {
      const cell = at(hf, r, 3);
      expect(cell).toBeInstanceOf(DetailedCellError);
      expect((cell as DetailedCellError).value).toBe("#VALUE!");
      expect((cell as DetailedCellError).message).toMatch(/^pairwise, row 2, column 1: must be the reciprocal/);
    }
  });

  it("gives the hand-computed tipping weights, #N/A where none exists, and recalculates when a weight changes", () => {
    const t = fixture.tipping;
    const rows: RawCellContent[][] = [[...t.weights], ...t.scores.map((r) => [...r])];
    rows[1]?.push(null, "=KAM.TIPPINGWEIGHT(A2:D6,A1:D1,1,3)");
    const hf = createKamEngine({ Tip: rows });
    expect(at(hf, 1, 5) as number).toBeCloseTo(2.5, 12);
    expect(at(hf, 2, 5) as number).toBeCloseTo(3.5, 12);
    expect((at(hf, 3, 5) as DetailedCellError).value).toBe("#N/A");
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[30]]);
    // Weights ×10 on the others: (3·(30 + 20 + 10) − (60 + 60 + 10)) ÷ (5 − 3) = 25 for row A.
    expect(at(hf, 1, 5) as number).toBeCloseTo((3 * 33 - (2 * 30 + 3 * 2 + 1 * 1)) / 2, 12);
  });

  it("gives the same stability and class stability figures over 200 customers as core, in the same cells on every recalculation", () => {
    const rows = sheet();
    rows[1]?.push(
      null,
      null,
      null,
      null,
      null,
      "=KAM.STABILITY(A2:D201,A1:D1,3)",
      "=KAM.CLASSSTABILITY(A2:D201,A1:D1,F1:I1,3,3,0.3,500,7)",
    );
    const hf = createKamEngine({ Customers: rows });
    const s = STABILITY.compute(scoresGrid(), [WEIGHTS], [[3]], undefined, undefined, undefined);
    const c = CLASSSTABILITY.compute(scoresGrid(), [WEIGHTS], [HORIZONS], [[3]], [[3]], [[0.3]], [[500]], [[7]]);
    for (let i = 0; i < N; i++) {
      expect(at(hf, i + 1, 9), `J${i + 2}`).toBe(s[i]?.[0]);
      expect(at(hf, i + 1, 10), `K${i + 2}`).toBe(c[i]?.[0]);
    }
    expect([...s, ...c].some(([v]) => typeof v === "number" && v < 1)).toBe(true);
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[4]]);
    expect(at(hf, 5, 9)).toBe(s[4]?.[0]);
  });
});
