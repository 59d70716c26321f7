import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell, csvToRows, detectDelimiter, guessDelimiter, parseCsvText, readCsv } from "../../src/workbench/csv";
import { numberShape, readNumber, type NumberShape } from "../../src/workbench/numbers";
import { sampleBook } from "../../src/workbench/sample";

/** The Dutch fixture: Excel's "CSV UTF-8" from Dutch Excel (byte order mark, CRLF, semicolons). */
const DUTCH = readFileSync(join(__dirname, "../fixtures/klanten-nl.csv"), "utf8");

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

/**
 * One text, how each notation reads it (`null`: not a number in it) and its shape. The number format is
 * the one a currency or percent sign implies.
 */
type NumberCase = [text: string, en: number | null, nl: number | null, shape: NumberShape, format?: string];
const NUMBER_CASES: NumberCase[] = [
  ["1200", 1200, 1200, "neutral"],
  ["-0", 0, 0, "neutral"],
  ["12.5", 12.5, null, "en"],
  ["12,5", null, 12.5, "nl"],
  ["1.250", 1.25, 1250, "ambiguous"],
  ["12.500", 12.5, 12500, "ambiguous"],
  ["1,250", 1250, 1.25, "ambiguous"],
  ["1.234,56", null, 1234.56, "nl"],
  ["1,234.56", 1234.56, null, "en"],
  ["1.234.567", null, 1234567, "nl"],
  ["1,234,567", 1234567, null, "en"],
  ["0.250", 0.25, null, "en"],
  ["0,250", null, 0.25, "nl"],
  ["1234.567", 1234.567, null, "en"],
  ["1234,567", null, 1234.567, "nl"],
  [".5", 0.5, null, "en"],
  [",5", null, 0.5, "nl"],
  ["-1.234,5", null, -1234.5, "nl"],
  ["\u22121.234,5", null, -1234.5, "nl"],
  ["+7", 7, 7, "neutral"],
  ["(1.234,50)", null, -1234.5, "nl"],
  ["(12)", -12, -12, "neutral"],
  ["1e5", 100000, 100000, "neutral"],
  ["-3e2", -300, -300, "neutral"],
  ["1.5e3", 1500, null, "en"],
  ["1,5E3", null, 1500, "nl"],
  ["12,5%", null, 0.125, "nl", "0.0%"],
  ["12%", 0.12, 0.12, "neutral", "0%"],
  ["-3,25%", null, -0.0325, "nl", "0.00%"],
  ["12.5 %", 0.125, null, "en", "0.0%"],
  ["€ 1.234,50", null, 1234.5, "nl", "[$€-413] #,##0.00"],
  ["€1.234,50", null, 1234.5, "nl", "[$€-413] #,##0.00"],
  ["1.234,50 €", null, 1234.5, "nl", "#,##0.00 [$€-413]"],
  ["-€ 1.234,50", null, -1234.5, "nl", "[$€-413] #,##0.00"],
  ["€ -1.234,50", null, -1234.5, "nl", "[$€-413] #,##0.00"],
  ["(€ 62,75)", null, -62.75, "nl", "[$€-413] #,##0.00"],
  ["EUR 250", 250, 250, "neutral", "[$EUR] #,##0"],
  ["$1,234.50", 1234.5, null, "en", "[$$-409] #,##0.00"],
  ["€ 1.250", 1.25, 1250, "ambiguous", "[$€-413] #,##0"],
  ["12.34.56", null, null, "numberish"],
  ["1.2345,6", null, null, "numberish"],
  ["1.234,50-", null, null, "numberish"],
  ["1 234,56", null, null, "numberish"],
  ["12345678901234567", null, null, "numberish"],
  ["(-12)", null, null, "numberish"],
  ["€ 12%", null, null, "numberish"],
  ["Acme", null, null, "text"],
  ["Q1 2024", null, null, "text"],
  ["2024-01-05", null, null, "text"],
  ["06-12345678", null, null, "text"],
];

describe("reading numbers in English and Dutch notation", () => {
  it.each<NumberCase>(NUMBER_CASES)("%s is %s in English, %s in Dutch (%s)", (text, en, nl, shape, format) => {
    expect(readNumber(text, "en")?.value ?? null).toBe(en);
    expect(readNumber(text, "nl")?.value ?? null).toBe(nl);
    expect(numberShape(text)).toBe(shape);
    const read = readNumber(text, "nl") ?? readNumber(text, "en");
    expect(read?.format).toBe(format);
  });

  it("gives a percent the nearest double of its decimal value, not a rounding error of dividing by 100", () => {
    expect(readNumber("12,3%", "nl")?.value).toBe(0.123);
    expect(readNumber("7%", "nl")?.value).toBe(0.07);
    expect(readNumber("0,1%", "nl")?.value).toBe(0.001);
  });
});

