import { describe, expect, it } from "vitest";
import type { Grid, OutGrid } from "../../src/core/cells";
import { findFunction } from "../../src/core/catalog";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";

/**
 * Every function whose documented input is a score on the course's 1–5 scale (docs/models.md §1.1):
 * the arguments that are scores, and the other required arguments a valid call needs.
 */
const SCORE_ARGS: Readonly<Record<string, readonly string[]>> = {
  CLASSIFY: ["current", "future"],
  KRALJIC: ["impact", "difficulty"],
  PORTFOLIO: ["attractiveness", "strength"],
  LOYALTYZONE: ["satisfaction"],
  LOYALTYTYPE: ["satisfaction", "loyalty"],
  STANCE: ["riskPerception"],
  READINESS: ["breadth", "depth"],
};

/** Calls a catalog function with arguments by name; a required argument not named is 3. */
function call(id: string, named: Readonly<Record<string, Grid | undefined>>): OutGrid {
  const spec = findFunction(id);
  if (spec === undefined) throw new Error(`KAM.${id} is not in the catalog`);
  return spec.compute(...spec.params.map((p) => (p.name in named ? named[p.name] : p.optional ? undefined : [[3]])));
}

const first = (out: OutGrid): unknown => out[0]?.[0];

describe("a score outside the documented scale is an error in its own row", () => {
  for (const [id, args] of Object.entries(SCORE_ARGS)) {
    for (const arg of args) {
      for (const bad of [0, 6, -1, 5.5, 10]) {
        it(`KAM.${id} rejects ${arg} ${bad}, outside the 1–5 scale, with #VALUE! naming ${arg} and row 2`, () => {
          const out = call(id, { [arg]: [[3], [bad], [3]] });
          const cell = out[1]?.[0];
          expect(cell, `KAM.${id}(${arg} = ${bad})`).toMatchObject({ code: "out_of_scale" });
          if (!isIssue(cell)) return;
          expect(issueKind(cell)).toBe("#VALUE!");
          expect(cell.path.slice(0, 2)).toEqual([arg, 2]);
          expect(formatIssue(cell, "en")).toMatch(
            new RegExp(`^${arg}, row 2(, column 1)?: ${bad} is outside the scale 1–5`),
          );
          expect(formatIssue(cell, "nl")).toMatch(
            new RegExp(`^${arg}, rij 2(, kolom 1)?: ${bad} valt buiten de schaal 1–5`),
          );
          expect(typeof out[0]?.[0], "the rows around it still classify").toBe("string");
          expect(typeof out[2]?.[0]).toBe("string");
        });
      }
    }

    it(`KAM.${id} accepts both ends of the scale and a value within rounding error of 5`, () => {
      for (const arg of args) {
        for (const ok of [1, 5, 5 + 1e-12, 1 - 1e-12]) {
          expect(typeof first(call(id, { [arg]: [[ok]] })), `${arg} = ${ok}`).toBe("string");
        }
      }
    });

    it(`KAM.${id} takes an optional last argument scale, so today's formulas keep their meaning`, () => {
      const spec = findFunction(id);
      expect(spec?.params.at(-1)).toEqual({ name: "scale", kind: "range", optional: true });
      expect(spec?.params.at(-2)?.name).toBe("lang");
    });

    it(`KAM.${id} reads scores on the scale "0-10" and rejects 11 naming the scale 0–10`, () => {
      const out = call(id, { [args[0] ?? ""]: [[0], [10], [11]], scale: [["0-10"]] });
      expect(typeof out[0]?.[0]).toBe("string");
      expect(typeof out[1]?.[0]).toBe("string");
      const cell = out[2]?.[0];
      expect(cell).toMatchObject({ code: "out_of_scale" });
      if (isIssue(cell)) expect(formatIssue(cell, "en")).toContain("11 is outside the scale 0–10");
    });
  }
});

