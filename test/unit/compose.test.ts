import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  columns,
  compileRowTemplate,
  compose,
  dataRows,
  placeBlocks,
  ROW,
  SRC,
  STYLES,
  tableBlock,
  tableNameForSheet,
  uniqueSheetName,
  uniqueTableName,
  validTableName,
  type BlockDef,
} from "../../src/core/compose";

const empty = (id: string, place: BlockDef["place"], rows: number, cols: number): BlockDef => ({
  id,
  place,
  size: { rows, cols },
  render: () => ({}),
});

describe("the sheet composer: placing blocks", () => {
  it("puts a block below another with one empty row, or beside it with one empty column, by default", () => {
    const at = placeBlocks([
      empty("title", {}, 3, 1),
      empty("weights", { below: "title" }, 5, 10),
      empty("cuts", { below: "weights" }, 5, 2),
      empty("classes", { beside: "cuts" }, 8, 3),
    ]);
    expect(at("weights")).toEqual({ row: 4, col: 0, rows: 5, cols: 10 });
    expect(at("cuts")).toEqual({ row: 10, col: 0, rows: 5, cols: 2 });
    expect(at("classes")).toEqual({ row: 10, col: 3, rows: 8, cols: 3 });
  });

  it("takes gaps, fixed rows and columns, functions of other places, and sizes computed from them", () => {
    const at = placeBlocks([
      empty("a", {}, 2, 4),
      empty("b", { below: "a", gap: 3, col: 2 }, 1, 1),
      {
        ...empty("c", { row: 0, col: (l) => l("a").col + l("a").cols + 5 }, 0, 0),
        size: (l) => ({ rows: l("b").row, cols: 8 }),
      },
    ]);
    expect(at("b")).toEqual({ row: 5, col: 2, rows: 1, cols: 1 });
    expect(at("c")).toEqual({ row: 0, col: 9, rows: 5, cols: 8 });
  });

  it("places blocks in any order of declaration (a reference may point forward)", () => {
    const at = placeBlocks([empty("late", { below: "early" }, 1, 1), empty("early", {}, 4, 1)]);
    expect(at("late").row).toBe(5);
  });

  it("rejects an unknown block and a circular placement, naming the block", () => {
    expect(() => placeBlocks([empty("a", { below: "nowhere" }, 1, 1)])).toThrow(/no block "nowhere"/);
    expect(() => placeBlocks([empty("a", { below: "b" }, 1, 1), empty("b", { beside: "a" }, 1, 1)])).toThrow(
      /relative to itself/,
    );
  });
});

describe("the sheet composer: tables and their column registry", () => {
  it("numbers columns by key and group, leaving out columns that are switched off", () => {
    const c = columns([{ key: "name" }, { key: "raw", count: 3 }, { key: "profit", when: false }, { key: "total" }]);
    expect(c.width).toBe(5);
    expect(c.cols("raw")).toEqual([1, 2, 3]);
    expect(c.col("total")).toBe(4);
    expect(c.has("profit")).toBe(false);
    expect(() => c.col("profit")).toThrow(/no column "profit"/);
    expect(() => columns([{ key: "a" }, { key: "a" }])).toThrow(/twice/);
  });

  it("lets other blocks reach a table's columns wherever the table lands, and the table's own rows", () => {
    const cols = columns([{ key: "name" }, { key: "score", count: 2 }, { key: "total" }]);
    const { layout, sheet } = compose({
      name: "KAM Demo",
      tag: "kam:demo",
      blocks: [
        {
          id: "summary",
          place: {},
          size: { rows: 1, cols: 2 },
          render: (s) => ({ cells: [[{ v: "Sum" }, { f: `=SUM(${s.table("matrix").data("total")})` }]] }),
        },
        tableBlock(
          "matrix",
          { below: "summary", gap: 2 },
          {
            columns: cols,
            rows: 3,
            headerOffset: 1,
            render: (_s, t) => ({
              cells: [
                [{ v: "Weights" }],
                [{ v: "Name" }, { v: "S1" }, { v: "S2" }, { v: "Total" }],
                ...dataRows({
                  rows: 3,
                  width: cols.width,
                  firstRow: t.firstRow,
                  firstSource: 2,
                  templates: [
                    { col: cols.col("total"), template: `=SUM(${t.here("score", 0)}:${t.here("score", 1)})` },
                  ],
                }),
              ],
              formats: [{ range: { row: 1, col: 0, rows: 1, cols: cols.width }, role: "tableHeader" }],
              table: { name: "Demo", range: { row: 1, col: 0, rows: 4, cols: cols.width } },
            }),
          },
        ),
      ],
    });
    const matrix = sheet.table("matrix");
    expect(matrix.headerRow).toBe(4);
    expect(matrix.firstRow).toBe(5);
    expect(layout.blocks[0]?.cells[0]?.[1]).toEqual({ f: "=SUM($D$6:$D$8)" });
    expect(layout.blocks[1]?.cells[2]?.[3]).toEqual({ f: "=SUM(B6:C6)" });
    expect(layout.blocks[1]?.cells[4]?.[3]).toEqual({ f: "=SUM(B8:C8)" });
    expect(layout.tables).toEqual([{ name: "Demo", range: { row: 4, col: 0, rows: 4, cols: 4 } }]);
    expect(layout.formats).toEqual([{ range: { row: 4, col: 0, rows: 1, cols: 4 }, ...STYLES.tableHeader }]);
  });

  it("fills row templates with the sheet row and the source row, for any rows (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 1_048_576 }), (r, s) => {
        expect(compileRowTemplate(`=A${ROW}+Data!B${SRC}*C${ROW}`)(r, s)).toBe(`=A${r}+Data!B${s}*C${r}`);
      }),
    );
  });

  it("writes spilled formulas in the first data row only, literals in every row", () => {
    const rows = dataRows({
      rows: 3,
      width: 2,
      firstRow: 9,
      firstSource: 2,
      literal: (i) => [{ col: 0, cell: { v: `C${i}` } }],
      firstRowOnly: [{ col: 1, formula: "=KAM.RANKALL(A10:A12)" }],
    });
    expect(rows).toEqual([
      [{ v: "C0" }, { f: "=KAM.RANKALL(A10:A12)" }],
      [{ v: "C1" }, null],
      [{ v: "C2" }, null],
    ]);
  });
});

describe("the sheet composer: names Excel accepts", () => {
  it("keeps sheet names within 31 characters, also with a number added", () => {
    expect(uniqueSheetName("KAM Selection", ["kam selection", "KAM Selection (2)"])).toBe("KAM Selection (3)");
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.string({ maxLength: 40 })), (base, taken) => {
        const name = uniqueSheetName(base, taken);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });

  it("gives tables valid names, never a cell reference, unique against the workbook's tables and names", () => {
    expect(validTableName("KAM Cost-to-serve (2)")).toBe("KAM_Cost_to_serve__2_");
    expect(validTableName("A1")).toBe("_A1");
    expect(validTableName("R1C1")).toBe("_R1C1");
    expect(uniqueTableName("KamSelection", new Set(["kamselection", "kamselection_2"]))).toBe("KamSelection_3");
    expect(tableNameForSheet("KAM-selectie (2)")).toBe("KAM_selectie_2");
    expect(tableNameForSheet("a_-b")).toBe("a_b");
    expect(tableNameForSheet("2024", new Set(["t_2024"]))).toBe("T_2024_2");
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (wanted) => {
        const name = validTableName(wanted);
        expect(name.length).toBeLessThanOrEqual(255);
        expect(name).toMatch(/^[\p{L}_][\p{L}\p{N}_.]*$/u);
        expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      }),
    );
  });
});
