import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cells";
import {
  ACCOUNTDIVISION,
  AMLEVEL,
  AMNEED,
  DISCIPLINE_LABELS,
  READINESS,
  VALUEDISCIPLINE,
  AMNEED_LABELS,
  DIVISION_LABELS,
  LEVEL_LABELS,
  READINESS_LABELS,
} from "../../src/core/organisation";
import {
  QUESTIONS,
  RANKED,
  computeReadiness,
  defaultReadinessConfig,
  readinessExample,
  readinessLayout,
  type ReadinessConfig,
} from "../../src/core/organisation/builder";
import { SORTROWS } from "../../src/core/rank";
import { recalculate } from "../support/costToServe";

const build = (config: ReadinessConfig) => {
  const built = readinessLayout(config, { existingSheets: ["Data"] });
  return { ...built, wb: recalculate(built.layout, "Data", [["x"]]) };
};
const shown = (v: unknown): unknown => (v instanceof DetailedCellError ? "error" : v);
const flat = (b: ReturnType<typeof build>) => {
  const a = b.anchors;
  return [...Object.values(a.results), ...Object.values(a.lists), ...Object.values(a.order)].flatMap((r) =>
    b.wb.values(r).flat().map(shown),
  );
};
const sectionValues = (b: ReturnType<typeof build>, section: keyof ReturnType<typeof build>["anchors"]["answers"]) =>
  b.wb.values(b.anchors.answers[section]).map((line): Cell[] => [(line[0] ?? null) as Cell]);

