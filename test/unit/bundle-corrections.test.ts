import { describe, expect, it } from "vitest";
import { findFunction } from "../../src/core/catalog";
import { isSheetError, type OutCell } from "../../src/core/cells";
import { formatIssue, isIssue, issueKind } from "../../src/core/issues";
import { FakeCfError, loadBuiltBundle } from "../support/bundle";
import { CORRECTIONS, isDutchCall, type CorrectionCase, type ExpectedError } from "../support/corrections";

/**
 * The domain corrections of issue 13 (test/fixtures/corrections.json) through the core and through the
 * built `functions.js` (`$KAM_DIST`), as Excel calls it: the values, and each error with its message.
 */
const bundle = loadBuiltBundle();

const langIndex = (c: CorrectionCase): number => findFunction(c.id)?.params.findIndex((p) => p.name === "lang") ?? -1;

function expectCell(
  got: unknown,
  want: string | number | ExpectedError,
  c: CorrectionCase,
  nl: boolean,
  at: string,
): void {
  if (typeof want === "number") {
    expect(typeof got, at).toBe("number");
    expect(Math.abs((got as number) - want), at).toBeLessThanOrEqual(c.tolerance);
    return;
  }
  if (typeof want === "string") {
    expect(got, at).toBe(want);
    return;
  }
  expect(got, at).toEqual({ code: want.error, message: nl ? (want.messageNl ?? want.message) : want.message });
}

function fromCore(cell: OutCell, nl: boolean): unknown {
  if (isIssue(cell)) return { code: issueKind(cell), message: formatIssue(cell, nl ? "nl" : "en") };
  if (isSheetError(cell)) return { code: cell.sheetError };
  return cell;
}

function fromBundle(cell: unknown): unknown {
  return cell instanceof FakeCfError ? { code: cell.code, message: cell.message } : cell;
}

describe("the domain corrections (issue 13) in the core", () => {
  for (const c of CORRECTIONS) {
    it(`KAM.${c.id}: ${c.spec}`, () => {
      const spec = findFunction(c.id);
      expect(spec, c.id).toBeDefined();
      const out = spec?.compute(...c.args.map((a) => a ?? undefined)) ?? [];
      const nl = isDutchCall(c, langIndex(c));
      expect(out.length).toBe(c.expected.length);
      c.expected.forEach((row, r) =>
        row.forEach((want, k) => expectCell(fromCore(out[r]?.[k] as OutCell, nl), want, c, nl, `[${r}][${k}]`)),
      );
    });
  }
});

describe("the domain corrections (issue 13) in the built bundle", () => {
  for (const c of CORRECTIONS) {
    it(`KAM.${c.id}: ${c.spec}`, () => {
      const fn = bundle.associated.get(c.id);
      expect(fn, c.id).toBeTypeOf("function");
      const meta = bundle.metadata.functions.find((f) => f.id === c.id);
      expect(meta?.parameters.length, "the bundle declares every argument").toBe(c.args.length);
      const out = fn?.(...c.args) as unknown[][];
      const nl = isDutchCall(c, langIndex(c));
      expect(out.length).toBe(c.expected.length);
      c.expected.forEach((row, r) =>
        row.forEach((want, k) => expectCell(fromBundle(out[r]?.[k]), want, c, nl, `[${r}][${k}]`)),
      );
    });
  }
});
