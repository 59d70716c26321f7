import { describe, expect, it } from "vitest";
import fc from "fast-check";
import fixture from "../fixtures/ahp.json";
import type { Grid } from "../../src/core/cells";
import { formatIssue, isIssue } from "../../src/core/issues";
import { SCORE } from "../../src/core/selection";
import {
  AHP,
  AHPCR,
  CLASSSTABILITY,
  DEFAULT_SEED,
  STABILITY,
  TIPPINGWEIGHT,
  consistency,
  drawWeights,
  mulberry32,
  readHorizon,
  readPairwise,
} from "../../src/core/weighting";

const numbers = (out: unknown[][]): number[] => out.map((row) => row[0] as number);
const codeOf = (cell: unknown): string | undefined => (isIssue(cell) ? cell.code : undefined);

/** A consistent pairwise matrix a[i][j] = w[i] / w[j]. */
const consistent = (w: readonly number[]): number[][] => w.map((wi) => w.map((wj) => wi / wj));

/** A reciprocal matrix from an upper triangle of Saaty judgements. */
function reciprocal(n: number, upper: readonly number[]): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = upper[k++] ?? 1;
      (a[i] as number[])[j] = v;
      (a[j] as number[])[i] = 1 / v;
    }
  }
  return a;
}

const SAATY = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 2, 3, 4, 5, 6, 7, 8, 9];

describe("KAM.AHP and KAM.AHPCR against published examples (test/fixtures/ahp.json)", () => {
  for (const ex of fixture.examples) {
    it(`reproduces the published eigenvector weights of ${ex.id} within half their last digit`, () => {
      const w = numbers(AHP.compute(ex.pairwise, undefined));
      expect(w).toHaveLength(ex.published.eigenvector.length);
      ex.published.eigenvector.forEach((p, i) =>
        expect(Math.abs((w[i] as number) - p), `w${i + 1}`).toBeLessThanOrEqual(ex.published.tolerance),
      );
    });

    it(`agrees with an independent computation of ${ex.id} for both methods, λmax and CR (to 1e-6)`, () => {
      const tol = ex.computed.tolerance;
      const eig = numbers(AHP.compute(ex.pairwise, [["eigenvector"]]));
      const geo = numbers(AHP.compute(ex.pairwise, [["GeoMean"]]));
      ex.computed.eigenvector.forEach((p, i) => expect(Math.abs((eig[i] as number) - p)).toBeLessThanOrEqual(tol));
      ex.computed.geomean.forEach((p, i) => expect(Math.abs((geo[i] as number) - p)).toBeLessThanOrEqual(tol));
      const p = readPairwise(ex.pairwise);
      if (!("a" in p)) throw new Error("fixture matrix rejected");
      expect(Math.abs(consistency(p.a, p.n).lambdaMax - ex.computed.lambdaMax)).toBeLessThanOrEqual(tol);
      expect(Math.abs((AHPCR.compute(ex.pairwise)[0]?.[0] as number) - ex.computed.cr)).toBeLessThanOrEqual(tol);
    });
  }

  it("gives CR ≈ 0.033 for the course example, as models.md §12 publishes it", () => {
    const ex = fixture.examples[0];
    const cr = AHPCR.compute(ex?.pairwise ?? [])[0]?.[0] as number;
    expect(Math.abs(cr - (ex?.published.cr ?? NaN))).toBeLessThanOrEqual(ex?.published.crTolerance ?? 0);
  });

  it("reproduces Saaty's λmax 7.61 for the wealth of nations, where the two methods differ by about 0.01", () => {
    const ex = fixture.examples[1];
    const p = readPairwise(ex?.pairwise ?? []);
    if (!("a" in p)) throw new Error("fixture matrix rejected");
    expect(Math.abs(consistency(p.a, p.n).lambdaMax - 7.61)).toBeLessThanOrEqual(ex?.published.lambdaTolerance ?? 0);
    const eig = numbers(AHP.compute(ex?.pairwise ?? [], undefined));
    const geo = numbers(AHP.compute(ex?.pairwise ?? [], [["geomean"]]));
    const gap = Math.max(...eig.map((w, i) => Math.abs(w - (geo[i] as number))));
    expect(gap).toBeGreaterThan(0.005);
  });
});

