import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { decodeText, openWorkbookFile, saveWorkbookFile } from "../../src/workbench/files";
import { plainSheet } from "../../src/workbench/model";
import type { SheetExport } from "../../src/workbench/protocol";

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe("opening workbooks", () => {
  it("reads values, formulas, dates, number formats, widths and merged areas of every sheet", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Accounts");
      ws.addRow(["Customer", "Revenue", "Growth", "Double", "Since"]);
      ws.addRow(["Acme", 1200, 0.1, { formula: "B2*2", result: 2400 }, new Date(Date.UTC(2024, 0, 1))]);
      ws.addRow(["=looks like a formula", 5, 0.2, { formula: "_xlfn.SEQUENCE(1)", result: 1 }, null]);
      ws.getCell("C2").numFmt = "0.0%";
      ws.getCell("C3").numFmt = "0.0%";
      ws.getColumn(1).width = 22;
      ws.mergeCells("A5:B5");
      wb.addWorksheet("Empty");
    });
    const book = await openWorkbookFile("accounts.xlsx", data);
    expect(book.sheets.map((s) => s.name)).toEqual(["Accounts", "Empty"]);
    expect(book.sheets[0]?.cells.slice(0, 3)).toEqual([
      ["Customer", "Revenue", "Growth", "Double", "Since"],
      ["Acme", 1200, 0.1, "=B2*2", 45292],
      ["'=looks like a formula", 5, 0.2, "=SEQUENCE(1)"],
    ]);
    const meta = book.metas[0];
    expect(meta?.formats).toEqual(
      expect.arrayContaining([
        { range: { row: 1, col: 2, rows: 2, cols: 1 }, numberFormat: "0.0%" },
        expect.objectContaining({ range: { row: 1, col: 4, rows: 1, cols: 1 } }),
      ]),
    );
    expect(meta?.columnWidths[0]).toBe(22);
    expect(meta?.merged).toEqual(["A5:B5"]);
  });

  it("reads a CSV file as one sheet named after the file", async () => {
    const bytes = new TextEncoder().encode("Customer;Revenue\nAcme;1200\n");
    const book = await openWorkbookFile("my customers.csv", bytes.buffer as ArrayBuffer);
    expect(book.sheets).toEqual([
      {
        name: "my customers",
        cells: [
          ["Customer", "Revenue"],
          ["Acme", 1200],
        ],
      },
    ]);
  });

  it("opens a Dutch CSV with the right numbers, percent and euro formats, and what it assumed", async () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/klanten-nl.csv"));
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const book = await openWorkbookFile("klanten-nl.csv", data);
    expect(book.sheets[0]?.name).toBe("klanten-nl");
    expect(book.sheets[0]?.cells[1]).toEqual([
      "Bakkerij de Vries; Zn.",
      "Voeding",
      12500,
      9800.5,
      0.05,
      0.216,
      14,
      4.2,
      1250,
    ]);
    expect(book.metas[0]?.formats).toEqual(
      expect.arrayContaining([
        { range: { row: 1, col: 5, rows: 5, cols: 1 }, numberFormat: "0.0%" },
        { range: { row: 1, col: 8, rows: 5, cols: 1 }, numberFormat: "[$€-413] #,##0.00" },
      ]),
    );
    expect(book.reading).toMatchObject({ delimiter: ";", numbers: "nl", numbersBy: "evidence", encoding: "utf-8" });
    const english = await openWorkbookFile("klanten-nl.csv", data, { csv: { numbers: "en" } });
    expect(english.sheets[0]?.cells[1]?.slice(2, 4)).toEqual([12.5, "9.800,50"]);
    expect(english.reading?.numbersBy).toBe("chosen");
  });

  it("reads a CSV that is not UTF-8 as Windows-1252, as Excel's ANSI CSV writes the euro sign, and says so", async () => {
    const ansi = Uint8Array.from([
      ...Buffer.from("Klant;Bedrag\r\nCaf"),
      0xe9,
      ...Buffer.from(";"),
      0x80,
      ...Buffer.from(" 1.234,50\r\n"),
    ]);
    expect(decodeText(ansi.buffer).encoding).toBe("windows-1252");
    const book = await openWorkbookFile("ansi.csv", ansi.buffer);
    expect(book.sheets[0]?.cells).toEqual([
      ["Klant", "Bedrag"],
      ["Café", 1234.5],
    ]);
    expect(book.reading?.encoding).toBe("windows-1252");
    expect(decodeText(new TextEncoder().encode("\ufeffCafé").buffer as ArrayBuffer)).toEqual({
      text: "\ufeffCafé",
      encoding: "utf-8",
    });
  });

  it("explains a file that is not a workbook or of another type", async () => {
    await expect(
      openWorkbookFile("broken.xlsx", new TextEncoder().encode("not a zip").buffer as ArrayBuffer),
    ).rejects.toThrow(/not a readable \.xlsx workbook \(the file is damaged or of another type\)/);
    await expect(openWorkbookFile("old.xls", new ArrayBuffer(4))).rejects.toThrow(/only \.xlsx and \.csv/);
    await expect(openWorkbookFile("empty.csv", new ArrayBuffer(0))).rejects.toThrow(/empty/);
  });
});

