import { describe, expect, it } from "vitest";
import fixture from "../fixtures/organisation.json";
import { AMLEVEL, READINESS } from "../../src/core/organisation";

describe("KAM.READINESS (breadth × depth, course 000 slides 6–9)", () => {
  for (const c of fixture.readiness.cases) {
    it(`puts breadth ${c.breadth}, depth ${c.depth} in "${c.en}"`, () => {
      expect(READINESS.compute([[c.breadth]], [[c.depth]], undefined, undefined)).toEqual([[c.en]]);
      expect(READINESS.compute([[c.breadth]], [[c.depth]], undefined, [["nl"]])).toEqual([[c.nl]]);
    });
  }

  it("moves both boundaries with cut", () => {
    expect(READINESS.compute([[4]], [[4]], [[4.5]], undefined)).toEqual([["No commitment: all customers alike"]]);
  });

  it("broadcasts a row of depths against a column of breadths into the four situations", () => {
    expect(READINESS.compute([[1], [5]], [[1, 5]], undefined, undefined)).toEqual([
      ["No commitment: all customers alike", "A few key accounts, perhaps as an experiment, with resources"],
      ["Lip service: no reallocation of resources", "Fully committed with matching resources"],
    ]);
  });

  it("treats a blank depth as missing", () => {
    expect(READINESS.compute([[4]], [[null]], undefined, undefined)[0]?.[0]).toMatchObject({ code: "blank" });
  });
});

describe("KAM.AMLEVEL (level of the account management system, course 000 slide 15)", () => {
  for (const c of fixture.level.cases) {
    it(`chooses "${c.en}" / "${c.nl}" for answers ${c.answers.map((a) => (a ? "yes" : "no")).join(", ")}`, () => {
      const args = c.answers.map((a) => [[a]]) as [[[boolean]], [[boolean]], [[boolean]], [[boolean]], [[boolean]]];
      expect(AMLEVEL.compute(...args, undefined)).toEqual([[c.en]]);
      expect(AMLEVEL.compute(...args, [["nl"]])).toEqual([[c.nl]]);
    });
  }

  it("reads yes/no as TRUE/FALSE, 1/0, yes/no and ja/nee", () => {
    expect(AMLEVEL.compute([["ja"]], [["Yes"]], [[1]], [["nee"]], [[false]], undefined)).toEqual([["Corporate"]]);
  });

  it("requires every answer, naming the question that is blank or unreadable", () => {
    expect(AMLEVEL.compute([[true]], [[true]], [[true]], [[null]], [[true]], undefined)[0]?.[0]).toMatchObject({
      code: "blank",
      path: ["unitsShareAccounts", 1, 1],
    });
    expect(AMLEVEL.compute([[true]], [["maybe"]], [[true]], [[true]], [[true]], undefined)[0]?.[0]).toMatchObject({
      code: "not_a_boolean",
      path: ["jointDivisionsWanted", 1, 1],
    });
  });
});
