import { describe, expect, it } from "vitest";
import fixture from "../fixtures/costing.json";
import { ACTIVITYRATE, COSTTOSERVE, CUSTOMERPROFIT, PROFITQUADRANT, median } from "../../src/core/costToServe";
import type { OutGrid } from "../../src/core/cells";
import { formatIssue, issueKind, type Issue } from "../../src/core/issues";

const column = (values: readonly number[]) => values.map((v) => [v]);
const numbersOf = (out: OutGrid) => out.map((row) => row.map((v) => (typeof v === "number" ? v : NaN)));

describe("time-driven ABC through KAM.ACTIVITYRATE and KAM.COSTTOSERVE (Kaplan & Anderson, HBR 2004)", () => {
  const { tdabc } = fixture;

  it("gives the capacity cost rate of $0.80 per minute from $560,000 over 700,000 practical minutes", () => {
    const out = ACTIVITYRATE.compute([[tdabc.resourceCostPerQuarter]], [[tdabc.practicalCapacityMinutes]]);
    expect(out[0]?.[0]).toBeCloseTo(tdabc.capacityCostRate, 12);
  });

  it("turns unit times of 8, 44 and 50 minutes into activity rates of $6.40, $35.20 and $40.00", () => {
    const minutes = column(tdabc.activities.map((a) => a.unitMinutes));
    const out = numbersOf(COSTTOSERVE.compute(minutes, [[tdabc.capacityCostRate]]));
    tdabc.activities.forEach((a, i) => expect(out[i]?.[0], a.activity).toBeCloseTo(a.rate, 10));
  });

  it("uses 578,600 minutes for the quarter's volumes and leaves $97,120 of capacity unused", () => {
    const volumes = [tdabc.activities.map((a) => a.quarterlyQuantity)];
    const minutes = column(tdabc.activities.map((a) => a.unitMinutes));
    const rate = ACTIVITYRATE.compute([[tdabc.resourceCostPerQuarter]], [[tdabc.practicalCapacityMinutes]])[0]?.[0];
    const used = COSTTOSERVE.compute(volumes, minutes)[0]?.[0];
    expect(used).toBeCloseTo(tdabc.minutesUsed, 9);
    const rates = [tdabc.activities.map((a) => a.rate)];
    const assigned = COSTTOSERVE.compute(volumes, rates)[0]?.[0];
    expect(typeof rate === "number" && typeof assigned === "number").toBe(true);
    expect(tdabc.resourceCostPerQuarter - Number(assigned)).toBeCloseTo(tdabc.unusedCapacityCost, 6);
    expect((tdabc.practicalCapacityMinutes - Number(used)) * Number(rate)).toBeCloseTo(tdabc.unusedCapacityCost, 6);
  });
});