describe("detecting the delimiter", () => {
  it.each([
    ["semicolons with decimal commas", "Klant;Omzet;Marge\nAcme;1.234,50;12,5\nGlobex;980,00;8,0", ";"],
    ["a quoted header with a comma in a semicolon file", '"Naam, voluit";Omzet\nAcme;1,5\nGlobex;2', ";"],
    ["commas with quoted Dutch numbers", 'Customer,Revenue\nAcme,"1,5"\nGlobex,"2,5"', ","],
    ["tabs", "a\tb\n1,5\t2\n3\t4", "\t"],
    ["one column of Dutch decimals", "Omzet\n1,5\n2,5", ";"],
    ["ragged rows (one short row in ten)", `a,b,c\n${Array.from({ length: 9 }, () => "1,2,3").join("\n")}\n1,2`, ","],
    ["Excel's sep= line, whatever the rows", "sep=;\na,b;c\n1,2;3", ";"],
  ])("%s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("opening a Dutch CSV file", () => {
  it("reads semicolons, decimal commas and thousands dots as the right numbers, and says it did", () => {
    const { rows, reading } = readCsv(DUTCH);
    expect(rows[0]?.[0]).toBe("Klant");
    expect(rows.map((r) => r[2])).toEqual(["Omzet", 12500, 1250, 300, 1234567, 850]);
    expect(rows.map((r) => r[3])).toEqual(["Kostprijs", 9800.5, 1312.75, 250, 987654.32, 612.4]);
    expect(rows.map((r) => r[6])).toEqual(["Orders", 14, 3, 2, 1020, 8]);
    expect(rows.map((r) => r[7])).toEqual(["Tevredenheid", 4.2, 3.5, 4.8, 3.9, null]);
    expect(reading).toMatchObject({ delimiter: ";", delimiterBy: "detected", numbers: "nl", numbersBy: "evidence" });
    expect(reading.evidence.en.count).toBe(0);
    expect(reading.evidence.nl.first[0]).toEqual({ cell: "D2", text: "9.800,50" });
    expect(reading.ambiguous.count).toBe(0);
    expect(reading.keptAsText.count).toBe(0);
  });

  it("keeps quoted names with the delimiter and doubled quotes inside, and the byte order mark out of A1", () => {
    const { rows } = readCsv(DUTCH);
    expect(rows.map((r) => r[0])).toEqual([
      "Klant",
      "Bakkerij de Vries; Zn.",
      "Jansen Metaal BV",
      'Hoeve "Het Anker"',
      "Van Dijk Logistiek",
      "De Boer & Zn",
    ]);
  });

  it("reads percentages as fractions and amounts with a euro sign, negative in parentheses too, with their formats", () => {
    const { rows, formats } = readCsv(DUTCH);
    expect(rows.map((r) => r[4])).toEqual(["Korting", 0.05, 0, 0.1, 0.075, 0.025]);
    expect(rows.map((r) => r[5])).toEqual(["Marge", 0.216, -0.05, 0.167, 0.2, 0.28]);
    expect(rows.map((r) => r[8])).toEqual(["Openstaand", 1250, -62.75, 50, -1234.5, 0]);
    expect(formats.filter((f) => f.col === 5).map((f) => f.format)).toEqual(Array(5).fill("0.0%"));
    expect(formats.find((f) => f.row === 3 && f.col === 8)?.format).toBe("[$€-413] #,##0.00");
  });

  it("does not turn 12.500 into 12.5 when nothing else settles the notation: Dutch by the semicolons, and it names the cells", () => {
    const { rows, reading } = readCsv("Klant;Omzet\nA;12.500\nB;1.250\nC;300\n");
    expect(rows.map((r) => r[1])).toEqual(["Omzet", 12500, 1250, 300]);
    expect(reading).toMatchObject({ numbers: "nl", numbersBy: "delimiter" });
    expect(reading.ambiguous).toEqual({
      count: 2,
      first: [
        { cell: "B2", text: "12.500", value: 12500, other: 12.5 },
        { cell: "B3", text: "1.250", value: 1250, other: 1.25 },
      ],
    });
  });

  it("takes ambiguous values in a comma file as English and names them", () => {
    const { rows, reading } = readCsv("Customer,Revenue\nA,1.250\nB,2.500\n");
    expect(rows.map((r) => r[1])).toEqual(["Revenue", 1.25, 2.5]);
    expect(reading).toMatchObject({ delimiter: ",", numbers: "en", numbersBy: "delimiter" });
    expect(reading.ambiguous.count).toBe(2);
  });

  it("lets values with two separators or other decimal counts settle 1.250, over the delimiter's hint", () => {
    const dutch = readCsv('Klant,Omzet\nA,1.250\nB,"1.234,5"\n');
    expect(dutch.rows.map((r) => r[1])).toEqual(["Omzet", 1250, 1234.5]);
    expect(dutch.reading).toMatchObject({ delimiter: ",", numbers: "nl", numbersBy: "evidence" });
    expect(dutch.reading.ambiguous.count).toBe(0);
    const english = readCsv("Klant;Omzet\nA;1.250\nB;12.75\n");
    expect(english.rows.map((r) => r[1])).toEqual(["Omzet", 1.25, 12.75]);
    expect(english.reading).toMatchObject({ numbers: "en", numbersBy: "evidence" });
  });

  it("keeps values of the other notation as text and names them when the file mixes both", () => {
    const { rows, reading } = readCsv("Klant;Omzet\nA;1.234,50\nB;980,25\nC;1,234.56\nD;1.250\n");
    expect(rows.map((r) => r[1])).toEqual(["Omzet", 1234.5, 980.25, "1,234.56", 1250]);
    expect(reading).toMatchObject({ numbers: "nl", numbersBy: "majority" });
    expect(reading.keptAsText).toEqual({ count: 1, first: [{ cell: "B4", text: "1,234.56" }] });
    expect(reading.ambiguous.first).toEqual([{ cell: "B5", text: "1.250", value: 1250, other: 1.25 }]);
  });

  it("reads the notation the user chose and keeps what it cannot read as text, by cell", () => {
    const { rows, reading } = readCsv(DUTCH, { numbers: "en" });
    expect(rows.map((r) => r[2])).toEqual(["Omzet", 12.5, 1.25, 300, "1.234.567", 850]);
    expect(reading).toMatchObject({ delimiter: ";", numbers: "en", numbersBy: "chosen" });
    expect(reading.ambiguous.count).toBe(0);
    expect(reading.keptAsText.first.map((n) => n.cell)).toEqual(["D2", "F2", "H2", "I2", "D3"]);
    expect(reading.keptAsText.count).toBeGreaterThan(15);
  });

  it("splits on the delimiter the user chose", () => {
    const { rows, reading } = readCsv("a;b\n1;2\n", { delimiter: "," });
    expect(rows).toEqual([["a;b"], ["1;2"]]);
    expect(reading.delimiterBy).toBe("chosen");
  });

  it("follows and drops Excel's sep= first line", () => {
    const { rows, reading } = readCsv("sep=;\r\nKlant;Omzet\r\nAcme;12,5\r\n");
    expect(rows).toEqual([
      ["Klant", "Omzet"],
      ["Acme", 12.5],
    ]);
    expect(reading).toMatchObject({ delimiter: ";", delimiterBy: "sepLine" });
  });

  it("keeps account numbers of more than 15 digits as text, since a number would change their last digits", () => {
    const { rows, reading } = readCsv("Klant;Rekening\nA;12345678901234567\nB;123456789012345\n");
    expect(rows.map((r) => r[1])).toEqual(["Rekening", "12345678901234567", 123456789012345]);
    expect(reading.keptAsText.first).toEqual([{ cell: "B2", text: "12345678901234567" }]);
  });

  it("says the notation changes nothing when no number has a separator", () => {
    expect(readCsv("a;b\n1;2\n").reading).toMatchObject({ numbers: "nl", numbersBy: "nothing" });
  });

  it("names at most five cells of a kind and counts them all", () => {
    const text = `Klant;Omzet\n${Array.from({ length: 12 }, (_, i) => `K${i};${i + 1}.500`).join("\n")}`;
    const { reading } = readCsv(text);
    expect(reading.ambiguous.count).toBe(12);
    expect(reading.ambiguous.first.map((n) => n.cell)).toEqual(["B2", "B3", "B4", "B5", "B6"]);
  });
});
