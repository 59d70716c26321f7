import { DetailedCellError } from "hyperformula";
import { expect, it } from "vitest";
import type { RangeRef } from "../../src/core/layout";
import { readinessExample, readinessLayout } from "../../src/core/organisation/builder";
import { recalculate } from "../support/costToServe";
import { describeWithLibreOffice, recalcLayout } from "../support/libreoffice";

/** A value as both engines can be compared: an error by its kind. */
function kind(value: unknown): unknown {
  if (value instanceof DetailedCellError) return "error";
  if (typeof value === "object" && value !== null && "sheetError" in value) return "error";
  return value;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  // A formula's "" comes back from LibreOffice's file as a blank.
  if ((a === null && b === "") || (a === "" && b === null)) return true;
  return a === b;
}

describeWithLibreOffice("the portable readiness questionnaire in an independent engine", () => {
  for (const lang of ["en", "nl"] as const)
    it(`gives the same verdicts, means, orders and weakest-first lists in LibreOffice as in HyperFormula (${lang})`, async () => {
      const built = readinessLayout(readinessExample("portable", lang));
      const a = built.anchors;
      const book = await recalcLayout(built.layout, { sources: [{ name: "Data", rows: [["x"]] }] });
      const hf = recalculate(built.layout, "Data", [["x"]]);
      const ranges: RangeRef[] = [...Object.values(a.results), ...Object.values(a.lists), ...Object.values(a.order)];
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
      expect(differences).toEqual([]);
      expect(compared).toBe(14 + 2 * 29 + 29);
    });
});
