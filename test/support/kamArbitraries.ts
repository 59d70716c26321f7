import fc from "fast-check";
import type { AnyFunctionSpec, ParamSpec } from "../../src/core/catalog/define";
import type { Cell, ExcelErrorKind, Grid } from "../../src/core/cells";

/** The sheet errors random inputs contain. */
export const SHEET_ERRORS: readonly ExcelErrorKind[] = [
  "#VALUE!",
  "#N/A",
  "#NUM!",
  "#DIV/0!",
  "#REF!",
  "#NAME?",
  "#NULL!",
];

/** Words the functions know, so that random input also reaches the happy paths. */
const WORDS = [
  "en",
  "nl",
  "NL",
  "fr",
  "yes",
  "no",
  "ja",
  "nee",
  "TRUE",
  "minmax",
  "percentile",
  "bands",
  "stewart",
  "rackham",
  "buying",
  "holden",
  "seller",
  "Routine",
  "Hefboom",
  "Partner",
  "Bottleneck",
  "x",
  " ",
];

/** One cell: numbers (also NaN, ±Infinity, extremes), blanks, known words, any text, booleans, sheet errors. */
export const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 6 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e308, -1e-308) },
  { weight: 2, arbitrary: fc.constantFrom<Cell>(null, "") },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...SHEET_ERRORS).map((e): Cell => ({ sheetError: e })) },
);

/** A rows × cols grid of random cells. */
export function gridArb(rows: number, cols: number): fc.Arbitrary<Grid> {
  return fc.array(fc.array(cellArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/**
 * One grid per declared parameter (`undefined` for some omitted optional ones): `each` parameters
 * in shapes that broadcast (1×1, n×1, 1×m, n×m), `single` ones mostly 1×1, `range` ones any size.
 */
export function argsArb(spec: AnyFunctionSpec): fc.Arbitrary<(Grid | undefined)[]> {
  return fc.record({ n: fc.integer({ min: 1, max: 7 }), m: fc.integer({ min: 1, max: 3 }) }).chain(({ n, m }) =>
    fc.tuple(
      ...spec.params.map((p: ParamSpec) => {
        const shape =
          p.kind === "each"
            ? fc.constantFrom<[number, number]>([1, 1], [n, 1], [1, m], [n, m])
            : p.kind === "single"
              ? fc.constantFrom<[number, number]>([1, 1], [1, 1], [1, 1], [1, 2])
              : fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 9 }));
        const grid = shape.chain(([r, c]) => gridArb(r, c));
        return p.optional === true ? fc.option(grid, { nil: undefined, freq: 3 }) : grid;
      }),
    ),
  );
}
