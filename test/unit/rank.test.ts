import { describe, expect, it } from "vitest";
import fc from "fast-check";
import fixture from "../fixtures/rank.json";
import { RANK, RANKALL, SORTBY, SORTROWS, ranks } from "../../src/core/rank";
import { isIssue } from "../../src/core/issues";
import { createKamEngine } from "../../src/workbench/engine";
import type { Cell } from "../../src/core/cells";

const column = (values: readonly Cell[]): Cell[][] => values.map((v) => [v]);

/** RANK.EQ by its definition: one plus the count of numbers strictly better. */
function rankEq(values: readonly number[], x: number, order: number): number {
  return 1 + values.filter((v) => (order === 0 ? v > x : v < x)).length;
}

describe("KAM.RANKALL (Excel RANK.EQ for every value of a range at once)", () => {
  for (const row of fixture.published) {
    it(`gives ${row.formula} = ${row.rank} as published`, () => {
      const out = RANKALL.compute(column(row.values), [[row.order]], undefined);
      expect(out[row.index]?.[0]).toBe(row.rank);
    });
  }

  for (const row of fixture.spills) {
    it(`spills ranks ${row.ranks.join(", ")} for ${row.values.join(", ")}: ${row.case}`, () => {
      expect(RANKALL.compute(column(row.values), [[row.order]], [[row.ties]])).toEqual(column(row.ranks));
    });
  }

  it("ranks the largest 1 when order is omitted, and spills a row for a row", () => {
    expect(RANKALL.compute([[7, 3.5, 3.5, 1, 2]], undefined, undefined)).toEqual([[1, 2, 2, 5, 4]]);
  });

  it("ranks a table as one list, in the table's shape", () => {
    expect(
      RANKALL.compute(
        [
          [1, 4],
          [3, 2],
        ],
        undefined,
        undefined,
      ),
    ).toEqual([
      [4, 1],
      [2, 3],
    ]);
  });

  it("gives #N/A for a blank, #VALUE! for text, passes a sheet error through, and ranks the rest without them", () => {
    const out = RANKALL.compute(column([10, null, "high", { sheetError: "#DIV/0!" }, 30, ""]), undefined, undefined);
    expect(out[0]).toEqual([2]);
    expect(isIssue(out[1]?.[0]) && out[1]?.[0]).toMatchObject({ code: "blank", path: ["values", 2] });
    expect(isIssue(out[2]?.[0]) && out[2]?.[0]).toMatchObject({ code: "not_a_number", path: ["values", 3] });
    expect(out[3]).toEqual([{ sheetError: "#DIV/0!" }]);
    expect(out[4]).toEqual([1]);
    expect(isIssue(out[5]?.[0]) && out[5]?.[0]).toMatchObject({ code: "blank", path: ["values", 6] });
  });

  it("fills the spill with #VALUE! for a text order or an unknown ties word", () => {
    const byOrder = RANKALL.compute(column([1, 2]), [["down"]], undefined);
    expect(byOrder.flat().every((c) => isIssue(c) && c.code === "not_a_number")).toBe(true);
    const byTies = RANKALL.compute(column([1, 2]), undefined, [["average"]]);
    expect(byTies.flat().every((c) => isIssue(c) && c.code === "unknown_option")).toBe(true);
  });

  it("agrees with RANK.EQ's definition on any list, in both orders", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }),
        fc.constantFrom(0, 1),
        (xs, order) => {
          const got = RANKALL.compute(column(xs), [[order]], undefined).map((r) => r[0]);
          expect(got).toEqual(xs.map((x) => rankEq(xs, x, order)));
        },
      ),
    );
  });

  it("gives a permutation of 1…n with ties in input order under 'first'", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), (xs) => {
        const got = Array.from(ranks(Float64Array.from(xs), false, "first"));
        expect([...got].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i + 1));
        xs.forEach((x, i) => {
          const earlierTies = xs.slice(0, i).filter((y) => y === x).length;
          expect(got[i]).toBe(rankEq(xs, x, 0) + earlierTies);
        });
      }),
    );
  });

  it("ranks 100,000 values in well under a second", () => {
    const values = column(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_003));
    const t = performance.now();
    const out = RANKALL.compute(values, undefined, undefined);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out.length).toBe(100_000);
  });
});

