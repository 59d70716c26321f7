import { describe, expect, it } from "vitest";
import fixture from "../fixtures/portfolio.json";
import { PORTFOLIO } from "../../src/core/portfolio";

describe("KAM.PORTFOLIO (McDonald & Woodburn's key-account portfolio, models.md §6)", () => {
  for (const cell of fixture.cells) {
    it(`puts attractiveness ${cell.attractiveness}, strength ${cell.strength} in "${cell.en}" / "${cell.nl}" (${cell.meaning})`, () => {
      expect(PORTFOLIO.compute([[cell.attractiveness]], [[cell.strength]], undefined, undefined, undefined)).toEqual([
        [cell.en],
      ]);
      expect(PORTFOLIO.compute([[cell.attractiveness]], [[cell.strength]], undefined, undefined, [["NL"]])).toEqual([
        [cell.nl],
      ]);
    });
  }

  for (const tie of fixture.ties) {
    it(`sends a tie on the cut high: attractiveness ${tie.attractiveness}, strength ${tie.strength} is "${tie.en}"`, () => {
      expect(PORTFOLIO.compute([[tie.attractiveness]], [[tie.strength]], undefined, undefined, undefined)).toEqual([
        [tie.en],
      ]);
    });
  }

  it("moves the boundaries with the cuts, per row when the cuts are a column", () => {
    expect(PORTFOLIO.compute([[3.5], [3.5]], [[3.5]], [[4], [3]], undefined, undefined)).toEqual([
      ["Status"],
      ["Strategic"],
    ]);
  });

  it("gives text #VALUE! naming the argument and row, a blank #N/A, and passes sheet errors through", () => {
    const out = PORTFOLIO.compute(
      [[5], [5], [5]],
      [["strong"], [null], [{ sheetError: "#N/A" }]],
      undefined,
      undefined,
      undefined,
    );
    expect(out[0]?.[0]).toMatchObject({ code: "not_a_number", path: ["strength", 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "blank", path: ["strength", 2] });
    expect(out[2]?.[0]).toEqual({ sheetError: "#N/A" });
  });

  it("rejects a text cut with #VALUE! and an unknown lang with #VALUE!", () => {
    expect(PORTFOLIO.compute([[5]], [[5]], [["three"]], undefined, undefined)[0]?.[0]).toMatchObject({
      code: "not_a_number",
      path: ["attractivenessCut", 1],
    });
    expect(PORTFOLIO.compute([[5]], [[5]], undefined, undefined, [["xx"]])[0]?.[0]).toMatchObject({
      code: "unknown_option",
    });
  });
});
