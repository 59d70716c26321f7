import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/workbench/csv";
import type { FileReading } from "../../src/workbench/files";
import { WB_STRINGS, describeReading } from "../../src/workbench/strings";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

function reading(text: string, encoding: FileReading["encoding"] = "utf-8"): FileReading {
  return { ...readCsv(text).reading, encoding };
}

describe("the workbench's strings", () => {
  it("has every key in English and Dutch with the same parameters, and Dutch sentences that are not English", () => {
    expect(Object.keys(WB_STRINGS.nl).sort()).toEqual(Object.keys(WB_STRINGS.en).sort());
    for (const key of Object.keys(WB_STRINGS.en) as (keyof typeof WB_STRINGS.en)[]) {
      const en = WB_STRINGS.en[key];
      const nl = WB_STRINGS.nl[key];
      expect(placeholders(nl), key).toEqual(placeholders(en));
      expect(nl.trim(), key).not.toBe("");
      if (en.length > 20) expect(nl, key).not.toBe(en);
    }
  });
});

describe("telling the user how a CSV file was read", () => {
  it("says which delimiter and notation were assumed and which value decided, in both languages", () => {
    const r = reading("Klant;Omzet\nAcme;1.234,50\nGlobex;12.500\n");
    expect(describeReading(r, "en")).toEqual({
      title: "Read as: semicolon-separated, Dutch numbers (1.234,56).",
      lines: ["Decided by 1.234,50 in B2, which only this notation reads as a number."],
      warn: false,
    });
    expect(describeReading(r, "nl").title).toBe(
      "Gelezen als: puntkommagescheiden, Nederlandse getalnotatie (1.234,56).",
    );
  });

  it("warns about ambiguous values with both readings, each number written as the language writes it", () => {
    const r = reading("Klant;Omzet\nA;12.500\nB;1.250\n");
    const en = describeReading(r, "en");
    expect(en.warn).toBe(true);
    expect(en.lines).toEqual([
      "No value settles the notation; a semicolon- or tab-separated file usually has Dutch numbers.",
      "Check: 2 values read either way: B2 (12.500), B3 (1.250). 12.500 was read as 12500; in English notation it would be 12.5.",
    ]);
    expect(describeReading(r, "nl").lines[1]).toBe(
      "Controleer: 2 waarden zijn op twee manieren te lezen: B2 (12.500), B3 (1.250). 12.500 is gelezen als 12500; in Engelse notatie zou het 12,5 zijn.",
    );
  });

  it("names the cells kept as text, counting those beyond the first five", () => {
    const rows = Array.from({ length: 7 }, (_, i) => `K${i};1,234.5${i}`).join("\n");
    const r = reading(`Klant;Omzet\nA;1.234,50\nB;9,75\nC;8,25\nD;7,5\nE;6,5\nF;5,5\nG;4,5\nH;3,5\n${rows}\n`);
    const [, kept] = describeReading(r, "en").lines.slice(0);
    expect(kept).toBe(
      "7 cells look like numbers but are none in Dutch notation; kept as text: B10 (1,234.50), B11 (1,234.51), B12 (1,234.52), B13 (1,234.53), B14 (1,234.54) and 2 more.",
    );
  });

  it("says when the file was not UTF-8 and when the first line named the separator", () => {
    const lines = describeReading(reading("sep=,\na,b\n1,2\n", "windows-1252"), "en").lines;
    expect(lines[0]).toBe("The file's first line (sep=) names the separator.");
    expect(lines[lines.length - 1]).toMatch(/read as Windows-1252/);
  });
});