describe("KAM.AHP: sizes, tolerance and bad matrices", () => {
  it("gives weight 1 to a single criterion and 0.75/0.25 to a 2×2 judgement of 3, both with CR 0", () => {
    expect(AHP.compute([[1]], undefined)).toEqual([[1]]);
    expect(AHPCR.compute([[1]])).toEqual([[0]]);
    const two = numbers(AHP.compute(reciprocal(2, [3]), undefined));
    expect(two[0]).toBeCloseTo(0.75, 12);
    expect(two[1]).toBeCloseTo(0.25, 12);
    expect(AHPCR.compute(reciprocal(2, [9]))).toEqual([[0]]);
  });

  it("accepts a typed 0.333 against 3 and 0.111 against 9 (relative tolerance 1e-3), and refuses 0.33", () => {
    expect(
      numbers(
        AHP.compute(
          [
            [1, 3],
            [0.333, 1],
          ],
          undefined,
        ),
      )[0],
    ).toBeCloseTo(0.75, 3);
    expect(
      numbers(
        AHP.compute(
          [
            [1, 9],
            [0.111, 1],
          ],
          undefined,
        ),
      )[0],
    ).toBeCloseTo(0.9, 3);
    const out = AHP.compute(
      [
        [1, 3],
        [0.33, 1],
      ],
      undefined,
    );
    expect(out).toHaveLength(2);
    for (const [cell] of out) {
      expect(cell).toMatchObject({ code: "not_reciprocal", path: ["pairwise", 2, 1] });
    }
    expect(formatIssue(out[0]?.[0] as never, "en")).toBe(
      "pairwise, row 2, column 1: must be the reciprocal of its mirror in row 1, column 2 (3): expected 0.3333, got 0.33.",
    );
    expect(formatIssue(out[0]?.[0] as never, "nl")).toMatch(/^pairwise, rij 2, kolom 1: moet het omgekeerde zijn/);
  });

  it("names the cell of a blank, zero, negative, text, out-of-scale or off-diagonal judgement in every output cell", () => {
    const cases: [Grid, string, (string | number)[]][] = [
      [
        [
          [1, null],
          [1, 1],
        ],
        "blank",
        ["pairwise", 1, 2],
      ],
      [
        [
          [1, 0],
          [1, 1],
        ],
        "not_positive",
        ["pairwise", 1, 2],
      ],
      [
        [
          [1, 2],
          [-0.5, 1],
        ],
        "not_positive",
        ["pairwise", 2, 1],
      ],
      [
        [
          [1, "x"],
          [1, 1],
        ],
        "not_a_number",
        ["pairwise", 1, 2],
      ],
      [
        [
          [1, 10],
          [0.1, 1],
        ],
        "out_of_range",
        ["pairwise", 1, 2],
      ],
      [
        [
          [1, 1 / 12],
          [12, 1],
        ],
        "out_of_range",
        ["pairwise", 1, 2],
      ],
      [
        [
          [2, 1],
          [1, 1],
        ],
        "diagonal_not_one",
        ["pairwise", 1, 1],
      ],
    ];
    for (const [grid, code, path] of cases) {
      const out = AHP.compute(grid, undefined);
      expect(out, code).toHaveLength(2);
      for (const [cell] of out) expect(cell, code).toMatchObject({ code, path });
      expect(AHPCR.compute(grid)[0]?.[0], code).toMatchObject({ code, path });
    }
    expect(
      AHP.compute(
        [
          [1, { sheetError: "#DIV/0!" }],
          [1, 1],
        ],
        undefined,
      ),
    ).toEqual([[{ sheetError: "#DIV/0!" }], [{ sheetError: "#DIV/0!" }]]);
  });

  it("refuses a non-square range and more than ten criteria, keeping one error per output row", () => {
    const wide = AHP.compute(
      [
        [1, 2, 3],
        [0.5, 1, 2],
      ],
      undefined,
    );
    expect(wide).toHaveLength(2);
    expect(wide[1]?.[0]).toMatchObject({ code: "not_square", params: { rows: 2, cols: 3 } });
    expect(formatIssue(wide[0]?.[0] as never, "en")).toBe(
      "pairwise, row 1: a pairwise matrix must be square, with as many rows as columns (got 2 × 3).",
    );
    const eleven = consistent(Array.from({ length: 11 }, () => 1));
    expect(codeOf(AHP.compute(eleven, undefined)[10]?.[0])).toBe("too_many_criteria");
    expect(numbers(AHP.compute(consistent(Array.from({ length: 10 }, () => 1)), undefined))).toHaveLength(10);
    expect(AHP.shape?.([{ rows: 4, cols: 4 }, undefined])).toEqual({ rows: 4, cols: 1 });
  });

  it("refuses an unknown method in every output cell", () => {
    const out = AHP.compute(reciprocal(3, [3, 5, 3]), [["mean"]]);
    expect(out).toHaveLength(3);
    expect(out[2]?.[0]).toMatchObject({ code: "unknown_option", path: ["method", 1] });
  });
});

