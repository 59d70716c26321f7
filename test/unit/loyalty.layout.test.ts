import { describe, expect, it } from "vitest";
import {
  computeLoyalty,
  defaultLoyaltyConfig,
  formatLoyaltyProblem,
  loyaltyConfigErrors,
  loyaltyLayout,
  LOYALTY_SHEET_TAG,
  suggestLoyaltyMapping,
  suggestLoyaltyScale,
} from "../../src/core/loyalty/builder";
import { a1, type LayoutCell } from "../../src/core/layout";
import { surveyConfig, surveyRows, surveySource } from "../support/loyalty";

const source = surveySource();

function cellAt(layout: ReturnType<typeof loyaltyLayout>["layout"], row: number, col: number): LayoutCell | undefined {
  for (const b of layout.blocks) {
    const line = b.cells[row - b.row];
    if (line !== undefined && col >= b.col && col < b.col + line.length) return line[col - b.col];
  }
  return undefined;
}
const formula = (c: LayoutCell | undefined): string | undefined =>
  c !== null && c !== undefined && "f" in c ? c.f : undefined;

describe("the loyalty sheet's layout", () => {
  it("names the sheet KAM Loyalty (KAM Loyaliteit in Dutch), unique against the workbook, with its tag", () => {
    const en = loyaltyLayout(surveyConfig("portable"), source, { existingSheets: ["KAM Loyalty"] });
    expect(en.layout.name).toBe("KAM Loyalty (2)");
    expect(en.layout.tag).toBe(LOYALTY_SHEET_TAG);
    expect(loyaltyLayout(surveyConfig("portable", true, "nl"), source).layout.name).toBe("KAM Loyaliteit");
  });

  it("writes one portable formula per customer reading the survey directly, and one spilled KAM formula per column", () => {
    const p = loyaltyLayout(surveyConfig("portable"), source);
    const k = loyaltyLayout(surveyConfig("kam"), source);
    const t = p.anchors.tableColumns;
    const first = p.anchors.table.row + 1;
    const zone = formula(cellAt(p.layout, first, t["zone"] as number));
    expect(zone).toContain("ISNUMBER(Survey!B2)");
    expect(formula(cellAt(p.layout, first + 79, t["zone"] as number))).toContain("Survey!B81");
    expect(formula(cellAt(k.layout, first, t["zone"] as number))).toMatch(/^=KAM\.LOYALTYZONE\(Survey!\$B\$2:\$B\$81,/);
    expect(cellAt(k.layout, first + 1, t["zone"] as number)).toBeNull();
    expect(formula(cellAt(k.layout, first, t["clv"] as number))).toMatch(
      /^=KAM\.CLV\(Survey!\$F\$2:\$F\$81,Survey!\$G\$2:\$G\$81,/,
    );
  });

  it("keeps a customer name that looks like a formula as text: the sheet references it, never writes it", () => {
    const p = loyaltyLayout(surveyConfig("portable"), source);
    const row = p.anchors.table.row + 1 + 58;
    expect(formula(cellAt(p.layout, row, 0))).toBe("=Survey!A60");
  });

  it("leaves out the gap and value columns when those columns are not mapped", () => {
    const p = loyaltyLayout(surveyConfig("portable", false), source);
    expect(Object.keys(p.anchors.tableColumns)).toEqual(["customer", "satisfaction", "loyalty", "zone", "type"]);
    expect(Object.keys(p.anchors.summary)).toEqual([]);
    expect(Object.keys(p.anchors.value)).toEqual(["netMargin"]);
  });

  it("has the settings, the value settings and the cut-offs as input blocks a refresh keeps", () => {
    const p = loyaltyLayout(surveyConfig("kam"), source);
    expect(p.layout.inputs?.map((i) => i.key)).toEqual([
      "loyalty:settings",
      "loyalty:value:netMargin,discountRate,years,growth,uplift",
    ]);
    expect(a1(p.anchors.settings.scaleMin)).toBe("B5");
    expect(p.layout.freezeRows).toBe(p.anchors.table.row + 1);
    expect(p.layout.charts.map((c) => [c.id, c.type])).toEqual([
      ["loyalty", "scatter"],
      ["zones", "columnStacked"],
    ]);
  });

  it("reports the nasty rows of the sample and stops on a missing column or cut-offs out of order", () => {
    const preview = computeLoyalty(surveyConfig("portable"), source);
    expect(preview.problems.map((p) => p.code)).toEqual(["rows_unclassified", "no_value"]);
    expect(formatLoyaltyProblem(preview.problems[0]!, "en")).toContain("3 row(s)");
    const missing = computeLoyalty(
      { ...surveyConfig("portable"), mapping: { ...surveyConfig("portable").mapping, loyalty: "NPS" } },
      source,
    );
    expect(missing.problems.map((p) => p.code)).toEqual(["missing_column"]);
    const order = computeLoyalty(
      { ...surveyConfig("portable"), cuts: { ...surveyConfig("portable").cuts, indifferenceFrom: 9 } },
      source,
    );
    expect(order.problems[0]?.code).toBe("cut_order");
    expect(surveyRows()).toHaveLength(81);
  });

  it("asks for a column, both of expectation and experience, and a scale whose maximum is above its minimum", () => {
    const errors = loyaltyConfigErrors({
      ...defaultLoyaltyConfig("en"),
      mapping: { ...defaultLoyaltyConfig("en").mapping, expectation: "Expectation" },
      scale: { min: 5, max: 5 },
    });
    expect(errors["mapping.customer"]).toBe("pick a column");
    expect(errors["mapping.experience"]).toBe("map both expectation and experience, or neither");
    expect(errors["scale.max"]).toBe("the maximum must be above the minimum");
  });
});

describe("the loyalty builder's guesses from a survey table", () => {
  it("maps the sample's columns by their headers and finds its 0–10 scale", () => {
    const headers = (surveyRows()[0] ?? []).map(String);
    const mapping = suggestLoyaltyMapping(headers);
    expect(mapping).toEqual(surveyConfig("portable").mapping);
    expect(suggestLoyaltyScale({ ...defaultLoyaltyConfig("en"), mapping }, source)).toEqual({ min: 0, max: 10 });
  });

  it("reads Dutch headers, leaves half a gap pair unmapped, and keeps 1–5 for answers from 1 to 5", () => {
    const mapping = suggestLoyaltyMapping(["Klantnaam", "Tevredenheid", "Aanbeveling", "Verwachting", "Marge"]);
    expect(mapping).toMatchObject({ customer: "Klantnaam", satisfaction: "Tevredenheid", loyalty: "Aanbeveling" });
    expect([mapping.expectation, mapping.experience, mapping.margin, mapping.retention]).toEqual(["", "", "Marge", ""]);
    const small = surveySource([
      ["Customer", "Satisfaction", "Recommend"],
      ["A", 1, 5],
      ["B", 3.5, 2],
    ]);
    const config = {
      ...defaultLoyaltyConfig("en"),
      mapping: suggestLoyaltyMapping(["Customer", "Satisfaction", "Recommend"]),
    };
    expect(suggestLoyaltyScale(config, small)).toEqual({ min: 1, max: 5 });
    expect(
      suggestLoyaltyScale(
        config,
        surveySource([
          ["Customer", "Satisfaction", "Recommend"],
          ["A", 6, 7],
        ]),
      ),
    ).toEqual({
      min: 1,
      max: 7,
    });
  });
});
