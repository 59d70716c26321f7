import { describe, expect, it } from "vitest";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import type { LayoutCell } from "../../src/core/layout";
import { READINESS_SHEET_TAG, readinessExample, readinessLayout } from "../../src/core/organisation/builder";
import { OfficeFake } from "../support/officeFake";

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
      expect(checked).toBeGreaterThanOrEqual(11 + 6);
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
});
