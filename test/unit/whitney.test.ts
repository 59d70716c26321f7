import { describe, expect, it } from "vitest";
import fixture from "../fixtures/whitney.json";
import { WHITNEY } from "../../src/core/whitney";
import { formatIssue, issueKind, type Issue } from "../../src/core/issues";

describe("KAM.WHITNEY (Whitney's qualification, HBR 1996, models.md §3)", () => {
  for (const row of fixture.rows) {
    it(`strategic ${row.strategic}, significant ${row.significant}, profitable ${row.profitable}: "${row.en}"`, () => {
      const args = [[[row.strategic]], [[row.significant]], [[row.profitable]]] as const;
      expect(WHITNEY.compute(...args, undefined)).toEqual([[row.en]]);
      expect(WHITNEY.compute(...args, [["nl"]])).toEqual([[row.nl]]);
    });
  }

  it("gives eight different actions for the eight combinations", () => {
    expect(new Set(fixture.rows.map((r) => r.en)).size).toBe(8);
  });

  it("reads TRUE/FALSE, 1/0, yes/no and ja/nee in any case", () => {
    const yes = fixture.yes.map((v) => [v]);
    const no = fixture.no.map((v) => [v]);
    const allYes = WHITNEY.compute(yes, yes, yes, undefined);
    const allNo = WHITNEY.compute(no, no, no, undefined);
    expect(allYes.every((r) => r[0] === "Retain these customers; invest")).toBe(true);
    expect(allNo.every((r) => r[0] === "Outsource to the main competitor")).toBe(true);
  });

  it("rejects a judgement that is not yes or no with #VALUE! naming the argument and row", () => {
    const out = WHITNEY.compute([[true], [true]], [["maybe"], [true]], [[true]], undefined);
    const bad = out[0]?.[0] as Issue;
    expect(bad).toMatchObject({ code: "not_a_boolean", path: ["significant", 1] });
    expect(issueKind(bad)).toBe("#VALUE!");
    expect(formatIssue(bad)).toMatch(/^significant, row 1: /);
    expect(out[1]).toEqual(["Retain these customers; invest"]);
  });

  it("gives #N/A for a blank judgement and passes sheet errors through", () => {
    const out = WHITNEY.compute([[null], [{ sheetError: "#NAME?" }]], [[true]], [[true]], undefined);
    expect(out[0]?.[0]).toMatchObject({ code: "blank", path: ["strategic", 1] });
    expect(out[1]?.[0]).toEqual({ sheetError: "#NAME?" });
  });

  it("rejects an unknown lang with #VALUE!", () => {
    expect(WHITNEY.compute([[1]], [[1]], [[1]], [["fr"]])[0]?.[0]).toMatchObject({
      code: "unknown_option",
      path: ["lang", 1],
    });
  });
});
