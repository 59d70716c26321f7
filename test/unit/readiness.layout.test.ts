import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { keepInputs, type LayoutCell, type SheetLayout } from "../../src/core/layout";
import {
  ASSESSMENT_LABELS,
  QUESTIONS,
  READINESS_EXAMPLE_ANSWERS,
  READINESS_MESSAGES,
  READINESS_SHEET_TAG,
  ReadinessConfigSchema,
  SECTIONS,
  SECTION_KIND,
  SECTION_TITLES,
  defaultReadinessConfig,
  formatReadinessProblem,
  readinessConfigErrors,
  readinessExample,
  readinessLayout,
} from "../../src/core/organisation/builder";
import { REPO_ROOT } from "../support/server";

const formulas = (layout: SheetLayout): string[] =>
  layout.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c !== null && "f" in c ? [c.f] : [])));
const cellAt = (layout: SheetLayout, row: number, col: number): LayoutCell | undefined => {
  let found: LayoutCell | undefined;
  for (const b of layout.blocks) {
    const v = b.cells[row - b.row]?.[col - b.col];
    if (v !== undefined && v !== null) found = v;
  }
  return found;
};

describe("the readiness questionnaire's layout", () => {
  it("writes a tagged sheet of its own, in the pane's language, reading no other sheet", () => {
    const en = readinessLayout(defaultReadinessConfig("en"));
    const nl = readinessLayout(defaultReadinessConfig("nl"), { existingSheets: ["KAM Gereedheid"] });
    expect(en.layout.name).toBe("KAM Readiness");
    expect(nl.layout.name).toBe("KAM Gereedheid (2)");
    expect(en.layout.tag).toBe(READINESS_SHEET_TAG);
    expect(formulas(en.layout).filter((f) => f.includes("!"))).toEqual([]);
    expect(cellAt(en.layout, 1, 1)).toEqual({ v: ASSESSMENT_LABELS.wording.en });
  });

  it("has one input block with a dropdown per section, keyed by its statements, 44 answer cells in all", () => {
    const { layout, anchors } = readinessLayout(defaultReadinessConfig("nl"));
    expect(layout.inputs?.map((i) => i.key)).toEqual(
      SECTIONS.map((s) => `readiness:${s}:${QUESTIONS[s].map((q) => q.id).join(",")}`),
    );
    expect(layout.inputs?.reduce((n, i) => n + i.range.rows, 0)).toBe(44);
    SECTIONS.forEach((s, i) => {
      expect(layout.inputs?.[i]?.range).toEqual(anchors.answers[s]);
      const v = layout.validations?.[i];
      expect(v?.range).toEqual(anchors.answers[s]);
      expect(v && "values" in v ? v.values : undefined).toEqual(
        SECTION_KIND[s] === "yesNo" ? ["ja", "nee"] : [1, 2, 3, 4, 5],
      );
    });
  });

  it("writes the example's answers in the sheet's words (yes/no as ja/nee in Dutch), a blank one blank", () => {
    const { layout, anchors } = readinessLayout(readinessExample("portable", "nl"));
    const d = anchors.answers.division;
    expect([0, 1, 2].map((i) => cellAt(layout, d.row + i, d.col))).toEqual([{ v: "ja" }, { v: "ja" }, { v: "nee" }]);
    const blank = readinessLayout(defaultReadinessConfig("en"));
    const q = blank.anchors.answers.quickscan;
    expect(cellAt(blank.layout, q.row, q.col)).toBeUndefined();
  });

  it("uses the KAM functions for the verdicts in the kam style and none in the portable style", () => {
    const kam = formulas(readinessLayout(readinessExample("kam", "en")).layout).join(" ");
    for (const f of ["READINESS", "AMNEED", "ACCOUNTDIVISION", "AMLEVEL", "VALUEDISCIPLINE", "SORTROWS"])
      expect(kam).toContain(`KAM.${f}(`);
    const portable = formulas(readinessLayout(readinessExample("portable", "en")).layout);
    expect(portable.filter((f) => f.includes("KAM."))).toEqual([]);
    expect(portable.length).toBeGreaterThan(11 + 29 * 2);
  });

  it("draws the core activities and the bottlenecks as radars and the nine factors as bars, on the answer cells", () => {
    const { layout, anchors } = readinessLayout(readinessExample("portable", "en"));
    expect(layout.charts.map((c) => [c.id, c.type])).toEqual([
      ["readiness-quickscan", "radarFilled"],
      ["readiness-bottlenecks", "radar"],
      ["readiness-factors", "barStacked"],
    ]);
    const [quickscan, bottlenecks, factors] = layout.charts;
    expect(quickscan?.series[0]?.y).toEqual(anchors.answers.quickscan);
    expect(quickscan?.series[0]?.x).toEqual({ ...anchors.answers.quickscan, col: 0 });
    expect(bottlenecks?.series[0]?.y).toEqual(anchors.answers.bottlenecks);
    expect(factors?.series[0]?.y).toEqual(anchors.answers.amNeed);
    expect(quickscan?.yAxis).toEqual({ min: 0, max: 5, step: 1 });
  });

  it("keeps the user's answers on a refresh (keepInputs) and writes the defaults of a changed section", () => {
    const { layout, anchors } = readinessLayout(defaultReadinessConfig("en"));
    const r = anchors.answers.readiness;
    const kept = keepInputs(layout, [
      { key: layout.inputs?.[0]?.key ?? "", rows: 2, cols: 1, values: [[5], [1]] },
      { key: "readiness:amNeed:older,ids", rows: 9, cols: 1, values: Array.from({ length: 9 }, () => [5]) },
    ]);
    expect([cellAt(kept, r.row, r.col), cellAt(kept, r.row + 1, r.col)]).toEqual([{ v: 5 }, { v: 1 }]);
    const f = anchors.answers.amNeed;
    expect(cellAt(kept, f.row, f.col)).toBeUndefined();
  });
});

