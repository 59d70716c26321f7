import { describe, expect, it } from "vitest";
import fixture from "../fixtures/selection.json";
import { NORMALIZE, SCORE } from "../../src/core/selection";
import { issueKind, isIssue, type Issue } from "../../src/core/issues";
import type { Grid } from "../../src/core/cells";

type NormalizeArgs = {
  method?: string | (string | number)[][];
  low?: number;
  high?: number;
  direction?: number;
  bands?: (number | null)[][];
};

const one = (v: unknown): Grid | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as Grid) : [[v as string | number]];

function normalize(values: Grid, args: NormalizeArgs) {
  return NORMALIZE.compute(values, one(args.method), one(args.low), one(args.high), one(args.direction), args.bands);
}

describe("KAM.SCORE (weighted selection matrix, models.md §1)", () => {
  for (const row of fixture.score) {
    it(row.spec, () => {
      const out = SCORE.compute(row.scores, row.weights);
      expect(out.length).toBe(row.expected.length);
      row.expected.forEach((e, i) => expect(out[i]?.[0]).toBeCloseTo(e, 12));
    });
  }

  for (const row of fixture.scoreErrors) {
    it(row.spec, () => {
      const out = SCORE.compute(
        [
          [4, 3, 2],
          [1, 2, 3],
        ],
        row.weights as Grid,
      );
      expect(out).toHaveLength(2);
      const cell = out[0]?.[0] as Issue;
      expect(cell).toMatchObject({ code: row.code, path: row.path });
      expect(issueKind(cell)).toBe(row.kind);
      expect(out[1]?.[0], "every row shows the same error").toBe(cell);
    });
  }

  it("reproduces the published Account Scoring Index total of 62 of 100 points", () => {
    const { points, maxima, total } = fixture.published.accountScoringIndex;
    const shares = [points.map((p, i) => p / (maxima[i] as number))];
    const out = SCORE.compute(shares, [maxima]);
    expect((out[0]?.[0] as number) * 100).toBeCloseTo(total, 9);
  });

  it("gives a bad score an error in its own row only", () => {
    const out = SCORE.compute(
      [
        [4, 2],
        ["x", 2],
        [{ sheetError: "#DIV/0!" }, 1],
        [Number.NaN, 1],
        [true, 1],
        [5, 5],
      ],
      [[1, 1]],
    );
    expect(out[0]).toEqual([3]);
    expect(out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["scores", 2, 1] });
    expect(out[2]?.[0]).toEqual({ sheetError: "#DIV/0!" });
    expect(out[3]?.[0]).toMatchObject({ code: "not_finite", path: ["scores", 4, 1] });
    expect(out[4]?.[0]).toMatchObject({ code: "not_a_number" });
    expect(out[5]).toEqual([5]);
  });

  it("gives #N/A to a customer without any weighted score", () => {
    const out = SCORE.compute(
      [
        [null, null],
        [null, 4],
      ],
      [[1, 0]],
    );
    expect(out[0]?.[0]).toMatchObject({ code: "blank", path: ["scores", 1] });
    expect(out[1]?.[0]).toMatchObject({ code: "blank", path: ["scores", 2] });
    expect(issueKind(out[0]?.[0] as Issue)).toBe("#N/A");
  });

  it("passes an error in the weights from the sheet through as the whole result", () => {
    expect(
      SCORE.compute(
        [
          [1, 2],
          [3, 4],
        ],
        [[1, { sheetError: "#REF!" }]],
      ),
    ).toEqual([[{ sheetError: "#REF!" }], [{ sheetError: "#REF!" }]]);
  });

  it("scores 100,000 customers × 8 criteria in one call", () => {
    const n = 100_000;
    const scores: number[][] = Array.from({ length: n }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => 1 + ((r + c) % 5)),
    );
    const out = SCORE.compute(scores, [[1, 2, 3, 4, 4, 3, 2, 1]]);
    expect(out).toHaveLength(n);
    expect(out.every((row) => typeof row[0] === "number")).toBe(true);
  });
});

describe("KAM.NORMALIZE (raw data → 1–5 scores, models.md §1)", () => {
  for (const row of fixture.normalize) {
    it(row.spec, () => {
      const out = normalize(row.values as Grid, row.args as NormalizeArgs);
      expect(out.length).toBe(row.expected.length);
      out.forEach((line, r) =>
        line.forEach((v, c) => {
          const e = row.expected[r]?.[c];
          const tolerance = "tolerance" in row ? Number(row.tolerance) : 5e-13;
          if (typeof e === "number") expect(Math.abs((v as number) - e)).toBeLessThanOrEqual(tolerance);
          else expect(v).toBe(e);
        }),
      );
    });
  }

  for (const row of fixture.normalizeErrors) {
    it(row.spec, () => {
      const out = normalize([[1], [2]], row.args as NormalizeArgs);
      expect(out).toHaveLength(2);
      expect(out[0]?.[0]).toMatchObject({ code: row.code, path: row.path });
      expect(out[1]?.[0]).toBe(out[0]?.[0]);
    });
  }

  it("reproduces Microsoft's published PERCENTRANK.INC example on a 0–1 scale", () => {
    const { data, ranks } = fixture.published.percentRank;
    const out = normalize(
      data.map((v) => [v]),
      { method: "percentile", low: 0, high: 1 },
    );
    for (const [value, rank] of Object.entries(ranks)) {
      const at = data.indexOf(Number(value));
      const got = out[at]?.[0] as number;
      expect(Math.trunc(got * 1000) / 1000, `rank of ${value}`).toBeCloseTo(rank, 9);
    }
  });

  it("gives text an error in its own cell and keeps it out of the population", () => {
    const out = normalize([[10], ["n/a"], [30], [{ sheetError: "#N/A" }]], {});
    expect(out[0]).toEqual([1]);
    expect(isIssue(out[1]?.[0]) && out[1]?.[0]).toMatchObject({ code: "not_a_number", path: ["values", 2, 1] });
    expect(out[2]).toEqual([5]);
    expect(out[3]).toEqual([{ sheetError: "#N/A" }]);
  });
});
