import { describe, expect, it } from "vitest";
import { columnLetters, type LayoutCell, type SheetLayout } from "../../src/core/layout";
import { profileSource } from "../../src/core/source";
import { SHEET_TAG, buildSelectionLayout, initialConfig, type SelectionConfig } from "../../src/core/selection/builder";
import { tableNameForSheet as tableNameFor, uniqueSheetName } from "../../src/core/compose";
import { sampleSourceTable, scaledSourceTable } from "../support/selectionSample";

const sample = sampleSourceTable();
const profile = profileSource(sample);
const course = initialConfig(profile, "course", "en");

function build(config: SelectionConfig, existing: string[] = ["Customers"]) {
  const built = buildSelectionLayout(sample, config, { existingSheets: existing });
  if (!built.ok) throw new Error(built.message);
  return built;
}

function formulas(layout: SheetLayout): string[] {
  const out: string[] = [];
  for (const b of layout.blocks)
    for (const row of b.cells) for (const c of row) if (c !== null && "f" in c) out.push(c.f);
  return out;
}

function at(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  for (const b of layout.blocks) {
    const line = b.cells[row - b.row];
    if (line !== undefined && col >= b.col && col < b.col + line.length) return line[col - b.col];
  }
  return undefined;
}

describe("uniqueSheetName and tableNameFor", () => {
  it("picks KAM Selection, then KAM Selection (2), case-insensitively, within 31 characters", () => {
    expect(uniqueSheetName("KAM Selection", ["Data"])).toBe("KAM Selection");
    expect(uniqueSheetName("KAM Selection", ["kam selection", "KAM Selection (2)"])).toBe("KAM Selection (3)");
    expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)]).length).toBeLessThanOrEqual(31);
  });
  it("derives a valid table name", () => {
    expect(tableNameFor("KAM Selection (2)")).toBe("KAM_Selection_2");
    expect(tableNameFor("KAM-selectie")).toBe("KAM_selectie");
    expect(tableNameFor("2024")).toBe("T_2024");
    expect(tableNameFor("R1C1")).toBe("_R1C1");
  });
  it("gives the table a name unique against the workbook's tables and defined names", () => {
    const built = buildSelectionLayout(sample, course, {
      existingSheets: ["Customers"],
      existingTables: ["KAM_Selection", "kam_selection_2"],
    });
    expect(built.ok && built.layout.tables[0]?.name).toBe("KAM_Selection_3");
  });
});