describe("the readiness texts and configuration", () => {
  it("has every label, statement and heading in English and Dutch", () => {
    const all = [
      ...Object.values(ASSESSMENT_LABELS),
      ...Object.values(SECTION_TITLES),
      ...SECTIONS.flatMap((s) => QUESTIONS[s].flatMap((q) => [q.topic, q.statement])),
    ];
    expect(all.length).toBe(Object.keys(ASSESSMENT_LABELS).length + 7 + 2 * 44);
    expect(all.filter((b) => b.en.trim() === "" || b.nl.trim() === "")).toEqual([]);
    expect(Object.keys(READINESS_MESSAGES.en)).toEqual(Object.keys(READINESS_MESSAGES.nl));
    const p = { code: "unanswered" as const, params: { count: 3, of: 44 } };
    expect(formatReadinessProblem(p, "nl")).toContain("3 van de 44");
  });

  it("keeps every chart category within the 22 characters the workbench draws in English", () => {
    const long = ["quickscan", "bottlenecks", "amNeed"].flatMap((s) =>
      QUESTIONS[s as "quickscan"].filter((q) => q.topic.en.length > 22).map((q) => q.topic.en),
    );
    expect(long).toEqual([]);
  });

  it("refuses a score outside 1–5 and a section of the wrong length, naming the answer", () => {
    const bad = { ...defaultReadinessConfig("en"), answers: { ...READINESS_EXAMPLE_ANSWERS, quickscan: [6] } };
    expect(Object.keys(readinessConfigErrors(bad))).toEqual(["answers.quickscan.0", "answers.quickscan"]);
  });

  it("ships the filled-in example as assets/sample/readiness-example.json, equal to the builder's own", () => {
    const file = JSON.parse(readFileSync(resolve(REPO_ROOT, "assets/sample/readiness-example.json"), "utf8"));
    const parsed = ReadinessConfigSchema.parse(file);
    expect(parsed.answers).toEqual(READINESS_EXAMPLE_ANSWERS);
    expect(parsed).toEqual(readinessExample("portable", "en"));
  });
});
