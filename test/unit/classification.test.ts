import { describe, expect, it } from "vitest";
import fixture from "../fixtures/classification.json";
import { ABC, CLASSIFY } from "../../src/core/classification";
import { issueKind, type Issue } from "../../src/core/issues";
import type { Cell } from "../../src/core/cells";

describe("KAM.CLASSIFY (customer classes, models.md §2)", () => {
  for (const row of fixture.classes) {
    it(`${row.spec}: "${row.en}" / "${row.nl}"`, () => {
      const profit = row.profit === null ? undefined : [[row.profit]];
      expect(CLASSIFY.compute([[row.current]], [[row.future]], profit, undefined, undefined, undefined)).toEqual([
        [row.en],
      ]);
      expect(CLASSIFY.compute([[row.current]], [[row.future]], profit, undefined, undefined, [["nl"]])).toEqual([
        [row.nl],
      ]);
    });
  }

  it("treats a blank profit cell as not given", () => {
    expect(CLASSIFY.compute([[4], [4]], [[4], [4]], [[null], [-1]], undefined, undefined, undefined)).toEqual([
      ["Key account"],
      ["Loss customer"],
    ]);
  });

  it("moves the boundaries with currentCut and futureCut", () => {
    expect(CLASSIFY.compute([[3.5]], [[3.5]], undefined, [[4]], [[3.5]], undefined)).toEqual([["Future key account"]]);
  });

  it("gives #N/A for a blank current value and #VALUE! naming the argument and row for text", () => {
    const out = CLASSIFY.compute([[4], [null], ["high"]], [[4]], undefined, undefined, undefined, undefined);
    expect(out[0]).toEqual(["Key account"]);
    expect(out[1]?.[0]).toMatchObject({ code: "blank", path: ["current", 2] });
    expect(issueKind(out[1]?.[0] as Issue)).toBe("#N/A");
    expect(out[2]?.[0]).toMatchObject({ code: "not_a_number", path: ["current", 3] });
    expect(issueKind(out[2]?.[0] as Issue)).toBe("#VALUE!");
  });

  it("passes an error from the sheet through, also in the profit", () => {
    const out = CLASSIFY.compute(
      [[4], [4]],
      [[{ sheetError: "#REF!" }], [4]],
      [[1], [{ sheetError: "#DIV/0!" }]],
      undefined,
      undefined,
      undefined,
    );
    expect(out).toEqual([[{ sheetError: "#REF!" }], [{ sheetError: "#DIV/0!" }]]);
  });

  it("rejects an unknown lang with #VALUE! naming lang and the row", () => {
    const out = CLASSIFY.compute([[4], [4]], [[4]], undefined, undefined, undefined, [["en"], ["de"]]);
    expect(out[0]).toEqual(["Key account"]);
    expect(out[1]?.[0]).toMatchObject({ code: "unknown_option", path: ["lang", 2] });
    expect(issueKind(out[1]?.[0] as Issue)).toBe("#VALUE!");
  });
});

describe("KAM.ABC (Pareto tiers, models.md §2)", () => {
  const column = (values: readonly Cell[]) => values.map((v) => [v]);

  for (const row of fixture.abc) {
    it(row.spec, () => {
      expect(ABC.compute(column(row.values), undefined, undefined)).toEqual(column(row.expected));
    });
  }

  it("applies the course's 20/80 rule: the 20 % of customers that make 80 % are the A customers", () => {
    const { values, aCustomers } = fixture.published.pareto;
    const out = ABC.compute(column(values), undefined, undefined).map((r) => r[0]);
    expect(out.filter((t) => t === "A")).toHaveLength(aCustomers);
    expect(out[1]).toBe("A");
    expect(out[4]).toBe("A");
  });

  it("answers a row with a row", () => {
    expect(ABC.compute([[50, 30, 15, 5]], undefined, undefined)).toEqual([["A", "A", "B", "C"]]);
  });

  it("moves the tiers with cutA and cutB", () => {
    expect(ABC.compute(column([50, 30, 15, 5]), [[0.5]], [[0.9]])).toEqual(column(["A", "B", "B", "C"]));
  });

  it("rejects cutA above cutB with #VALUE!", () => {
    const out = ABC.compute(column([1, 2]), [[0.9]], [[0.8]]);
    expect(out).toHaveLength(2);
    expect(out[1]?.[0]).toBe(out[0]?.[0]);
    expect(out[0]?.[0]).toMatchObject({ code: "cut_order", path: ["cutA", 1] });
    expect(issueKind(out[0]?.[0] as Issue)).toBe("#VALUE!");
  });

  it("rejects a cut outside 0–1 (80 instead of 80 %) with #VALUE!", () => {
    expect(ABC.compute(column([1]), [[80]], undefined)[0]?.[0]).toMatchObject({
      code: "out_of_range",
      path: ["cutA", 1],
    });
  });

  it("rejects a total of zero or less with #VALUE!", () => {
    expect(ABC.compute(column([5, -5]), undefined, undefined)[0]?.[0]).toMatchObject({ code: "non_positive_total" });
  });

  it("gives blanks, text and sheet errors their own cell and leaves them out of the total", () => {
    const out = ABC.compute(column([50, null, "x", { sheetError: "#N/A" }, 30, 15, 5]), undefined, undefined);
    expect(
      out.map((r) =>
        typeof r[0] === "string"
          ? r[0]
          : ((r[0] as { code?: string; sheetError?: string }).code ?? (r[0] as { sheetError: string }).sheetError),
      ),
    ).toEqual(["A", "blank", "not_a_number", "#N/A", "A", "B", "C"]);
  });

  it("ranks 100,000 evenly spread customers in one call: about 1 − √0.2 of them are A and √0.2 − √0.05 B", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => [((i * 7919) % 100_003) + 1]);
    const out = ABC.compute(values, undefined, undefined);
    expect(out).toHaveLength(100_000);
    const counts = { A: 0, B: 0, C: 0 };
    for (const r of out) counts[r[0] as "A" | "B" | "C"]++;
    expect(counts.A + counts.B + counts.C).toBe(100_000);
    expect(counts.A / 100_000).toBeCloseTo(1 - Math.sqrt(0.2), 3);
    expect(counts.B / 100_000).toBeCloseTo(Math.sqrt(0.2) - Math.sqrt(0.05), 3);
  });
});
