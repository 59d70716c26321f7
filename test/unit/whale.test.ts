import { describe, expect, it } from "vitest";
import fc from "fast-check";
import fixture from "../fixtures/whale.json";
import { PARETOSHARE, WHALECURVE, WHALESTATS, topCount, whaleCurve, whaleOrder } from "../../src/core/whale";

const column = (values: readonly number[]) => values.map((v) => [v]);

describe("KAM.WHALECURVE (models.md §4, course 003 slide 31)", () => {
  const profits = column(fixture.profits);

  it("sorts the hand-built list most profitable first, the tied 60s in input order", () => {
    expect(whaleOrder(fixture.profits)).toEqual(fixture.order);
    expect(fixture.order.map((i) => fixture.profits[i])).toEqual(fixture.sortedProfits);
  });

  it("spills the hand-computed cumulative shares of customers and of total profit", () => {
    const out = WHALECURVE.compute(profits);
    expect(out).toHaveLength(fixture.curve.length);
    fixture.curve.forEach(([x, y], i) => {
      expect(out[i]?.[0], `x at ${i + 1}`).toBeCloseTo(x ?? NaN, 12);
      expect(out[i]?.[1], `y at ${i + 1}`).toBeCloseTo(y ?? NaN, 12);
    });
  });

  it("peaks at 113.125 % after six customers and ends at exactly 100 %", () => {
    const out = WHALECURVE.compute(profits);
    const ys = out.map((row) => Number(row[1]));
    expect(Math.max(...ys)).toBeCloseTo(fixture.stats.peakShare, 12);
    expect(ys.indexOf(Math.max(...ys)) + 1).toBe(fixture.stats.peakCount);
    expect(out[out.length - 1]).toEqual([1, 1]);
  });

  it("accepts a row as well as a column", () => {
    expect(WHALECURVE.compute([fixture.profits])).toEqual(WHALECURVE.compute(profits));
  });

  it("refuses a total of zero or less with #VALUE! non_positive_total in every cell of the n×2 spill", () => {
    const zero = { code: "non_positive_total", path: ["profits"], params: { total: 0 } };
    expect(WHALECURVE.compute([[5], [-5]])).toEqual([
      [zero, zero],
      [zero, zero],
    ]);
    expect(WHALECURVE.compute([[-1], [-2]])[1]?.[1]).toMatchObject({
      code: "non_positive_total",
      params: { total: -3 },
    });
  });

  it("treats a blank profit as missing, reports text, passes sheet errors and rejects a block, keeping the shape", () => {
    const blank = WHALECURVE.compute([[5], [null], [3]]);
    expect(blank).toHaveLength(3);
    for (const row of blank)
      for (const cell of row) expect(cell).toMatchObject({ code: "blank", path: ["profits", 2] });
    expect(WHALECURVE.compute([[5, "x"]])[0]?.[0]).toMatchObject({ code: "not_a_number", path: ["profits", 1, 2] });
    expect(WHALECURVE.compute([[5], [{ sheetError: "#DIV/0!" }]])[1]).toEqual([
      { sheetError: "#DIV/0!" },
      { sheetError: "#DIV/0!" },
    ]);
    expect(
      WHALECURVE.compute([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [
        { code: "not_a_list", path: ["profits", 1], params: {} },
        { code: "not_a_list", path: ["profits", 1], params: {} },
      ],
    ]);
  });

  it("reports a total too large to add up as #VALUE! overflow, not as a wrong share", () => {
    expect(WHALECURVE.compute([[1e308], [1e308]])[0]?.[1]).toMatchObject({ code: "overflow" });
    expect(WHALESTATS.compute([[1e308], [1e308]], undefined)[0]?.[1]).toMatchObject({ code: "overflow" });
  });

  it("declares an n×2 result for a list of n", () => {
    expect(WHALECURVE.shape?.([{ rows: 200, cols: 1 }])).toEqual({ rows: 200, cols: 2 });
    expect(WHALECURVE.shape?.([{ rows: 1, cols: 7 }])).toEqual({ rows: 7, cols: 2 });
  });

  it("keeps ties in input order: property over random lists with many ties", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 60 }), (values) => {
        const order = whaleOrder(values);
        for (let i = 1; i < order.length; i++) {
          const a = order[i - 1] ?? 0;
          const b = order[i] ?? 0;
          const va = values[a] ?? 0;
          const vb = values[b] ?? 0;
          if (va < vb || (va === vb && a > b)) return false;
        }
        return [...order].sort((x, y) => x - y).every((v, i) => v === i);
      }),
    );
  });

  it("gives exactly the curve of cumulating the profits in the stable whale order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 100 }), { minLength: 1, maxLength: 80 }), (values) => {
        const curve = whaleCurve(values);
        let total = 0;
        const cumulative = whaleOrder(values).map((i) => (total += values[i] ?? 0));
        if (!(total > 0)) return curve === undefined;
        return curve !== undefined && cumulative.every((c, i) => curve.profitShare[i] === c / total);
      }),
    );
  });

  it("ends at 1 and peaks at no less than 1 for any list with a positive total (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (values) => {
          const curve = whaleCurve(values);
          const total = values.reduce((a, b) => a + b, 0);
          if (curve === undefined) return !(total > 1e-6);
          const ys = Array.from(curve.profitShare);
          return ys[ys.length - 1] === 1 && Math.max(...ys) >= 1 - 1e-12;
        },
      ),
    );
  });

  it("sorts 100,000 customers in one call", () => {
    const n = 100_000;
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) - 200);
    const out = WHALECURVE.compute(column(values));
    expect(out).toHaveLength(n);
    expect(out[n - 1]).toEqual([1, 1]);
  });
});

