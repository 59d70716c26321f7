import { describe, expect, it } from "vitest";
import { createHost } from "../../src/excel/host";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import { STRATEGY_SHEET_TAG, strategyLayout } from "../../src/core/kraljic/builder";
import type { LayoutCell } from "../../src/core/layout";
import { OfficeFake } from "../support/officeFake";
import { accountConfig, accountRows } from "../support/accountStrategy";

describe("the account strategy sheet through the Office.js host (the strict recording fake)", () => {
  for (const style of ["portable", "kam"] as const) {
    it(`is accepted whole: the bubble chart with axes crossing at the cut-offs and labelled customers, formulas as written (${style})`, async () => {
      const fake = new OfficeFake();
      fake.addSheet("Accounts", accountRows());
      fake.select("Accounts", "B5");
      const host = createHost(fake.deps());
      const source = await host.readSource();
      if (source === undefined) throw new Error("no source");
      expect(source.rows).toHaveLength(40);
      const config = { ...accountConfig(style), cuts: { impact: 3.5, difficulty: 2.5 } };
      const built = strategyLayout(config, source, { existingSheets: await host.sheetNames() });
      await host.applyLayout(built.layout);
      const name = built.layout.name;
      expect(fake.sheet(name).customProperties.get("kam-owner") ?? STRATEGY_SHEET_TAG).toBe(STRATEGY_SHEET_TAG);
      const [chart] = fake.sheet(name).charts;
      expect(chart?.type).toBe("Bubble");
      expect(chart?.series.map((s) => s.name)).toEqual(["Routine", "Leverage", "Bottleneck", "Partner"]);
      expect(chart?.series.every((s) => s.sizes !== undefined)).toBe(true);
      // setPositionAt on the X axis puts the vertical axis at difficulty 2.5; on the Y axis, the horizontal at 3.5.
      expect(chart?.xAxis).toMatchObject({ minimum: 0.5, maximum: 5.5, crossesAt: 2.5, tickLabelPosition: "Low" });
      expect(chart?.yAxis).toMatchObject({ minimum: 0.5, maximum: 5.5, crossesAt: 3.5, tickLabelPosition: "Low" });
      const labels = chart?.series.flatMap((s) => [...(s.labels ?? new Map()).values()]) ?? [];
      expect(labels).toHaveLength(5);
      expect(labels.every((l) => l.shown && typeof l.text === "string" && l.text !== "")).toBe(true);
      fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
      const cellOf = (r: number, c: number): LayoutCell | undefined => {
        for (const b of built.layout.blocks) {
          const line = b.cells[r - b.row];
          if (line !== undefined && c >= b.col && c < b.col + line.length) return line[c - b.col];
        }
        return undefined;
      };
      const t = built.anchors.table;
      for (const r of [t.row + 1, t.row + 18, t.row + t.rows - 1])
        for (let c = 0; c < t.cols; c++) {
          const want = cellOf(r, c);
          const got = fake.cell(name, { row: r, col: c });
          if (want !== null && want !== undefined && "f" in want) expect(got?.formula, `${r},${c}`).toBe(want.f);
        }
    });
  }

  it("refuses a crossing value that is not a number, as Excel's setPositionAt does", async () => {
    const fake = new OfficeFake();
    fake.addSheet("Accounts", accountRows());
    const host = createHost(fake.deps());
    const built = strategyLayout(
      accountConfig("portable"),
      (await (async () => {
        fake.select("Accounts", "B5");
        return host.readSource();
      })())!,
      { existingSheets: ["Accounts"] },
    );
    const chart = built.layout.charts[0]!;
    const broken = { ...built.layout, charts: [{ ...chart, xAxis: { ...chart.xAxis!, cross: Number.NaN } }] };
    await expect(host.applyLayout(broken)).rejects.toThrow();
  });
});