describe("properties of KAM.AHP and KAM.AHPCR (fast-check)", () => {
  const matrix = fc
    .integer({ min: 1, max: 10 })
    .chain((n) =>
      fc
        .array(fc.constantFrom(...SAATY), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
        .map((upper) => reciprocal(n, upper)),
    );

  it("gives n positive weights summing to 1 for any reciprocal matrix on Saaty's scale, by both methods", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("eigenvector", "geomean"), (a, method) => {
        const w = numbers(AHP.compute(a, [[method]]));
        expect(w).toHaveLength(a.length);
        for (const x of w) expect(x).toBeGreaterThan(0);
        expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        const cr = AHPCR.compute(a)[0]?.[0] as number;
        expect(cr).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("returns w, with CR 0, for a consistent matrix built from weights w (ratios within 1/9–9)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 9, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom("eigenvector", "geomean"),
        (raw, method) => {
          const total = raw.reduce((s, x) => s + x, 0);
          const w = raw.map((x) => x / total);
          const got = numbers(AHP.compute(consistent(w), [[method]]));
          got.forEach((x, i) => expect(Math.abs(x - (w[i] as number))).toBeLessThan(1e-12));
          expect(AHPCR.compute(consistent(w))[0]?.[0]).toBeLessThan(1e-12);
        },
      ),
    );
  });
});

