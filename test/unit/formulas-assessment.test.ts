import { describe, expect, it } from "vitest";
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import fixture from "../fixtures/assessment.json";

const at = (hf: HyperFormula, r: number, c: number) => hf.getCellValue({ sheet: 0, row: r, col: c });
const letters = "ABCDEFGHI";
const literal = (v: unknown): string =>
  v === null || v === undefined
    ? ""
    : typeof v === "string"
      ? `"${v}"`
      : typeof v === "boolean"
        ? `${v ? "TRUE" : "FALSE"}()`
        : String(v);

describe("the assessment functions of issue 19 inside real formulas (HyperFormula plugin built from the catalog)", () => {
  it("gives every AMNEED verdict of the fixture from a row of nine cells, in English and Dutch", () => {
    const nine = (f: readonly (number | null)[]) => [...f, ...Array(9 - f.length).fill(null)] as (number | null)[];
    const rows: RawCellContent[][] = fixture.amneed.cases.map((c, i) => [
      ...nine(c.factors),
      "cut" in c ? c.cut : null,
      `=KAM.AMNEED(A${i + 1}:I${i + 1},J${i + 1})`,
      `=KAM.AMNEED(A${i + 1}:I${i + 1},J${i + 1},"nl")`,
    ]);
    const hf = createKamEngine({ Need: rows });
    fixture.amneed.cases.forEach((c, i) => {
      expect(at(hf, i, 10), c.why).toBe(c.en);
      expect(at(hf, i, 11), c.why).toBe(c.nl);
    });
  });

  it("shows the AMNEED errors as #N/A or #VALUE! with the message naming the range's cell", () => {
    const rows: RawCellContent[][] = fixture.amneed.errors.map((c, i) => [
      ...c.factors.map((f) => f ?? null),
      null,
      `=KAM.AMNEED(A${i + 1}:I${i + 1})`,
    ]);
    const hf = createKamEngine({ Need: rows });
    fixture.amneed.errors.forEach((c, i) => {
      const cell = at(hf, i, 10);
      expect(cell, c.why).toBeInstanceOf(DetailedCellError);
      expect((cell as DetailedCellError).value, c.why).toBe(c.error);
    });
    expect((at(hf, 2, 10) as DetailedCellError).message).toMatch(
      /^factors, row 1, column 3: 6 is outside the scale 1–5/,
    );
  });

  it("gives every ACCOUNTDIVISION verdict from cells and from literals, and spills one verdict per row of answers", () => {
    const rows: RawCellContent[][] = fixture.accountdivision.cases.map((c, i) => [
      ...c.answers.map((a) => (a === null ? null : a)),
      `=KAM.ACCOUNTDIVISION(A${i + 1},B${i + 1},C${i + 1},D${i + 1},E${i + 1})`,
      `=KAM.ACCOUNTDIVISION(${c.answers.map(literal).join(",")},"nl")`,
    ]);
    rows[0]?.push(
      `=KAM.ACCOUNTDIVISION(A1:A${rows.length},B1:B${rows.length},C1:C${rows.length},D1:D${rows.length},E1:E${rows.length})`,
    );
    const hf = createKamEngine({ Division: rows });
    fixture.accountdivision.cases.forEach((c, i) => {
      expect(at(hf, i, 5), c.why).toBe(c.en);
      expect(at(hf, i, 6), c.why).toBe(c.nl);
      expect(at(hf, i, 7), `spill ${c.why}`).toBe(c.en);
    });
  });

  it("shows a blank answer without any no as #N/A naming it, and an answer that is no yes/no as #VALUE!", () => {
    const rows: RawCellContent[][] = fixture.accountdivision.errors.map((c, i) => [
      ...c.answers.map((a) => (a === null ? null : a)),
      `=KAM.ACCOUNTDIVISION(A${i + 1},B${i + 1},C${i + 1},D${i + 1},E${i + 1})`,
    ]);
    const hf = createKamEngine({ Division: rows });
    fixture.accountdivision.errors.forEach((c, i) => {
      expect((at(hf, i, 5) as DetailedCellError).value, c.why).toBe(c.error);
    });
    expect((at(hf, 0, 5) as DetailedCellError).message).toMatch(/^otherProducts, row 1, column 1: a value is required/);
  });

  it("gives every VALUEDISCIPLINE verdict of the fixture, the floating-point leads included, and its errors", () => {
    const cases = [...fixture.valuediscipline.cases, ...fixture.valuediscipline.errors];
    const rows: RawCellContent[][] = cases.map((c, i) => [
      ...c.scores.map((s) => s ?? null),
      "lead" in c ? c.lead : null,
      `=KAM.VALUEDISCIPLINE(A${i + 1},B${i + 1},C${i + 1},D${i + 1})`,
      `=KAM.VALUEDISCIPLINE(A${i + 1},B${i + 1},C${i + 1},D${i + 1},"nl")`,
    ]);
    const hf = createKamEngine({ Discipline: rows });
    cases.forEach((c, i) => {
      if ("en" in c) {
        expect(at(hf, i, 4), c.why).toBe(c.en);
        expect(at(hf, i, 5), c.why).toBe(c.nl);
      } else {
        expect((at(hf, i, 4) as DetailedCellError).value, c.why).toBe(c.error);
      }
    });
  });

  it("recalculates the verdicts when an answer changes", () => {
    const hf = createKamEngine({
      S: [[4, 4, 4, 4, 4, null, null, null, null, `=KAM.AMNEED(A1:${letters[8]}1)`, "=KAM.VALUEDISCIPLINE(A1,B1,C1)"]],
    });
    expect(at(hf, 0, 9)).toBe("Account management: yes");
    expect(at(hf, 0, 10)).toBe("No clear choice");
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[1]]);
    expect(at(hf, 0, 9)).toBe("Account management: yes");
    expect(at(hf, 0, 10)).toBe("No clear choice");
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[1]]);
    expect(at(hf, 0, 9)).toBe("Account management: no");
    expect(at(hf, 0, 10)).toBe("Customer intimacy");
  });
});
