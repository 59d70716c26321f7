import { describe, expect, it } from "vitest";
import fixture from "../fixtures/source-kinds.json";
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import {
  SHEET_ROW_LIMIT,
  cellKind,
  checkNameColumn,
  formatSourceProblem,
  guessNameColumn,
  headerText,
  isDateFormat,
  numericColumn,
  numericColumns,
  profileSource,
  sourceCellAddress,
  sourceColumnRange,
} from "../../src/core/source";
import { SOURCE_MESSAGES_EN, SOURCE_MESSAGES_NL } from "../../src/core/source/messages";

function table(headers: Cell[], rows: Cell[][], extra: Partial<SourceTable> = {}): SourceTable {
  return { sheet: "Customers", address: "B3:E9", origin: { row: 2, col: 1 }, merged: [], headers, rows, ...extra };
}

describe("cellKind", () => {
  for (const row of fixture.cells) {
    it(`reads ${JSON.stringify(row.cell)} as ${row.kind}`, () => {
      expect(cellKind(row.cell as Cell)).toBe(row.kind);
    });
  }
  it("treats NaN and Infinity as errors, not numbers", () => {
    expect(cellKind(Number.NaN)).toBe("error");
    expect(cellKind(Number.POSITIVE_INFINITY)).toBe("error");
  });
});

describe("isDateFormat", () => {
  for (const row of fixture.formats) {
    it(`${row.date ? "recognises" : "does not take"} ${row.format} ${row.date ? "as" : "for"} a date format`, () => {
      expect(isDateFormat(row.format)).toBe(row.date);
    });
  }
});

describe("profileSource", () => {
  const good = table(
    ["Customer", "Revenue", "Since", "Sector"],
    [
      ["Acme", 120, "2020-01-01", "Food"],
      ["Bolt", null, "2021-05-01", "Steel"],
      ["Cargo", "n/a", "2019-02-03", "Food"],
      ["Delta", 80, null, "Food"],
      ["Echo", { sheetError: "#DIV/0!" }, "2018-01-09", null],
      ["Fox", 95, "2022-12-31", "Food"],
    ],
  );

  it("infers number, date and text columns and counts their blanks", () => {
    const p = profileSource(good);
    expect(p.rowCount).toBe(6);
    expect(p.columns.map((c) => c.kind)).toEqual(["text", "number", "date", "text"]);
    expect(p.columns[1]?.counts).toEqual({ number: 3, date: 0, text: 1, boolean: 0, error: 1, blank: 1 });
    expect(p.columns[1]?.blankShare).toBeCloseTo(1 / 6, 12);
    expect(p.columns[1]).toMatchObject({ min: 80, max: 120, letter: "C" });
    expect(p.columns[3]?.distinct).toBe(2);
    expect(p.ok).toBe(true);
    expect(numericColumns(p).map((c) => c.header)).toEqual(["Revenue"]);
  });

  it("warns about text in a number column and about error values, naming the sheet cells", () => {
    const p = profileSource(good);
    expect(p.problems.map((x) => [x.code, x.severity, x.where])).toEqual([
      ["text_in_numbers", "warning", "Customers!C:C"],
      ["errors_in_column", "warning", "Customers!C:C"],
    ]);
    expect(formatSourceProblem(p.problems[0]!, "en")).toBe(
      'Customers!C:C: "Revenue" is a number column, but 1 cell(s) hold text (first: C6); those rows count as missing for this criterion.',
    );
    expect(formatSourceProblem(p.problems[1]!, "nl")).toContain("C8");
  });

  it("takes a number column with a date format for a date column", () => {
    const p = profileSource(
      table(["Customer", "Since", "Revenue"], [["A", 45000, 1]], { numberFormats: ["@", "dd-mm-yyyy", "0.00"] }),
    );
    expect(p.columns.map((c) => c.kind)).toEqual(["text", "date", "number"]);
  });

  it("stops on a blank header, naming its cell", () => {
    const p = profileSource(table(["Customer", "  ", "Revenue"], [["A", 1, 2]]));
    expect(p.ok).toBe(false);
    expect(p.problems[0]).toMatchObject({ code: "header_blank", where: "Customers!C3", column: 1 });
    expect(formatSourceProblem(p.problems[0]!, "nl")).toBe(
      "Customers!C3: kolom C heeft geen kop; geef elke kolom een naam in de kopregel.",
    );
  });

  it("stops on a duplicate header, case-insensitively, naming both cells", () => {
    const p = profileSource(table(["Customer", "Revenue", "revenue "], [["A", 1, 2]]));
    expect(p.problems[0]).toMatchObject({ code: "header_duplicate", where: "Customers!D3", params: { other: "C3" } });
  });

  it("stops on merged cells, naming the merged area", () => {
    const p = profileSource(
      table(
        ["Customer", "Revenue"],
        [
          ["A", 1],
          ["B", 2],
        ],
        { merged: ["B4:B5"] },
      ),
    );
    expect(p.problems.map((x) => [x.code, x.where])).toEqual([["merged", "Customers!B4:B5"]]);
    expect(p.ok).toBe(false);
  });

  it("stops when no column holds numbers", () => {
    const p = profileSource(
      table(
        ["Customer", "Sector"],
        [
          ["A", "Food"],
          ["B", "12"],
        ],
      ),
    );
    expect(p.problems.map((x) => x.code)).toEqual(["no_numeric"]);
  });

  it("stops on a header without data rows", () => {
    const p = profileSource(table(["Customer", "Revenue"], []));
    expect(p.problems.map((x) => x.code)).toEqual(["no_rows"]);
    expect(p.columns[1]).toMatchObject({ kind: "empty", blankShare: 0 });
  });

  it("stops when the table has more rows than a worksheet (1,048,576 with the header)", () => {
    const row: Cell[] = ["A", 1];
    const rows = new Array<Cell[]>(SHEET_ROW_LIMIT).fill(row);
    const p = profileSource(table(["Customer", "Revenue"], rows));
    expect(p.problems.map((x) => x.code)).toEqual(["too_many_rows"]);
    expect(formatSourceProblem(p.problems[0]!, "en")).toContain("1048577 rows");
    const fits = profileSource(table(["Customer", "Revenue"], rows.slice(1)));
    expect(fits.ok).toBe(true);
  });

  it("keeps the table name of an Excel table", () => {
    expect(profileSource(table(["Customer", "Revenue"], [["A", 1]], { tableName: "Klanten" })).tableName).toBe(
      "Klanten",
    );
  });

  it("profiles 100,000 rows × 27 columns quickly (a few hundred ms; bound 3 s on a loaded machine)", () => {
    const headers = Array.from({ length: 27 }, (_, i) => `C${i}`);
    const rows = Array.from({ length: 100_000 }, (_, r) => headers.map((_, c) => (c === 0 ? `N${r}` : r * c)));
    const t0 = performance.now();
    const p = profileSource(table(headers, rows));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(p.columns.filter((c) => c.kind === "number")).toHaveLength(26);
  });
});

