import { describe, expect, it } from "vitest";
import fixture from "../fixtures/redflags.json";
import {
  NO_RED_FLAGS_LABEL,
  RED_FLAGS,
  RED_FLAG_LABELS,
  REDFLAGS,
  redFlags,
  type RedFlag,
} from "../../src/core/buyingcentre";
import type { Cell, Grid } from "../../src/core/cells";
import { formatIssue, isIssue } from "../../src/core/issues";
import { LANGS } from "../../src/core/lang";

type Row = readonly (string | number | null)[];
const column = (people: readonly Row[], i: number): Grid => people.map((p) => [(p[i] ?? null) as Cell]);
const texts = (flags: readonly string[], lang: "en" | "nl") =>
  flags.length === 0 ? [[NO_RED_FLAGS_LABEL[lang]]] : flags.map((f) => [RED_FLAG_LABELS[f as RedFlag][lang]]);

describe("KAM.REDFLAGS: the red flags of a whole buying centre (models.md §10.6)", () => {
  for (const c of fixture.cases) {
    it(`${c.case}: ${c.flags.length === 0 ? "No red flags" : c.flags.join(", ")}`, () => {
      const people = c.people as Row[];
      const args = [column(people, 0), column(people, 1), column(people, 2)] as const;
      expect(REDFLAGS.compute(...args)).toEqual(texts(c.flags, "en"));
      expect(REDFLAGS.compute(...args, [["nl"]])).toEqual(texts(c.flags, "nl"));
    });
  }

  for (const e of fixture.errors) {
    it(`${e.case}: ${e.code} at ${e.path.join(", ")}, as the only cell`, () => {
      const people = e.people as Row[];
      const out = REDFLAGS.compute(column(people, 0), column(people, 1), column(people, 2));
      expect(out).toHaveLength(1);
      expect(out[0]).toHaveLength(1);
      const cell = out[0]?.[0];
      expect(isIssue(cell)).toBe(true);
      expect(cell).toMatchObject({ code: e.code, path: e.path });
      if (isIssue(cell)) expect(formatIssue(cell, "en")).toBe(e.message);
    });
  }

  it("lists the flags in the order of models.md §10.6, with the English words of models.md", () => {
    expect(RED_FLAGS).toEqual([
      "noCoach",
      "noEconomic",
      "severalEconomic",
      "economicNoChance",
      "unknownMode",
      "opponent",
      "noOrderChance",
    ]);
    const en = RED_FLAGS.map((f) => RED_FLAG_LABELS[f].en);
    expect(en[0]).toMatch(/coach/);
    expect(en[1]).toMatch(/economic influence/);
    expect(en[2]).toMatch(/more than one economic influence/i);
    expect(en[3]).toMatch(/economic influence.*even keel.*overconfident/);
    expect(en[4]).toMatch(/unknown/);
    expect(en[5]).toMatch(/opponent/);
    expect(en[6]).toMatch(/order chance/);
    for (const lang of LANGS) expect(new Set(RED_FLAGS.map((f) => RED_FLAG_LABELS[f][lang])).size).toBe(7);
    expect(NO_RED_FLAGS_LABEL).toEqual({ en: "No red flags", nl: "Geen rode vlaggen" });
  });

  it("reads one row per range as well as one column", () => {
    const out = REDFLAGS.compute([["Economic", "Coach"]], [["Growth", "Even keel"]], [["Supporter", "Opponent"]]);
    expect(out).toEqual([[RED_FLAG_LABELS.opponent.en]]);
    const bad = REDFLAGS.compute([["Economic", "Chief"]], [["Growth", "Growth"]], [["Supporter", "Supporter"]]);
    expect(bad[0]?.[0]).toMatchObject({ code: "unknown_label", path: ["influences", 1, 2] });
  });

  it("rejects ranges of different lengths and a block of several rows and columns", () => {
    const out = REDFLAGS.compute([["Economic"], ["Coach"]], [["Growth"]], [["Supporter"], [null]]);
    expect(out).toEqual([[expect.objectContaining({ code: "length_mismatch", path: ["responseModes"] })]]);
    const block = REDFLAGS.compute(
      [
        ["Economic", "Coach"],
        ["User", "Technical"],
      ],
      [["Growth"]],
      [["Supporter"]],
    );
    expect(block[0]?.[0]).toMatchObject({ code: "not_a_list", path: ["influences", 1] });
  });

  it("passes an error in a cell through and rejects a language it does not know", () => {
    const err = { sheetError: "#DIV/0!" } as const;
    expect(REDFLAGS.compute([["Economic"]], [[err]], [["Supporter"]])).toEqual([[err]]);
    expect(REDFLAGS.compute([["Economic"]], [["Growth"]], [["Supporter"]], [["fr"]])[0]?.[0]).toMatchObject({
      code: "unknown_option",
      path: ["lang"],
    });
    expect(REDFLAGS.compute([["Economic"]], [["Growth"]], [["Supporter"]], [["nl-BE"]])).toEqual([
      [RED_FLAG_LABELS.noCoach.nl],
    ]);
  });

  it("accepts the explicit words Unknown and Onbekend as an unknown mode, and nothing else that is no mode", () => {
    for (const word of ["Unknown", "onbekend", "ONBEKEND"])
      expect(redFlagsOf([["Coach", word, "Supporter"]])).toContain(RED_FLAG_LABELS.unknownMode.en);
    expect(redFlagsOf([["Coach", "?", "Supporter"]])[0]).toMatchObject({ code: "unknown_label" });
  });

  it("reserves seven rows in a formula engine and never answers more", () => {
    expect(REDFLAGS.shape?.([undefined, undefined, undefined, undefined])).toEqual({ rows: 7, cols: 1 });
    expect(REDFLAGS.atMostShape).toBe(true);
    const all = redFlags([{ influence: "economic", mode: "evenKeel", stance: "opponent" }, { influence: "economic" }]);
    expect(all).toEqual(["noCoach", "severalEconomic", "economicNoChance", "unknownMode", "opponent", "noOrderChance"]);
    expect(redFlags([])).toEqual(["noCoach", "noEconomic", "noOrderChance"]);
  });
});

function redFlagsOf(people: readonly Row[]): unknown[] {
  return REDFLAGS.compute(column(people, 0), column(people, 1), column(people, 2)).map((r) => r[0]);
}