describe("KAM.TIPPINGWEIGHT (hand-computed, test/fixtures/ahp.json › tipping)", () => {
  const t = fixture.tipping;
  const weights = [t.weights];

  for (const c of t.cases) {
    it(`gives the hand-computed tipping weights of criterion ${c.criterion} at cut-off ${c.cut}`, () => {
      const rows = (c.rows ?? t.scores.map((_, i) => i)).map((i) => t.scores[i] ?? []);
      const out = TIPPINGWEIGHT.compute(rows, weights, [[c.criterion]], [[c.cut]]);
      c.expected.forEach((e, i) => {
        const cell = out[i]?.[0];
        if (typeof e === "number") expect(cell as number, `row ${i + 1}`).toBeCloseTo(e, 12);
        else expect(codeOf(cell), `row ${i + 1}`).toBe(e);
      });
    });
  }

  it("is in the units of the weights: weights ×10 give tipping weights ×10", () => {
    const out = TIPPINGWEIGHT.compute(t.scores.slice(0, 2), [t.weights.map((w) => w * 10)], [[1]], [[3]]);
    expect(numbers(out)[0]).toBeCloseTo(25, 12);
    expect(numbers(out)[1]).toBeCloseTo(35, 12);
  });

  it("explains a missing tipping weight as #N/A in both languages, and names a blank score", () => {
    const out = TIPPINGWEIGHT.compute(t.scores, weights, [[1]], [[3]]);
    expect(formatIssue(out[2]?.[0] as never, "en")).toBe(
      "scores, row 3: no positive weight of criterion 1 puts the weighted score on the cut-off 3 (the other weights fixed): the customer stays on its side at any weight.",
    );
    expect(formatIssue(out[2]?.[0] as never, "nl")).toMatch(/^scores, rij 3: geen positief gewicht van criterium 1/);
    expect(out[3]?.[0]).toMatchObject({ code: "blank", path: ["scores", 4, 1] });
  });

  it("refuses a criterion number outside 1…k or not whole, and bad weights, in every row", () => {
    const rows = t.scores.slice(0, 2);
    expect(TIPPINGWEIGHT.compute(rows, weights, [[5]], [[3]])[1]?.[0]).toMatchObject({
      code: "out_of_range",
      path: ["criterion", 1],
      params: { value: 5, min: 1, max: 4 },
    });
    expect(codeOf(TIPPINGWEIGHT.compute(rows, weights, [[1.5]], [[3]])[0]?.[0])).toBe("not_whole");
    expect(codeOf(TIPPINGWEIGHT.compute(rows, weights, [[null]], [[3]])[0]?.[0])).toBe("blank");
    expect(codeOf(TIPPINGWEIGHT.compute(rows, [[1, -1, 1, 1]], [[1]], [[3]])[1]?.[0])).toBe("negative");
    expect(codeOf(TIPPINGWEIGHT.compute(rows, weights, [[1]], [["x"]])[1]?.[0])).toBe("not_a_number");
  });

  it("keeps a text score as an error in its own row", () => {
    const out = TIPPINGWEIGHT.compute(
      [
        [5, 2, 3, 1],
        [1, "x", 4, 5],
      ],
      weights,
      [[1]],
      [[3]],
    );
    expect(numbers(out)[0]).toBeCloseTo(2.5, 12);
    expect(out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["scores", 2, 2] });
  });

  it("puts the weighted score of KAM.SCORE exactly on the cut-off (property, fast-check)", () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 2, maxLength: 8 }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.nat(),
        (pairs, cut, pick) => {
          const j = pick % pairs.length;
          const scores = [pairs.map(([s]) => s)];
          const w = pairs.map(([, x]) => x);
          const tip = TIPPINGWEIGHT.compute(scores, [w], [[j + 1]], [[cut]])[0]?.[0];
          if (typeof tip !== "number") {
            expect(codeOf(tip)).toBe("no_tipping_weight");
            return;
          }
          expect(tip).toBeGreaterThan(0);
          const moved = w.map((x, i) => (i === j ? tip : x));
          expect(SCORE.compute(scores, [moved])[0]?.[0] as number).toBeCloseTo(cut, 9);
        },
      ),
    );
  });
});

/** An independent reference: the share of draws keeping the side, with the division of KAM.SCORE. */
function referenceStability(
  row: readonly number[],
  w: readonly number[],
  cut: number,
  spread: number,
  draws: number,
  seed: number,
): number {
  const next = mulberry32(seed);
  const mean = (ws: readonly number[]) =>
    row.reduce((s, v, i) => s + v * (ws[i] as number), 0) / ws.reduce((s, x) => s + x, 0);
  const high = mean(w) >= cut;
  let kept = 0;
  for (let d = 0; d < draws; d++) {
    const ws = w.map((x) => x * (1 - spread + 2 * spread * next()));
    if (mean(ws) >= cut === high) kept++;
  }
  return kept / draws;
}

