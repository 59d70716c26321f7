import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { CATALOG } from "../../src/core/catalog";
import type { Cell, Grid } from "../../src/core/cells";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";
import { argsArb } from "../support/kamArbitraries";

/**
 * The built `dist/functions.js` (or `$KAM_DIST`) against the source: the same `invoke` over the same
 * declarations, run from TypeScript here, must give the same matrix, errors and messages included.
 */
const bundle = loadBuiltBundle();

type Invoke = (spec: (typeof CATALOG)[number], ...args: unknown[]) => unknown[][];
let invoke: Invoke;

beforeAll(async () => {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCfError };
  invoke = (await import("../../src/functions/invoke")).invoke as unknown as Invoke;
});

/** A core cell as Excel passes it: a sheet error becomes a CustomFunctions.Error, a blank `null`. */
function raw(grid: Grid | undefined): unknown {
  if (grid === undefined) return null;
  return grid.map((row) =>
    row.map((c: Cell) => (typeof c === "object" && c !== null ? new FakeCfError(c.sheetError) : c === "" ? null : c)),
  );
}

function viaBundle(id: string, args: unknown[]): unknown {
  const fn = bundle.associated.get(id);
  if (fn === undefined) throw new Error(`KAM.${id} is not associated in the bundle`);
  return fn(...args);
}

const SAMPLES: Record<string, unknown[][]> = {
  SCORE: [
    [
      [
        [5, 3, 1],
        [2, null, 4],
        ["x", 1, 1],
      ],
      [[2, 1, 1]],
    ],
    [[[1, 2]], [[1, -1]]],
  ],
  NORMALIZE: [
    [[[10], [20], [null], [30]], null, null, null, null, null],
    [[[1], [2], [2], [5]], [["percentile"]], [[0]], [[1]], [[-1]], null],
    [[[14], [30], [90]], [["bands"]], null, null, [[-1]], [[30, 45, 60, 75]]],
    [[[1]], [["zscore"]], null, null, null, null],
    [[[4], [4], [null], [4]], [["percentile"]], null, null, [[-1]], null],
  ],
  CLASSIFY: [
    [[[4], [2], [4], [1], [null]], [[4], [4], [2], [1], [3]], [[1], [null], [5], [-1], [0]], null, null, [["nl"]]],
  ],
  ABC: [
    [[[5], [50], [15], [30]], null, null],
    [[[1], [2]], [[0.9]], [[0.8]]],
  ],
  WHITNEY: [[[[true], ["ja"], [0], ["maybe"]], [["yes"]], [[false]], null]],
  KRALJIC: [[[[5], [1]], [[1, 5]], null, null, [["nl"]]]],
  SUPPLIERSTRATEGY: [[[["Hefboom"], ["partner"], ["Star"]], [["rackham"], ["holden"], ["buying"]], null]],
  PORTFOLIO: [[[[5], [1]], [[5, 1]], null, null, null]],
};

describe("the built bundle computes what the source computes (custom functions I)", () => {
  for (const [id, cases] of Object.entries(SAMPLES)) {
    it(`KAM.${id}: the sample cases give the same matrix, errors and messages`, () => {
      const spec = CATALOG.find((f) => f.id === id);
      expect(spec, id).toBeDefined();
      for (const args of cases) {
        const got = viaBundle(id, args);
        expect(got, `${id}(${JSON.stringify(args)})`).toEqual(invoke(spec!, ...args));
      }
    });
  }

  it("shows the message that names the argument and row for a bad cell", () => {
    const out = viaBundle("SCORE", [
      [
        [5, 3],
        ["x", 1],
      ],
      [[1, 1]],
    ]) as unknown[][];
    expect(out[0]).toEqual([4]);
    expect(out[1]?.[0]).toEqual(new FakeCfError("#VALUE!", 'scores, row 2, column 1: expected a number, got "x".'));
  });

  for (const spec of CATALOG) {
    it(`KAM.${spec.id}: random inputs give the same result through the bundle`, () => {
      fc.assert(
        fc.property(argsArb(spec), (grids) => {
          const args = grids.map(raw);
          expect(viaBundle(spec.id, args)).toEqual(invoke(spec, ...args));
        }),
        { numRuns: 40 },
      );
    });
  }
});
