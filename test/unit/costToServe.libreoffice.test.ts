import { expect, it } from "vitest";
import { costToServeLayout } from "../../src/core/costToServe";
import type { RangeRef } from "../../src/core/layout";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { recalculate, sampleConfig, sampleRows, sampleSource } from "../support/costToServe";

const rows = sampleRows();

describeWithLibreOffice("the portable cost-to-serve sheet in an independent engine", () => {
  it("gives the same values in LibreOffice (recalculated on load) as in HyperFormula", async () => {
    const built = costToServeLayout(sampleConfig("portable"), sampleSource(), { existingSheets: ["Data"] });
    const a = built.anchors;
    const book = await recalcLayout(built.layout, { sources: [{ name: "Data", rows }] });
    const hf = recalculate(built.layout, "Data", rows);
    const ranges: RangeRef[] = [
      a.table,
      { ...a.whaleX, col: a.whaleX.col - 4, cols: 6 },
      { ...a.largestCustomers, col: a.largestCustomers.col - 3, cols: 4 + a.largestActivities.length + 1 },
      ...Object.values(a.summary),
      ...a.rateCells,
      ...a.resourceCells.flatMap((r) => [r.rate, r.used, r.unusedMinutes, r.unusedCost]),
      a.marginCut,
      a.costCut,
    ];
    let compared = 0;
    const differences: string[] = [];
    for (const range of ranges) {
      const lo = book.values(built.layout.name, range);
      const engine = hf.values(range);
      lo.forEach((line, r) =>
        line.forEach((value, c) => {
          const want = engine[r]?.[c];
          compared++;
          const same = sameValue(value, want);
          if (!same)
            differences.push(`${range.row + r},${range.col + c}: LibreOffice ${String(value)} vs ${String(want)}`);
        }),
      );
    }
    expect(differences.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(198 * 18);
  });
});

/** LibreOffice's value against the engine's; exceljs reads a cached <v>0</v> of a formula back as no result. */
function sameValue(value: unknown, want: unknown): boolean {
  if (value === null && want === 0) return true;
  if (typeof value === "number" && typeof want === "number")
    return Math.abs(value - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return value === want;
}