describe("KAM.WHALESTATS (the figures of the whale curve)", () => {
  it("labels and reports the hand-computed figures in English and Dutch", () => {
    const s = fixture.stats;
    const out = WHALESTATS.compute(column(fixture.profits), undefined);
    expect(out.map((row) => row[0])).toEqual([
      "Total profit",
      "Peak share of total profit",
      "Customers up to the peak",
      "Share of customers up to the peak",
      "Loss customers",
      "Total loss",
      "Top-20 % share of total profit",
    ]);
    const values = out.map((row) => Number(row[1]));
    const expected = [s.total, s.peakShare, s.peakCount, s.peakCustomerShare, s.lossCount, s.lossTotal, s.top20Share];
    expected.forEach((v, i) => expect(values[i], String(out[i]?.[0])).toBeCloseTo(v, 12));
    const nl = WHALESTATS.compute(column(fixture.profits), [["nl"]]);
    expect(nl[0]).toEqual(["Totale winst", 800]);
    expect(nl[4]?.[0], "the course's word, slides 31 and 37").toBe("Verliesklanten");
  });

  it("puts the peak at the last customer when nobody loses money", () => {
    const out = WHALESTATS.compute([[3], [1], [2]], undefined);
    expect(out[1]?.[1]).toBe(1);
    expect(out[2]?.[1]).toBe(3);
    expect(out[4]?.[1]).toBe(0);
    expect(out[5]?.[1]).toBe(0);
  });

  it("keeps the counts and totals but gives #VALUE! shares for a total of zero or less", () => {
    const out = WHALESTATS.compute([[10], [-30]], undefined);
    expect(out[0]).toEqual(["Total profit", -20]);
    expect(out[1]?.[1]).toMatchObject({ code: "non_positive_total", params: { total: -20 } });
    expect(out[4]).toEqual(["Loss customers", 1]);
    expect(out[5]).toEqual(["Total loss", -30]);
    expect(out[6]?.[1]).toMatchObject({ code: "non_positive_total" });
  });

  it("shows a bad input next to every label, keeping the 7×2 shape", () => {
    const out = WHALESTATS.compute([[1], [null]], undefined);
    expect(out).toHaveLength(7);
    for (const row of out) expect(row[1]).toMatchObject({ code: "blank", path: ["profits", 2] });
    expect(WHALESTATS.compute([[1]], [["de"]])[0]?.[1]).toMatchObject({ code: "unknown_option" });
  });
});

describe("KAM.PARETOSHARE (share of the top ceil(f × n))", () => {
  for (const p of fixture.pareto) {
    it(`gives ${p.share} for the top ${p.topFraction} of the hand-built list`, () => {
      expect(PARETOSHARE.compute(column(fixture.profits), [[p.topFraction]])[0]?.[0]).toBeCloseTo(p.share, 12);
    });
  }

  it("shows the 20/80 rule: the top 20 % of ten customers hold 80 %", () => {
    const r = fixture.paretoRule;
    expect(PARETOSHARE.compute([r.values], [[r.topFraction]])[0]?.[0]).toBeCloseTo(r.share, 12);
  });

  it("spills one share per fraction and checks the fraction in its own cell", () => {
    const out = PARETOSHARE.compute(column(fixture.profits), [[0.2, 1.5, -0.1, null]]);
    expect(out[0]?.[0]).toBeCloseTo(0.8125, 12);
    expect(out[0]?.[1]).toMatchObject({ code: "out_of_range" });
    expect(out[0]?.[2]).toMatchObject({ code: "out_of_range" });
    expect(out[0]?.[3]).toMatchObject({ code: "blank" });
  });

  it("takes 0.07 of 100 as 7 customers, not 8 (no floating-point overshoot)", () => {
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(topCount(0.07, 100)).toBe(7);
    expect(topCount(0.21, 10)).toBe(3);
  });

  it("refuses a total of zero or less", () => {
    expect(PARETOSHARE.compute([[1], [-1]], [[0.5]])[0]?.[0]).toMatchObject({ code: "non_positive_total" });
  });
});