describe("the scale argument", () => {
  it('maps the default cut-offs onto "0-10": the zones of affection from 8.75 and indifference from 3.75', () => {
    const scale = [["0-10"]];
    const out = call("LOYALTYZONE", { satisfaction: [[3.7], [3.75], [8.7], [8.75], [10]], scale });
    expect(out.map((r) => r[0])).toEqual([
      "Zone of defection",
      "Zone of indifference",
      "Zone of indifference",
      "Zone of affection",
      "Zone of affection",
    ]);
  });

  it('maps the default cut-offs onto "1-7": answers 1–3, 4–6 and 7 fall in the three zones', () => {
    const out = call("LOYALTYZONE", { satisfaction: [[1], [3], [4], [6], [7]], scale: [["1-7"]] });
    expect(out.map((r) => r[0])).toEqual([
      "Zone of defection",
      "Zone of defection",
      "Zone of indifference",
      "Zone of indifference",
      "Zone of affection",
    ]);
  });

  it("maps the cut 3 of the classifiers onto 5 on 0–10, and the cut 3.5 of the types onto 6.25", () => {
    const scale = [["0-10"]];
    expect(first(call("KRALJIC", { impact: [[5]], difficulty: [[4.9]], scale }))).toBe("Leverage");
    expect(first(call("PORTFOLIO", { attractiveness: [[4.9]], strength: [[5]], scale }))).toBe("Status");
    expect(first(call("CLASSIFY", { current: [[5]], future: [[5]], scale }))).toBe("Key account");
    expect(first(call("READINESS", { breadth: [[4.9]], depth: [[4.9]], scale }))).toBe(
      "No commitment: all customers alike",
    );
    expect(first(call("LOYALTYTYPE", { satisfaction: [[6.25]], loyalty: [[6.2]], scale }))).toBe("Mercenary");
    expect(
      first(call("STANCE", { businessInterest: [[1]], personalGain: [[1]], riskPerception: [[6.25]], scale })),
    ).toBe("Cautious supporter");
  });

  it("reads explicit cut-offs on the user's own scale", () => {
    const out = call("LOYALTYTYPE", {
      satisfaction: [[8], [7.9]],
      loyalty: [[8]],
      satisfactionCut: [[8]],
      loyaltyCut: [[8]],
      scale: [["0-10"]],
    });
    expect(out).toEqual([["Apostle"], ["Hostage"]]);
  });

  it('accepts "1–7" with an en dash, "0 - 10" with spaces and two numbers {0,10} as a row or a column', () => {
    for (const scale of [[["1–7"]], [[" 1 - 7 "]], [[1, 7]], [[1], [7]]] as Grid[]) {
      expect(first(call("LOYALTYZONE", { satisfaction: [[7]], scale })), JSON.stringify(scale)).toBe(
        "Zone of affection",
      );
    }
  });

  it("treats a blank scale as 1–5", () => {
    expect(first(call("LOYALTYZONE", { satisfaction: [[6]], scale: [[null]] }))).toMatchObject({
      code: "out_of_scale",
    });
  });

  for (const bad of [[["10-0"]], [["abc"]], [[45413]], [["5-5"]], [[1, 2, 3]], [[true]]] as Grid[]) {
    it(`rejects the scale ${JSON.stringify(bad)} with #VALUE! in every cell, saying how to write one`, () => {
      const out = call("LOYALTYZONE", { satisfaction: [[1], [5]], scale: bad });
      for (const row of out) {
        const cell = row[0];
        expect(cell).toMatchObject({ code: "bad_scale", path: ["scale", 1] });
        if (isIssue(cell)) {
          expect(issueKind(cell)).toBe("#VALUE!");
          expect(formatIssue(cell, "en")).toContain('"0-10"');
        }
      }
    });
  }

  it("passes an error from the sheet in the scale through to every cell", () => {
    const out = call("KRALJIC", { impact: [[1], [2]], scale: [[{ sheetError: "#REF!" }]] });
    expect(out).toEqual([[{ sheetError: "#REF!" }], [{ sheetError: "#REF!" }]]);
  });
});
