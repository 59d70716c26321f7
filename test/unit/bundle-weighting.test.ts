import { describe, expect, it } from "vitest";
import type { Grid, OutCell } from "../../src/core/cells";
import { isSheetError } from "../../src/core/cells";
import { findFunction } from "../../src/core/catalog";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";
import fixture from "../fixtures/ahp.json";

const bundle = loadBuiltBundle();
const t = fixture.tipping;
const wealth = fixture.examples[1]?.pairwise ?? [];

/** Sample calls per function of issue 15: one grid per argument, `null` for an omitted optional one. */
const SAMPLES: Readonly<Record<string, readonly (readonly (Grid | null)[])[]>> = {
  AHP: [
    [wealth, null],
    [wealth, [["geomean"]]],
    [
      [
        [1, 3],
        [0.5, 1],
      ],
      null,
    ],
    [[[1, 2, 3]], null],
  ],
  AHPCR: [
    [wealth],
    [
      [
        [1, 3],
        [1 / 3, 1],
      ],
    ],
    [
      [
        [1, null],
        [1, 1],
      ],
    ],
  ],
  TIPPINGWEIGHT: [
    [t.scores, [t.weights], [[1]], [[3]]],
    [t.scores, [t.weights], [[9]], [[3]]],
  ],
  STABILITY: [
    [t.scores, [t.weights], [[3]], null, null, null],
    [t.scores, [t.weights], [[3]], [[0.5]], [[2000]], [[42]]],
    [t.scores, [t.weights], [[3]], [[1]], null, null],
  ],
  CLASSSTABILITY: [
    [t.scores, [t.weights], [["Huidig", "current", "future", "Toekomstig"]], [[3]], [[3]], null, null, null],
    [t.scores, [t.weights], [["current", "current", "current", "current"]], [[3]], [[3]], null, null, null],
  ],
};

function expected(cell: OutCell): unknown {
  if (isIssue(cell)) return { code: issueKind(cell), message: formatIssue(cell, "en") };
  if (isSheetError(cell)) return { code: cell.sheetError };
  return cell;
}

function shown(cell: unknown): unknown {
  if (cell instanceof FakeCfError) {
    return cell.message === undefined ? { code: cell.code } : { code: cell.code, message: cell.message };
  }
  return cell;
}

describe("the built bundle computes the weighting functions of issue 15 exactly as core does", () => {
  for (const [id, calls] of Object.entries(SAMPLES)) {
    it(`computes KAM.${id} as core does, messages included, with its help URL and Dutch help`, () => {
      const spec = findFunction(id);
      const fn = bundle.associated.get(id);
      expect(fn, id).toBeTypeOf("function");
      const meta = bundle.metadata.functions.find((f) => f.id === id);
      expect(meta?.helpUrl).toMatch(new RegExp(`#kam-${id.toLowerCase()}$`));
      expect(meta?.parameters.map((p) => p.name)).toEqual(spec?.params.map((p) => p.name));
      for (const args of calls) {
        const core = spec?.compute(...args.map((a) => a ?? undefined)) ?? [];
        const out = fn?.(...args) as unknown[][];
        expect(out.map((row) => row.map(shown))).toEqual(core.map((row) => row.map(expected)));
      }
    });
  }

  it("gives Saaty's published wealth-of-nations weights and the hand-computed tipping weights through the bundle", () => {
    const w = (bundle.associated.get("AHP")?.(wealth, null) as number[][]).map((r) => r[0] as number);
    fixture.examples[1]?.published.eigenvector.forEach((p, i) =>
      expect(Math.abs((w[i] as number) - p)).toBeLessThanOrEqual(0.0005),
    );
    const tip = bundle.associated.get("TIPPINGWEIGHT")?.(t.scores, [t.weights], [[1]], [[3]]) as unknown[][];
    expect(tip[0]?.[0]).toBeCloseTo(2.5, 12);
    expect(tip[1]?.[0]).toBeCloseTo(3.5, 12);
    expect((tip[2]?.[0] as FakeCfError).code).toBe("#N/A");
    expect((tip[2]?.[0] as FakeCfError).message).toMatch(/^scores, row 3: no positive weight of criterion 1/);
  });
});
