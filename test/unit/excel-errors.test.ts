import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { CATALOG } from "../../src/core/catalog";
import type { Cell, Grid, OutCell } from "../../src/core/cells";
import { EXCEL_ERROR_KINDS } from "../../src/core/cells";
import { ISSUE_KINDS, issue, type IssueCode } from "../../src/core/issues";
import { FakeCfError } from "../support/bundle";
import { argsArb } from "../support/kamArbitraries";
import { REPO_ROOT } from "../support/server";

/**
 * Only the errors Excel can show come back from a custom function (issue 12), read from Microsoft's
 * typings of `CustomFunctions.ErrorCode`: a code "supported as a custom function input error, but not
 * as a custom function output error" (#NAME?, #REF!) is no result, and only the codes whose entry says
 * "A custom error message can be used" (#VALUE!, #N/A) carry a message.
 */
interface ErrorCodeDoc {
  readonly code: string;
  readonly message: boolean;
  readonly output: boolean;
}

function errorCodesFromTypings(): ErrorCodeDoc[] {
  const dts = readFileSync(resolve(REPO_ROOT, "node_modules/@types/custom-functions-runtime/index.d.ts"), "utf8");
  const body = /enum ErrorCode \{([\s\S]*?)\n\s*\}/.exec(dts)?.[1] ?? "";
  return [...body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\w+ = "([^"]+)"/g)].map(([, doc = "", code = ""]) => ({
    code,
    message: /custom error message can be used/i.test(doc),
    output: !/not as a custom function output error/i.test(doc),
  }));
}

const CODES = errorCodesFromTypings();
const RETURNABLE = new Set(CODES.filter((c) => c.output).map((c) => c.code));
const WITH_MESSAGE = new Set(CODES.filter((c) => c.message).map((c) => c.code));
/** What a cell may hold in Excel: every error kind core knows, and newer ones it does not. */
const INPUT_CODES = [...new Set([...EXCEL_ERROR_KINDS, "#FIELD!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!", "#PYTHON!"])];

type Invoke = (spec: (typeof CATALOG)[number], ...args: unknown[]) => unknown[][];
type ToExcelCell = (value: OutCell, lang: "en" | "nl") => unknown;
let invoke: Invoke;
let toExcelCell: ToExcelCell;

beforeAll(async () => {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCfError };
  const mod = await import("../../src/functions/invoke");
  invoke = mod.invoke as unknown as Invoke;
  toExcelCell = mod.toExcelCell as unknown as ToExcelCell;
});

/** The problems of one returned cell under the rule, or none. */
function violations(cell: unknown): string[] {
  if (typeof cell === "object" && cell !== null && !(cell instanceof FakeCfError))
    return [`not an Excel value: ${JSON.stringify(cell)}`];
  if (!(cell instanceof FakeCfError)) return [];
  const out: string[] = [];
  if (!RETURNABLE.has(cell.code)) out.push(`${cell.code} is no CustomFunctions.ErrorCode a function may return`);
  if (cell.message !== undefined && !WITH_MESSAGE.has(cell.code))
    out.push(`${cell.code} carries the message "${cell.message}"`);
  return out;
}

describe("the error codes of Microsoft's typings", () => {
  it("are the seven of CustomFunctions.ErrorCode, #NAME? and #REF! input-only, messages on #VALUE! and #N/A only", () => {
    expect(CODES.map((c) => c.code).sort()).toEqual([
      "#DIV/0!",
      "#N/A",
      "#NAME?",
      "#NULL!",
      "#NUM!",
      "#REF!",
      "#VALUE!",
    ]);
    expect([...RETURNABLE].sort()).toEqual(["#DIV/0!", "#N/A", "#NULL!", "#NUM!", "#VALUE!"]);
    expect([...WITH_MESSAGE].sort()).toEqual(["#N/A", "#VALUE!"]);
  });
});

describe("no returned error carries a message on a code that cannot show one", () => {
  for (const code of Object.keys(ISSUE_KINDS) as IssueCode[]) {
    it(`issue ${code} comes back as a returnable code, its message (naming the cell) on #VALUE! or #N/A`, () => {
      for (const lang of ["en", "nl"] as const) {
        const cell = toExcelCell(issue(code, ["values", 2], { value: 1, low: "a", high: "b" }), lang);
        expect(violations(cell), `${code} (${lang})`).toEqual([]);
        expect((cell as FakeCfError).message, `${code} (${lang}): the message names the cell`).toMatch(
          /^values, (row|rij) 2: /,
        );
      }
    });
  }

  for (const code of INPUT_CODES) {
    it(`an input ${code} comes back as an error Excel can return${RETURNABLE.has(code) ? ", unchanged" : ": #VALUE! naming the cell"}`, () => {
      const out = invoke(
        CATALOG.find((f) => f.id === "LOYALTYZONE")!,
        [[1], [new FakeCfError(code)], [5]],
        null,
        null,
        null,
      );
      expect(out.map((r) => r.map(violations))).toEqual([[[]], [[]], [[]]]);
      expect(out[0]).toEqual(["Zone of defection"]);
      expect(out[2]).toEqual(["Zone of affection"]);
      const cell = out[1]?.[0] as FakeCfError;
      if (RETURNABLE.has(code)) expect(cell).toEqual(new FakeCfError(code));
      else
        expect(cell).toEqual(
          new FakeCfError(
            "#VALUE!",
            `satisfaction, row 2: the cell holds ${code}, which a custom function cannot return.`,
          ),
        );
    });
  }

  it("names an unreturnable input error in the language of the labels, and in a table by row and column", () => {
    const classify = CATALOG.find((f) => f.id === "CLASSIFY")!;
    const nl = invoke(classify, [[4], [{ code: "#SPILL!" }]], [[4], [4]], null, null, null, [["nl"]]);
    expect(nl[1]?.[0]).toEqual(
      new FakeCfError(
        "#VALUE!",
        "current, rij 2: de cel bevat #SPILL!, dat een aangepaste functie niet kan teruggeven.",
      ),
    );
    const score = CATALOG.find((f) => f.id === "SCORE")!;
    const table = invoke(
      score,
      [
        [5, 3],
        [2, new FakeCfError("#CALC!")],
      ],
      [[1, 1]],
    );
    expect(table[1]?.[0]).toEqual(
      new FakeCfError(
        "#VALUE!",
        "scores, row 2, column 2: the cell holds #CALC!, which a custom function cannot return.",
      ),
    );
  });

  /** A random argument as Excel passes it, its sheet errors spread over every input code. */
  const raw = (grid: Grid | undefined, seed: number): unknown =>
    grid?.map((row, r) =>
      row.map((c: Cell, k) =>
        typeof c === "object" && c !== null
          ? new FakeCfError(INPUT_CODES[(seed + 7 * r + 3 * k) % INPUT_CODES.length] ?? "#N/A")
          : c,
      ),
    ) ?? null;

  for (const spec of CATALOG) {
    it(`KAM.${spec.id}: every returned error is a CustomFunctions.ErrorCode, with a message only on #VALUE! or #N/A`, () => {
      fc.assert(
        fc.property(argsArb(spec), fc.nat(), (grids, seed) => {
          const out = invoke(spec, ...grids.map((g) => raw(g, seed)));
          const bad = out.flat().flatMap(violations);
          expect(bad, spec.id).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }
});
