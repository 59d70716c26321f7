import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cells";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";
import {
  ACCOUNTDIVISION,
  AMNEED,
  VALUEDISCIPLINE,
  accountDivision,
  amNeed,
  valueDiscipline,
} from "../../src/core/organisation";
import fixture from "../fixtures/assessment.json";

const row = (values: readonly unknown[]): Grid => [values.map((v) => v ?? null) as Grid[number]];
const col = (values: readonly unknown[]): Grid => values.map((v) => [v ?? null]) as Grid;
const kind = (cell: unknown): string | undefined => (isIssue(cell) ? issueKind(cell) : undefined);

describe("KAM.AMNEED: account management yes or no from the nine factors (course 000 slide 11)", () => {
  for (const c of fixture.amneed.cases) {
    it(`gives "${c.en}" when ${c.why}, in a row and in a column, in English and Dutch`, () => {
      const cut = "cut" in c ? [[c.cut]] : undefined;
      expect(AMNEED.compute(row(c.factors), cut, undefined)).toEqual([[c.en]]);
      expect(AMNEED.compute(col(c.factors), cut, [["nl"]])).toEqual([[c.nl]]);
    });
  }
  for (const c of fixture.amneed.errors) {
    it(`is ${c.error} when ${c.why}`, () => {
      expect(kind(AMNEED.compute(row(c.factors), undefined, undefined)[0]?.[0])).toBe(c.error);
    });
  }

  it("names the cell of a bad score inside the range, and says how many answers are missing", () => {
    const bad = AMNEED.compute(col([4, 4, 4, 9, 4]), undefined, undefined)[0]?.[0];
    expect(isIssue(bad) && formatIssue(bad, "en")).toMatch(/^factors, row 4, column 1: 9 is outside the scale 1–5/);
    const few = AMNEED.compute(row([4, 4, null, 4, 4]), undefined, [["nl"]])[0]?.[0];
    expect(isIssue(few) && formatIssue(few, "nl")).toBe(
      "factors, rij 1: pas 4 van de 9 antwoorden zijn ingevuld; voor een oordeel zijn er minstens 5 nodig.",
    );
  });

  it("refuses a block of two rows and two columns, more than nine cells, and a range as the cut", () => {
    expect(
      kind(
        AMNEED.compute(
          [
            [4, 4, 4],
            [4, 4, 4],
          ],
          undefined,
          undefined,
        )[0]?.[0],
      ),
    ).toBe("#VALUE!");
    expect(kind(AMNEED.compute(row(Array(10).fill(4)), undefined, undefined)[0]?.[0])).toBe("#VALUE!");
    expect(kind(AMNEED.compute(row(Array(9).fill(4)), [[3, 4]], undefined)[0]?.[0])).toBe("#VALUE!");
  });

  it("keeps the mean and the count of answers in core", () => {
    expect(amNeed([4, 4, 3, 2, 5, 3, 4, 4, 2])).toMatchObject({ answered: 9, needed: true });
    expect(amNeed([4, 4, 3, 2, 5, 3, 4, 4, 2])?.mean).toBeCloseTo(31 / 9, 12);
    expect(amNeed([5, 5, 5, 5])).toBeUndefined();
  });
});

describe("KAM.ACCOUNTDIVISION: an account division only when all five questions are yes (course 000 slide 12)", () => {
  const call = (answers: readonly unknown[], lang?: string) =>
    ACCOUNTDIVISION.compute(
      ...(answers.map((a) => [[a ?? null]]) as unknown as [Grid, Grid, Grid, Grid, Grid]),
      lang === undefined ? undefined : [[lang]],
    );
  for (const c of fixture.accountdivision.cases) {
    it(`gives "${c.en}" for ${c.why}, in English and Dutch`, () => {
      expect(call(c.answers)).toEqual([[c.en]]);
      expect(call(c.answers, "nl")).toEqual([[c.nl]]);
    });
  }
  for (const c of fixture.accountdivision.errors) {
    it(`is ${c.error} for ${c.why}`, () => {
      expect(kind(call(c.answers)[0]?.[0])).toBe(c.error);
    });
  }

  it("names the first blank question when no answer is no", () => {
    const out = call(["yes", "yes", null, "yes", null])[0]?.[0];
    expect(isIssue(out) && formatIssue(out, "en")).toMatch(/^otherProducts, row 1, column 1: a value is required/);
  });

  it("decides per row when the answers are columns", () => {
    const q = [
      [["yes"], ["yes"]],
      [["yes"], ["no"]],
      [["yes"], [null]],
      [["yes"], [null]],
      [["yes"], [null]],
    ] as Grid[];
    expect(ACCOUNTDIVISION.compute(q[0] as Grid, q[1] as Grid, q[2] as Grid, q[3] as Grid, q[4] as Grid)).toEqual([
      ["Account division"],
      ["Account management within the organisation"],
    ]);
    expect(accountDivision([true, undefined, true, true, true])).toBeUndefined();
  });
});

describe("KAM.VALUEDISCIPLINE: the discipline that leads by at least 0.5, or no clear choice (Treacy & Wiersema)", () => {
  const call = (scores: readonly (number | string | null)[], lead?: number, lang?: string) =>
    VALUEDISCIPLINE.compute(
      [[scores[0] ?? null]],
      [[scores[1] ?? null]],
      [[scores[2] ?? null]],
      lead === undefined ? undefined : [[lead]],
      lang === undefined ? undefined : [[lang]],
    );
  for (const c of fixture.valuediscipline.cases) {
    it(`gives "${c.en}" when ${c.why}, in English and Dutch`, () => {
      const lead = "lead" in c ? c.lead : undefined;
      expect(call(c.scores, lead)).toEqual([[c.en]]);
      expect(call(c.scores, lead, "nl")).toEqual([[c.nl]]);
    });
  }
  for (const c of fixture.valuediscipline.errors) {
    it(`is ${c.error} for ${c.why}`, () => {
      expect(kind(call(c.scores, "lead" in c ? c.lead : undefined)[0]?.[0])).toBe(c.error);
    });
  }

  it("orders the disciplines as its arguments in core", () => {
    expect(valueDiscipline([5, 1, 1])).toBe("productLeadership");
    expect(valueDiscipline([1, 5, 1])).toBe("operationalExcellence");
    expect(valueDiscipline([1, 1, 5])).toBe("customerIntimacy");
  });
});