describe("KAM.STABILITY", () => {
  const scores = [
    [5, 1, 4],
    [2, 3, 5],
    [4, 4, 2],
    [1, 2, 2],
  ];
  const weights = [[3, 2, 1]];

  it("matches an independent reference (mulberry32, the weighted mean of KAM.SCORE) row by row", () => {
    const out = numbers(STABILITY.compute(scores, weights, [[3.2]], [[0.3]], [[500]], [[7]]));
    scores.forEach((row, i) =>
      expect(out[i], `row ${i + 1}`).toBe(referenceStability(row, [3, 2, 1], 3.2, 0.3, 500, 7)),
    );
  });

  it("uses the defaults spread 0.2, 1,000 draws and seed 15 when they are omitted or blank", () => {
    const omitted = STABILITY.compute(scores, weights, [[3]], undefined, undefined, undefined);
    expect(omitted).toEqual(STABILITY.compute(scores, weights, [[3]], [[0.2]], [[1000]], [[DEFAULT_SEED]]));
    expect(omitted).toEqual(STABILITY.compute(scores, weights, [[3]], [[null]], [[""]], [[null]]));
    expect(numbers(omitted)[0]).toBe(referenceStability([5, 1, 4], [3, 2, 1], 3, 0.2, 1000, 15));
  });

  it("gives the same figure on every call and for a row wherever it stands (the same weight sets serve every row)", () => {
    const a = STABILITY.compute(scores, weights, [[3.2]], undefined, undefined, undefined);
    expect(STABILITY.compute(scores, weights, [[3.2]], undefined, undefined, undefined)).toEqual(a);
    const reversed = STABILITY.compute([...scores].reverse(), weights, [[3.2]], undefined, undefined, undefined);
    expect(reversed).toEqual([...a].reverse());
    expect(STABILITY.compute([scores[1] ?? []], weights, [[3.2]], undefined, undefined, undefined)).toEqual([a[1]]);
  });

  it("gives a customer whose criteria all sit on the cut-off stability 1, whatever the weights", () => {
    const out = STABILITY.compute([[3, 3, 3]], [[0.1, 0.2, 0.7]], [[3]], [[0.5]], undefined, undefined);
    expect(out).toEqual([[1]]);
  });

  it("gives about one half for two opposite scores of equal weight around the cut-off", () => {
    const half = numbers(STABILITY.compute([[5, 1]], [[1, 1]], [[3]], undefined, [[100000]], undefined))[0] as number;
    expect(Math.abs(half - 0.5)).toBeLessThan(0.01);
  });

  it("is 1 at spread 0 for every row of any table (property, fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((k) =>
          fc.tuple(
            fc.array(
              fc.array(fc.oneof(fc.double({ min: 1, max: 5, noNaN: true }), fc.constant(null)), {
                minLength: k,
                maxLength: k,
              }),
              {
                minLength: 1,
                maxLength: 20,
              },
            ),
            fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
          ),
        ),
        fc.double({ min: 1, max: 5, noNaN: true }),
        ([rows, w], cut) => {
          const out = STABILITY.compute(rows, [w], [[cut]], [[0]], [[50]], undefined);
          out.forEach(([cell], i) => {
            if (rows[i]?.every((v) => v === null)) expect(codeOf(cell)).toBe("blank");
            else expect(cell).toBe(1);
          });
        },
      ),
    );
  });

  it("keeps a bad row's error in that row and gives #N/A to a row without scores", () => {
    const out = STABILITY.compute(
      [
        [5, 1, 4],
        ["x", 1, 1],
        [null, null, null],
      ],
      weights,
      [[3]],
      undefined,
      [[10]],
      undefined,
    );
    expect(typeof out[0]?.[0]).toBe("number");
    expect(out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["scores", 2, 1] });
    expect(out[2]?.[0]).toMatchObject({ code: "blank", path: ["scores", 3] });
  });

  it("refuses a spread outside [0, 1), draws outside 1…100,000 or not whole, a bad seed and a missing cut-off, in every row", () => {
    const call = (cut: Grid, spread?: Grid, draws?: Grid, seed?: Grid) =>
      STABILITY.compute(scores, weights, cut, spread, draws, seed);
    const one = call([[3]], [[1]]);
    expect(one).toHaveLength(4);
    expect(one[3]?.[0]).toMatchObject({ code: "spread_out_of_range", path: ["spread", 1] });
    expect(formatIssue(one[0]?.[0] as never, "en")).toBe(
      "spread, row 1: the spread must be at least 0 and below 1 (got 1), so that every weight factor 1 − spread stays above zero.",
    );
    expect(codeOf(call([[3]], [[-0.1]])[0]?.[0])).toBe("spread_out_of_range");
    expect(codeOf(call([[3]], undefined, [[0]])[0]?.[0])).toBe("out_of_range");
    expect(codeOf(call([[3]], undefined, [[100001]])[0]?.[0])).toBe("out_of_range");
    expect(codeOf(call([[3]], undefined, [[10.5]])[0]?.[0])).toBe("not_whole");
    expect(codeOf(call([[3]], undefined, undefined, [[-1]])[0]?.[0])).toBe("out_of_range");
    expect(codeOf(call([[3]], undefined, undefined, [[2 ** 32]])[0]?.[0])).toBe("out_of_range");
    expect(codeOf(call([[null]])[0]?.[0])).toBe("blank");
    expect(codeOf(call([[1, 2]])[0]?.[0])).toBe("not_single");
  });

  it("changes with the seed, and draws every weight within [1 − spread, 1 + spread] of itself", () => {
    const a = STABILITY.compute(scores, weights, [[3.2]], undefined, undefined, [[1]]);
    const b = STABILITY.compute(scores, weights, [[3.2]], undefined, undefined, [[2]]);
    expect(a).not.toEqual(b);
    const sets = drawWeights(Float64Array.from([3, 2, 1]), 0.2, 1000, 15);
    sets.forEach((x, i) => {
      const w = [3, 2, 1][i % 3] as number;
      expect(x).toBeGreaterThanOrEqual(0.8 * w);
      expect(x).toBeLessThan(1.2 * w);
    });
  });

  it("uses mulberry32: seed 0 starts 0.26642920868471265 as the reference implementation does; seed 15 is pinned", () => {
    expect(mulberry32(0)()).toBe(1144304738 / 2 ** 32);
    const next = mulberry32(15);
    expect([next(), next(), next()].map((x) => x * 2 ** 32)).toEqual([1021515132, 1735702445, 1729991922]);
  });
});

