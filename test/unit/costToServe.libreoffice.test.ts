import { DetailedCellError } from "hyperformula";
import { expect, it } from "vitest";
import { costToServeLayout } from "../../src/core/costToServe/builder";
import type { RangeRef } from "../../src/core/layout";
import { recalcLayout, describeWithLibreOffice } from "../support/libreoffice";
import { recalculate, sampleConfig, sampleRows, sampleSource, tableSource, withCredit } from "../support/costToServe";

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

  it("leaves out a negative revenue, and blanks the percentages of one turned negative after the build (issue 13)", async () => {
    const credit = withCredit(rows, 3);
    const cases = [
      {
        label: "built with the credit",
        built: costToServeLayout(sampleConfig("portable"), tableSource("Data", credit)),
      },
      { label: "credit after the build", built: costToServeLayout(sampleConfig("portable"), sampleSource()) },
    ];
    for (const { label, built } of cases) {
      const a = built.anchors;
      const book = await recalcLayout(built.layout, { sources: [{ name: "Data", rows: credit }] });
      const hf = recalculate(built.layout, "Data", credit);
      const ranges: RangeRef[] = [a.table, ...Object.values(a.summary), a.marginCut, a.costCut];
      const differences: string[] = [];
      for (const range of ranges) {
        const lo = book.values(built.layout.name, range);
        const engine = hf.values(range);
        lo.forEach((line, r) =>
          line.forEach((value, c) => {
            const want = engine[r]?.[c];
            const wantKind = want instanceof DetailedCellError ? want.value : want;
            const got = typeof value === "object" && value !== null && "sheetError" in value ? value.sheetError : value;
            if (!sameValue(got, wantKind) && !(got === null && wantKind === "")) {
              differences.push(
                `${label} ${range.row + r},${range.col + c}: LibreOffice ${String(got)} vs ${String(wantKind)}`,
              );
            }
          }),
        );
      }
      expect(differences.slice(0, 10)).toEqual([]);
    }
    const after = cases[1]!.built;
    const t = after.anchors.tableColumns;
    const found = after.preview.customers.findIndex((c) => c.name === rows[4]?.[0]);
    const book = await recalcLayout(after.layout, { sources: [{ name: "Data", rows: credit }] });
    const line =
      book.values(after.layout.name, {
        row: after.anchors.table.row + 1 + found,
        col: 0,
        rows: 1,
        cols: t.rank + 1,
      })[0] ?? [];
    expect(line[t.revenue]).toBe(-250);
    expect(line[t.quadrant]).toEqual(expect.objectContaining({ sheetError: "#N/A" }));
  });
});

/** LibreOffice's value against the engine's; exceljs reads a cached <v>0</v> of a formula back as no result. */
function sameValue(value: unknown, want: unknown): boolean {
  if (value === null && want === 0) return true;
  if (typeof value === "number" && typeof want === "number")
    return Math.abs(value - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return value === want;
}
