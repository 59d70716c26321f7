import { describe, expect, it } from "vitest";
import fixture from "../fixtures/buyingcentre.json";
import { ORDERCHANCE, RESPONSEMODE, STANCE } from "../../src/core/buyingcentre";
import { formatIssue, isIssue } from "../../src/core/issues";

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

  it("takes a last optional tolerance: within it of the desired result is Even keel, on either side", () => {
    const spec = RESPONSEMODE.params.at(-1);
    expect(spec).toEqual({ name: "tolerance", kind: "each", optional: true });
    const out = RESPONSEMODE.compute(
      [[3.6], [4.5], [4.6], [3.4], [3.4]],
      [[4]],
      [[0], [0], [0], [0], [-1]],
      undefined,
      [[0.5]],
    );
    expect(out).toEqual([["Even keel"], ["Even keel"], ["Overconfident"], ["Growth"], ["Trouble"]]);
  });

  it("keeps today's rule with no tolerance, a blank one or 0: only an exact match is Even keel", () => {
    for (const tolerance of [undefined, [[null]], [[0]]]) {
      expect(RESPONSEMODE.compute([[4], [3.999], [4.001]], [[4]], undefined, undefined, tolerance)).toEqual([
        ["Even keel"],
        ["Growth"],
        ["Overconfident"],
      ]);
    }
  });

  it("rejects a negative tolerance and text as a tolerance in the row", () => {
    expect(RESPONSEMODE.compute([[4]], [[4]], undefined, undefined, [[-0.1]])[0]?.[0]).toMatchObject({
      code: "negative",
      path: ["tolerance", 1, 1],
    });
    expect(RESPONSEMODE.compute([[4]], [[4]], undefined, undefined, [["half"]])[0]?.[0]).toMatchObject({
      code: "not_a_number",
    });
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

  it('accepts "gebruikers", the course\'s plural (003 slide 96), as the user influence', () => {
    expect(ORDERCHANCE.compute([["gebruikers"], ["Gebruikers"]], [["Even keel"]], [["nl"]])).toEqual([
      ["Bewerk via de economic influence"],
      ["Bewerk via de economic influence"],
    ]);
  });

  it("lists the Dutch names too when an influence is unknown, in the Dutch message as well", () => {
    const cell = ORDERCHANCE.compute([["inkoper"]], [["Growth"]], [["nl"]])[0]?.[0];
    expect(cell).toMatchObject({ code: "unknown_label" });
    if (!isIssue(cell)) return;
    const nl = formatIssue(cell, "nl");
    for (const name of ["Economisch", "Technisch", "Gebruiker", "Coach"]) expect(nl).toContain(name);
  });

  it("names the allowed labels for an unknown influence or mode", () => {
    expect(ORDERCHANCE.compute([["buyer"]], [["Growth"]], undefined)[0]?.[0]).toMatchObject({
      code: "unknown_label",
      params: { value: "buyer", allowed: "Economic, Technical, User, Coach, Economisch, Technisch, Gebruiker" },
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
