import { describe, expect, it } from "vitest";
import { overlaps, parseA1, parseAddress } from "../../src/workbench/address";
import { plainSheet, styleAt, type SheetMeta } from "../../src/workbench/model";
import { charsToPx, cellLook, editText, pxToChars } from "../../src/workbench/ui/display";
import { boxOf } from "../../src/workbench/ui/ChartLayer";
import { legendRows, niceTicks } from "../../src/workbench/ui/Chart";

const meta: SheetMeta = {
  ...plainSheet("KAM"),
  tables: [{ name: "T", range: { row: 0, col: 0, rows: 4, cols: 3 } }],
  formats: [
    { range: { row: 1, col: 1, rows: 3, cols: 1 }, numberFormat: "0.0%" },
    { range: { row: 1, col: 1, rows: 1, cols: 1 }, bold: true },
  ],
  conditional: [
    { range: { row: 1, col: 2, rows: 3, cols: 1 }, text: "Key account", fill: "#C6EFCE", fontColor: "#006100" },
  ],
};

describe("how the workbench shows a cell", () => {
  it("formats numbers by the covering format and aligns them right", () => {
    expect(cellLook(meta, 1, 1, { v: 0.256 })).toEqual(
      expect.objectContaining({ text: "25.6%", edit: "0.256", align: "right", bold: true }),
    );
    expect(styleAt(meta, 2, 1)).toEqual({ numberFormat: "0.0%" });
  });

  it("colours a class cell by its conditional rule, over the table banding", () => {
    expect(cellLook(meta, 1, 2, { v: "Key account" })).toEqual(
      expect.objectContaining({ fill: "#C6EFCE", color: "#006100" }),
    );
    expect(cellLook(meta, 3, 2, { v: "Small customer" }).fill).toBe("#D9E1F2");
    expect(cellLook(meta, 0, 0, { v: "Customer" })).toEqual(
      expect.objectContaining({ fill: "#4472C4", color: "#FFFFFF", bold: true }),
    );
  });

  it("shows an error code in red with its message, and the formula in the editor", () => {
    const look = cellLook(plainSheet("S"), 0, 0, {
      v: { error: "#VALUE!", message: "satisfaction: not a number" },
      f: "=KAM.X(A1)",
    });
    expect(look).toEqual(
      expect.objectContaining({
        text: "#VALUE!",
        edit: "=KAM.X(A1)",
        color: "#C00000",
        error: "#VALUE! satisfaction: not a number",
      }),
    );
    expect([editText(true), editText("=x"), editText(null)]).toEqual(["TRUE", "'=x", ""]);
  });

  it("converts column widths between characters and pixels", () => {
    expect(charsToPx(8.43)).toBe(64);
    expect(pxToChars(charsToPx(20))).toBe(20);
  });
});

describe("addresses in the name box", () => {
  it("reads cells, ranges and sheet-qualified addresses, and rejects other text", () => {
    expect(parseA1("$B$2:C4")).toEqual({ row: 1, col: 1, rows: 3, cols: 2 });
    expect(parseA1("AA10")).toEqual({ row: 9, col: 26, rows: 1, cols: 1 });
    expect(parseA1("C0")).toBeUndefined();
    expect(parseA1("total")).toBeUndefined();
    expect(parseAddress("'KAM ''24'!A1")).toEqual({ sheet: "KAM '24", range: { row: 0, col: 0, rows: 1, cols: 1 } });
    expect(overlaps({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 2, col: 0, rows: 1, cols: 1 })).toBe(false);
  });
});

describe("charts over the grid", () => {
  it("places a chart over its cells relative to the scrolled region", () => {
    const g = {
      region: { x: 2, y: 10, width: 8, height: 30 },
      tx: -5,
      ty: -4,
      widthOf: () => 100,
      rowHeight: 24,
      headerHeight: 24,
      markerWidth: 64,
    };
    expect(boxOf({ row: 12, col: 3, rows: 10, cols: 4 }, g)).toEqual({ left: 159, top: 68, width: 400, height: 240 });
    expect(boxOf({ row: 8, col: 0, rows: 1, cols: 1 }, g).left).toBe(-141);
  });

  it("picks round axis ticks that cover the data", () => {
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(-0.13, 0.42)).toEqual([-0.2, 0, 0.2, 0.4, 0.6]);
  });
});

describe("the chart legend", () => {
  it("wraps onto a new row instead of cutting a series name off (the eight activities of the retail profile)", () => {
    const names = [
      "Order processing",
      "Deliveries",
      "Transport",
      "Sales visits",
      "Returns",
      "Rush orders",
      "Service calls",
      "Payment terms",
    ];
    const width = 722;
    const places = legendRows(names, width);
    places.forEach((p, i) => expect(p.x + 18 + (names[i]?.length ?? 0) * 6).toBeLessThanOrEqual(width - 8));
    expect(Math.max(...places.map((p) => p.row))).toBe(1);
    expect(legendRows(["Customers"], 400)).toEqual([{ x: 56, row: 0 }]);
  });
});

describe("the cost-to-serve preview's x axis", () => {
  it("gets round ticks to label as percentages, like the y axis (issue 13: it showed fractions)", async () => {
    const { roundTicks } = await import("../../src/taskpane/costToServe/PreviewStep");
    expect(roundTicks(0, 0.5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(roundTicks(0.013, 0.27)).toEqual([0.05, 0.1, 0.15, 0.2, 0.25]);
    expect(roundTicks(1, 1)).toEqual([1]);
  });
});