describe("buildSelectionLayout (pure)", () => {
  it("writes a new tagged sheet with a unique name in the pane's language", () => {
    expect(build(course, ["Customers", "KAM Selection"]).layout).toMatchObject({
      name: "KAM Selection (2)",
      tag: SHEET_TAG,
    });
    expect(build({ ...course, lang: "nl" }).layout.name).toBe("KAM-selectie");
    expect(buildSelectionLayout(sample, course, { sheetName: "KAM Selection" })).toMatchObject({
      ok: true,
      layout: { name: "KAM Selection" },
    });
  });

  it("puts the matrix in one Excel table in the portable style and none in the KAM style (tables cannot hold spills)", () => {
    const { layout, map } = build(course);
    expect(layout.tables).toEqual([
      {
        name: "KAM_Selection",
        range: { row: map.headerRow, col: 0, rows: 201, cols: map.columns.quadrant + 1 },
      },
    ]);
    expect(build({ ...course, style: "kam" }).layout.tables).toEqual([]);
  });

  it("freezes the rows down to the matrix's header row, in both styles, when they fit a screen (at most 30)", () => {
    const few = { ...course, criteria: course.criteria.filter((_, i) => i % 3 === 0) };
    const small = build(few);
    expect(small.map.firstDataRow).toBeLessThanOrEqual(30);
    expect(small.layout.freezeRows).toBe(small.map.headerRow + 1);
    const kam = build({ ...few, style: "kam" });
    expect(kam.layout.freezeRows).toBe(kam.map.headerRow + 1);
    // Thirteen criteria put the matrix below row 40: a pane frozen that tall would hide every customer.
    const { layout, map } = build(course);
    expect(map.firstDataRow).toBeGreaterThan(30);
    expect(layout.freezeRows ?? 0).toBe(0);
  });

  it("marks the weights as an input block", () => {
    const { layout, map } = build(course);
    const weights = map.weightCells;
    expect(layout.inputs).toEqual([
      {
        key: `weights:${course.criteria.map((c) => c.column).join("|")}`,
        range: { row: weights[0]?.row, col: weights[0]?.col, rows: weights.length, cols: 1 },
      },
    ]);
  });

  it("uses only functions Excel 2016 and LibreOffice know in the portable style", () => {
    const all = formulas(build(course).layout).join("\n");
    for (const banned of ["XLOOKUP", "LET(", "IFS(", "FILTER(", "SORT(", "UNIQUE(", "SEQUENCE(", "KAM.", "#", "@"]) {
      expect(all, banned).not.toContain(banned);
    }
    expect(all).toContain("SUMPRODUCT(");
    expect(all).toContain("COUNTIF(");
  });

  it("uses KAM.NORMALIZE, KAM.SCORE, KAM.CLASSIFY and KAM.PORTFOLIO once per column in the KAM style", () => {
    const { layout, map } = build({ ...course, style: "kam" });
    const all = formulas(layout);
    expect(all.filter((f) => f.startsWith("=KAM.CLASSIFY("))).toHaveLength(1);
    expect(all.filter((f) => f.startsWith("=KAM.PORTFOLIO("))).toHaveLength(1);
    expect(all.filter((f) => f.includes("KAM.SCORE("))).toHaveLength(3);
    const first = map.firstDataRow;
    const C = columnLetters(map.columns.current);
    const F = columnLetters(map.columns.future);
    expect(at(layout, first, map.columns.cls)).toEqual({
      f: `=KAM.CLASSIFY($${C}$${first + 1}:$${C}$${first + 200},$${F}$${first + 1}:$${F}$${first + 200},,$B$${map.cutCells.current.row + 1},$B$${map.cutCells.future.row + 1},"en")`,
    });
    expect(at(layout, first + 1, map.columns.cls)).toBeNull();
  });

  it("ranks with one KAM.RANKALL and writes as many formulas for 20,000 customers as for 200 in the KAM style", () => {
    const { layout } = build({ ...course, style: "kam" });
    const all = formulas(layout);
    expect(all.filter((f) => f.includes("KAM.RANKALL("))).toEqual([expect.stringMatching(/^=IFERROR\(KAM\.RANKALL\(/)]);
    expect(all.filter((f) => f.includes("KAM.RANK("))).toEqual([]);
    expect(all.some((f) => f.includes("COUNTIF(") && f.includes('">"&'))).toBe(false);
    const big = buildSelectionLayout(scaledSourceTable(20_000), { ...course, style: "kam" });
    if (!big.ok) throw new Error(big.message);
    expect(formulas(big.layout)).toHaveLength(all.length);
  });

  it("references the source cells and the weights block, so edits recalculate without the add-in", () => {
    const { layout, map } = build(course);
    const raw = at(layout, map.firstDataRow, map.columns.raw[0] as number);
    expect(raw).toEqual({ f: '=IF(ISNUMBER(Customers!F2),Customers!F2,"")' });
    const w = map.weightCells[0];
    expect(at(layout, map.headerRow - 1, map.columns.scores[0] as number)).toEqual({ f: `=$F$${(w?.row ?? 0) + 1}` });
    expect(at(layout, w?.row ?? 0, w?.col ?? 0)).toEqual({ v: 12.5 });
  });

  it("writes customer names as literal values, so a name like =HYPERLINK(...) stays text", () => {
    const { layout, map } = build(course);
    const row = sample.rows.findIndex((r) => String(r[0]).startsWith("=HYPERLINK"));
    expect(at(layout, map.firstDataRow + row, 0)).toEqual({ v: '=HYPERLINK("http://x","Click")' });
  });

  it("colours each class and quadrant and draws a scatter of current vs future with the cut-off lines", () => {
    const { layout, map } = build(course);
    expect(layout.conditional.filter((c) => c.range.col === map.columns.cls).map((c) => c.text)).toEqual([
      "Key account",
      "Future key account",
      "Large customer",
      "Small customer",
      "Loss customer",
    ]);
    const [chart] = layout.charts;
    expect(chart?.type).toBe("scatter");
    expect(chart?.series[0]).toMatchObject({
      x: { row: map.firstDataRow, col: map.columns.current, rows: 200, cols: 1 },
      y: { row: map.firstDataRow, col: map.columns.future, rows: 200, cols: 1 },
      style: "markers",
    });
    expect(chart?.series.slice(1).map((s) => s.style)).toEqual(["line", "line"]);
    expect(chart?.labels?.map((l) => l.text)).toEqual([
      "Key account",
      "Future key account",
      "Large customer",
      "Small customer",
    ]);
    const mc = build(initialConfig(profile, "mcdonald", "nl")).layout.charts[0];
    expect(mc?.labels?.map((l) => l.text)).toEqual(["Strategisch", "Ster", "Status", "Stroomlijnen"]);
    expect(mc?.title).toBe("Aantrekkelijkheid × relatieve sterkte");
  });

  it("writes every header of the sheet in the chosen language", () => {
    const en = build(course);
    const nl = build({ ...course, lang: "nl" });
    const header = (b: typeof en) =>
      Array.from({ length: b.map.columns.quadrant + 1 }, (_, c) => at(b.layout, b.map.headerRow, c));
    expect(header(en).slice(-6)).toEqual(
      ["Current value", "Future value", "Total score", "Rank", "Class", "Portfolio"].map((v) => ({ v })),
    );
    expect(header(nl).slice(-6)).toEqual(
      ["Huidige waarde", "Toekomstige waarde", "Totaalscore", "Rang", "Klasse", "Portfolio"].map((v) => ({ v })),
    );
    expect(at(nl.layout, 0, 0)).toEqual({ v: "Selectiematrix key accounts" });
  });

  it("refuses a configuration that names a missing column, with a message", () => {
    const bad = { ...course, criteria: [{ ...course.criteria[0]!, column: "Nope" }, ...course.criteria.slice(1)] };
    expect(buildSelectionLayout(sample, bad)).toMatchObject({ ok: false, reason: "unknown_column" });
  });

  it("refuses a source that would not fit below the weights on one worksheet", () => {
    const big = { ...sample, rows: new Array(1_048_560).fill(sample.rows[0]) };
    const built = buildSelectionLayout(big, course);
    expect(built).toMatchObject({ ok: false, reason: "too_many_rows" });
  });

  it("builds the layout of 100,000 customers quickly (13 criteria, 4.7 million cells; about 2 s, bound 20 s)", () => {
    const table = scaledSourceTable(100_000);
    const t0 = performance.now();
    const built = buildSelectionLayout(table, course);
    const ms = performance.now() - t0;
    expect(built.ok).toBe(true);
    expect(ms).toBeLessThan(20_000);
    console.log(`selection layout, 100,000 customers: ${ms.toFixed(0)} ms`);
  });
});

describe("the selection sheet's column widths", () => {
  it("fit every heading of the matrix, up to a widest column of 34 characters (issue 13: headings were clipped)", () => {
    for (const config of [course, { ...course, sensitivity: true }]) {
      const { layout, map } = build(config);
      const header =
        layout.blocks.flatMap((b) =>
          b.row <= map.headerRow && b.row + b.cells.length > map.headerRow
            ? [b.cells[map.headerRow - b.row] ?? []]
            : [],
        )[0] ?? [];
      header.forEach((cell, col) => {
        if (cell === null || !("v" in cell)) return;
        const width = layout.columnWidths[col] ?? 8.43;
        expect(Math.min(34, String(cell.v).length + 2), String(cell.v)).toBeLessThanOrEqual(width);
      });
    }
  });
});

describe("the profit column's heading", () => {
  const header = (config: SelectionConfig): string[] => {
    const { layout, map } = build(config);
    const line =
      layout.blocks.flatMap((b) =>
        b.row <= map.headerRow && b.row + b.cells.length > map.headerRow ? [b.cells[map.headerRow - b.row] ?? []] : [],
      )[0] ?? [];
    return line.map((c) => (c !== null && "v" in c ? String(c.v) : ""));
  };
  it("names the source column after the word Profit, but never reads 'Profit: Profit' (issue 13)", () => {
    expect(header({ ...course, profitColumn: "Revenue growth %" })).toContain("Profit: Revenue growth %");
    const table = { ...sample, headers: sample.headers.map((h) => (h === "Revenue growth %" ? "Profit" : h)) };
    const built = buildSelectionLayout(
      table,
      {
        ...course,
        profitColumn: "Profit",
        criteria: course.criteria.filter((c) => c.column !== "Revenue growth %"),
      },
      { existingSheets: ["Customers"] },
    );
    if (!built.ok) throw new Error(built.message);
    const texts = built.layout.blocks.flatMap((b) => b.cells.flat()).map((c) => (c !== null && "v" in c ? c.v : ""));
    expect(texts).toContain("Profit");
    expect(texts).not.toContain("Profit: Profit");
  });
});
