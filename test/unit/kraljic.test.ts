import { describe, expect, it } from "vitest";
import fixture from "../fixtures/kraljic.json";
import { KRALJIC, SUPPLIERSTRATEGY, STRATEGY_MODELS } from "../../src/core/kraljic";
import { issueKind, type Issue } from "../../src/core/issues";

const LEVEL = { low: 1, high: 5 } as const;

describe("KAM.KRALJIC (the customer's purchasing portfolio, models.md §5)", () => {
  for (const cell of fixture.cells) {
    it(`puts impact ${cell.impact}, difficulty ${cell.difficulty} in "${cell.en}" / "${cell.nl}"`, () => {
      expect(KRALJIC.compute([[cell.impact]], [[cell.difficulty]], undefined, undefined, undefined)).toEqual([
        [cell.en],
      ]);
      expect(KRALJIC.compute([[cell.impact]], [[cell.difficulty]], undefined, undefined, [["nl"]])).toEqual([
        [cell.nl],
      ]);
    });
  }

  for (const tie of fixture.ties) {
    it(`sends a tie on the cut high: impact ${tie.impact}, difficulty ${tie.difficulty} is "${tie.en}"`, () => {
      expect(KRALJIC.compute([[tie.impact]], [[tie.difficulty]], undefined, undefined, undefined)).toEqual([[tie.en]]);
    });
  }

  for (const item of fixture.published.items) {
    it(`places Kraljic's ${item.kraljic} (impact ${item.impact}, risk ${item.risk}) in ${item.quadrant}`, () => {
      expect(
        KRALJIC.compute(
          [[LEVEL[item.impact as "low" | "high"]]],
          [[LEVEL[item.risk as "low" | "high"]]],
          undefined,
          undefined,
          undefined,
        ),
      ).toEqual([[item.quadrant]]);
    });
  }

  it("broadcasts a row of difficulty against a column of impact into the 2×2 matrix", () => {
    expect(KRALJIC.compute([[5], [1]], [[1, 5]], undefined, undefined, undefined)).toEqual([
      ["Leverage", "Partner"],
      ["Routine", "Bottleneck"],
    ]);
  });

  it("moves the boundaries with impactCut and difficultyCut", () => {
    expect(KRALJIC.compute([[3]], [[3]], [[4]], [[2]], undefined)).toEqual([["Bottleneck"]]);
  });

  it("gives text #VALUE! naming the argument and row, a blank #N/A, and passes sheet errors through", () => {
    const out = KRALJIC.compute(
      [[1], ["high"], [null], [{ sheetError: "#DIV/0!" }]],
      [[1]],
      undefined,
      undefined,
      undefined,
    );
    expect(out[0]).toEqual(["Routine"]);
    expect(out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["impact", 2] });
    expect(out[2]?.[0]).toMatchObject({ code: "blank", path: ["impact", 3] });
    expect(out[3]?.[0]).toEqual({ sheetError: "#DIV/0!" });
  });
});

describe("KAM.SUPPLIERSTRATEGY (Stewart, Rackham, Holden, course 003 slide 47)", () => {
  for (const cell of fixture.cells) {
    for (const model of STRATEGY_MODELS) {
      it(`gives ${model} "${cell[model]}" for ${cell.en}`, () => {
        expect(SUPPLIERSTRATEGY.compute([[cell.en]], [[model]], undefined)).toEqual([[cell[model]]]);
        expect(SUPPLIERSTRATEGY.compute([[cell.nl.toUpperCase()]], [[model.toUpperCase()]], undefined)).toEqual([
          [cell[model]],
        ]);
      });
    }
  }

  it("uses Stewart by default", () => {
    expect(SUPPLIERSTRATEGY.compute([["Routine"], ["hefboom"]], undefined, undefined)).toEqual([
      ["Automate"],
      ["Differentiate"],
    ]);
  });

  for (const model of ["stewart", "buying", "seller"] as const) {
    for (const [quadrant, nl] of Object.entries(fixture.dutchStrategies[model])) {
      it(`gives the Dutch ${model} strategy for ${quadrant}: "${nl}"`, () => {
        expect(SUPPLIERSTRATEGY.compute([[quadrant]], [[model]], [["nl"]])).toEqual([[nl]]);
      });
    }
  }

  it("gives the seller profile of slide 64 through the selling mode: the consultative quadrants share one", () => {
    const out = SUPPLIERSTRATEGY.compute(
      [["Routine"], ["Hefboom"], ["bottleneck"], ["Strategic"]],
      [["seller"]],
      undefined,
    );
    expect(out).toEqual([["Star salesman"], ["Relationship manager"], ["Relationship manager"], ["Network manager"]]);
  });

  it("accepts Kraljic's own name Strategic for the Partner cell", () => {
    expect(SUPPLIERSTRATEGY.compute([["strategic"]], [["holden"]], undefined)).toEqual([["Strategic"]]);
  });

  it('accepts the Dutch "Strategisch" for the Partner cell, in any case', () => {
    expect(SUPPLIERSTRATEGY.compute([["Strategisch"], ["strategisch"]], [["stewart"]], [["nl"]])).toEqual([
      ["Kapitaliseren"],
      ["Kapitaliseren"],
    ]);
  });

  for (const c of fixture.published.heating.cases) {
    it(`matches the course's heating-installation example: ${c.quadrant} → ${c.stewart}`, () => {
      expect(SUPPLIERSTRATEGY.compute([[c.quadrant]], undefined, undefined)).toEqual([[c.stewart]]);
    });
  }

  it("chains with KAM.KRALJIC in either language", () => {
    const quadrants = KRALJIC.compute([[1], [5], [1], [5]], [[1], [1], [5], [5]], undefined, undefined, [["nl"]]);
    expect(SUPPLIERSTRATEGY.compute(quadrants as string[][], [["rackham"]], undefined)).toEqual([
      ["Transactional selling"],
      ["Consultative selling"],
      ["Consultative selling"],
      ["Enterprise selling"],
    ]);
  });

  it("rejects an unknown model with #VALUE! naming model and the row", () => {
    const out = SUPPLIERSTRATEGY.compute([["Routine"], ["Routine"]], [["stewart"], ["porter"]], undefined);
    expect(out[0]).toEqual(["Automate"]);
    expect(out[1]?.[0]).toMatchObject({ code: "unknown_option", path: ["model", 2] });
    expect(issueKind(out[1]?.[0] as Issue)).toBe("#VALUE!");
  });

  it("rejects an unknown quadrant label or a number with #VALUE! and a blank with #N/A", () => {
    const out = SUPPLIERSTRATEGY.compute([["Star"], [3], [null]], undefined, undefined);
    expect(out[0]?.[0]).toMatchObject({ code: "unknown_label", path: ["quadrant", 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "not_text", path: ["quadrant", 2] });
    expect(out[2]?.[0]).toMatchObject({ code: "blank", path: ["quadrant", 3] });
  });

  it("rejects an unknown lang with #VALUE!", () => {
    expect(SUPPLIERSTRATEGY.compute([["Routine"]], undefined, [["de"]])[0]?.[0]).toMatchObject({
      code: "unknown_option",
      path: ["lang", 1],
    });
  });
});