describe("conventional ABC rates through KAM.ACTIVITYRATE (Kaplan & Anderson, HBR 2004)", () => {
  it("splits $560,000 as 70/10/20 % over 49,000 orders, 1,400 inquiries and 2,500 credit checks into $8.00, $40.00, $44.80", () => {
    const { conventionalAbc: abc } = fixture;
    const pools = column(abc.activities.map((a) => a.share * abc.totalCost));
    const volumes = column(abc.activities.map((a) => a.driverVolume));
    const out = numbersOf(ACTIVITYRATE.compute(pools, volumes));
    abc.activities.forEach((a, i) => expect(out[i]?.[0], a.activity).toBeCloseTo(a.rate, 10));
  });

  it("gives #VALUE! division_by_zero for a zero volume and #VALUE! negative for a negative one, in that cell only", () => {
    const out = ACTIVITYRATE.compute([[100], [100], [100]], [[0], [-5], [4]]);
    expect(out[0]?.[0]).toMatchObject({ code: "division_by_zero", path: ["driverVolumes", 1, 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "negative", path: ["driverVolumes", 2, 1] });
    expect(out[2]?.[0]).toBe(25);
  });

  it("broadcasts one capacity a row of pools and passes a sheet error through", () => {
    expect(ACTIVITYRATE.compute([[10, 20, { sheetError: "#REF!" }]], [[5]])).toEqual([[2, 4, { sheetError: "#REF!" }]]);
  });
});

describe("KAM.COSTTOSERVE (Σ driver × rate per customer)", () => {
  it("takes the rates as a row or as a column", () => {
    const drivers = [
      [10, 2, 1],
      [0, 1, 3],
    ];
    expect(COSTTOSERVE.compute(drivers, [[8, 40, 5]])).toEqual([[165], [55]]);
    expect(COSTTOSERVE.compute(drivers, [[8], [40], [5]])).toEqual([[165], [55]]);
  });

  it("treats a blank driver quantity as missing (#N/A for that row), not as zero", () => {
    const out = COSTTOSERVE.compute(
      [
        [1, 2],
        [3, null],
        [4, ""],
        [5, 6],
      ],
      [[1, 10]],
    );
    expect(out[0]).toEqual([21]);
    expect(out[1]?.[0]).toMatchObject({ code: "blank", path: ["drivers", 2, 2] });
    expect(out[2]?.[0]).toMatchObject({ code: "blank", path: ["drivers", 3, 2] });
    expect(out[3]).toEqual([65]);
  });

  it("reports text and non-finite quantities in their row and passes sheet errors through", () => {
    const out = COSTTOSERVE.compute(
      [
        ["x", 1],
        [Infinity, 1],
        [{ sheetError: "#N/A" }, 1],
      ],
      [[1, 1]],
    );
    expect(out[0]?.[0]).toMatchObject({ code: "not_a_number", path: ["drivers", 1, 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "not_finite" });
    expect(out[2]?.[0]).toEqual({ sheetError: "#N/A" });
  });

  it("fails every row with the same message when the rates do not fit", () => {
    const drivers = [
      [1, 2],
      [3, 4],
    ];
    const short = COSTTOSERVE.compute(drivers, [[1, 2, 3]]);
    expect(short).toHaveLength(2);
    for (const row of short)
      expect(row[0]).toMatchObject({ code: "length_mismatch", params: { expected: 2, actual: 3 } });
    expect(
      COSTTOSERVE.compute(drivers, [
        [1, 2],
        [3, 4],
      ])[1]?.[0],
    ).toMatchObject({ code: "not_a_list" });
    expect(COSTTOSERVE.compute(drivers, [[1, null]])[0]?.[0]).toMatchObject({ code: "blank", path: ["rates", 1, 2] });
    expect(COSTTOSERVE.compute(drivers, [[{ sheetError: "#VALUE!" }], [1]])[1]?.[0]).toEqual({ sheetError: "#VALUE!" });
  });

  it("sums 100,000 customers × 8 activities in one call", () => {
    const n = 100_000;
    const drivers = Array.from({ length: n }, (_, r) => Array.from({ length: 8 }, (_, j) => (r + j) % 7));
    const rates = [[1, 2, 3, 4, 5, 6, 7, 8]];
    const out = COSTTOSERVE.compute(drivers, rates);
    expect(out).toHaveLength(n);
    const expected = (r: number) =>
      Array.from({ length: 8 }, (_, j) => ((r + j) % 7) * (j + 1)).reduce((a, b) => a + b);
    for (const r of [0, 1, 6, 54_321, n - 1]) expect(out[r]).toEqual([expected(r)]);
  });
});

describe("KAM.CUSTOMERPROFIT (net revenue − cost of goods − cost-to-serve)", () => {
  it("keeps a loss customer negative and passes a COSTTOSERVE error through its row", () => {
    const out = CUSTOMERPROFIT.compute(
      [[1000], [500], [800]],
      [[600], [450], [500]],
      [[150], [120], [{ sheetError: "#N/A" }]],
    );
    expect(out).toEqual([[250], [-70], [{ sheetError: "#N/A" }]]);
  });

  it("does not read a blank cost of goods as zero", () => {
    expect(CUSTOMERPROFIT.compute([[1000]], [[null]], [[10]])[0]?.[0]).toMatchObject({ code: "blank" });
  });
});

describe("KAM.PROFITQUADRANT (margin × cost-to-serve, Shapiro et al. 1987)", () => {
  for (const c of fixture.quadrants.cases) {
    it(`puts margin ${c.margin} and cost-to-serve ${c.costToServe} in "${c.en}" / "${c.nl}"`, () => {
      expect(PROFITQUADRANT.compute([[c.margin]], [[c.costToServe]], [[0.2]], [[100]], undefined, undefined)).toEqual([
        [c.en],
      ]);
      expect(PROFITQUADRANT.compute([[c.margin]], [[c.costToServe]], [[0.2]], [[100]], [["nl"]], undefined)).toEqual([
        [c.nl],
      ]);
    });
  }

  it("uses the medians of the ranges when the cuts are omitted", () => {
    const margin = [[0.3], [0.1], [0.2], [0.25]];
    const cost = [[500], [100], [300], [50]];
    expect(median([0.3, 0.1, 0.2, 0.25])).toBeCloseTo(0.225, 12);
    expect(median([500, 100, 300, 50])).toBe(200);
    expect(PROFITQUADRANT.compute(margin, cost, undefined, undefined, undefined, undefined)).toEqual([
      ["Carriage trade"],
      ["Bargain basement"],
      ["Aggressive"],
      ["Passive"],
    ]);
  });

  it("counts a value equal to the median as high and leaves a bad cell out of the median", () => {
    const out = PROFITQUADRANT.compute(
      [[1], [2], [3], ["n/a"]],
      [[3], [2], [1], [2]],
      undefined,
      undefined,
      undefined,
      undefined,
    );
    expect(out.slice(0, 3)).toEqual([["Aggressive"], ["Carriage trade"], ["Passive"]]);
    expect(out[3]?.[0]).toMatchObject({ code: "not_a_number", path: ["margin", 4, 1] });
  });

  it("rejects a range as a cut and an unknown language in every cell", () => {
    expect(PROFITQUADRANT.compute([[1]], [[1]], [[1, 2]], undefined, undefined, undefined)[0]?.[0]).toMatchObject({
      code: "not_single",
    });
    expect(PROFITQUADRANT.compute([[1]], [[1]], undefined, undefined, [["fr"]], undefined)[0]?.[0]).toMatchObject({
      code: "unknown_option",
    });
  });

  it("gives a customer with zero or negative revenue no quadrant (#N/A naming its cell) and leaves it out of the medians", () => {
    // Issue 13: revenue −250, gross margin −40 is a "margin" of +16 %, which the median rule calls Passive.
    const { negativeRevenue: n } = fixture;
    const out = PROFITQUADRANT.compute(n.margin, n.costToServe, undefined, undefined, undefined, n.revenue);
    expect(out.map((r) => (typeof r[0] === "string" ? r[0] : (r[0] as { code: string }).code))).toEqual(n.expected);
    expect(out[3]?.[0]).toMatchObject({
      code: "revenue_not_positive",
      path: ["revenue", 4, 1],
      params: { value: -250 },
    });
    expect(out[4]?.[0]).toMatchObject({ code: "revenue_not_positive", path: ["revenue", 5, 1], params: { value: 0 } });
    expect(issueKind(out[3]?.[0] as Issue)).toBe("#N/A");
    expect(formatIssue(out[3]?.[0] as Issue, "en")).toBe(
      "revenue, row 4, column 1: the net revenue is -250: at zero or below no margin or cost-to-serve percentage exists, so this customer has no quadrant and is left out of the median cut-offs.",
    );
    expect(formatIssue(out[3]?.[0] as Issue, "nl")).toContain("rij 4, kolom 1: de netto-omzet is -250");
    // Without the revenue the same ratios give a confident quadrant: what a user's own formulas would get.
    const blind = PROFITQUADRANT.compute(n.margin, n.costToServe, undefined, undefined, undefined, undefined);
    expect(blind[3]?.[0]).toBe("Passive");
  });

  it("passes an error in the revenue through in its row and fails a text revenue with #VALUE!", () => {
    const out = PROFITQUADRANT.compute([[0.3], [0.2]], [[0.1], [0.2]], [[0.2]], [[0.15]], undefined, [
      [{ sheetError: "#DIV/0!" }],
      ["n/a"],
    ]);
    expect(out[0]?.[0]).toEqual({ sheetError: "#DIV/0!" });
    expect(out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["revenue", 2, 1] });
  });

  it("gives #N/A for mismatched margin and cost ranges", () => {
    const out = PROFITQUADRANT.compute([[1], [2], [3]], [[1], [2]], undefined, undefined, undefined, undefined);
    expect(out[2]?.[0]).toMatchObject({ code: "shape_mismatch", path: ["costToServe", 3] });
  });
});
