import { describe, expect, it } from "vitest";
import type { Grid, OutCell } from "../../src/core/cells";
import { isSheetError } from "../../src/core/cells";
import { findFunction } from "../../src/core/catalog";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";
import whale from "../fixtures/whale.json";
import costing from "../fixtures/costing.json";

const bundle = loadBuiltBundle();

/** Sample calls per function of part II: one grid per argument, `null` for an omitted optional one. */
const SAMPLES: Readonly<Record<string, readonly (readonly (Grid | null)[])[]>> = {
  ACTIVITYRATE: [
    [
      [[392_000], [56_000], [112_000], [1], ["x"]],
      [[49_000], [1_400], [2_500], [0], [1]],
    ],
  ],
  COSTTOSERVE: [
    [costing.tdabc.activities.map((a) => [a.unitMinutes]), [[0.8]]],
    [
      [
        [1, 2],
        [3, null],
        [{ sheetError: "#NULL!" }, 1],
      ],
      [[10], [20]],
    ],
    [[[1, 2]], [[1, 2, 3]]],
  ],
  CUSTOMERPROFIT: [
    [
      [[1000], [500]],
      [[600], [450]],
      [[150], [null]],
    ],
  ],
  PROFITQUADRANT: [
    [[[0.3], [0.1], [0.2], [0.25]], [[500], [100], [300], [50]], null, null, [["nl"]]],
    [[[0.3], [0.1]], [[500], [100]], [[0.2]], [[200]], null],
    [
      costing.negativeRevenue.margin,
      costing.negativeRevenue.costToServe,
      null,
      null,
      [["nl"]],
      costing.negativeRevenue.revenue,
    ],
  ],
  WHALECURVE: [[whale.profits.map((p) => [p])], [[[5], [-8]]], [[[1], ["x"]]]],
  WHALESTATS: [
    [whale.profits.map((p) => [p]), [["nl"]]],
    [[[10], [-30]], null],
  ],
  PARETOSHARE: [[whale.profits.map((p) => [p]), [[0.2, 0.5, 1, 2]]]],
  PRICEEFFECT: [[[[0.01], [0.02], [0.04], [0.08], [0.16]], [[0.01, 0.02, 0.04, 0.08, 0.16, 0]]]],
  BREAKEVENVOLUME: [[[[-0.1], [0.1], [-0.3]], [[0.3]]]],
  CLV: [
    [[[100]], [[0.8]], [[0.1]], [[2], [null], [2.5]], null],
    [[[100]], [[1]], [[0]], null, [[50]]],
  ],
  RESPONSEMODE: [[[[3], [3], [4], [5]], [[4]], [[0], [-1], [0], [0]], [["nl"]]]],
  ORDERCHANCE: [[[["Economic"], ["User"], ["buyer"]], [["Even keel"], ["Growth"], ["Overconfident"]], null]],
  STANCE: [[[[2], [2], [-1]], [[1], [-3], [-1]], [[4], [2], [null]], null, [["nl"]]]],
  READINESS: [[[[1], [5], [2], [4]], [[1], [2], [5], [4]], null, null]],
  AMLEVEL: [[[[true], [false]], [[true]], [["ja"], [0]], [[1]], [["yes"], ["maybe"]], null]],
};

/** A core output cell as the bundle should show it: values as they are, errors as code + message. */
function expected(cell: OutCell, lang: "en" | "nl"): unknown {
  if (isIssue(cell)) return { code: issueKind(cell), message: formatIssue(cell, lang) };
  if (isSheetError(cell)) return { code: cell.sheetError };
  return cell;
}

function shown(cell: unknown): unknown {
  if (cell instanceof FakeCfError) {
    return cell.message === undefined ? { code: cell.code } : { code: cell.code, message: cell.message };
  }
  return cell;
}

describe("the built bundle agrees with core for the functions of part II", () => {
  for (const [id, calls] of Object.entries(SAMPLES)) {
    it(`computes KAM.${id} exactly as core does, messages included`, () => {
      const spec = findFunction(id);
      const fn = bundle.associated.get(id);
      expect(spec, id).toBeDefined();
      expect(fn, id).toBeTypeOf("function");
      const meta = bundle.metadata.functions.find((f) => f.id === id);
      // The origin is the build's (localhost in development, the production origin in production).
      expect(meta?.helpUrl).toMatch(new RegExp(`^https://[^/]+/help/functions\\.html#kam-${id.toLowerCase()}$`));
      for (const args of calls) {
        const langAt = spec?.params.findIndex((p) => p.name === "lang") ?? -1;
        const langCell = langAt >= 0 ? args[langAt]?.[0]?.[0] : undefined;
        const lang = langCell === "nl" ? "nl" : "en";
        const core = spec?.compute(...args.map((a) => a ?? undefined)) ?? [];
        const raw = args.map(
          (a) => a?.map((row) => row.map((v) => (isSheetError(v) ? new FakeCfError(v.sheetError) : v))) ?? null,
        );
        const out = fn?.(...raw) as unknown[][];
        expect(out.map((row) => row.map(shown))).toEqual(core.map((row) => row.map((c) => expected(c, lang))));
      }
    });
  }

  it("gives a negative revenue #N/A with its message and a constant column the midpoint, in the bundle (issue 13)", () => {
    const n = costing.negativeRevenue;
    const quadrants = bundle.associated.get("PROFITQUADRANT")?.(n.margin, n.costToServe, null, null, null, n.revenue);
    expect((quadrants as unknown[][]).map((row) => shown(row[0]))).toEqual([
      "Passive",
      "Aggressive",
      "Carriage trade",
      {
        code: "#N/A",
        message:
          "revenue, row 4, column 1: the net revenue is -250: at zero or below no margin or cost-to-serve percentage exists, so this customer has no quadrant and is left out of the median cut-offs.",
      },
      expect.objectContaining({ code: "#N/A" }),
    ]);
    const scores = bundle.associated.get("NORMALIZE")?.(
      [[4], [4], [null], [4]],
      [["percentile"]],
      null,
      null,
      null,
      null,
    );
    expect(scores).toEqual([[3], [3], [""], [3]]);
    const names = bundle.metadata.functions.find((f) => f.id === "PROFITQUADRANT")?.parameters.map((p) => p.name);
    expect(names).toEqual(["margin", "costToServe", "marginCut", "costCut", "lang", "revenue"]);
  });

  it(`computes KAM.COSTTOSERVE on 100,000 customers × 8 activities through the bundle (rows per second logged)`, () => {
    const n = 100_000;
    const drivers = Array.from({ length: n }, (_, r) => Array.from({ length: 8 }, (_, j) => (r * 7 + j * 3) % 13));
    const rates = [[0.8, 6.4, 35.2, 40, 8, 44.8, 1.5, 2.25]];
    const fn = bundle.associated.get("COSTTOSERVE");
    fn?.(drivers, rates);
    const times: number[] = [];
    let out: unknown[][] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      out = fn?.(drivers, rates) as unknown[][];
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const ms = times[3] ?? NaN;
    console.log(
      `KAM.COSTTOSERVE 100,000 × 8 via the built bundle: ${ms.toFixed(1)} ms, ${Math.round(n / (ms / 1000)).toLocaleString("en")} rows/s`,
    );
    expect(out).toHaveLength(n);
    const row = drivers[n - 1] ?? [];
    const want = row.reduce((s, q, j) => s + q * (rates[0]?.[j] ?? 0), 0);
    expect(out[n - 1]?.[0]).toBeCloseTo(want, 9);
  });
});
