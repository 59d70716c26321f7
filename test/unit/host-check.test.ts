import { describe, expect, it } from "vitest";
import {
  BROKEN_OUTPUT_ERRORS,
  BUILD_CHECK_MESSAGES,
  findBrokenOutput,
  formatBuildCheck,
  outputCheck,
  type BuildCheck,
} from "../../src/core/host";
import type { Cell } from "../../src/core/cells";
import type { SheetLayout } from "../../src/core/layout";
import { costToServeLayout } from "../../src/core/costToServe/builder";
import { buildSelectionLayout } from "../../src/core/selection/builder";
import { sampleConfig, sampleSource } from "../support/costToServe";
import { sampleSourceTable } from "../support/selectionSample";
import { sampleConfigs } from "../support/selectionConfigs";
import { profileSource } from "../../src/core/source";

const base: SheetLayout = {
  name: "Out",
  tag: "kam:test",
  blocks: [],
  tables: [],
  formats: [],
  conditional: [],
  charts: [],
  columnWidths: {},
};

describe("reading a written sheet back (issue 13: never a success over a sheet of errors)", () => {
  it("checks small blocks whole and long ones by their first three rows and their last row", () => {
    const long = Array.from({ length: 1000 }, () => [{ f: "=1" }, { f: "=2" }]);
    const check = outputCheck({
      ...base,
      blocks: [
        { row: 2, col: 1, cells: [[{ v: "a" }], [{ v: "b" }]] },
        { row: 10, col: 0, cells: long },
      ],
    });
    expect(check.ranges).toEqual([
      { row: 2, col: 1, rows: 2, cols: 1 },
      { row: 10, col: 0, rows: 3, cols: 2 },
      { row: 1009, col: 0, rows: 1, cols: 2 },
    ]);
    expect(check.errors).toEqual(BROKEN_OUTPUT_ERRORS);
  });

  it("reads a few hundred cells for 200 and for 100,000 customers alike", () => {
    const cells = (layout: SheetLayout): number => outputCheck(layout).ranges.reduce((n, r) => n + r.rows * r.cols, 0);
    const cts = costToServeLayout(sampleConfig("kam"), sampleSource(), { existingSheets: ["Data"] }).layout;
    expect(cells(cts)).toBeLessThan(3000);
    const sample = sampleSourceTable();
    const config = Object.values(sampleConfigs(profileSource(sample)))[0]!;
    const built = buildSelectionLayout(sample, config, { existingSheets: [sample.sheet] });
    if (!built.ok) throw new Error(built.message);
    expect(cells(built.layout)).toBeLessThan(3000);
  });

  it("finds #REF! and #NAME? but lets a customer's own #N/A and #VALUE! through", () => {
    const check = { ranges: [{ row: 0, col: 0, rows: 2, cols: 2 }], errors: BROKEN_OUTPUT_ERRORS };
    const values: Cell[][] = [
      [{ sheetError: "#N/A", message: "blank" }, { sheetError: "#VALUE!" }],
      [3, "Key account"],
    ];
    expect(findBrokenOutput(check, () => values)).toBeUndefined();
    const broken: Cell[][] = [
      [1, { sheetError: "#NAME?" }],
      [{ sheetError: "#REF!", message: "Sheet does not exist" }, { sheetError: "#NAME?" }],
    ];
    expect(findBrokenOutput(check, () => broken)).toEqual({ error: "#NAME?", count: 2, first: "B1", checked: 4 });
  });

  it("says what stopped a build in English and Dutch, with a message for every code", () => {
    const checks: BuildCheck[] = [
      { code: "source_gone", source: "Customers!A1:AA201" },
      { code: "source_columns", source: "Accounts!A1:C9", missing: ["Net revenue", "Orders"] },
      { code: "output_broken", sheet: "KAM Selection", error: "#REF!", count: 12, first: "B32" },
    ];
    expect(Object.keys(BUILD_CHECK_MESSAGES.nl).sort()).toEqual(Object.keys(BUILD_CHECK_MESSAGES.en).sort());
    expect(checks.map((c) => c.code).sort()).toEqual(Object.keys(BUILD_CHECK_MESSAGES.en).sort());
    expect(formatBuildCheck(checks[1]!, "en")).toBe(
      'The table at Accounts!A1:C9 no longer has the column(s) "Net revenue", "Orders" this configuration uses, so nothing was built. Pick the table again and choose its columns in step 1.',
    );
    for (const c of checks) {
      expect(formatBuildCheck(c, "nl")).not.toBe(formatBuildCheck(c, "en"));
      expect(formatBuildCheck(c, "nl")).toContain(c.code === "output_broken" ? "B32" : c.source);
    }
  });
});
