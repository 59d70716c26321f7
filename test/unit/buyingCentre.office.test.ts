import { describe, expect, it } from "vitest";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import { BUYING_CENTRE_SHEET_TAG, buyingCentreLayout } from "../../src/core/buyingcentre/builder";
import type { LayoutCell } from "../../src/core/layout";
import { OfficeFake } from "../support/officeFake";
import { SAMPLE_ACCOUNT, buyingCentreRows, sampleConfig } from "../support/buyingCentre";

describe("the buying-centre sheet through the Office.js host (the strict recording fake)", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`is accepted whole: the bubble chart with sizes, dropdowns, tints, input blocks, the formulas as written (${style})`, async () => {
      const fake = new OfficeFake();
      fake.addSheet("People", buyingCentreRows());
      fake.select("People", "B3");
      const host = createHost(fake.deps());
      const source = await host.readSource();
      if (source === undefined) throw new Error("no source");
      expect(source.rows).toHaveLength(8);
      const built = buyingCentreLayout(sampleConfig(style), source, { existingSheets: await host.sheetNames() });
      await host.applyLayout(built.layout);
      const name = built.layout.name;
      expect(name).toBe(SAMPLE_ACCOUNT);
      const sheet = fake.sheet(name);
      expect(sheet.customProperties.get("kam-owner") ?? BUYING_CENTRE_SHEET_TAG).toBe(BUYING_CENTRE_SHEET_TAG);
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]?.type).toBe("Bubble");
      expect(sheet.charts[0]?.series.map((x) => x.name)).toEqual([
        "Supporter",
        "Cautious supporter",
        "Constructive critic",
        "Opponent",
      ]);
      expect(sheet.charts[0]?.series.every((x) => x.sizes !== undefined)).toBe(true);
      expect(sheet.validations).toHaveLength(4);
      expect(sheet.validations[0]?.source).toBe("Economic,Technical,User,Coach");
      expect(sheet.conditional.length).toBeGreaterThanOrEqual(18);
      fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
      const cellOf = (r: number, c: number): LayoutCell | undefined => {
        for (const b of built.layout.blocks) {
          const line = b.cells[r - b.row];
          if (line !== undefined && c >= b.col && c < b.col + line.length) return line[c - b.col];
        }
        return undefined;
      };
      const t = built.anchors.table;
      for (const r of [t.row + 1, t.row + 5, t.row + t.rows - 1])
        for (let c = 0; c < t.cols; c++) {
          const want = cellOf(r, c);
          const got = fake.cell(name, { row: r, col: c });
          if (want !== null && want !== undefined && "f" in want) expect(got?.formula, `${r},${c}`).toBe(want.f);
          if (want !== null && want !== undefined && "v" in want) expect(got?.value, `${r},${c}`).toBe(want.v);
        }
      const flags = built.anchors.flags;
      expect(fake.cell(name, { row: flags.row, col: flags.col })?.formula).toMatch(
        style === "kam" ? /^=KAM\.REDFLAGS\(/ : /^=IF\(/,
      );
    });
  }

  it("keeps the people and the ticks the user edited on the sheet when Refresh rewrites it (keepInputs)", async () => {
    const fake = new OfficeFake();
    fake.addSheet("People", buyingCentreRows());
    fake.select("People", "B3");
    const host = createHost(fake.deps());
    const source = await host.readSource();
    if (source === undefined) throw new Error("no source");
    const built = buyingCentreLayout(sampleConfig("portable"), source, { existingSheets: await host.sheetNames() });
    await host.applyLayout(built.layout);
    const name = built.layout.name;
    const p = built.anchors.people;
    const t = built.anchors.tableColumns;
    const sheet = fake.sheet(name);
    // The user wins over the opponent, adds a person in a spare row and ticks a pilot for the CFO.
    fake.setCell(sheet, p.row + 2, t["businessInterest"] ?? -1, { value: 2 });
    fake.setCell(sheet, p.row + 8, t["name"] ?? -1, { value: "Henk Bos" });
    fake.setCell(sheet, p.row + 8, t["influence"] ?? -1, { value: "Coach" });
    fake.setCell(sheet, built.anchors.techniques.row, built.anchors.techniques.col, { value: "✓" });
    const again = buyingCentreLayout(sampleConfig("portable"), source, { sheetName: name });
    const result = await host.applyLayout(again.layout, { replace: true, keepInputs: true });
    expect(result.keptInputs).toEqual(["buyingCentre:settings", "buyingCentre:people", "buyingCentre:techniques"]);
    expect(fake.cell(name, { row: p.row + 2, col: t["businessInterest"] ?? -1 })?.value).toBe(2);
    expect(fake.cell(name, { row: p.row + 8, col: t["name"] ?? -1 })?.value).toBe("Henk Bos");
    expect(fake.cell(name, { row: built.anchors.techniques.row, col: built.anchors.techniques.col })?.value).toBe("✓");
    // The formulas are rewritten, the input cells are not formulas.
    expect(fake.cell(name, { row: p.row, col: t["outMode"] ?? -1 })?.formula).toMatch(/^=IF\(COUNTA/);
    // Without keepInputs the table's values come back.
    await host.applyLayout(again.layout, { replace: true });
    expect(fake.cell(name, { row: p.row + 2, col: t["businessInterest"] ?? -1 })?.value).toBe(-1);
  });
});
