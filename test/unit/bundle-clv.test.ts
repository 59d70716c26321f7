import { describe, expect, it } from "vitest";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";
import fixture from "../fixtures/reichheld.json";

const bundle = loadBuiltBundle();

/** One call of a bundled function on single cells, an omitted argument as `null` (Excel passes null). */
function call(id: string, ...args: (number | null)[]): unknown {
  const fn = bundle.associated.get(id);
  expect(fn, id).toBeTypeOf("function");
  return (fn?.(...args.map((a) => (a === null ? null : [[a]]))) as unknown[][])[0]?.[0];
}

describe("the built bundle gives the CLV and break-even cases of docs/models.md §8.4, §9.2 and §9.3", () => {
  it("declares growth as the sixth, optional argument of KAM.CLV", () => {
    const meta = bundle.metadata.functions.find((f) => f.id === "CLV");
    expect(meta?.parameters.map((p) => p.name)).toEqual([
      "margin",
      "retention",
      "discountRate",
      "years",
      "acquisitionCost",
      "growth",
    ]);
    expect(meta?.parameters[5]?.optional).toBe(true);
  });

  for (const c of fixture.lifetimeValue.cases) {
    it(`values margin ${c.margin}, retention ${c.retention}, discount ${c.discountRate}, years ${c.years ?? "open"} at ${c.clv} without growth (§9.3: ${c.work})`, () => {
      expect(call("CLV", c.margin, c.retention, c.discountRate, c.years, c.acquisitionCost, null)).toBeCloseTo(
        c.clv,
        9,
      );
      expect(call("CLV", c.margin, c.retention, c.discountRate, c.years, c.acquisitionCost)).toBeCloseTo(c.clv, 9);
    });
  }

  for (const c of fixture.lifetimeValueGrowth.cases) {
    it(`values margin ${c.margin}, retention ${c.retention}, discount ${c.discountRate}, years ${c.years ?? "open"}, growth ${c.growth} at ${c.clv} (§8.4: ${c.work})`, () => {
      expect(call("CLV", c.margin, c.retention, c.discountRate, c.years, c.acquisitionCost, c.growth)).toBeCloseTo(
        c.clv,
        9,
      );
    });
  }

  for (const c of fixture.lifetimeValueGrowth.diverges.cases) {
    it(`gives #VALUE! with the divergence named for an open horizon with ${c.work}`, () => {
      const out = call("CLV", c.margin, c.retention, c.discountRate, null, null, c.growth);
      expect(out).toBeInstanceOf(FakeCfError);
      expect((out as FakeCfError).code).toBe("#VALUE!");
      expect((out as FakeCfError).message).toContain("does not converge (r·(1 + g)");
    });
  }

  it("gives #VALUE! for a growth of −1 or less", () => {
    for (const g of [-1, -2]) {
      const out = call("CLV", 100, 0.8, 0.1, null, null, g);
      expect(out).toBeInstanceOf(FakeCfError);
      expect((out as FakeCfError).code).toBe("#VALUE!");
      expect((out as FakeCfError).message).toMatch(/^growth, row 1, column 1:/);
    }
  });

  for (const c of fixture.breakEvenVolume.cases) {
    it(`gives the break-even volume ${c.volumeChange} for a price change ${c.priceChange} at margin ${c.margin} (§9.2: ${c.work})`, () => {
      expect(call("BREAKEVENVOLUME", c.priceChange, c.margin)).toBeCloseTo(c.volumeChange, 9);
    });
  }

  it("gives #N/A where no volume restores the profit (m ≤ 0 or m + Δp ≤ 0, §9.2)", () => {
    for (const [dp, m] of [
      [-0.3, 0.25],
      [-0.25, 0.25],
      [0.1, 0],
      [0.1, -0.2],
    ] as const) {
      const out = call("BREAKEVENVOLUME", dp, m);
      expect(out, `${dp} at ${m}`).toBeInstanceOf(FakeCfError);
      expect((out as FakeCfError).code).toBe("#N/A");
    }
  });
});
