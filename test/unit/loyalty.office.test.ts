import { describe, expect, it } from "vitest";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import { LOYALTY_SHEET_TAG, loyaltyLayout } from "../../src/core/loyalty/builder";
import type { LayoutCell } from "../../src/core/layout";
import { OfficeFake } from "../support/officeFake";
import { surveyConfig, surveyRows } from "../support/loyalty";

describe("the loyalty sheet through the Office.js host (the strict recording fake)", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`is accepted whole, charts, tints and input blocks included, the formulas stored as written (${style})`, async () => {
      const fake = new OfficeFake();
      fake.addSheet("Survey", surveyRows());
      fake.select("Survey", "B5");
      const host = createHost(fake.deps());
      const source = await host.readSource();
      if (source === undefined) throw new Error("no source");
      expect(source.rows).toHaveLength(80);
      expect(source.rows[58]?.[0]).toBe("=1+1");
      const built = loyaltyLayout(surveyConfig(style), source, { existingSheets: await host.sheetNames() });
      await host.applyLayout(built.layout);
      const name = built.layout.name;
      expect(fake.sheetNames()).toContain(name);
      expect(fake.sheet(name).customProperties.get("kam-owner") ?? LOYALTY_SHEET_TAG).toBe(LOYALTY_SHEET_TAG);
      expect(fake.sheet(name).charts).toHaveLength(2);
      expect(fake.sheet(name).conditional.length).toBeGreaterThanOrEqual(14);
      fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
      const cellOf = (r: number, c: number): LayoutCell | undefined => {
        for (const b of built.layout.blocks) {
          const line = b.cells[r - b.row];
          if (line !== undefined && c >= b.col && c < b.col + line.length) return line[c - b.col];
        }
        return undefined;
      };
      const t = built.anchors.table;
      for (const r of [t.row + 1, t.row + 59, t.row + t.rows - 1])
        for (let c = 0; c < t.cols; c++) {
          const want = cellOf(r, c);
          const got = fake.cell(name, { row: r, col: c });
          if (want !== null && want !== undefined && "f" in want) expect(got?.formula, `${r},${c}`).toBe(want.f);
        }
    });
  }
});
