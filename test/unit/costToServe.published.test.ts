import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cells";
import { costToServeLayout, type CostToServeConfig } from "../../src/core/costToServe/builder";
import kaplan from "../fixtures/costToServe-kaplan.json";
import whale from "../fixtures/costToServe-whale.json";
import { recalculate, tableSource } from "../support/costToServe";

const STYLES = ["portable", "kam"] as const;
const kaplanRows: Cell[][] = [kaplan.customers.header, ...kaplan.customers.rows];
const drivers = ["Orders", "Inquiries", "Credit checks"];

function kaplanConfig(style: "portable" | "kam", method: "tdabc" | "abc"): CostToServeConfig {
  return {
    version: 1,
    mapping: {
      customer: "Customer",
      revenue: { kind: "net", net: "Net revenue" },
      cost: { kind: "cogs", column: "Cost of goods" },
    },
    resources: [
      { id: "cs", name: "Customer service", cost: kaplan.resourceCost, capacityMinutes: kaplan.practicalMinutes },
    ],
    activities: kaplan.activities.map((act, j) =>
      method === "tdabc"
        ? {
            id: `a${j}`,
            method,
            name: act.name,
            minutesPerUnit: act.minutes,
            resource: "cs",
            driver: drivers[j] as string,
          }
        : {
            id: `a${j}`,
            method,
            name: act.name,
            pool: act.abcShare * kaplan.resourceCost,
            driver: drivers[j] as string,
          },
    ),
    cuts: { margin: null, costToServe: null },
    style,
    lang: "en",
  };
}

describe.each(STYLES)("Kaplan & Anderson's time-driven ABC example (HBR 2004), %s formulas", (style) => {
  const source = tableSource("Data", kaplanRows);
  const built = costToServeLayout(kaplanConfig(style, "tdabc"), source, { existingSheets: ["Data"] });
  const wb = recalculate(built.layout, "Data", kaplanRows);
  const resource = built.anchors.resourceCells[0];
  if (resource === undefined) throw new Error("no resource row");

  it("prices capacity at $0.80 per minute ($560,000 over 700,000 practical minutes)", () => {
    expect(wb.value(resource.rate)).toBeCloseTo(kaplan.capacityCostRate, 10);
  });

  it("gives the activity rates $6.40, $35.20 and $40.00", () => {
    kaplan.activities.forEach((act, j) => {
      expect(wb.value(built.anchors.rateCells[j] as never)).toBeCloseTo(act.tdabcRate, 10);
    });
  });

  it("uses 578,600 minutes and reports 121,400 unused minutes costing $97,120", () => {
    expect(wb.value(resource.used)).toBeCloseTo(kaplan.minutesUsed, 6);
    expect(wb.value(resource.unusedMinutes)).toBeCloseTo(kaplan.unusedMinutes, 6);
    expect(wb.value(resource.unusedCost)).toBeCloseTo(kaplan.unusedCost, 6);
  });

  it("assigns only the used capacity ($462,880) to the customers, not the unused $97,120", () => {
    expect(wb.value(built.anchors.summary.totalCost)).toBeCloseTo(kaplan.usedCost, 6);
    expect(built.preview.totals.costToServe).toBeCloseTo(kaplan.usedCost, 6);
  });

  it("charges North 20,000 orders × $6.40 + 500 inquiries × $35.20 + 1,000 checks × $40.00 = $185,600", () => {
    const t = built.anchors.tableColumns;
    expect(wb.value({ row: built.anchors.table.row + 1, col: t.totalCts, rows: 1, cols: 1 })).toBeCloseTo(185_600, 6);
  });

  it("recalculates when the practical capacity in the sheet is edited (600,000 minutes: $0.9333 per minute)", () => {
    wb.set(built.layout.name, resource.rate.row, 2, 600_000);
    expect(wb.value(built.anchors.rateCells[0] as never)).toBeCloseTo((8 * 560_000) / 600_000, 10);
    wb.set(built.layout.name, resource.rate.row, 2, kaplan.practicalMinutes);
  });
});

describe.each(STYLES)("the conventional ABC rates of the same example, %s formulas", (style) => {
  it("splits $560,000 70/10/20 % over 49,000 orders, 1,400 inquiries and 2,500 checks: $8.00, $40.00, $44.80", () => {
    const source = tableSource("Data", kaplanRows);
    const built = costToServeLayout(kaplanConfig(style, "abc"), source);
    const wb = recalculate(built.layout, "Data", kaplanRows);
    kaplan.activities.forEach((act, j) => {
      expect(wb.value(built.anchors.rateCells[j] as never)).toBeCloseTo(act.abcRate, 10);
    });
    expect(wb.value(built.anchors.summary.totalCost)).toBeCloseTo(kaplan.resourceCost, 6);
  });
});

describe.each(STYLES)("a whale curve worked out by hand, %s formulas", (style) => {
  const rows: Cell[][] = [whale.header, ...whale.rows];
  const config: CostToServeConfig = {
    version: 1,
    mapping: {
      customer: "Customer",
      revenue: { kind: "net", net: "Net revenue" },
      cost: { kind: "cogs", column: "Cost of goods" },
    },
    resources: [],
    activities: [{ id: "o", method: "abc", name: "Orders", pool: 0, driver: "Orders" }],
    cuts: { margin: null, costToServe: null },
    style,
    lang: "en",
  };
  const built = costToServeLayout(config, tableSource("Data", rows));
  const wb = recalculate(built.layout, "Data", rows);
  const s = built.anchors.summary;

  it("sorts the customers most profitable first, ties in input order", () => {
    expect(wb.values(built.anchors.whaleCustomers).map((r) => r[0])).toEqual(whale.order);
  });

  it("runs from (0, 0) through 130 % back to 100 %", () => {
    const x = wb.values(built.anchors.whaleX).map((r) => r[0] as number);
    const y = wb.values(built.anchors.whaleY).map((r) => r[0] as number);
    whale.x.forEach((want, i) => expect(x[i]).toBeCloseTo(want, 12));
    whale.y.forEach((want, i) => expect(y[i]).toBeCloseTo(want, 12));
  });

  it("reports the peak (130 % after 5 of 8 customers), the 2 loss customers (−30) and the top-20 % share (80 %)", () => {
    expect(wb.value(s.totalProfit)).toBeCloseTo(whale.totalProfit, 12);
    expect(wb.value(s.peakShare)).toBeCloseTo(whale.peakShare, 12);
    expect(wb.value(s.peakCustomers)).toBe(whale.peakCustomers);
    expect(wb.value(s.peakCustomerShare)).toBeCloseTo(whale.peakCustomerShare, 12);
    expect(wb.value(s.lossCount)).toBe(whale.lossCount);
    expect(wb.value(s.lossTotal)).toBeCloseTo(whale.lossTotal, 12);
    expect(wb.value(s.top20)).toBeCloseTo(whale.top20Share, 12);
  });

  it("computes the same curve in the pane's preview", () => {
    const w = built.preview.whale;
    expect(w?.points.map((p) => p.y)).toEqual(whale.y.map((y) => expect.closeTo(y, 12)));
    expect(w?.peakCustomers).toBe(whale.peakCustomers);
    expect(built.preview.loss).toEqual({ count: whale.lossCount, total: whale.lossTotal });
  });
});
