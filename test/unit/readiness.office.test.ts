import { describe, expect, it } from "vitest";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import type { LayoutCell } from "../../src/core/layout";
import {
  READINESS_SHEET_TAG,
  defaultReadinessConfig,
  readinessExample,
  readinessLayout,
} from "../../src/core/organisation/builder";
import { OfficeFake } from "../support/officeFake";

const defaultConfig = () => defaultReadinessConfig("en");

describe("the readiness questionnaire through the Office.js host (the strict recording fake)", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`is accepted whole, with its three charts, dropdowns and input blocks, the formulas stored as written (${style})`, async () => {
      const fake = new OfficeFake();
      fake.addSheet("Data", [["x"]]);
      const host = createHost(fake.deps());
      const built = readinessLayout(readinessExample(style, "en"), { existingSheets: await host.sheetNames() });
      await host.applyLayout(built.layout);
      const name = built.layout.name;
      expect(fake.sheetNames()).toContain(name);
      expect(fake.sheet(name).customProperties.get("kam-owner") ?? READINESS_SHEET_TAG).toBe(READINESS_SHEET_TAG);
      expect(fake.sheet(name).charts).toHaveLength(3);
      fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
      const written = (r: number, c: number): LayoutCell | undefined => {
        for (const b of built.layout.blocks) {
          const line = b.cells[r - b.row];
          if (line !== undefined && c >= b.col && c < b.col + line.length) return line[c - b.col];
        }
        return undefined;
      };
      let checked = 0;
      for (const range of [...Object.values(built.anchors.results), ...Object.values(built.anchors.lists)])
        for (let r = range.row; r < range.row + range.rows; r++)
          for (let c = range.col; c < range.col + range.cols; c++) {
            const want = written(r, c);
            if (want === null || want === undefined || !("f" in want)) continue;
            expect(fake.cell(name, { row: r, col: c })?.formula, `${r},${c}`).toBe(want.f);
            checked++;
          }
      expect(checked).toBeGreaterThanOrEqual(14 + 6);
      expect(fake.sheet(name).validations.map((v) => v.source)).toEqual([
        "1,2,3,4,5",
        "1,2,3,4,5",
        "yes,no",
        "yes,no",
        "1,2,3,4,5",
        "1,2,3,4,5",
        "1,2,3,4,5",
      ]);
    });
  }

  it("keeps the answers typed on the sheet when a refresh rewrites it in the other style (keepInputs)", async () => {
    const fake = new OfficeFake();
    fake.addSheet("Data", [["x"]]);
    const host = createHost(fake.deps());
    const first = readinessLayout(defaultConfig());
    await host.applyLayout(first.layout);
    const name = first.layout.name;
    const a = first.anchors.answers;
    fake.setCell(fake.sheet(name), a.readiness.row, a.readiness.col, { value: 5 }); // the user types breadth 5
    fake.setCell(fake.sheet(name), a.division.row + 2, a.division.col, { value: "no" });
    const kam = readinessLayout({ ...defaultConfig(), style: "kam" }, { sheetName: name });
    const result = await host.applyLayout(kam.layout, { replace: true, keepInputs: true });
    expect(result.keptInputs).toHaveLength(7);
    expect(fake.cell(name, { row: a.readiness.row, col: a.readiness.col })?.value).toBe(5);
    expect(fake.cell(name, { row: a.division.row + 2, col: a.division.col })?.value).toBe("no");
    const verdict = kam.anchors.results.division;
    expect(fake.cell(name, { row: verdict.row, col: verdict.col })?.formula).toMatch(/^=KAM\.ACCOUNTDIVISION\(/);
  });
});
