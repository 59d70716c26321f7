import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell, csvToRows, guessDelimiter, parseCsvText } from "../../src/workbench/csv";
import { sampleBook } from "../../src/workbench/sample";

describe("workbench CSV reading", () => {
  it("splits quoted fields with delimiters, doubled quotes and line breaks inside", () => {
    expect(parseCsvText('name,note\r\n"Smit, J.","said ""yes""\nthen left"\n', ",")).toEqual([
      ["name", "note"],
      ["Smit, J.", 'said "yes"\nthen left'],
    ]);
  });

  it("keeps spaces at the edges of a quoted field and reads empty trailing fields", () => {
    expect(parseCsvText('a,"b,""c""",d\r\n"  e  ",,\n', ",")).toEqual([
      ["a", 'b,"c"', "d"],
      ["  e  ", "", ""],
    ]);
  });

  it("guesses a semicolon or tab delimiter from the first line", () => {
    expect(guessDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(guessDelimiter("a\tb\n1\t2")).toBe("\t");
    expect(guessDelimiter("a,b\n1,2")).toBe(",");
  });

  it("reads numbers as numbers, blanks as empty and keeps text that looks like a formula as text", () => {
    expect([csvCell("12.5"), csvCell("-3e2"), csvCell(" "), csvCell("=SUM(A1)"), csvCell("007a")]).toEqual([
      12.5,
      -300,
      null,
      "'=SUM(A1)",
      "007a",
    ]);
  });

  it("rejects a file with an unclosed quote", () => {
    expect(() => parseCsvText('a,"b\n1,2', ",")).toThrow(/unclosed quote/);
  });

  it("reads the committed sample: 200 customers and 27 columns, percentages and money formatted", () => {
    const csv = readFileSync(join(__dirname, "../../assets/sample/customers.csv"), "utf8");
    const rows = csvToRows(csv);
    expect(rows.length).toBe(201);
    expect(rows.every((r) => r.length === 27)).toBe(true);
    const { sheet, meta } = sampleBook(csv);
    expect(sheet.name).toBe("Customers");
    const header = rows[0] ?? [];
    const discount = header.indexOf("Discount");
    expect(meta.formats.find((f) => f.range.col === discount)?.numberFormat).toBe("0.0%");
    expect(meta.formats.find((f) => f.range.col === header.indexOf("Net revenue"))?.numberFormat).toMatch(/€/);
  });
});
