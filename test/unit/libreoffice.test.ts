import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cells";
import type { LayoutCell, SheetLayout } from "../../src/core/layout";
import { layoutToWorkbook, toFileFormula } from "../support/layoutToXlsx";
import {
  describeWithLibreOffice,
  disposeLibreOfficeProfile,
  libreOfficeProfile,
  recalcLayout,
  sweepStaleLibreOfficeDirs,
  toCell,
} from "../support/libreoffice";

const HYPERLINK_NAME = '=HYPERLINK("http://example.com","click")';

// Customer, sales, margin. The last name is text that looks like a formula.
const DATA: Cell[][] = [
  ["Customer", "Sales", "Margin"],
  ["Alpha", 100, 0.2],
  ["Beta", 300, 0.1],
  ["Gamma", 200, 0.3],
  [HYPERLINK_NAME, 50, 0.5],
];

const f = (formula: string): LayoutCell => ({ f: formula });
const v = (value: string | number | boolean): LayoutCell => ({ v: value });

function row(r: number): LayoutCell[] {
  const n = r + 1;
  return [
    f(`=Data!A${n}`),
    f(`=SUMPRODUCT(Data!B${n}:C${n},$G$1:$H$1)`),
    f(`=RANK.EQ(B${n},$B$2:$B$5)`),
    f(`=IF(B${n}>=5,"A",IF(B${n}>=4,"B","C"))`),
    f(`=INDEX(Data!$C$2:$C$5,MATCH(A${n},Data!$A$2:$A$5,0))`),
  ];
}

// Scores by hand: sales × 0.01 + margin × 10 → 3, 4, 5, 5.5.
const LAYOUT: SheetLayout = {
  name: "KAM Test",
  tag: "kam:test",
  blocks: [
    { row: 0, col: 0, cells: [[v("Customer"), v("Score"), v("Rank"), v("Class"), v("Margin")]] },
    { row: 0, col: 6, cells: [[v(0.01), v(10)]] },
    { row: 1, col: 0, cells: [row(1), row(2), row(3), row(4)] },
    {
      row: 7,
      col: 0,
      cells: [
        [v("A"), f('=COUNTIFS($D$2:$D$5,"A")')],
        [v("B above 3"), f('=COUNTIFS($D$2:$D$5,"B",$B$2:$B$5,">3")')],
        [v("Literal"), v("=1+1")],
      ],
    },
  ],
  tables: [{ name: "KamTest", range: { row: 0, col: 0, rows: 5, cols: 5 } }],
  formats: [{ range: { row: 1, col: 1, rows: 4, cols: 1 }, numberFormat: "0.00", bold: true }],
  conditional: [{ range: { row: 1, col: 3, rows: 4, cols: 1 }, text: "A", fill: "#C6EFCE", fontColor: "#006100" }],
  charts: [],
  columnWidths: { 0: 30 },
  freezeRows: 1,
};

const STALE = -999;

describe("the .xlsx writer for layouts", () => {
  it("stores newer functions with the _xlfn. prefix and leaves string literals alone", () => {
    expect(toFileFormula('=RANK.EQ(B2,$B$2:$B$5)&"RANK.EQ("')).toBe('_xlfn.RANK.EQ(B2,$B$2:$B$5)&"RANK.EQ("');
    expect(toFileFormula("=SUMPRODUCT(A1:A3,B1:B3)")).toBe("SUMPRODUCT(A1:A3,B1:B3)");
  });

  it("writes formulas as formulas with the requested cached value, and text that starts with = as text", () => {
    const ws = layoutToWorkbook(LAYOUT, {
      sources: [{ name: "Data", rows: DATA }],
      cachedValue: () => STALE,
    }).getWorksheet("KAM Test");
    expect(ws?.getCell("B2").value).toEqual({ formula: "SUMPRODUCT(Data!B2:C2,$G$1:$H$1)", result: STALE });
    expect(ws?.getCell("B10").value).toBe("=1+1");
    expect(ws?.getCell("B2").numFmt).toBe("0.00");
  });
});

describeWithLibreOffice("LibreOffice headless recalculation", () => {
  it("recalculates SUMPRODUCT, INDEX/MATCH, RANK.EQ, COUNTIFS and nested IF instead of keeping stale cached values", async () => {
    const book = await recalcLayout(LAYOUT, { sources: [{ name: "Data", rows: DATA }], cachedValue: () => STALE });
    const table = book.values("KAM Test", "A2:E5");
    expect(table.map((r) => r[0])).toEqual(["Alpha", "Beta", "Gamma", HYPERLINK_NAME]);
    const scores = table.map((r) => r[1] as number);
    [3, 4, 5, 5.5].forEach((expected, i) => expect(scores[i]).toBeCloseTo(expected, 10));
    expect(table.map((r) => r[2])).toEqual([4, 3, 2, 1]);
    expect(table.map((r) => r[3])).toEqual(["C", "B", "A", "A"]);
    const margins = table.map((r) => r[4] as number);
    [0.2, 0.1, 0.3, 0.5].forEach((expected, i) => expect(margins[i]).toBeCloseTo(expected, 10));
    expect(book.value("KAM Test", "B8")).toBe(2);
    expect(book.value("KAM Test", "B9")).toBe(1);
    expect(book.values("KAM Test", "A1:E9").flat()).not.toContain(STALE);
  });

  it("keeps text that looks like a formula as text, in the source and in the layout", async () => {
    const book = await recalcLayout(LAYOUT, { sources: [{ name: "Data", rows: DATA }] });
    expect(book.value("Data", "A5")).toBe(HYPERLINK_NAME);
    expect(book.formula("Data", "A5")).toBeUndefined();
    expect(book.value("KAM Test", "B10")).toBe("=1+1");
    expect(book.formula("KAM Test", "B10")).toBeUndefined();
  });

  it("turns an exceljs error value into a sheet error", () => {
    expect(toCell({ error: "#DIV/0!" } as never)).toEqual({ sheetError: "#DIV/0!" });
  });
});

describe("LibreOffice profiles in the temp folder", () => {
  it("removes the folders of processes that are gone and keeps those of live ones", () => {
    const root = mkdtempSync(join(tmpdir(), "kam-sweep-test-"));
    try {
      const gone = spawnSync(process.execPath, ["-e", ""]).pid;
      const dead = [`kam-lo-${gone}-AbC`, `kam-lo-in-${gone}-x`, `kam-lo-out-${gone}-y`];
      const kept = [`kam-lo-${process.pid}-Mine`, `kam-lo-${process.ppid}-Parent`, "kam-lo-notapid", "other-1-x"];
      for (const name of [...dead, ...kept]) mkdirSync(join(root, name, "user"), { recursive: true });
      expect(sweepStaleLibreOfficeDirs(root).sort()).toEqual(dead.map((d) => join(root, d)).sort());
      for (const name of kept) expect(existsSync(join(root, name)), name).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("disposes of this file's profile (the file's afterAll does the same, pass or fail)", async () => {
    const dir = await libreOfficeProfile();
    expect(existsSync(join(dir, "user", "registrymodifications.xcu"))).toBe(true);
    await disposeLibreOfficeProfile();
    expect(existsSync(dir)).toBe(false);
    const next = await libreOfficeProfile();
    expect(next).not.toBe(dir);
    await disposeLibreOfficeProfile();
    expect(existsSync(next)).toBe(false);
  });
});
