import fc from "fast-check";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { niceStep, robustAxis } from "../../src/core/compose";
import { readSampleCustomers } from "../support/csv";

describe("chart axes that follow the bulk of the data (src/core/compose/axis.ts, issue 13)", () => {
  it("leaves a 537 % outlier outside and names it, keeping the bulk on a round scale", () => {
    const axis = robustAxis([0.1, 0.12, 0.15, 0.2, 0.22, 0.25, 5.37]);
    expect(axis).toEqual({ min: 0.1, max: 0.25, step: 0.05, outside: [6] });
  });

  it("always shows the values it must include (the cut-off lines)", () => {
    const axis = robustAxis([0.1, 0.2, 0.3], { include: [-0.5, 0.9] });
    expect(axis.min).toBeLessThanOrEqual(-0.5);
    expect(axis.max).toBeGreaterThanOrEqual(0.9);
    expect(axis.outside).toEqual([]);
  });

  it("ignores blanks, text and non-finite values, and gives 0–1 for no values", () => {
    expect(robustAxis(["", null, "n/a", Number.NaN, Infinity])).toMatchObject({ min: 0, max: 1, outside: [] });
    expect(robustAxis([null, 2, "x", 4]).outside).toEqual([]);
  });

  it("opens a constant column around its value", () => {
    const axis = robustAxis([0.4, 0.4, 0.4]);
    expect(axis.min).toBeLessThan(0.4);
    expect(axis.max).toBeGreaterThan(0.4);
  });

  it("rounds steps to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0.13, 2400, 7, 0.001, 1].map(niceStep)).toEqual([0.2, 2500, 10, 0.001, 1]);
  });

  it("keeps every value inside the far-out fences and names exactly the values beyond the bounds (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (xs) => {
        const axis = robustAxis(xs);
        const sorted = [...xs].sort((a, b) => a - b);
        const q = (p: number): number => {
          const at = (sorted.length - 1) * p;
          const lo = sorted[Math.floor(at)] as number;
          return lo + ((sorted[Math.ceil(at)] as number) - lo) * (at - Math.floor(at));
        };
        const iqr = q(0.75) - q(0.25);
        const inside = xs.filter((x) => x >= q(0.25) - 3 * iqr && x <= q(0.75) + 3 * iqr);
        const named = xs.flatMap((x, i) => (x < axis.min || x > axis.max ? [i] : []));
        return (
          axis.min < axis.max &&
          inside.every((x) => x >= axis.min && x <= axis.max) &&
          JSON.stringify(named) === JSON.stringify(axis.outside)
        );
      }),
    );
  });

  it("shows the bulk of the 793-customer retail profile and names its one extreme customer", () => {
    const { header, rows } = readSampleCustomers(resolve(__dirname, "../../assets/sample/retail-793.csv"));
    const at = (name: string): number => header.indexOf(name);
    const rates: Record<string, number> = { Orders: 60, Deliveries: 85, "Delivery km": 1.1, Visits: 450 };
    Object.assign(rates, { Returns: 150, "Rush orders": 250, "Service calls": 120 });
    const ratios = rows.map((r) => {
      const revenue = Number(r[at("Net revenue")]);
      if (!(revenue > 0)) return null;
      return Object.entries(rates).reduce((s, [k, rate]) => s + Number(r[at(k)]) * rate, 0) / revenue;
    });
    const axis = robustAxis(ratios);
    expect(axis.max).toBeLessThan(2);
    expect(axis.outside.map((i) => rows[i]?.[0])).toContain("Customer 15223");
  });
});
