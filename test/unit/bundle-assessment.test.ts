import { describe, expect, it } from "vitest";
import type { Grid, OutCell } from "../../src/core/cells";
import { isSheetError } from "../../src/core/cells";
import { findFunction } from "../../src/core/catalog";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";
import fixture from "../fixtures/assessment.json";

const bundle = loadBuiltBundle();
const row = (values: readonly unknown[]): Grid => [values.map((v) => v ?? null) as Grid[number]];
const one = (v: unknown): Grid => [[(v ?? null) as Grid[number][number]]];

/** Every fixture row of issue 19 as a call: one grid per argument, `null` for an omitted optional one. */
const SAMPLES: Readonly<Record<string, readonly (readonly (Grid | null)[])[]>> = {
  AMNEED: [
    ...fixture.amneed.cases.map((c) => [row(c.factors), "cut" in c ? one(c.cut) : null, null]),
    ...fixture.amneed.cases.map((c) => [c.factors.map((f) => [f ?? null]) as Grid, null, [["nl"]]]),
    ...fixture.amneed.errors.map((c) => [row(c.factors), null, null]),
  ],
  ACCOUNTDIVISION: [
    ...fixture.accountdivision.cases.map((c) => [...c.answers.map(one), null]),
    ...fixture.accountdivision.cases.map((c) => [...c.answers.map(one), [["nl"]]]),
    ...fixture.accountdivision.errors.map((c) => [...c.answers.map(one), null]),
  ],
  VALUEDISCIPLINE: [
    ...[...fixture.valuediscipline.cases, ...fixture.valuediscipline.errors].map((c) => [
      ...c.scores.map(one),
      "lead" in c ? one(c.lead) : null,
      null,
    ]),
    ...fixture.valuediscipline.cases.map((c) => [...c.scores.map(one), "lead" in c ? one(c.lead) : null, [["nl"]]]),
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

describe("the built bundle computes the assessment functions of issue 19 exactly as core does", () => {
  for (const [id, calls] of Object.entries(SAMPLES)) {
    it(`computes KAM.${id} on every fixture row as core does, messages included, with its help URL`, () => {
      const spec = findFunction(id);
      const fn = bundle.associated.get(id);
      expect(fn, id).toBeTypeOf("function");
      const meta = bundle.metadata.functions.find((f) => f.id === id);
      expect(meta?.helpUrl).toMatch(new RegExp(`#kam-${id.toLowerCase()}$`));
      expect(meta?.parameters.map((p) => p.name)).toEqual(spec?.params.map((p) => p.name));
      for (const args of calls) {
        const core = spec?.compute(...args.map((a) => a ?? undefined)) ?? [];
        const out = fn?.(...args) as unknown[][];
        expect(out.map((r) => r.map(shown))).toEqual(core.map((r) => r.map(expected)));
      }
    });
  }

  it("gives the published verdicts through the bundle, and #N/A with its message for too few answers", () => {
    for (const c of fixture.amneed.cases) {
      expect(bundle.associated.get("AMNEED")?.(row(c.factors), "cut" in c ? one(c.cut) : null, [["nl"]])).toEqual([
        [c.nl],
      ]);
    }
    const few = (bundle.associated.get("AMNEED")?.(row([5, 5, 5, 5]), null, null) as unknown[][])[0]?.[0];
    expect((few as FakeCfError).code).toBe("#N/A");
    expect((few as FakeCfError).message).toMatch(/only 4 of the 9 answers/);
    for (const c of fixture.valuediscipline.cases) {
      const args = [...c.scores.map(one), "lead" in c ? one(c.lead) : null, null];
      expect(bundle.associated.get("VALUEDISCIPLINE")?.(...args)).toEqual([[c.en]]);
    }
  });
});
