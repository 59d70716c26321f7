import { describe, expect, it } from "vitest";
import { BC_STRINGS } from "../../src/taskpane/buyingCentre/strings";
import { SHELL_STRINGS } from "../../src/taskpane/i18n/strings";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe("the buying-centre pane's strings", () => {
  it("has every string in English and Dutch with the same {placeholders}", () => {
    expect(Object.keys(BC_STRINGS.nl)).toEqual(Object.keys(BC_STRINGS.en));
    for (const key of Object.keys(BC_STRINGS.en) as (keyof typeof BC_STRINGS.en)[]) {
      expect(placeholders(BC_STRINGS.nl[key]), key).toEqual(placeholders(BC_STRINGS.en[key]));
      expect(BC_STRINGS.nl[key].length, key).toBeGreaterThan(0);
    }
  });

  it("names the tab with the course's terms: Buying centre, and the Dutch course's Buying center (DMU)", () => {
    expect(SHELL_STRINGS.en.buyingCentre).toBe("Buying centre");
    expect(SHELL_STRINGS.nl.buyingCentre).toBe("Buying center (DMU)");
  });
});
