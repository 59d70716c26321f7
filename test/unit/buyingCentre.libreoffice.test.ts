import { DetailedCellError } from "hyperformula";
import { expect, it } from "vitest";
import { buyingCentreLayout } from "../../src/core/buyingcentre/builder";
import type { Cell } from "../../src/core/cells";
import type { RangeRef } from "../../src/core/layout";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { recalculate, tableSource } from "../support/costToServe";
import { buyingCentreRows, sampleConfig } from "../support/buyingCentre";

/** A value as both engines can be compared: an error by its kind, an empty text as blank. */
function kind(value: unknown): unknown {
  if (value instanceof DetailedCellError) return "error";
  if (typeof value === "object" && value !== null && "sheetError" in value) return "error";
  return value === "" ? null : value;
}

function same(a: unknown, b: unknown): boolean {
  // A formula whose result is 0 comes back from LibreOffice's file without a cached value (exceljs reads
  // it as blank), as in the loyalty test; every other number is compared.
  if (a === null && b === 0) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** The sample with a second economic influence in even keel and a Dutch spelling, so more checks are raised. */
function variant(): Cell[][] {
  const rows = buyingCentreRows();
  return [...rows, ["Henk Bos", "Director", "Economische", 5, 5, null, -2, -1, 5, 2]];
}

describeWithLibreOffice("the portable buying-centre sheet in an independent engine", () => {
  for (const [name, rows] of [
    ["the sample", buyingCentreRows()],
    ["the sample with a second economic influence in even keel", variant()],
  ] as const) {
    it(`gives the same modes, order chances, stances, priorities, red flags and chart data in LibreOffice as in HyperFormula (${name})`, async () => {
      const built = buyingCentreLayout(sampleConfig("portable"), tableSource("People", rows), {
        existingSheets: ["People"],
      });
      const a = built.anchors;
      const book = await recalcLayout(built.layout, { sources: [{ name: "People", rows }] });
      const hf = recalculate(built.layout, "People", rows);
      const t = a.table;
      const ranges: RangeRef[] = [t, a.flags, { row: t.row + t.rows + 1, col: 0, rows: 50, cols: 16 }];
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
      expect(compared).toBeGreaterThan(12 * 22);
      const flags = book.values(built.layout.name, a.flags).map((r) => kind(r[0]));
      expect(flags.filter((f) => f !== null).length).toBe(rows.length > 9 ? 4 : 2);
    });
  }
});
