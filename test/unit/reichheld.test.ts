import { describe, expect, it } from "vitest";
import fc from "fast-check";
import fixture from "../fixtures/reichheld.json";
import { BREAKEVENVOLUME, CLV, PRICEEFFECT, lifetimeValue } from "../../src/core/reichheld";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";

describe("KAM.PRICEEFFECT (Reichheld's price insensitivity, course 003 slide 127)", () => {
  const table = fixture.priceInsensitivity;

  table.priceRisePercent.forEach((rise, i) => {
    table.netMarginPercent.forEach((margin, j) => {
      const published = table.profitIncreasePercent[i]?.[j] ?? NaN;
      it(`turns a ${rise} % price rise at a ${margin} % net margin into ${published} % more profit`, () => {
        expect(PRICEEFFECT.compute([[rise / 100]], [[margin / 100]])).toEqual([[published / 100]]);
      });
    });
  });

  it("spills the whole 5×5 course table from a column of price rises and a row of margins", () => {
    const rises = table.priceRisePercent.map((p) => [p / 100]);
    const margins = [table.netMarginPercent.map((m) => m / 100)];
    const expected = table.profitIncreasePercent.map((row) => row.map((v) => v / 100));
    expect(PRICEEFFECT.compute(rises, margins)).toEqual(expected);
  });

  it("gives #VALUE! division_by_zero for a zero margin, #VALUE! not_positive for a negative one and #N/A for a blank", () => {
    const out = PRICEEFFECT.compute([[0.01]], [[0], [-0.02], [null]]);
    expect(out[0]?.[0]).toMatchObject({ code: "division_by_zero" });
    expect(out[1]?.[0]).toMatchObject({ code: "not_positive" });
    expect(out[2]?.[0]).toMatchObject({ code: "blank" });
  });
});

describe("KAM.BREAKEVENVOLUME (Δv = −Δp ÷ (m + Δp))", () => {
  for (const c of fixture.breakEvenVolume.cases) {
    it(`needs ${c.volumeChange} volume change after a ${c.priceChange} price change at margin ${c.margin} (${c.work})`, () => {
      expect(BREAKEVENVOLUME.compute([[c.priceChange]], [[c.margin]])[0]?.[0]).toBeCloseTo(c.volumeChange, 12);
    });
  }

  it("keeps profit unchanged: (1 + Δv)(m + Δp) = m (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0.55, max: 1, noNaN: true }),
        (dp, m) => {
          const dv = Number(BREAKEVENVOLUME.compute([[dp]], [[m]])[0]?.[0]);
          return Math.abs((1 + dv) * (m + dp) - m) < 1e-9;
        },
      ),
    );
  });

  it("gives #N/A with a message, not a number, when the price cut takes the whole margin (m + Δp ≤ 0)", () => {
    const out = BREAKEVENVOLUME.compute([[-0.3], [-0.25]], [[0.25]]);
    for (const [r, sum] of [
      [0, -0.05],
      [1, 0],
    ] as const) {
      const cell = out[r]?.[0];
      expect(cell, `row ${r + 1}`).toMatchObject({ code: "no_break_even", path: ["priceChange", r + 1, 1] });
      if (!isIssue(cell)) continue;
      expect(issueKind(cell)).toBe("#N/A");
      expect(formatIssue(cell, "en")).toContain(`margin + price change is ${sum}`);
      expect(formatIssue(cell, "nl")).toContain(`marge + prijsverandering is ${sum}`);
    }
  });

  it("gives #N/A with a message when there is no margin to keep (m ≤ 0), whatever the price change", () => {
    const out = BREAKEVENVOLUME.compute([[0.3], [0.1], [-0.1]], [[-0.1], [0], [0]]);
    for (const row of out) {
      const cell = row[0];
      expect(cell).toMatchObject({ code: "no_margin" });
      if (isIssue(cell)) expect(issueKind(cell)).toBe("#N/A");
    }
    const cell = out[0]?.[0];
    expect(isIssue(cell) && formatIssue(cell, "en")).toMatch(/^margin, row 1, column 1: the margin is -0.1/);
  });

  it("never returns a number whose volume would not restore the profit (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (dp, m) => {
        const v = BREAKEVENVOLUME.compute([[dp]], [[m]])[0]?.[0];
        if (typeof v !== "number") return m <= 0 || m + dp <= 0 || (isIssue(v) && v.code === "overflow");
        return m > 0 && m + dp > 0 && Math.abs((1 + v) * (m + dp) - m) <= 1e-9 * Math.max(1, Math.abs(v));
      }),
    );
  });
});

