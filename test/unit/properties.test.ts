import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CATALOG } from "../../src/core/catalog";
import { resultShape } from "../../src/core/catalog/define";
import { argsArb } from "../support/kamArbitraries";
import { broadcastShape, isSheetError } from "../../src/core/cells";
import { ISSUE_KINDS, isIssue } from "../../src/core/issues";
import { SCORE } from "../../src/core/selection";

function checkCell(v: unknown): void {
  if (typeof v === "number") {
    expect(Number.isFinite(v), `number ${v}`).toBe(true);
    return;
  }
  if (typeof v === "string" || typeof v === "boolean") return;
  if (isIssue(v)) {
    expect(Object.keys(ISSUE_KINDS)).toContain(v.code);
    return;
  }
  expect(isSheetError(v), JSON.stringify(v)).toBe(true);
}

describe("every function of the catalog, on random ranges of numbers, blanks, text, booleans, NaN, ±Infinity and sheet errors", () => {
  it("has functions to check", () => {
    expect(CATALOG.length).toBeGreaterThan(0);
  });

  for (const spec of CATALOG) {
    const elementWise = spec.params.every((p) => p.kind === "each");
    it(`KAM.${spec.id} never throws and returns a rectangle of its declared shape${elementWise ? " (the broadcast shape of its inputs)" : ""}`, () => {
      fc.assert(
        fc.property(argsArb(spec), (args) => {
          const out = spec.compute(...args);
          expect(out.length).toBeGreaterThan(0);
          const cols = out[0]?.length ?? 0;
          expect(cols).toBeGreaterThan(0);
          for (const row of out) expect(row.length).toBe(cols);
          if (elementWise) {
            const { rows, cols: c } = broadcastShape(args);
            expect([out.length, cols]).toEqual([rows, c]);
          }
          const declared = resultShape(
            spec,
            args.map((g) => (g === undefined ? undefined : { rows: g.length, cols: g[0]?.length ?? 0 })),
          );
          if (spec.atMostShape === true) {
            // A list of findings: at most the rows a formula engine reserves, never more.
            expect(out.length, "no more rows than a formula engine reserves").toBeLessThanOrEqual(declared.rows);
            expect(cols).toBe(declared.cols);
          } else {
            expect([out.length, cols], "the shape a formula engine reserves before computing").toEqual([
              declared.rows,
              declared.cols,
            ]);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`KAM.${spec.id} answers only finite numbers, text, booleans or errors (Excel cannot show NaN or ±Infinity)`, () => {
      fc.assert(
        fc.property(argsArb(spec), (args) => {
          for (const row of spec.compute(...args)) row.forEach(checkCell);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("KAM.SCORE", () => {
  it("is invariant under scaling all weights by the same positive factor", () => {
    const scores = fc.integer({ min: 1, max: 6 }).chain((k) =>
      fc.tuple(
        fc.array(
          fc.array(fc.oneof(fc.double({ min: 1, max: 5, noNaN: true }), fc.constant(null)), {
            minLength: k,
            maxLength: k,
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: k, maxLength: k }),
      ),
    );
    fc.assert(
      fc.property(scores, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), ([s, w], factor) => {
        const plain = SCORE.compute(s, [w]);
        const scaled = SCORE.compute(s, [w.map((x) => x * factor)]);
        plain.forEach((row, r) => {
          const a = row[0];
          const b = scaled[r]?.[0];
          if (typeof a === "number") expect(b as number).toBeCloseTo(a, 9);
          else expect(b).toEqual(a);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("lies between the smallest and the largest score present in the row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })), {
          minLength: 1,
          maxLength: 8,
        }),
        (pairs) => {
          const s = pairs.map((p) => p[0]);
          const out = SCORE.compute([s], [pairs.map((p) => p[1])])[0]?.[0] as number;
          expect(out).toBeGreaterThanOrEqual(Math.min(...s) - 1e-9);
          expect(out).toBeLessThanOrEqual(Math.max(...s) + 1e-9);
        },
      ),
    );
  });
});
