import { describe, expect, it } from "vitest";
import { NO_RED_FLAGS_LABEL, RED_FLAG_LABELS, REDFLAGS, type RedFlag } from "../../src/core/buyingcentre";
import type { Cell, Grid } from "../../src/core/cells";
import { formatIssue, isIssue } from "../../src/core/issues";
import { loadBuiltBundle, FakeCfError } from "../support/bundle";
import fixture from "../fixtures/redflags.json";

const bundle = loadBuiltBundle();
const fn = bundle.associated.get("REDFLAGS");

type Row = readonly (string | number | null)[];
const column = (people: readonly Row[], i: number): Grid => people.map((p) => [(p[i] ?? null) as Cell]);
const texts = (flags: readonly string[], lang: "en" | "nl") =>
  flags.length === 0 ? [[NO_RED_FLAGS_LABEL[lang]]] : flags.map((f) => [RED_FLAG_LABELS[f as RedFlag][lang]]);

describe("the built bundle's KAM.REDFLAGS (Excel's JavaScript-only runtime)", () => {
  it("is associated, with four parameters as ranges, a matrix result and its help URL", () => {
    expect(fn).toBeTypeOf("function");
    const meta = bundle.metadata.functions.find((f) => f.id === "REDFLAGS");
    expect(meta?.name).toBe("REDFLAGS");
    expect(meta?.helpUrl).toMatch(/#kam-redflags$/);
    expect(meta?.parameters.map((p) => p.name)).toEqual(REDFLAGS.params.map((p) => p.name));
    expect(meta?.parameters.map((p) => p.optional === true)).toEqual([false, false, false, true]);
    expect(meta?.parameters.slice(0, 3).every((p) => p.dimensionality === "matrix")).toBe(true);
    expect(meta?.result.dimensionality).toBe("matrix");
  });

  for (const c of fixture.cases) {
    it(`spills exactly the flags of "${c.case}", in English and Dutch`, () => {
      const people = c.people as Row[];
      const args = [column(people, 0), column(people, 1), column(people, 2)];
      expect(fn?.(...args, null)).toEqual(texts(c.flags, "en"));
      expect(fn?.(...args, [["nl"]])).toEqual(texts(c.flags, "nl"));
      expect(fn?.(...args, "nl")).toEqual(texts(c.flags, "nl"));
    });
  }

  for (const e of fixture.errors) {
    it(`answers #VALUE! naming the cell for "${e.case}"`, () => {
      const people = e.people as Row[];
      const out = fn?.(column(people, 0), column(people, 1), column(people, 2), null) as unknown[][];
      expect(out).toHaveLength(1);
      const cell = out[0]?.[0] as FakeCfError;
      expect(cell).toBeInstanceOf(FakeCfError);
      expect(cell.code).toBe("#VALUE!");
      expect(cell.message).toBe(e.message);
    });
  }

  it("gives what core gives for a row of people, Excel's blanks (null and empty text) and an error cell", () => {
    const calls: unknown[][] = [
      [[["Economic", "Coach"]], [["Growth", ""]], [["Supporter", null]], null],
      [[["Economic"], [null], ["Coach"]], [["Growth"], [null], [""]], [[null], [""], ["Opponent"]], null],
      [[["Economic"]], [[{ code: "#DIV/0!" }]], [["Supporter"]], null],
      [[["Economic"], ["Coach"]], [["Growth"]], [["Supporter"], [null]], null],
      [[["Economic"]], [["Growth"]], [["Supporter"]], [["fr"]]],
    ];
    for (const args of calls) {
      const out = (fn?.(...args) as unknown[][]).map((r) =>
        r.map((v) => (v instanceof FakeCfError ? { code: v.code, message: v.message } : v)),
      );
      const core = REDFLAGS.compute(
        ...(args.map((a) =>
          a === null
            ? undefined
            : (a as unknown[][]).map((r) =>
                r.map((v) => (typeof v === "object" && v !== null ? { sheetError: "#DIV/0!" } : v)),
              ),
        ) as [Grid, Grid, Grid, Grid | undefined]),
      ).map((r) =>
        r.map((v) =>
          isIssue(v)
            ? { code: "#VALUE!", message: formatIssue(v, "en") }
            : typeof v === "object"
              ? { code: v.sheetError, message: undefined }
              : v,
        ),
      );
      expect(out).toEqual(core);
    }
    expect(fn?.([["Economic"]], [[{ code: "#DIV/0!" }]], [["Supporter"]], null)).toEqual([
      [expect.objectContaining({ code: "#DIV/0!" })],
    ]);
  });
});