describe("KAM.CLV (lifetime value, models.md §8)", () => {
  for (const c of fixture.lifetimeValue.cases) {
    const horizon = c.years === null ? "an open horizon" : `${c.years} years`;
    it(`values margin ${c.margin}, retention ${c.retention}, discount ${c.discountRate} over ${horizon} at ${c.clv} (${c.work})`, () => {
      const years = c.years === null ? undefined : [[c.years]];
      const cost = c.acquisitionCost === null ? undefined : [[c.acquisitionCost]];
      expect(
        CLV.compute([[c.margin]], [[c.retention]], [[c.discountRate]], years, cost, undefined)[0]?.[0],
      ).toBeCloseTo(c.clv, 9);
    });
  }

  it("treats a blank years cell as an open horizon", () => {
    expect(CLV.compute([[100]], [[0.8]], [[0.1]], [[null]], undefined)[0]?.[0]).toBeCloseTo(100 / 0.3, 9);
  });

  it("gives #VALUE! diverges for an open horizon with retention ≥ 1 + discount rate, but sums a finite one", () => {
    expect(CLV.compute([[100]], [[1]], [[0]], undefined, undefined)[0]?.[0]).toMatchObject({ code: "diverges" });
    expect(CLV.compute([[100]], [[1.2]], [[0.1]], undefined, undefined)[0]?.[0]).toMatchObject({ code: "diverges" });
    expect(CLV.compute([[100]], [[1]], [[0]], [[3]], undefined)[0]?.[0]).toBeCloseTo(300, 9);
  });

  it("approaches the open-horizon value as the horizon grows (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (m, r, i) => {
          const open = lifetimeValue(m, r, i) ?? NaN;
          const long = lifetimeValue(m, r, i, 2000) ?? NaN;
          return Math.abs(long - open) <= 1e-9 * open;
        },
      ),
    );
  });

  it("matches the year-by-year sum for retention close to 1 + i (no cancellation)", () => {
    const r = 1.1 - 1e-12;
    let sum = 0;
    for (let t = 1; t <= 40; t++) sum += (100 * r ** (t - 1)) / 1.1 ** t;
    expect(lifetimeValue(100, r, 0.1, 40)).toBeCloseTo(sum, 6);
  });

  it("checks years, retention and discount rate cell by cell", () => {
    const out = CLV.compute(
      [[100]],
      [[0.8], [-0.1], [0.8], [0.8], [0.8]],
      [[0.1], [0.1], [-1], [0.1], [0.1]],
      [[2.5], [2], [2], [0], ["x"]],
      undefined,
    );
    expect(out[0]?.[0]).toMatchObject({ code: "not_whole", path: ["years", 1, 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "negative", path: ["retention", 2, 1] });
    expect(out[2]?.[0]).toMatchObject({ code: "out_of_range", path: ["discountRate", 3, 1] });
    expect(out[3]?.[0]).toMatchObject({ code: "not_positive", path: ["years", 4, 1] });
    expect(out[4]?.[0]).toMatchObject({ code: "not_a_number", path: ["years", 5, 1] });
  });

  it("passes a sheet error in the margin through", () => {
    expect(CLV.compute([[{ sheetError: "#REF!" }]], [[0.8]], [[0.1]], undefined, undefined)).toEqual([
      [{ sheetError: "#REF!" }],
    ]);
  });
});

