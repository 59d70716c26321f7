import { describe, expect, it } from "vitest";
import {
  computeStrategy,
  defaultStrategyConfig,
  formatStrategyProblem,
  strategyConfigErrors,
  strategyLayout,
  STRATEGY_SHEET_TAG,
  suggestStrategyMapping,
  suggestStrategyReading,
  StoredStrategySchema,
} from "../../src/core/kraljic/builder";
import type { LayoutCell } from "../../src/core/layout";
import { accountConfig, accountRows, accountSource } from "../support/accountStrategy";

const source = accountSource();

function cellAt(layout: ReturnType<typeof strategyLayout>["layout"], row: number, col: number): LayoutCell | undefined {
  for (const b of layout.blocks) {
    const line = b.cells[row - b.row];
    if (line !== undefined && col >= b.col && col < b.col + line.length) return line[col - b.col];
  }
  return undefined;
}
const formula = (c: LayoutCell | undefined): string | undefined =>
  c !== null && c !== undefined && "f" in c ? c.f : undefined;
const value = (c: LayoutCell | undefined): unknown => (c !== null && c !== undefined && "v" in c ? c.v : undefined);

describe("the account strategy sheet's layout", () => {
  it("names the sheet KAM Account strategy (KAM Accountstrategie in Dutch), unique against the workbook, with its tag", () => {
    const en = strategyLayout(accountConfig("portable"), source, { existingSheets: ["KAM Account strategy"] });
    expect(en.layout.name).toBe("KAM Account strategy (2)");
    expect(en.layout.tag).toBe(STRATEGY_SHEET_TAG);
    expect(strategyLayout(accountConfig("portable", true, "nl"), source).layout.name).toBe("KAM Accountstrategie");
  });

  it("writes one portable formula per customer reading the source directly, and one spilled KAM formula per column", () => {
    const p = strategyLayout(accountConfig("portable"), source);
    const k = strategyLayout(accountConfig("kam"), source);
    const t = p.anchors.tableColumns;
    const first = p.anchors.table.row + 1;
    expect(formula(cellAt(p.layout, first, t["impact"] as number))).toBe('=IF(ISNUMBER(Accounts!B2),Accounts!B2,"")');
    expect(formula(cellAt(p.layout, first + 39, t["quadrant"] as number))).toMatch(
      /^=IF\(AND\(ISNUMBER\(B\d+\),ISNUMBER\(C\d+\)\)/,
    );
    expect(formula(cellAt(k.layout, first, t["quadrant"] as number))).toMatch(
      /^=KAM\.KRALJIC\(\$B\$\d+:\$B\$\d+,\$C\$\d+:\$C\$\d+,\$B\$5,\$B\$6,"en"\)$/,
    );
    expect(formula(cellAt(k.layout, first, t["seller"] as number))).toMatch(
      /^=KAM\.SUPPLIERSTRATEGY\(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,"seller","en"\)$/,
    );
    expect(formula(cellAt(k.layout, first, t["whitney"] as number))).toBe(
      '=KAM.WHITNEY(Accounts!$E$2:$E$41,Accounts!$F$2:$F$41,Accounts!$G$2:$G$41,"en")',
    );
    expect(cellAt(k.layout, first + 1, t["quadrant"] as number)).toBeNull();
    // The row check is native in both styles and names the source cell of its own row.
    for (const b of [p, k]) {
      const check = formula(cellAt(b.layout, first + 17, t["check"] as number));
      expect(check).toContain('"Impact in Accounts!B19 is outside 1–5"');
      expect(check).not.toContain("KAM.");
    }
  });

  it("orders the table: customer, scores, revenue, quadrant, five strategies, Whitney, check, chart columns", () => {
    const p = strategyLayout(accountConfig("portable"), source);
    expect(Object.keys(p.anchors.tableColumns)).toEqual([
      "customer",
      "impact",
      "difficulty",
      "revenue",
      "quadrant",
      "stewart",
      "buying",
      "rackham",
      "holden",
      "seller",
      "whitney",
      "check",
      "chart_routine",
      "chart_leverage",
      "chart_bottleneck",
      "chart_partner",
    ]);
    const bare = strategyLayout(accountConfig("portable", false), source);
    expect(Object.keys(bare.anchors.tableColumns)).not.toContain("whitney");
    expect(Object.keys(bare.anchors.tableColumns)).toContain("bubble");
  });

  it("writes the legend with the seller profile and the slide-64 traits per quadrant", () => {
    const p = strategyLayout(accountConfig("portable"), source);
    const l = p.anchors.legend;
    const line = (q: number) => Array.from({ length: l.cols }, (_, c) => value(cellAt(p.layout, l.row + q, l.col + c)));
    expect(line(0)).toEqual([
      "Routine",
      "Automate",
      "Shop",
      "Transactional selling",
      "Commodity",
      "Star salesman",
      "Transaction oriented, Individualist, Short-term, Sales skills",
    ]);
    expect(line(3)?.[5]).toBe("Network manager");
    const nl = strategyLayout(accountConfig("portable", true, "nl"), source);
    expect(value(cellAt(nl.layout, l.row + 1, l.col + 5))).toBe("Relatiemanager");
  });

  it("keeps the cut-offs as an input block a refresh keeps; no frozen pane, the table starts past row 30", () => {
    const p = strategyLayout(accountConfig("portable"), source);
    expect(p.layout.inputs).toEqual([
      { key: "accountStrategy:cuts", range: { ...p.anchors.settings.impactCut!, rows: 2 } },
    ]);
    expect(p.anchors.table.row).toBeGreaterThan(30);
    expect(p.layout.freezeRows).toBeUndefined();
  });

  it("places the bubble chart under the legend, above the table, axes crossing at the cut-offs, and labels the five largest customers", () => {
    const config = { ...accountConfig("portable"), cuts: { impact: 3.5, difficulty: 2.5 } };
    const p = strategyLayout(config, source);
    const chart = p.layout.charts[0]!;
    expect(chart.xAxis).toEqual({ min: 0.5, max: 5.5, step: 0.5, cross: 2.5 });
    expect(chart.yAxis).toEqual({ min: 0.5, max: 5.5, step: 0.5, cross: 3.5 });
    expect(chart.series.every((s) => s.sizes !== undefined)).toBe(true);
    expect(chart.placement.row).toBe(p.anchors.legend.row + p.anchors.legend.rows + 1);
    expect(chart.placement.row + chart.placement.rows).toBeLessThan(p.anchors.table.row);
    const labels = chart.series.flatMap((s) => s.pointLabels ?? []);
    expect(labels).toHaveLength(5);
    for (const l of labels) expect(p.preview.customers[l.index]?.name).toBe(l.text);
  });

  it("normalised axes show their raw bounds as formulas in the settings", () => {
    const config = {
      ...accountConfig("portable"),
      reading: { impact: "score" as const, difficulty: "minmax" as const },
    };
    const p = strategyLayout(config, source);
    expect(Object.keys(p.anchors.settings)).toEqual(["impactCut", "difficultyCut", "difficultyMin", "difficultyMax"]);
    expect(
      formula(cellAt(p.layout, p.anchors.settings.difficultyMin!.row, p.anchors.settings.difficultyMin!.col)),
    ).toMatch(/^=MIN\(\$C\$\d+:\$C\$\d+\)$/);
    expect(p.anchors.tableColumns["difficultyRaw"]).toBe(2);
  });
});

describe("the account strategy configuration, preview and suggestions", () => {
  it("asks for the three required columns and for all three Whitney columns or none", () => {
    const errors = strategyConfigErrors(defaultStrategyConfig("en"));
    expect(Object.keys(errors)).toEqual(["mapping.customer", "mapping.impact", "mapping.difficulty"]);
    const half = { ...accountConfig("portable"), mapping: { ...accountConfig("portable").mapping, profitable: "" } };
    expect(strategyConfigErrors(half)["mapping.profitable"]).toBe("map all three Whitney columns, or none");
    expect(strategyConfigErrors({ ...accountConfig("kam"), cuts: { impact: 6, difficulty: 3 } })["cuts.impact"]).toBe(
      "a cut-off on the 1–5 scale",
    );
    expect(StoredStrategySchema.safeParse({ config: accountConfig("kam") }).success).toBe(true);
  });

  it("guesses the sample's columns and reads its scores as 1–5 despite the one typed 7", () => {
    const headers = (accountRows()[0] ?? []).map(String);
    const mapping = suggestStrategyMapping(headers);
    expect(mapping).toEqual(accountConfig("portable").mapping);
    expect(suggestStrategyReading(accountConfig("portable"), source)).toEqual({ impact: "score", difficulty: "score" });
    const raw = accountSource([
      headers,
      ...accountRows()
        .slice(1)
        .map((r) => [r[0] ?? null, (r[1] as number) * 1000, ...r.slice(2)]),
    ]);
    expect(suggestStrategyReading(accountConfig("portable"), raw).impact).toBe("minmax");
  });

  it("reports the bad rows by cell and a missing column by name, in both languages", () => {
    const preview = computeStrategy(accountConfig("portable"), source);
    const codes = preview.problems.map((p) => p.code);
    expect(codes).toEqual(["rows_unclassified", "names_missing", "whitney_unreadable"]);
    expect(formatStrategyProblem(preview.problems[0]!, "en")).toContain("(first: Accounts!B19)");
    const missing = computeStrategy(
      { ...accountConfig("portable"), mapping: { ...accountConfig("portable").mapping, impact: "Impakt" } },
      source,
    );
    expect(missing.columns).toBeUndefined();
    expect(formatStrategyProblem(missing.problems[0]!, "nl")).toBe(
      'De kolom "Impakt" (impact) staat niet in de brontabel; koppel hem opnieuw.',
    );
  });

  it("warns in the preview when one quadrant holds more than half of the revenue", () => {
    const preview = computeStrategy({ ...accountConfig("portable"), cuts: { impact: 1, difficulty: 1 } }, source);
    expect(preview.problems.find((p) => p.code === "concentration")?.params).toEqual({
      quadrant: "partner",
      percent: 100,
    });
  });
});
