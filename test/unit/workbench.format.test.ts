import { describe, expect, it } from "vitest";
import fixture from "../fixtures/number-formats.json";
import { dateToSerial, formatNumber, general, isDateFormat } from "../../src/workbench/format";

describe("workbench number formats", () => {
  it.each(fixture.cases)("shows $value in format $format as $text", ({ value, format, text }) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  it("shows General numbers with at most 10 significant digits and no trailing zeros", () => {
    expect(general(2 / 3)).toBe("0.6666666667");
    expect(general(0.1 + 0.2)).toBe("0.3");
    expect(general(-12)).toBe("-12");
  });

  it("recognises date formats and converts dates to Excel serial numbers", () => {
    expect(isDateFormat("d-m-yyyy")).toBe(true);
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(dateToSerial(new Date(Date.UTC(2026, 10, 22)))).toBe(46348);
  });
});