describe("KAM.SORTROWS (rows ordered by a key column, stable)", () => {
  it("puts the largest key first and keeps equal keys in input order", () => {
    expect(SORTROWS.compute(column(["A", "B", "C", "D"]), column([5, 9, 5, -2]), undefined)).toEqual(
      column(["B", "A", "C", "D"]),
    );
  });

  it("sorts smallest first for a non-zero order and moves rows without a numeric key last", () => {
    const out = SORTROWS.compute(
      [
        ["A", 1],
        ["B", 2],
        ["C", 3],
        ["D", 4],
      ],
      column([3, null, 1, "x"]),
      [[1]],
    );
    expect(out).toEqual([
      ["C", 3],
      ["A", 1],
      ["B", 2],
      ["D", 4],
    ]);
  });

  it("fills the spill with length_mismatch when the key column has another length", () => {
    const out = SORTROWS.compute(column(["A", "B"]), column([1]), undefined);
    expect(out.flat().every((c) => isIssue(c) && c.code === "length_mismatch")).toBe(true);
  });
});

describe("KAM.RANKALL and KAM.SORTROWS in HyperFormula (createKamEngine)", () => {
  it("spills Microsoft's RANK.EQ example and matches the per-row COUNTIF rank of the portable style", () => {
    const hf = createKamEngine({
      Data: [[7], [3.5], [3.5], [1], [2]],
      Out: [
        ["=KAM.RANKALL(Data!A1:A5)", "=KAM.RANKALL(Data!A1:A5,1)", '=COUNTIF(Data!$A$1:$A$5,">"&Data!A1)+1'],
        [null, null, '=COUNTIF(Data!$A$1:$A$5,">"&Data!A2)+1'],
        [null, null, '=COUNTIF(Data!$A$1:$A$5,">"&Data!A3)+1'],
        [null, null, '=COUNTIF(Data!$A$1:$A$5,">"&Data!A4)+1'],
        [null, null, '=COUNTIF(Data!$A$1:$A$5,">"&Data!A5)+1'],
      ],
    });
    expect(hf.getSheetValues(hf.getSheetId("Out") ?? -1)).toEqual([
      [1, 5, 1],
      [2, 3, 2],
      [2, 3, 2],
      [5, 1, 5],
      [4, 2, 4],
    ]);
  });

  it("re-ranks after an edit, and sorts names by profit", () => {
    const hf = createKamEngine({
      Data: [
        ["A", 5],
        ["B", 9],
        ["C", 5],
      ],
      Out: [['=KAM.RANKALL(Data!B1:B3,0,"first")', "=KAM.SORTROWS(Data!A1:A3,Data!B1:B3)"]],
    });
    const out = hf.getSheetId("Out") ?? -1;
    expect(hf.getSheetValues(out)).toEqual([
      [2, "B"],
      [1, "A"],
      [3, "C"],
    ]);
    hf.setCellContents({ sheet: hf.getSheetId("Data") ?? -1, row: 2, col: 1 }, [[10]]);
    expect(hf.getSheetValues(out)).toEqual([
      [3, "C"],
      [2, "B"],
      [1, "A"],
    ]);
  });
});

describe("KAM.RANK and KAM.SORTBY: the deprecated ids of KAM.RANKALL and KAM.SORTROWS (issue 12)", () => {
  it("are declared with the same parameters and compute the same", () => {
    expect([RANK.id, SORTBY.id]).toEqual(["RANK", "SORTBY"]);
    expect(RANK.params).toEqual(RANKALL.params);
    expect(SORTBY.params).toEqual(SORTROWS.params);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(null), fc.constant("x"))), (xs) => {
        const values = column(xs.length > 0 ? xs : [1]);
        expect(RANK.compute(values, undefined, [["first"]])).toEqual(RANKALL.compute(values, undefined, [["first"]]));
        expect(SORTBY.compute(values, values, [[1]])).toEqual(SORTROWS.compute(values, values, [[1]]));
      }),
    );
  });

  it("still compute in HyperFormula, so saved workbooks keep their values", () => {
    const hf = createKamEngine({
      Data: [
        ["A", 5],
        ["B", 9],
        ["C", 5],
      ],
      Out: [
        [
          '=KAM.RANK(Data!B1:B3,0,"first")',
          "=KAM.SORTBY(Data!A1:A3,Data!B1:B3)",
          '=KAM.RANKALL(Data!B1:B3,0,"first")',
          "=KAM.SORTROWS(Data!A1:A3,Data!B1:B3)",
        ],
      ],
    });
    expect(hf.getSheetValues(hf.getSheetId("Out") ?? -1)).toEqual([
      [2, "B", 2, "B"],
      [1, "A", 1, "A"],
      [3, "C", 3, "C"],
    ]);
  });
});
