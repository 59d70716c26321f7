import { describe, expect, it } from "vitest";
import { profileSource } from "../../src/core/source";
import {
  CONFIG_MESSAGES,
  checkAgainstSource,
  errorsAt,
  explainRow,
  initialConfig,
  normalisedWeights,
  orderedCriteria,
  previewSelection,
  roundTo,
  suggestBands,
  suggestMethod,
  templateCriteria,
  validateConfig,
  type SelectionConfig,
} from "../../src/core/selection/builder";
import { sampleSourceTable } from "../support/selectionSample";

const sample = sampleSourceTable();
const profile = profileSource(sample);
const course = initialConfig(profile, "course", "en");

describe("templates on the 200-customer sample", () => {
  it("fills the course's four dimensions, 25 % each, current = significance + profitability", () => {
    const criteria = templateCriteria("course", profile);
    const byGroup = (g: string) => criteria.filter((c) => c.group === g);
    for (const g of ["significance", "profitability", "strategic", "relational"]) {
      expect(
        byGroup(g).reduce((s, c) => s + c.weight, 0),
        g,
      ).toBeCloseTo(25, 1);
    }
    expect(criteria.filter((c) => c.horizon === "current").map((c) => c.group)).toEqual(
      expect.arrayContaining(["significance", "profitability"]),
    );
    expect(criteria.find((c) => c.column === "Price sensitivity")).toMatchObject({
      direction: "lower",
      method: "score",
    });
    expect(criteria.find((c) => c.column === "Payment days")).toMatchObject({ direction: "lower", method: "minmax" });
  });

  it("fills McDonald's attractiveness (future) and relative strength (current), 50 % each", () => {
    expect(templateCriteria("mcdonald", profile)).toEqual([
      {
        column: "Attractiveness",
        group: "account",
        horizon: "future",
        direction: "higher",
        method: "score",
        bands: [],
        weight: 50,
      },
      {
        column: "Relative strength",
        group: "relationship",
        horizon: "current",
        direction: "higher",
        method: "score",
        bands: [],
        weight: 50,
      },
    ]);
    expect(initialConfig(profile, "mcdonald", "nl")).toMatchObject({ axes: "attractivenessStrength", lang: "nl" });
  });

  it("guesses the customer-name column and starts valid", () => {
    expect(course.nameColumn).toBe("Customer");
    expect(validateConfig(course, "en").ok).toBe(true);
    expect(checkAgainstSource(course, profile, "en")).toEqual([]);
  });
});

describe("validation as the user types (zod), with messages in both languages", () => {
  const bad = (patch: (c: SelectionConfig) => unknown) => {
    const r = validateConfig(patch(structuredClone(course)), "nl");
    if (r.ok) throw new Error("expected errors");
    return r.errors;
  };
  it("rejects a negative weight at its path", () => {
    const errors = bad((c) => ({ ...c, criteria: c.criteria.map((k, i) => (i === 2 ? { ...k, weight: -1 } : k)) }));
    expect(errorsAt(errors, "criteria.2.weight")).toEqual(["Een gewicht kan niet negatief zijn."]);
  });
  it("rejects a weight that is not a number", () => {
    const errors = bad((c) => ({
      ...c,
      criteria: c.criteria.map((k, i) => (i === 0 ? { ...k, weight: Number.NaN } : k)),
    }));
    expect(errorsAt(errors, "criteria.0.weight")).toEqual(["Vul een getal in."]);
  });
  it("rejects a cut-off off the 1–5 scale", () => {
    expect(
      errorsAt(
        bad((c) => ({ ...c, cuts: { ...c.cuts, future: 6 } })),
        "cuts.future",
      ),
    ).toEqual([CONFIG_MESSAGES.cutRange.nl]);
  });
  it("rejects bands without boundaries and boundaries that do not rise", () => {
    const withBands = (bands: number[]) =>
      bad((c) => ({ ...c, criteria: c.criteria.map((k, i) => (i === 0 ? { ...k, method: "bands", bands } : k)) }));
    expect(errorsAt(withBands([]), "criteria.0.bands")).toEqual([CONFIG_MESSAGES.bandsMissing.nl]);
    expect(errorsAt(withBands([3, 2]), "criteria.0.bands")).toEqual([CONFIG_MESSAGES.bandsOrder.nl]);
  });
  it("rejects a column used twice and the name column as a criterion", () => {
    const errors = bad((c) => ({
      ...c,
      criteria: [...c.criteria, { ...c.criteria[0]! }, { ...c.criteria[0]!, column: "Customer" }],
    }));
    expect(errors.map((e) => e.key)).toEqual(expect.arrayContaining(["duplicateColumn", "nameIsCriterion"]));
  });
  it("needs a current and a future criterion with weight, since the classes need both composites", () => {
    const errors = bad((c) => ({ ...c, criteria: c.criteria.filter((k) => k.horizon === "current") }));
    expect(errors.map((e) => e.key)).toEqual(["noFutureWeight"]);
  });
  it("names a column that is not in the source, or not numeric", () => {
    const config = {
      ...course,
      criteria: [
        { ...course.criteria[0]!, column: "Sector" },
        { ...course.criteria[1]!, column: "Gone" },
      ],
    };
    expect(checkAgainstSource(config, profile, "en").map((e) => [e.path, e.key])).toEqual([
      ["criteria.0.column", "notNumericColumn"],
      ["criteria.1.column", "unknownColumn"],
    ]);
  });
});

