import { describe, expect, it } from "vitest";
import fixture from "../fixtures/buyingcentre.json";
import { ORDERCHANCE, RESPONSEMODE, STANCE } from "../../src/core/buyingcentre";

describe("KAM.RESPONSEMODE (Miller Heiman, course 003 slides 101–102)", () => {
  for (const c of fixture.responseMode.cases) {
    const trend = c.trend === null ? "no trend" : `trend ${c.trend}`;
    it(`reads perceived ${c.perceived} against desired ${c.desired} with ${trend} as "${c.en}"`, () => {
      const t = c.trend === null ? undefined : [[c.trend]];
      expect(RESPONSEMODE.compute([[c.perceived]], [[c.desired]], t, undefined)).toEqual([[c.en]]);
      expect(RESPONSEMODE.compute([[c.perceived]], [[c.desired]], t, [["nl"]])).toEqual([[c.nl]]);
    });
  }

  it("treats a blank trend as no fall but a blank perceived reality as missing", () => {
    expect(RESPONSEMODE.compute([[2]], [[4]], [[null]], undefined)).toEqual([["Growth"]]);
    expect(RESPONSEMODE.compute([[null]], [[4]], undefined, undefined)[0]?.[0]).toMatchObject({ code: "blank" });
    expect(RESPONSEMODE.compute([[2]], [[4]], [["down"]], undefined)[0]?.[0]).toMatchObject({ code: "not_a_number" });
  });
});

describe("KAM.ORDERCHANCE (influence × response mode, models.md §9)", () => {
  for (const c of fixture.orderChance.cases) {
    it(`advises "${c.en}" / "${c.nl}" for the ${c.influence} influence in ${c.mode}`, () => {
      expect(ORDERCHANCE.compute([[c.influence]], [[c.mode]], undefined)).toEqual([[c.en]]);
      expect(ORDERCHANCE.compute([[c.influence]], [[c.mode]], [["nl"]])).toEqual([[c.nl]]);
    });
  }

  it("accepts Dutch and the course's spellings of an influence, in any case", () => {
    const out = ORDERCHANCE.compute(
      [["economische"], ["Gebruiker"], ["TECHNIC"], [" coach "]],
      [["even keel"]],
      undefined,
    );
    expect(out).toEqual([
      ["No order chance"],
      ["Work through the economic influence"],
      ["Work through the economic influence"],
      ["Work through the economic influence"],
    ]);
  });

  it("chains onto KAM.RESPONSEMODE's Dutch labels", () => {
    const modes = RESPONSEMODE.compute([[5], [3]], [[3]], undefined, [["nl"]]).map((row) => row.map(String));
    expect(ORDERCHANCE.compute([["Economisch"]], modes, [["nl"]])).toEqual([
      ["Geen opdrachtkans: wacht af"],
      ["Geen opdrachtkans"],
    ]);
  });

  it("names the allowed labels for an unknown influence or mode", () => {
    expect(ORDERCHANCE.compute([["buyer"]], [["Growth"]], undefined)[0]?.[0]).toMatchObject({
      code: "unknown_label",
      params: { value: "buyer", allowed: "Economic, Technical, User, Coach" },
    });
    expect(ORDERCHANCE.compute([["User"]], [["Panic"]], undefined)[0]?.[0]).toMatchObject({
      code: "unknown_label",
      path: ["responseMode", 1, 1],
    });
    expect(ORDERCHANCE.compute([[null]], [["Growth"]], undefined)[0]?.[0]).toMatchObject({ code: "blank" });
  });
});

describe("KAM.STANCE (situation assessment, models.md §9)", () => {
  for (const c of fixture.stance.cases) {
    it(`judges interest ${c.business}, gain ${c.personal}, risk ${c.risk} a "${c.en}" / "${c.nl}"`, () => {
      expect(STANCE.compute([[c.business]], [[c.personal]], [[c.risk]], undefined, undefined)).toEqual([[c.en]]);
      expect(STANCE.compute([[c.business]], [[c.personal]], [[c.risk]], undefined, [["nl"]])).toEqual([[c.nl]]);
    });
  }

  it("moves the cautious-supporter boundary with riskCut", () => {
    expect(STANCE.compute([[1]], [[1]], [[3]], [[3]], undefined)).toEqual([["Cautious supporter"]]);
    expect(STANCE.compute([[1]], [[1]], [[3]], [[4]], undefined)).toEqual([["Supporter"]]);
  });

  it("requires a risk perception even when it does not decide, and passes sheet errors through", () => {
    expect(STANCE.compute([[-1]], [[-1]], [[null]], undefined, undefined)[0]?.[0]).toMatchObject({ code: "blank" });
    expect(STANCE.compute([[{ sheetError: "#N/A" }]], [[1]], [[1]], undefined, undefined)).toEqual([
      [{ sheetError: "#N/A" }],
    ]);
  });
});
