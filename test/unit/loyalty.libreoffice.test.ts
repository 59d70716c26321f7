import { DetailedCellError } from "hyperformula";
import { expect, it } from "vitest";
import { loyaltyLayout } from "../../src/core/loyalty/builder";
import type { RangeRef } from "../../src/core/layout";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { recalculate } from "../support/costToServe";
import { surveyConfig, surveyRows, surveySource } from "../support/loyalty";

const rows = surveyRows();

/** A value as both engines can be compared: an error by its kind, a blank source copied as 0. */
function kind(value: unknown): unknown {
  if (value instanceof DetailedCellError) return "error";
  if (typeof value === "object" && value !== null && "sheetError" in value) return "error";
  return value;
}

function same(a: unknown, b: unknown): boolean {
  if (a === null && b === 0) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

describeWithLibreOffice("the portable loyalty sheet in an independent engine", () => {
  it("gives the same zones, types, gaps, lifetime values, counts and price table in LibreOffice as in HyperFormula", async () => {
    const built = loyaltyLayout(surveyConfig("portable"), surveySource(rows), { existingSheets: ["Survey"] });
    const a = built.anchors;
    const book = await recalcLayout(built.layout, { sources: [{ name: "Survey", rows }] });
    const hf = recalculate(built.layout, "Survey", rows);
    const ranges: RangeRef[] = [
      a.table,
      a.priceTable,
      ...Object.values(a.zoneCounts),
      ...Object.values(a.typeCounts),
      ...Object.values(a.summary),
      ...Object.values(a.settings),
    ];
    let compared = 0;
    const differences: string[] = [];
    for (const range of ranges) {
      const lo = book.values(built.layout.name, range);
      const engine = hf.values(range);
      lo.forEach((line, r) =>
        line.forEach((value, c) => {
          compared++;
          const want = kind(engine[r]?.[c]);
          if (!same(kind(value), want))
            differences.push(
              `${range.row + r},${range.col + c}: LibreOffice ${String(kind(value))} vs ${String(want)}`,
            );
        }),
      );
    }
    expect(differences.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(80 * 14);
  });
});
