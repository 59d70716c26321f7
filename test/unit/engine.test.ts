import { describe, expect, it } from "vitest";
import { DetailedCellError } from "hyperformula";
import fc from "fast-check";
import {
  applyLayoutToEngine,
  createKamEngine,
  flatExport,
  installLinearChangeExport,
} from "../../src/workbench/engine";
import type { SheetLayout } from "../../src/core/layout";

const scores = [[1], [2.5], [3], [4.49], [4.5], [5]];

describe("the KAM plugin in HyperFormula (same declarations as Excel)", () => {
  it("spills KAM.LOYALTYZONE over a column inside a real formula", () => {
    const hf = createKamEngine({ Data: scores, Out: [["=KAM.LOYALTYZONE(Data!A1:A6)"]] });
    expect(hf.getSheetValues(hf.getSheetId("Out") ?? -1)).toEqual([
      ["Zone of defection"],
      ["Zone of indifference"],
      ["Zone of indifference"],
      ["Zone of indifference"],
      ["Zone of affection"],
      ["Zone of affection"],
    ]);
  });

  it("recalculates when an input or an optional cut-off changes", () => {
    const hf = createKamEngine({ Data: [[4], [3.5]], Out: [["=KAM.LOYALTYZONE(Data!A1:A2,2.5,Data!B1)"]] });
    const out = hf.getSheetId("Out") ?? -1;
    const data = hf.getSheetId("Data") ?? -1;
    hf.setCellContents({ sheet: data, row: 0, col: 1 }, [[3.5]]);
    expect(hf.getSheetValues(out)).toEqual([["Zone of affection"], ["Zone of affection"]]);
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, [[1]]);
    expect(hf.getCellValue({ sheet: out, row: 0, col: 0 })).toBe("Zone of defection");
  });

  it("broadcasts a row against a column into a table, and takes Dutch labels", () => {
    const hf = createKamEngine({ S: [['=KAM.LOYALTYTYPE({5;1},{5,1},,,"nl")']] });
    expect(hf.getSheetValues(hf.getSheetId("S") ?? -1)).toEqual([
      ["Apostel", "Huurling"],
      ["Gijzelaar", "Terrorist"],
    ]);
  });

  it("gives an error in the bad row's cell only, with the message", () => {
    const hf = createKamEngine({ Data: [[1], ["high"], [5]], Out: [["=KAM.LOYALTYZONE(Data!A1:A3)"]] });
    const out = hf.getSheetId("Out") ?? -1;
    const bad = hf.getCellValue({ sheet: out, row: 1, col: 0 });
    expect(bad).toBeInstanceOf(DetailedCellError);
    expect((bad as DetailedCellError).value).toBe("#VALUE!");
    expect((bad as DetailedCellError).message).toBe('satisfaction, row 2: expected a number, got "high".');
    expect(hf.getCellValue({ sheet: out, row: 2, col: 0 })).toBe("Zone of affection");
  });

  it("shows #SPILL! when the spill area is blocked", () => {
    const hf = createKamEngine({ Data: scores, Out: [["=KAM.LOYALTYZONE(Data!A1:A6)"], [null], ["in the way"]] });
    const v = hf.getCellValue({ sheet: hf.getSheetId("Out") ?? -1, row: 0, col: 0 });
    expect((v as DetailedCellError).value).toBe("#SPILL!");
  });

  it("applies a layout's literal text as text, never as a formula", () => {
    const hf = createKamEngine({ Data: [[1]] });
    const layout: SheetLayout = {
      name: "KAM Test",
      tag: "kam:test",
      blocks: [{ row: 0, col: 0, cells: [[{ v: '=HYPERLINK("http://x","Click")' }, { f: "=Data!A1*2" }]] }],
      tables: [],
      formats: [],
      conditional: [],
      charts: [],
      columnWidths: {},
    };
    const id = applyLayoutToEngine(hf, layout);
    expect(hf.getSheetValues(id)).toEqual([['=HYPERLINK("http://x","Click")', 2]]);
  });
});

describe("MEDIAN in the workbench engine", () => {
  it("takes the median of 300,000 cells, where HyperFormula's own overflows the call stack", () => {
    const n = 300_000;
    const column = Array.from({ length: n }, (_, i) => [i % 7 === 0 ? "text" : i]);
    const hf = createKamEngine({ A: column, B: [[`=MEDIAN(A!A1:A${n})`]] });
    const kept = column.flatMap(([v]) => (typeof v === "number" ? [v] : []));
    const half = kept.length / 2;
    const want = kept.length % 2 === 1 ? kept[Math.floor(half)] : ((kept[half - 1] ?? 0) + (kept[half] ?? 0)) / 2;
    expect(hf.getCellValue({ sheet: hf.getSheetId("B") ?? -1, row: 0, col: 0 })).toBe(want);
  });

  it.each([
    ["=MEDIAN(1,2,4)", 2],
    ["=MEDIAN(4,1,3,2)", 2.5],
    ['=MEDIAN(A!A1:A3,"5")', 2],
    ["=MEDIAN(TRUE(),3)", 2],
    ["=MEDIAN(A!B1:B2)", "#NUM!"],
    ["=MEDIAN(1/0,2)", "#DIV/0!"],
    ['=MEDIAN("x",2)', "#VALUE!"],
  ])("follows Excel: %s is %s", (formula, want) => {
    const hf = createKamEngine({ A: [["t"], [1], [2]], B: [[formula]] });
    const got = hf.getCellValue({ sheet: hf.getSheetId("B") ?? -1, row: 0, col: 0 });
    expect(got instanceof DetailedCellError ? got.value : got).toBe(want);
  });
});

describe("the change list of an edit in the workbench engine", () => {
  /** HyperFormula's own export, as it was written: one `concat` per spilled array. */
  function concatExport(changes: Map<string, unknown>, exportChange: (c: unknown) => unknown): unknown[] {
    let ret: unknown[] = [];
    changes.forEach((e) => {
      const change = exportChange(e);
      if (Array.isArray(change)) ret = ret.concat(change);
      else ret.push(change);
    });
    return ret;
  }

  it("is flattened in one pass, in the same order as HyperFormula's own", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer(), fc.array(fc.integer(), { maxLength: 5 })), { maxLength: 30 }),
        (items) => {
          const changes = new Map(items.map((item, i) => [String(i), item as unknown]));
          const exporter = { exportChange: (c: unknown): unknown => c };
          expect(flatExport(changes, exporter)).toEqual(concatExport(changes, exporter.exportChange));
        },
      ),
    );
  });

  it("is installed in the engine and lists every cell of a spill once", () => {
    const hf = createKamEngine({ Data: [[1], [3], [5]], Out: [[]] });
    expect(installLinearChangeExport(hf)).toBe(true);
    const out = hf.getSheetId("Out") ?? -1;
    const changes = hf.setCellContents({ sheet: out, row: 0, col: 0 }, [["=KAM.LOYALTYZONE(Data!A1:A3)", "=1+1"]]);
    const cells = changes.map((c) => ("address" in c ? `${c.address.row},${c.address.col}=${String(c.newValue)}` : ""));
    expect(cells).toEqual(["0,0=Zone of defection", "1,0=Zone of indifference", "2,0=Zone of affection", "0,1=2"]);
  });
});