describe("customer-name column", () => {
  it("prefers a text column whose header names customers, in English or Dutch", () => {
    expect(
      guessNameColumn(
        profileSource(
          table(
            ["Sector", "Klantnaam", "Omzet"],
            [
              ["F", "A", 1],
              ["F", "B", 2],
            ],
          ),
        ),
      ),
    ).toBe(1);
    expect(
      guessNameColumn(
        profileSource(
          table(
            ["Sector", "Id", "Omzet"],
            [
              ["F", "A", 1],
              ["F", "B", 2],
            ],
          ),
        ),
      ),
    ).toBe(1);
  });

  it("warns about blank and duplicate names with their cells", () => {
    const t = table(
      ["Customer", "Revenue"],
      [
        ["Acme", 1],
        [null, 2],
        ["acme ", 3],
        ["Bolt", 4],
        ["ACME", 5],
      ],
    );
    const problems = checkNameColumn(t, 0);
    expect(problems.map((p) => [p.code, p.where, p.params])).toEqual([
      ["name_blank", "Customers!B:B", { count: 1, cells: "B5" }],
      ["name_duplicate", "Customers!B6", { name: "Acme", count: 3, cells: "B4, B6, B8" }],
    ]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
  });
});

describe("addresses and values", () => {
  const t = table(
    ["Customer", "Revenue"],
    [
      ["A", 1],
      ["B", "x"],
      ["C", null],
    ],
  );
  it("names a data cell and a header cell with the sheet", () => {
    expect(sourceCellAddress(t, 0, 1)).toBe("Customers!C4");
    expect(sourceCellAddress({ sheet: "My data", origin: { row: 0, col: 0 } }, -1, 0)).toBe("'My data'!A1");
  });
  it("gives the data range of a column without its header", () => {
    expect(sourceColumnRange(t, 1)).toEqual({ row: 3, col: 2, rows: 3, cols: 1 });
  });
  it("reads a column as numbers with text and blanks missing, never zero", () => {
    expect(numericColumn(t, 1)).toEqual([1, undefined, undefined]);
  });
  it("reads headers as trimmed text", () => {
    expect(headerText(2024)).toBe("2024");
    expect(headerText({ sheetError: "#REF!" })).toBe("");
  });
});

describe("messages", () => {
  it("has an English and a Dutch message for every code, each naming its parameters", () => {
    const params = { rows: 9, limit: 8, column: "C", header: "H", other: "D1", count: 2, cells: "C4", name: "N" };
    for (const code of Object.keys(SOURCE_MESSAGES_EN) as (keyof typeof SOURCE_MESSAGES_EN)[]) {
      const en = SOURCE_MESSAGES_EN[code](params);
      const nl = SOURCE_MESSAGES_NL[code](params);
      expect(en).not.toBe(nl);
      expect(en.length).toBeGreaterThan(20);
      expect(nl.length).toBeGreaterThan(20);
    }
  });
});
