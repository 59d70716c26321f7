/**
 * Reichheld's loyalty economics (models.md §8; course 002 and 003 slides 127–128): the profit effect
 * of a price rise, the volume that keeps profit unchanged after a price change, and customer lifetime
 * value. Percentages are fractions, as in Excel (0.05 = 5 %).
 *
 * @module
 */
import { isBlank, mapEach, type Cell, type OutCell } from "../cells";
import { isFail, readNumber, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";

/** The defaults of `KAM.CLV`: no acquisition cost, no yearly growth of the margin. */
export const CLV_DEFAULTS = { acquisitionCost: 0, growth: 0 } as const;

/** A computed number as an output cell: `overflow` (#VALUE!) when it is not finite. */
function finite(value: number, path: Path): OutCell {
  return value - value === 0 ? value : issue("overflow", path);
}

/**
 * Profit change from a price change with volume and costs unchanged: priceChange ÷ netMargin
 * (course 003 slide 127).
 *
 * @example
 * priceEffect(0.01, 0.04); // 0.25 (a 1 % price rise at a 4 % net margin is 25 % more profit)
 */
export function priceEffect(priceChange: number, netMargin: number): number {
  return priceChange / netMargin;
}

/**
 * The volume change that keeps profit equal after a price change Δp at contribution margin m:
 * −Δp ÷ (m + Δp).
 *
 * @example
 * breakEvenVolume(-0.1, 0.3); // 0.5 (a 10 % price cut at 30 % margin needs 50 % more volume)
 */
export function breakEvenVolume(priceChange: number, margin: number): number {
  return -priceChange / (margin + priceChange);
}

/**
 * Lifetime value: Σₜ m·(1+g)ᵗ⁻¹·rᵗ⁻¹ ÷ (1+i)ᵗ for t = 1…years, or m ÷ (1 + i − r·(1+g)) for an open
 * horizon (`years` undefined), minus the acquisition cost (models.md §8.4 and §9.3). The yearly growth g
 * of the margin defaults to 0. Returns `undefined` for an open horizon that does not converge
 * (r·(1+g) ≥ 1 + i).
 *
 * @example
 * lifetimeValue(100, 0.8, 0.1); // 333.33… (100 ÷ 0.3)
 * lifetimeValue(100, 0.8, 0.1, 2); // 157.0247… (100/1.1 + 80/1.21)
 * lifetimeValue(100, 0.8, 0.1, undefined, 0, 0.2); // 714.2857… (100 ÷ (1.1 − 0.96))
 */
export function lifetimeValue(
  margin: number,
  retention: number,
  discountRate: number,
  years?: number,
  acquisitionCost: number = CLV_DEFAULTS.acquisitionCost,
  growth: number = CLV_DEFAULTS.growth,
): number | undefined {
  const discount = 1 + discountRate;
  const kept = retention * (1 + growth);
  if (years === undefined) {
    if (kept >= discount) return undefined;
    return margin / (discount - kept) - acquisitionCost;
  }
  const excess = (kept - discount) / discount;
  const geometric = excess === 0 ? years : Math.expm1(years * Math.log1p(excess)) / excess;
  return (margin / discount) * geometric - acquisitionCost;
}

/**
 * `KAM.PRICEEFFECT(priceChange, netMargin)`: profit change = priceChange ÷ netMargin per cell. A zero
 * margin is `division_by_zero`, a negative one `not_positive` (the change of a loss has no meaning as a share).
 *
 * @example
 * PRICEEFFECT.compute([[0.01], [0.16]], [[0.01, 0.16]]); // [[1, 0.0625], [16, 1]]
 */
export const PRICEEFFECT = defineFunction({
  id: "PRICEEFFECT",
  params: [
    { name: "priceChange", kind: "each" },
    { name: "netMargin", kind: "each" },
  ],
  compute: (priceChange, netMargin) =>
    mapEach(["priceChange", "netMargin"], [priceChange, netMargin], ([p, m], r, c): OutCell => {
      const change = readNumber(p, ["priceChange", r + 1, c + 1]);
      if (isFail(change)) return change;
      const margin = readNumber(m, ["netMargin", r + 1, c + 1]);
      if (isFail(margin)) return margin;
      if (margin === 0) return issue("division_by_zero", ["netMargin", r + 1, c + 1]);
      if (margin < 0) return issue("not_positive", ["netMargin", r + 1, c + 1], { value: margin });
      return finite(priceEffect(change, margin), ["priceChange", r + 1, c + 1]);
    }),
});

/** A sum as a message shows it: rounded to 12 significant digits, so −0.3 + 0.25 reads −0.05. */
function shown(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * `KAM.BREAKEVENVOLUME(priceChange, margin)`: the volume change −Δp ÷ (m + Δp) that keeps profit
 * equal. There is none (docs/models.md §9.2): with no margin (m ≤ 0) there is no profit to keep,
 * `no_margin` (#N/A); when the price cut takes the whole margin (m + Δp ≤ 0) every unit sold loses
 * money, `no_break_even` (#N/A). Either is an error, never a number.
 *
 * @example
 * BREAKEVENVOLUME.compute([[-0.1], [0.1]], [[0.3]]); // [[0.5], [-0.25]]
 * BREAKEVENVOLUME.compute([[-0.3]], [[0.25]])[0][0].code; // "no_break_even"
 */
export const BREAKEVENVOLUME = defineFunction({
  id: "BREAKEVENVOLUME",
  params: [
    { name: "priceChange", kind: "each" },
    { name: "margin", kind: "each" },
  ],
  compute: (priceChange, margin) =>
    mapEach(["priceChange", "margin"], [priceChange, margin], ([p, m], r, c): OutCell => {
      const change = readNumber(p, ["priceChange", r + 1, c + 1]);
      if (isFail(change)) return change;
      const contribution = readNumber(m, ["margin", r + 1, c + 1]);
      if (isFail(contribution)) return contribution;
      if (contribution <= 0) return issue("no_margin", ["margin", r + 1, c + 1], { value: contribution });
      const sum = contribution + change;
      if (sum <= 0) return issue("no_break_even", ["priceChange", r + 1, c + 1], { sum: shown(sum) });
      return finite(breakEvenVolume(change, contribution), ["priceChange", r + 1, c + 1]);
    }),
});

/** The optional yearly growth g of `KAM.CLV`: blank is no growth; g ≤ −1 is `out_of_range`. */
function readGrowth(cell: Cell | undefined, path: Path): number | Fail {
  if (isBlank(cell)) return CLV_DEFAULTS.growth;
  const g = readNumber(cell, path);
  if (isFail(g)) return g;
  if (g <= -1) return issue("out_of_range", path, { value: g, min: -1, max: "∞" });
  return g;
}

/**
 * `KAM.CLV(margin, retention, discountRate, [years], [acquisitionCost], [growth])`: customer lifetime value.
 * `years` omitted or blank is an open horizon, where retention·(1 + growth) ≥ 1 + discountRate diverges
 * (`diverges`). `years` must be a whole number ≥ 1; retention must not be negative; discountRate and growth
 * must exceed −1 (−1 itself is out of range). Growth g is the yearly growth of the margin (models.md §8.4:
 * very satisfied customers grow about 20 % a year), default 0.
 *
 * @example
 * CLV.compute([[100]], [[0.8]], [[0.1]], [[2]], undefined, undefined); // [[157.0247…]]
 * CLV.compute([[100]], [[0.8]], [[0.1]], undefined, undefined, [[0.2]]); // [[714.2857…]]
 */
export const CLV = defineFunction({
  id: "CLV",
  params: [
    { name: "margin", kind: "each" },
    { name: "retention", kind: "each" },
    { name: "discountRate", kind: "each" },
    { name: "years", kind: "each", optional: true },
    { name: "acquisitionCost", kind: "each", optional: true },
    { name: "growth", kind: "each", optional: true },
  ],
  compute: (margin, retention, discountRate, years, acquisitionCost, growth) =>
    mapEach(
      ["margin", "retention", "discountRate", "years", "acquisitionCost", "growth"],
      [margin, retention, discountRate, years, acquisitionCost, growth],
      ([m, rt, d, y, a, g], r, c): OutCell => {
        const at = [r + 1, c + 1] as const;
        const profit = readNumber(m, ["margin", ...at]);
        if (isFail(profit)) return profit;
        const keep = readNumber(rt, ["retention", ...at]);
        if (isFail(keep)) return keep;
        if (keep < 0) return issue("negative", ["retention", ...at], { value: keep });
        const rate = readNumber(d, ["discountRate", ...at]);
        if (isFail(rate)) return rate;
        if (rate <= -1) return issue("out_of_range", ["discountRate", ...at], { value: rate, min: -1, max: "∞" });
        let horizon: number | undefined;
        if (y !== undefined && y !== null) {
          const t = readNumber(y, ["years", ...at]);
          if (isFail(t)) return t;
          if (!Number.isInteger(t)) return issue("not_whole", ["years", ...at], { value: t });
          if (t < 1) return issue("not_positive", ["years", ...at], { value: t });
          horizon = t;
        }
        let cost: number = CLV_DEFAULTS.acquisitionCost;
        if (a !== undefined && a !== null) {
          const read = readNumber(a, ["acquisitionCost", ...at]);
          if (isFail(read)) return read;
          cost = read;
        }
        const rise = readGrowth(g, ["growth", ...at]);
        if (isFail(rise)) return rise;
        const value = lifetimeValue(profit, keep, rate, horizon, cost, rise);
        if (value !== undefined) return finite(value, ["margin", ...at]);
        const kept = shown(keep * (1 + rise));
        const reason = rise === 0 ? `r = ${keep} ≥ 1 + i = ${1 + rate}` : `r·(1 + g) = ${kept} ≥ 1 + i = ${1 + rate}`;
        return issue("diverges", ["retention", ...at], { reason });
      },
    ),
});