describe("KAM.CLASSSTABILITY", () => {
  const scores = [
    [4, 2, 3.5, 2],
    [3, 3, 3, 3],
    [5, 1, 1, 5],
  ];
  const weights = [[2, 1, 1, 2]];

  function referenceClass(
    row: readonly number[],
    horizon: readonly ("c" | "f")[],
    w: readonly number[],
    cuts: [number, number],
    spread: number,
    draws: number,
    seed: number,
  ): number {
    const next = mulberry32(seed);
    const side = (ws: readonly number[]) =>
      (["c", "f"] as const).map((h, hi) => {
        let s = 0;
        let t = 0;
        row.forEach((v, i) => {
          if (horizon[i] !== h) return;
          s += v * (ws[i] as number);
          t += ws[i] as number;
        });
        return s / t >= (cuts[hi] as number);
      });
    const base = side(w);
    let kept = 0;
    for (let d = 0; d < draws; d++) {
      const now = side(w.map((x) => x * (1 - spread + 2 * spread * next())));
      if (now[0] === base[0] && now[1] === base[1]) kept++;
    }
    return kept / draws;
  }

  it("matches an independent reference for a current/future split, away from exact ties", () => {
    const out = numbers(
      CLASSSTABILITY.compute(
        [scores[0] ?? [], scores[2] ?? []],
        weights,
        [["current", "current", "future", "future"]],
        [[3.2]],
        [[2.9]],
        [[0.4]],
        [[400]],
        [[3]],
      ),
    );
    expect(out[0]).toBe(referenceClass(scores[0] ?? [], ["c", "c", "f", "f"], [2, 1, 1, 2], [3.2, 2.9], 0.4, 400, 3));
    expect(out[1]).toBe(referenceClass(scores[2] ?? [], ["c", "c", "f", "f"], [2, 1, 1, 2], [3.2, 2.9], 0.4, 400, 3));
  });

  it("accepts the horizons as the selection builder writes them, in English or Dutch, as a row or a column", () => {
    const en = CLASSSTABILITY.compute(
      scores,
      weights,
      [["current", "Current", "FUTURE", "future"]],
      [[3]],
      [[3]],
      undefined,
      undefined,
      undefined,
    );
    const nl = CLASSSTABILITY.compute(
      scores,
      weights,
      [["Huidig"], ["huidige"], ["Toekomstig"], ["toekomstige"]],
      [[3]],
      [[3]],
      undefined,
      undefined,
      undefined,
    );
    expect(nl).toEqual(en);
    expect(en[1]).toEqual([1]);
    expect(readHorizon(" Toekomstig ", ["horizons", 1, 3])).toBe("future");
  });

  it("is 1 at spread 0 and at most the stability of each composite alone (the same draws)", () => {
    const h = [["current", "current", "future", "future"]];
    const both = numbers(CLASSSTABILITY.compute(scores, weights, h, [[3.2]], [[2.9]], [[0.5]], undefined, undefined));
    // Zero weights keep k and hence the draws: the current (future) composite alone, on the same sets.
    const current = numbers(STABILITY.compute(scores, [[2, 1, 0, 0]], [[3.2]], [[0.5]], undefined, undefined));
    const future = numbers(STABILITY.compute(scores, [[0, 0, 1, 2]], [[2.9]], [[0.5]], undefined, undefined));
    both.forEach((b, i) => expect(b).toBeLessThanOrEqual(Math.min(current[i] as number, future[i] as number)));
    expect(both.some((b) => b < 1)).toBe(true);
    expect(CLASSSTABILITY.compute(scores, weights, h, [[3]], [[3]], [[0]], undefined, undefined)).toEqual([
      [1],
      [1],
      [1],
    ]);
  });

  it("refuses unknown or blank horizons, the wrong count, and a horizon without weight, in every row", () => {
    const call = (h: Grid, w: Grid = weights) =>
      CLASSSTABILITY.compute(scores, w, h, [[3]], [[3]], undefined, undefined, undefined);
    const bad = call([["current", "now", "future", "future"]]);
    expect(bad).toHaveLength(3);
    expect(bad[2]?.[0]).toMatchObject({ code: "unknown_label", path: ["horizons", 1, 2] });
    expect(codeOf(call([["current", null, "future", "future"]])[0]?.[0])).toBe("blank");
    expect(call([["current", "future"]])[0]?.[0]).toMatchObject({
      code: "length_mismatch",
      params: { expected: 4, actual: 2 },
    });
    expect(codeOf(call([["future", "future", "future", "future"]])[0]?.[0])).toBe("no_current_weight");
    expect(codeOf(call([["current", "current", "future", "future"]], [[2, 1, 0, 0]])[0]?.[0])).toBe("no_future_weight");
    expect(formatIssue(call([["future", "future", "future", "future"]])[0]?.[0] as never, "nl")).toBe(
      "horizons, rij 1: geen criterium met een gewicht boven nul is als huidig gemarkeerd, dus er is geen huidige waarde.",
    );
  });

  it("gives #N/A to a row whose current or future criteria are all blank, and keeps a text score in its row", () => {
    const h = [["current", "current", "future", "future"]];
    const out = CLASSSTABILITY.compute(
      [
        [4, 2, null, null],
        [4, "x", 3, 3],
        [4, 2, 3, 3],
      ],
      weights,
      h,
      [[3]],
      [[3]],
      undefined,
      undefined,
      undefined,
    );
    expect(out[0]?.[0]).toMatchObject({ code: "blank", path: ["scores", 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["scores", 2, 2] });
    expect(typeof out[2]?.[0]).toBe("number");
  });
});