describe("weights, order and helpers", () => {
  it("shows weights normalised to 100 %", () => {
    expect(normalisedWeights([{ weight: 3 }, { weight: 1 }])).toEqual([0.75, 0.25]);
    expect(normalisedWeights([{ weight: 0 }])).toEqual([0]);
  });
  it("writes current criteria first so each composite covers adjacent columns", () => {
    const order = orderedCriteria(course).map((c) => c.horizon);
    expect(order.indexOf("future")).toBe(order.lastIndexOf("current") + 1);
  });
  it("suggests a 1–5 column as a score and anything else as min–max", () => {
    expect(suggestMethod({ min: 1, max: 5 })).toBe("score");
    expect(suggestMethod({ min: 0, max: 5 })).toBe("minmax");
  });
  it("suggests quintile band boundaries", () => {
    expect(suggestBands([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([3, 5, 7, 9]);
  });
  it("rounds like Excel's ROUND, so a composite of 2.9999999999999996 sits on a cut-off of 3", () => {
    const weighted = (0.7 * 3 + 0.1 * 3 + 0.2 * 3) / (0.7 + 0.1 + 0.2);
    expect(weighted).toBeLessThan(3);
    expect(roundTo(weighted, 10)).toBe(3);
    expect(roundTo(-1.25, 1)).toBe(-1.3);
  });
});

describe("live preview and explanation", () => {
  const preview = previewSelection(sample, course);
  it("counts every customer once over the classes", () => {
    const total = Object.values(preview.classCounts).reduce((s, c) => s + c, 0);
    expect(total + preview.unclassified).toBe(200);
    expect(preview.tooManyKeyAccounts).toBe(preview.keyAccounts > 35);
  });
  it("warns above 35 key accounts when the cut-offs are low", () => {
    const low = previewSelection(sample, { ...course, cuts: { ...course.cuts, current: 1, future: 1 } });
    expect(low.keyAccounts).toBe(200);
    expect(low.tooManyKeyAccounts).toBe(true);
  });
  it("explains a customer: contributions that add up to the total, and distances to each cut-off", () => {
    const e = explainRow(preview, course, 1);
    expect(e).toBeDefined();
    const sum = e!.contributions.reduce((s, c) => s + (c.contribution ?? 0), 0);
    expect(sum).toBeCloseTo(e!.row.total!, 9);
    expect(e!.distances.current).toBeCloseTo(e!.row.current! - course.cuts.current, 9);
    expect(e!.distances.attractiveness).toBeCloseTo(e!.row.future! - course.cuts.attractiveness, 9);
    expect(explainRow(preview, course, 500)).toBeUndefined();
  });
});