describe("KAM.CLV with yearly growth g (models.md §8.4: very satisfied customers grow about 20 % a year)", () => {
  const growth = fixture.lifetimeValueGrowth;
  for (const c of growth.cases) {
    const horizon = c.years === null ? "an open horizon" : `${c.years} years`;
    it(`values margin ${c.margin}, retention ${c.retention}, discount ${c.discountRate}, growth ${c.growth} over ${horizon} at ${c.clv} (${c.work})`, () => {
      const years = c.years === null ? undefined : [[c.years]];
      const cost = c.acquisitionCost === null ? undefined : [[c.acquisitionCost]];
      const out = CLV.compute([[c.margin]], [[c.retention]], [[c.discountRate]], years, cost, [[c.growth]]);
      expect(out[0]?.[0]).toBeCloseTo(c.clv, 9);
      expect(
        lifetimeValue(c.margin, c.retention, c.discountRate, c.years ?? undefined, c.acquisitionCost ?? 0, c.growth),
      ).toBeCloseTo(c.clv, 9);
    });
  }

  for (const c of growth.diverges.cases) {
    it(`gives #VALUE! diverges for an open horizon when r·(1+g) ≥ 1 + i (${c.work}), naming r·(1 + g)`, () => {
      const cell = CLV.compute([[c.margin]], [[c.retention]], [[c.discountRate]], undefined, undefined, [
        [c.growth],
      ])[0]?.[0];
      expect(cell).toMatchObject({ code: "diverges", path: ["retention", 1, 1] });
      if (!isIssue(cell)) return;
      expect(issueKind(cell)).toBe("#VALUE!");
      expect(formatIssue(cell, "en")).toContain("r·(1 + g)");
      expect(formatIssue(cell, "nl")).toContain("r·(1 + g)");
    });
  }

  it("sums a finite horizon even when r·(1+g) ≥ 1 + i", () => {
    expect(CLV.compute([[100]], [[0.5]], [[0]], [[3]], undefined, [[1]])[0]?.[0]).toBeCloseTo(300, 9);
  });

  it("treats a blank or omitted growth as no growth, the five-argument CLV", () => {
    const plain = CLV.compute([[100]], [[0.8]], [[0.1]], [[3]], [[50]], undefined)[0]?.[0];
    expect(CLV.compute([[100]], [[0.8]], [[0.1]], [[3]], [[50]], [[null]])[0]?.[0]).toBe(plain);
    expect(CLV.compute([[100]], [[0.8]], [[0.1]], [[3]], [[50]], [[0]])[0]?.[0]).toBe(plain);
  });

  it("gives #VALUE! out_of_range for a growth of −1 or less, and not_a_number for text, in that row only", () => {
    const out = CLV.compute([[100]], [[0.8]], [[0.1]], undefined, undefined, [[-1], [-1.5], ["x"], [0.2]]);
    expect(out[0]?.[0]).toMatchObject({ code: "out_of_range", path: ["growth", 1, 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "out_of_range", path: ["growth", 2, 1] });
    expect(out[2]?.[0]).toMatchObject({ code: "not_a_number", path: ["growth", 3, 1] });
    expect(out[3]?.[0]).toBeCloseTo(100 / 0.14, 9);
    const cell = out[0]?.[0];
    if (isIssue(cell)) expect(issueKind(cell)).toBe("#VALUE!");
  });

  it("matches the year-by-year sum with growth and approaches the open horizon (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: -0.9, max: 0.05, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (m, r, i, g, years) => {
          let sum = 0;
          for (let t = 1; t <= years; t++) sum += (m * (1 + g) ** (t - 1) * r ** (t - 1)) / (1 + i) ** t;
          const finite = lifetimeValue(m, r, i, years, 0, g) ?? NaN;
          const open = lifetimeValue(m, r, i, undefined, 0, g) ?? NaN;
          const long = lifetimeValue(m, r, i, 4000, 0, g) ?? NaN;
          return Math.abs(finite - sum) <= 1e-9 * Math.max(1, sum) && Math.abs(long - open) <= 1e-9 * open;
        },
      ),
    );
  });
});