describe("the readiness questionnaire, both styles in HyperFormula", () => {
  for (const lang of ["en", "nl"] as const) {
    const portable = build(readinessExample("portable", lang));
    const kam = build(readinessExample("kam", lang));

    it(`gives the example's verdicts of the preview, in ${lang}: lip service, AM yes, within, division level, customer intimacy`, () => {
      const p = portable.preview;
      expect(p.readiness).toBe("lipService");
      expect(p.amNeed?.needed).toBe(true);
      expect(p.holdingBack).toEqual(["powerPosition", "personalResistance"]);
      expect(p.division).toBe("within");
      expect(p.level).toBe("division");
      expect(p.discipline).toBe("customerIntimacy");
      for (const b of [portable, kam]) {
        const r = b.anchors.results;
        expect(b.wb.value(r.readiness)).toBe(READINESS_LABELS.lipService[lang]);
        expect(b.wb.value(r.amNeed)).toBe(AMNEED_LABELS.yes[lang]);
        expect(b.wb.value(r.amNeedMean) as number).toBeCloseTo(30 / 9, 12);
        expect(b.wb.value(r.holdingBack)).toBe(2);
        expect(b.wb.value(r.holdingBackNames)).toBe(
          p.holdingBack.map((id) => QUESTIONS.amNeed.find((q) => q.id === id)?.topic[lang]).join(" · "),
        );
        expect(b.wb.value(r.holdingBackNames)).toBe(
          lang === "en" ? "Power of accounts · Personal resistance" : "Machtspositie accounts · Persoonlijke weerstand",
        );
        expect(b.wb.value(r.division)).toBe(DIVISION_LABELS.within[lang]);
        expect(b.wb.value(r.level)).toBe(LEVEL_LABELS.division[lang]);
        expect(b.wb.value(r.discipline)).toBe(DISCIPLINE_LABELS.customerIntimacy[lang]);
        expect(b.wb.value(r.quickscanMean) as number).toBeCloseTo(32 / 11, 12);
        expect(b.wb.value(r.bottleneckMean) as number).toBeCloseTo(26 / 9, 12);
        expect(b.wb.value(r.weakestQuickscan)).toBe(
          lang === "en"
            ? "Social media · Lead management · CRM functions"
            : "Sociale media · Lead management · CRM-functionaliteiten",
        );
        expect(b.wb.value(r.weakestBottlenecks)).toBe(
          lang === "en"
            ? "Top management · Central versus local · Information, knowledge"
            : "Topmanagement · Centraal versus lokaal · Informatie, kennis",
        );
      }
    });

    it(`equals the KAM functions called on the sheet's own answers (${lang})`, () => {
      const b = portable;
      const l: Cell[][] = [[lang]];
      const one = (section: Parameters<typeof sectionValues>[1], i: number): Cell[][] => [
        [sectionValues(b, section)[i]?.[0] ?? null],
      ];
      const r = b.anchors.results;
      expect(b.wb.value(r.readiness)).toBe(
        READINESS.compute(one("readiness", 0), one("readiness", 1), undefined, l)[0]?.[0],
      );
      expect(b.wb.value(r.amNeed)).toBe(AMNEED.compute(sectionValues(b, "amNeed"), undefined, l)[0]?.[0]);
      const q = (s: "division" | "level") =>
        [0, 1, 2, 3, 4].map((i) => one(s, i)) as [Cell[][], Cell[][], Cell[][], Cell[][], Cell[][]];
      expect(b.wb.value(r.division)).toBe(ACCOUNTDIVISION.compute(...q("division"), l)[0]?.[0]);
      expect(b.wb.value(r.level)).toBe(AMLEVEL.compute(...q("level"), l)[0]?.[0]);
      expect(b.wb.value(r.discipline)).toBe(
        VALUEDISCIPLINE.compute(
          one("disciplines", 0),
          one("disciplines", 1),
          one("disciplines", 2),
          undefined,
          l,
        )[0]?.[0],
      );
    });

    it(`lists each scored section weakest first as the preview and KAM.SORTROWS do (${lang})`, () => {
      for (const { section } of RANKED) {
        const topics = QUESTIONS[section].map((x) => [x.topic[lang]] as Cell[]);
        const answers = sectionValues(portable, section);
        const want = SORTROWS.compute(topics, answers, [[1]]).map((line) => line[0]);
        const profile = section === "amNeed" ? "factors" : section === "quickscan" ? "quickscan" : "bottlenecks";
        const fromPreview = portable.preview[profile].weakestFirst.map(
          (id: string) => QUESTIONS[section].find((x) => x.id === id)?.topic[lang],
        );
        for (const b of [portable, kam]) {
          const list = b.wb.values(b.anchors.lists[section]!);
          expect(list.map((line) => line[0])).toEqual(want);
          expect(list.map((line) => line[0])).toEqual(fromPreview);
        }
      }
      const first = portable.wb.values(portable.anchors.lists.quickscan!).slice(0, 3);
      expect(first).toEqual(
        lang === "en"
          ? [
              ["Social media", 1],
              ["Lead management", 2],
              ["CRM functions", 2],
            ]
          : [
              ["Sociale media", 1],
              ["Lead management", 2],
              ["CRM-functionaliteiten", 2],
            ],
      );
    });

    it(`computes the same values in the portable and the KAM-functions style, cell for cell (${lang})`, () => {
      const a = flat(portable);
      const k = flat(kam);
      expect(a.length).toBe(14 + 2 * (9 + 11 + 9) + 9 + 11 + 9);
      expect(a).toEqual(k);
    });
  }

  it("shows #N/A for every verdict of a blank questionnaire and the same in both styles", () => {
    const p = build(defaultReadinessConfig("en"));
    const k = build({ ...defaultReadinessConfig("en"), style: "kam" });
    for (const key of [
      "readiness",
      "amNeed",
      "division",
      "level",
      "discipline",
      "amNeedMean",
      "weakestQuickscan",
    ] as const)
      expect(shown(p.wb.value(p.anchors.results[key])), key).toBe("error");
    expect(p.wb.value(p.anchors.results.holdingBack)).toBe(0);
    expect(flat(p)).toEqual(flat(k));
    expect(computeReadiness(defaultReadinessConfig("en").answers).problems[0]?.params).toEqual({ count: 44, of: 44 });
  });

  it("follows answers typed on the sheet: a 'no' decides the division, ties keep the questionnaire's order", () => {
    for (const style of ["portable", "kam"] as const) {
      const b = build({ ...defaultReadinessConfig("en"), style });
      const name = b.layout.name;
      const set = (
        section: "division" | "amNeed" | "disciplines" | "readiness" | "level",
        i: number,
        v: string | number,
      ) => {
        const r = b.anchors.answers[section];
        b.wb.set(name, r.row + i, r.col, v);
      };
      set("division", 1, "yes");
      expect(shown(b.wb.value(b.anchors.results.division))).toBe("error");
      set("division", 3, "No");
      expect(b.wb.value(b.anchors.results.division)).toBe(DIVISION_LABELS.within.en);
      for (let i = 0; i < 4; i++) set("amNeed", i, 5);
      expect(shown(b.wb.value(b.anchors.results.amNeed)), "four factors are too few").toBe("error");
      expect(b.wb.value(b.anchors.results.holdingBackNames)).toBe("–");
      set("amNeed", 8, 1);
      expect(b.wb.value(b.anchors.results.holdingBackNames)).toBe("Management initiative");
      expect(b.wb.value(b.anchors.results.amNeed)).toBe(AMNEED_LABELS.yes.en);
      expect(
        b.wb
          .values(b.anchors.lists.amNeed!)
          .slice(0, 3)
          .map((l) => l[0]),
      ).toEqual(["Management initiative", "How accounts buy", "Accounts' organisation"]);
      set("disciplines", 0, 4);
      set("disciplines", 1, 4);
      set("disciplines", 2, 2);
      expect(b.wb.value(b.anchors.results.discipline)).toBe(DISCIPLINE_LABELS.none.en);
      set("disciplines", 1, 3.5);
      expect(b.wb.value(b.anchors.results.discipline)).toBe(DISCIPLINE_LABELS.productLeadership.en);
      set("readiness", 0, 3);
      set("readiness", 1, 3);
      expect(b.wb.value(b.anchors.results.readiness)).toBe(READINESS_LABELS.fullyCommitted.en);
      ["ja", "ja", "ja", "nee", "nee"].forEach((v, i) => set("level", i, v));
      expect(b.wb.value(b.anchors.results.level)).toBe(LEVEL_LABELS.corporate.en);
    }
  });
});