describe("saving workbooks", () => {
  const sheet: SheetExport = {
    name: "KAM Out",
    inputs: [
      ["Share", "Class", "Spill"],
      [0.25, "Key account", "=SEQUENCE(2)"],
      ["=A2*2", "'=text", null],
    ],
    values: [
      ["Share", "Class", "Spill"],
      [0.25, "Key account", 1],
      [0.5, "=text", 2],
    ],
    arrays: [{ row: 1, col: 2, rows: 2, cols: 1 }],
  };
  const meta = {
    ...plainSheet("KAM Out"),
    formats: [{ range: { row: 1, col: 0, rows: 2, cols: 1 }, numberFormat: "0.0%", bold: true, fill: "#FFEEAA" }],
    conditional: [
      { range: { row: 1, col: 1, rows: 2, cols: 1 }, text: "Key account", fill: "#C6EFCE", fontColor: "#006100" },
    ],
    columnWidths: { 1: 18 },
  };

  it("writes formulas with results, values, number formats, fills, widths and conditional colours", async () => {
    const bytes = await saveWorkbookFile([sheet], [meta]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.getWorksheet("KAM Out");
    expect(ws?.getCell("A3").value).toEqual({ formula: "A2*2", result: 0.5 });
    expect(ws?.getCell("B3").value).toBe("=text");
    expect(ws?.getCell("A2").numFmt).toBe("0.0%");
    expect(ws?.getCell("A2").font?.bold).toBe(true);
    expect(ws?.getColumn(2).width).toBe(18);
    expect(ws?.getCell("C2").formula).toBe("SEQUENCE(2)");
    expect(ws?.getCell("C3").value).toBe(2);
    const rules = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(rules.map((r) => r.ref)).toEqual(["B2:B3"]);
  });

  it("writes the dropdown lists (literal and range) and the frozen rows of a layout", async () => {
    const withLists = {
      ...meta,
      freezeRows: 1,
      validations: [
        { range: { row: 1, col: 1, rows: 2, cols: 1 }, values: ["Key account", "Small customer"] },
        { range: { row: 1, col: 0, rows: 1, cols: 1 }, source: { row: 0, col: 0, rows: 1, cols: 3 }, sheet: "KAM Out" },
      ],
    };
    const bytes = await saveWorkbookFile([sheet], [withLists]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.getWorksheet("KAM Out");
    expect(ws?.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Key account,Small customer"'],
    });
    expect(ws?.getCell("B3").dataValidation).toMatchObject({ type: "list" });
    expect(ws?.getCell("A2").dataValidation).toMatchObject({ type: "list", formulae: ["'KAM Out'!$A$1:$C$1"] });
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("reopens its own export with the same contents, the spilled area left to the formula", async () => {
    const bytes = await saveWorkbookFile([sheet], [meta]);
    const book = await openWorkbookFile("again.xlsx", bytes);
    expect(book.sheets[0]?.cells).toEqual([
      ["Share", "Class", "Spill"],
      [0.25, "Key account", "=SEQUENCE(2)"],
      ["=A2*2", "'=text", null],
    ]);
  });
});
