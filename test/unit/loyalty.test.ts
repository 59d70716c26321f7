import { describe, expect, it } from "vitest";
import fixture from "../fixtures/loyalty.json";
import { LOYALTYTYPE, LOYALTYZONE, SATISFACTION } from "../../src/core/loyalty";
import { isIssue } from "../../src/core/issues";

describe("KAM.LOYALTYZONE (Jones & Sasser zones, models.md §7)", () => {
  for (const row of fixture.zones) {
    it(`puts satisfaction ${row.satisfaction} in "${row.en}" / "${row.nl}"`, () => {
      expect(LOYALTYZONE.compute([[row.satisfaction]], undefined, undefined, undefined)).toEqual([[row.en]]);
      expect(LOYALTYZONE.compute([[row.satisfaction]], undefined, undefined, [["nl"]])).toEqual([[row.nl]]);
    });
  }

  it("spills a column for a column and keeps a bad row's error in its own cell", () => {
    const out = LOYALTYZONE.compute([[1], ["high"], [null], [5]], undefined, undefined, undefined);
    expect(out[0]).toEqual(["Zone of defection"]);
    expect(isIssue(out[1]?.[0]) && out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["satisfaction", 2] });
    expect(isIssue(out[2]?.[0]) && out[2]?.[0]).toMatchObject({ code: "blank" });
    expect(out[3]).toEqual(["Zone of affection"]);
  });

  it("passes an error from the sheet through unchanged", () => {
    expect(LOYALTYZONE.compute([[{ sheetError: "#DIV/0!" }]], undefined, undefined, undefined)).toEqual([
      [{ sheetError: "#DIV/0!" }],
    ]);
  });

  it("rejects boundaries in the wrong order with cut_order and an unknown language with unknown_option", () => {
    expect(LOYALTYZONE.compute([[3]], [[4]], [[2]], undefined)[0]?.[0]).toMatchObject({ code: "cut_order" });
    expect(LOYALTYZONE.compute([[3]], undefined, undefined, [["fr"]])[0]?.[0]).toMatchObject({
      code: "unknown_option",
    });
  });
});

describe("KAM.LOYALTYTYPE (satisfaction × loyalty, cut 3.5)", () => {
  for (const row of fixture.types) {
    it(`types satisfaction ${row.satisfaction}, loyalty ${row.loyalty} as "${row.en}" / "${row.nl}"`, () => {
      expect(LOYALTYTYPE.compute([[row.satisfaction]], [[row.loyalty]], undefined, undefined, undefined)).toEqual([
        [row.en],
      ]);
      expect(LOYALTYTYPE.compute([[row.satisfaction]], [[row.loyalty]], undefined, undefined, [["NL"]])).toEqual([
        [row.nl],
      ]);
    });
  }

  it("broadcasts a row of loyalty against a column of satisfaction into a table", () => {
    const out = LOYALTYTYPE.compute([[5], [1]], [[5, 1]], undefined, undefined, undefined);
    expect(out).toEqual([
      ["Apostle", "Mercenary"],
      ["Hostage", "Terrorist"],
    ]);
  });
});

describe("KAM.SATISFACTION (experience − expectation)", () => {
  it("is negative for a disappointed customer and positive for a delighted one", () => {
    expect(SATISFACTION.compute([[2], [5]], [[4]])).toEqual([[-2], [1]]);
  });

  it("gives #VALUE! not_finite instead of an infinite gap when the difference overflows", () => {
    expect(SATISFACTION.compute([[1e308]], [[-1e308]])[0]?.[0]).toMatchObject({ code: "not_finite" });
  });

  it("fills positions a shorter range does not cover with #N/A shape_mismatch", () => {
    const out = SATISFACTION.compute([[2], [5], [3]], [[4], [1]]);
    expect(out[2]?.[0]).toMatchObject({ code: "shape_mismatch", path: ["expectation", 3] });
  });
});
