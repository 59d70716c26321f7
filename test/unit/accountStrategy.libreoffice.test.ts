import { DetailedCellError } from "hyperformula";
import { expect, it } from "vitest";
import { QUADRANTS, strategyLayout } from "../../src/core/kraljic/builder";
import type { RangeRef } from "../../src/core/layout";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { recalculate } from "../support/costToServe";
import { accountConfig, accountRows, accountSource } from "../support/accountStrategy";

const rows = accountRows();

/** A value as both engines can be compared: an error by its kind. */
function kind(value: unknown): unknown {
  if (value instanceof DetailedCellError) return "error";
  if (typeof value === "object" && value !== null && "sheetError" in value) return "error";
  return value;
}

function same(a: unknown, b: unknown): boolean {
  // A formula giving "" (the row check of a good row) reads back from LibreOffice as an empty cell.
  if (a === null && b === "") return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

describeWithLibreOffice("the portable account strategy sheet in an independent engine", () => {
  for (const reading of ["score", "minmax"] as const) {
    it(`gives the same quadrants, strategies, Whitney actions, checks, counts and warning in LibreOffice as in HyperFormula (difficulty read as ${reading})`, async () => {
      const config = { ...accountConfig("portable"), reading: { impact: "score" as const, difficulty: reading } };
      const built = strategyLayout(config, accountSource(rows), { existingSheets: ["Accounts"] });
      const a = built.anchors;
      const book = await recalcLayout(built.layout, { sources: [{ name: "Accounts", rows }] });
      const hf = recalculate(built.layout, "Accounts", rows);
      const ranges: RangeRef[] = [
        a.table,
        ...QUADRANTS.flatMap((q) => Object.values(a.summary[q])),
        ...Object.values(a.totals),
        ...(a.warning ? [a.warning] : []),
        ...Object.values(a.settings),
      ];
      let compared = 0;
      const differences: string[] = [];
      for (const range of ranges) {
        const lo = book.values(built.layout.name, range);
        const engine = hf.values(range);
        lo.forEach((line, r) =>
          line.forEach((v, c) => {
            compared++;
            const want = kind(engine[r]?.[c]);
            if (!same(kind(v), want))
              differences.push(`${range.row + r},${range.col + c}: LibreOffice ${String(kind(v))} vs ${String(want)}`);
          }),
        );
      }
      expect(differences.slice(0, 10)).toEqual([]);
      expect(compared).toBeGreaterThan(40 * 16);
    });
  }
});
