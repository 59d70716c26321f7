import { describe, expect, it } from "vitest";
import fixture from "../fixtures/selection-matrix.json";
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import { CLASS_LABELS } from "../../src/core/classification";
import { PORTFOLIO_LABELS } from "../../src/core/portfolio";
import { profileSource } from "../../src/core/source";
import {
  SELECTION_NOTICE_CODES,
  SELECTION_NOTICE_MESSAGES,
  SelectionConfigSchema,
  formatSelectionNotice,
  previewSelection,
  type Criterion,
  type FormulaStyle,
  type SelectionConfig,
} from "../../src/core/selection/builder";
import { sampleSourceTable } from "../support/selectionSample";
import { ALL_METHODS, sampleConfigs } from "../support/selectionConfigs";
import { evaluateSelection, expectSameOutputs, plain, type OutputRow } from "../support/selectionEval";

const sample = sampleSourceTable();
const CONFIGS = sampleConfigs(profileSource(sample));

function withStyle(config: SelectionConfig, style: FormulaStyle): SelectionConfig {
  return { ...config, style };
}

describe("the selection sheet recalculated by HyperFormula with the KAM plugin (200-customer sample)", () => {
  for (const [label, config] of Object.entries(CONFIGS)) {
    describe(label, () => {
      const portable = evaluateSelection(sample, withStyle(config, "portable"));
      const kam = evaluateSelection(sample, withStyle(config, "kam"));
      const preview = previewSelection(sample, config);

      it("gives identical values in the portable and the KAM-function style", () => {
        expectSameOutputs(portable.outputs(), kam.outputs());
      });

      it("gives the values of the live preview computed in core", () => {
        const lang = config.lang;
        const expected: OutputRow[] = preview.rows.map((r) => ({
          name: r.name,
          scores: r.scores.map((s) => s ?? ""),
          contributions: r.contributions.map((s) => s ?? ""),
          current: r.current ?? "#N/A",
          future: r.future ?? "#N/A",
          total: r.total ?? "#N/A",
          rank: r.rank ?? "",
          cls: r.cls === undefined ? "#N/A" : CLASS_LABELS[r.cls][lang],
          quadrant: r.quadrant === undefined ? "#N/A" : PORTFOLIO_LABELS[r.quadrant][lang],
        }));
        expectSameOutputs(expected, portable.outputs());
      });

      it("counts the classes in the summary as the preview does, and warns only above 35 key accounts", () => {
        for (const [cls, at] of Object.entries(portable.map.classCountCells)) {
          expect(portable.get(at.row, at.col), cls).toBe(preview.classCounts[cls as keyof typeof preview.classCounts]);
          expect(kam.get(at.row, at.col), cls).toBe(preview.classCounts[cls as keyof typeof preview.classCounts]);
        }
        for (const [q, at] of Object.entries(portable.map.quadrantCountCells)) {
          expect(portable.get(at.row, at.col), q).toBe(
            preview.quadrantCounts[q as keyof typeof preview.quadrantCounts],
          );
        }
        const warning = plain(portable.get(portable.map.warningCell.row, portable.map.warningCell.col));
        expect(warning !== "").toBe(preview.keyAccounts > 35);
      });

      it("counts the customers without a class in an Unclassified row, so the totals are the customers", () => {
        for (const ev of [portable, kam]) {
          const { unclassifiedCells: u, totalCells: total } = ev.map;
          expect(ev.get(u.classes.row, u.classes.col)).toBe(preview.unclassified);
          expect(ev.get(total.classes.row, total.classes.col)).toBe(preview.rows.length);
          expect(ev.get(total.quadrants.row, total.quadrants.col)).toBe(preview.rows.length);
        }
      });
    });
  }

  it("counts five customers whose future criteria are blank as Unclassified, in both styles (issue 13)", () => {
    const config = CONFIGS["Course: four dimensions"] as SelectionConfig;
    const future = new Set(config.criteria.filter((c) => c.horizon === "future").map((c) => c.column));
    const blanked = sample.headers.map((h, j) => (future.has(String(h)) ? j : -1)).filter((j) => j >= 0);
    const rows = sample.rows.map((row, r) => (r < 5 ? row.map((v, j) => (blanked.includes(j) ? null : v)) : row));
    const table: SourceTable = { ...sample, rows };
    expect(previewSelection(table, config).unclassified).toBe(5);
    for (const style of ["portable", "kam"] as const) {
      const ev = evaluateSelection(table, withStyle(config, style));
      const { unclassifiedCells: u, totalCells: total } = ev.map;
      expect(ev.get(u.classes.row, u.classes.col - 1), style).toBe("Unclassified");
      expect(ev.get(u.classes.row, u.classes.col), style).toBe(5);
      expect(ev.get(u.quadrants.row, u.quadrants.col), style).toBe(5);
      expect(ev.get(total.classes.row, total.classes.col), style).toBe(sample.rows.length);
      expect(ev.get(total.quadrants.row, total.quadrants.col), style).toBe(sample.rows.length);
    }
  });

  it("shows the key-account warning below the class totals when more than 35 customers are key accounts", () => {
    const base = CONFIGS["Course: four dimensions"] as SelectionConfig;
    const config: SelectionConfig = { ...base, cuts: { ...base.cuts, current: 1, future: 1 } };
    expect(previewSelection(sample, config).keyAccounts).toBeGreaterThan(35);
    const ev = evaluateSelection(sample, config);
    expect(ev.map.warningCell.row).toBe(ev.map.totalCells.classes.row + 1);
    expect(String(plain(ev.get(ev.map.warningCell.row, ev.map.warningCell.col)))).not.toBe("");
  });

  it("keeps every class and quadrant of the Dutch configuration in Dutch, with loss customers", () => {
    const outputs = evaluateSelection(sample, ALL_METHODS).outputs();
    const classes = new Set(outputs.map((o) => o.cls));
    expect(classes.has("Verliesklant")).toBe(true);
    for (const c of classes) expect(Object.values(CLASS_LABELS).map((l) => l.nl)).toContain(c);
  });

  it("scores a blank source cell and a text cell as missing and renormalises the weights over the rest", () => {
    const ev = evaluateSelection(sample, ALL_METHODS);
    const visits = ALL_METHODS.criteria.findIndex((c) => c.column === "Visits");
    const ordered = previewSelection(sample, ALL_METHODS).criteria.map((c) => c.criterion.column);
    const j = ordered.indexOf("Visits");
    const row = sample.rows.findIndex((r) => r[sample.headers.indexOf("Visits")] === "n/a");
    expect(visits).toBeGreaterThanOrEqual(0);
    expect(row).toBeGreaterThan(0);
    const out = ev.outputs()[row] as OutputRow;
    expect(out.scores[j]).toBe("");
    expect(out.contributions[j]).toBe("");
    expect(typeof out.total).toBe("number");
    const sum = out.contributions.reduce<number>((s, c) => s + (typeof c === "number" ? c : 0), 0);
    expect(sum).toBeCloseTo(out.total as number, 9);
  });

  it("writes a customer name like =HYPERLINK(...) as text, never as a formula", () => {
    for (const style of ["portable", "kam"] as const) {
      const ev = evaluateSelection(sample, withStyle(CONFIGS["Course: four dimensions"] as SelectionConfig, style));
      const names = ev.outputs().map((o) => o.name);
      expect(names).toContain('=HYPERLINK("http://x","Click")');
    }
  });

  it("recalculates both styles alike when a weight, a cut-off or a source value is edited in the sheet", () => {
    const config = CONFIGS["Course: four dimensions"] as SelectionConfig;
    const sheets = (["portable", "kam"] as const).map((s) => evaluateSelection(sample, withStyle(config, s)));
    const before = sheets.map((s) => s.outputs());
    for (const ev of sheets) {
      const w = ev.map.weightCells[0]!;
      ev.hf.setCellContents({ sheet: ev.sheetId, row: w.row, col: w.col }, [[60]]);
      const cut = ev.map.cutCells.future;
      ev.hf.setCellContents({ sheet: ev.sheetId, row: cut.row, col: cut.col }, [[3.4]]);
      ev.hf.setCellContents({ sheet: ev.sourceId, row: 1, col: sample.headers.indexOf("Net revenue") }, [[9_999_999]]);
    }
    const after = sheets.map((s) => s.outputs());
    expect(after[0]).not.toEqual(before[0]);
    expectSameOutputs(after[0]!, after[1]!);
    const edited: SelectionConfig = {
      ...config,
      criteria: config.criteria.map((c, i) => (i === 0 ? { ...c, weight: 60 } : c)),
      cuts: { ...config.cuts, future: 3.4 },
    };
    const changedSource: SourceTable = {
      ...sample,
      rows: sample.rows.map((r, i) =>
        i === 0 ? r.map((c, j) => (j === sample.headers.indexOf("Net revenue") ? 9_999_999 : c)) : r,
      ),
    };
    const preview = previewSelection(changedSource, edited);
    expect(after[0]!.map((o) => o.cls)).toEqual(
      preview.rows.map((r) => (r.cls === undefined ? "#N/A" : CLASS_LABELS[r.cls].en)),
    );
    expect(after[0]![0]!.rank).toBe(preview.rows[0]!.rank);
  });
});

describe("hand-worked cases (models.md §1, §2, §6)", () => {
  const table: SourceTable = {
    sheet: "Klanten lijst",
    address: "B3:F9",
    origin: { row: 2, col: 1 },
    headers: fixture.headers,
    rows: fixture.rows.map((r) => r.row as Cell[]),
    merged: [],
  };
  for (const lang of ["en", "nl"] as const) {
    for (const style of ["portable", "kam"] as const) {
      it(`computes the composites, ranks, classes and quadrants by hand (${style}, ${lang})`, () => {
        const config = SelectionConfigSchema.parse({
          version: 1,
          template: "custom",
          nameColumn: "Customer",
          profitColumn: "Profit",
          criteria: fixture.criteria as Criterion[],
          cuts: { current: 3, future: 3, attractiveness: 3, strength: 3 },
          axes: "currentFuture",
          style,
          lang,
        });
        const out = evaluateSelection(table, config).outputs();
        fixture.rows.forEach((row, i) => {
          const o = out[i] as OutputRow;
          expect(o.current, row.why).toBeCloseTo(row.current, 9);
          expect(o.future, row.why).toBeCloseTo(row.future, 9);
          expect(o.total, row.why).toBeCloseTo(row.total, 9);
          expect(o.rank, row.why).toBe(row.rank);
          expect(o.cls, row.why).toBe(row.class[lang === "en" ? 0 : 1]);
          expect(o.quadrant, row.why).toBe(row.quadrant[lang === "en" ? 0 : 1]);
        });
      });
    }
  }

  const oneCriterion = (
    method: "percentile" | "minmax" | "bands",
    direction: "higher" | "lower",
    values: Cell[],
    bands: number[] = [],
  ) => {
    const table: SourceTable = {
      sheet: "Data",
      address: `A1:C${values.length + 1}`,
      origin: { row: 0, col: 0 },
      headers: ["Customer", "Raw", "Fit"],
      rows: values.map((x, i) => [`C${i}`, x, 3]),
      merged: [],
    };
    const config = (style: FormulaStyle): SelectionConfig =>
      SelectionConfigSchema.parse({
        version: 1,
        template: "custom",
        nameColumn: "Customer",
        criteria: [
          { column: "Raw", group: "significance", horizon: "current", direction, method, bands, weight: 1 },
          {
            column: "Fit",
            group: "strategic",
            horizon: "future",
            direction: "higher",
            method: "score",
            bands: [],
            weight: 1,
          },
        ],
        cuts: { current: 3, future: 3, attractiveness: 3, strength: 3 },
        axes: "currentFuture",
        style,
        lang: "en",
      });
    return (["portable", "kam"] as const).map((s) =>
      evaluateSelection(table, config(s))
        .outputs()
        .map((o) => o.scores[0]),
    );
  };
  const expectScores = (got: readonly (number | string | undefined)[], want: readonly (number | null)[]): void => {
    want.forEach((w, i) => {
      if (w === null) expect(got[i]).toBe("");
      else expect(got[i] as number).toBeCloseTo(w, 9);
    });
  };
  for (const direction of ["higher", "lower"] as const) {
    it(`scores by percentile rank, ties sharing a score, text and blanks missing (${direction} is better)`, () => {
      for (const got of oneCriterion("percentile", direction, fixture.percentile.values as Cell[])) {
        expectScores(got, fixture.percentile[direction]);
      }
    });
    it(`scores by min–max onto 1..5 (${direction} is better)`, () => {
      for (const got of oneCriterion("minmax", direction, fixture.minmax.values))
        expectScores(got, fixture.minmax[direction]);
    });
    it(`scores by bands, a value on a boundary going to the higher band (${direction} is better)`, () => {
      for (const got of oneCriterion("bands", direction, fixture.bands.values, fixture.bands.boundaries)) {
        expectScores(got, fixture.bands[direction]);
      }
    });
  }
});

describe("a criterion without spread (issue 13: a constant column)", () => {
  /** Five customers; "Growth" is 4 for everyone who has a value, "Fit" decides the future value. */
  const constant: SourceTable = {
    sheet: "Data",
    address: "A1:C6",
    origin: { row: 0, col: 0 },
    headers: ["Customer", "Growth", "Fit"],
    rows: [
      ["A", 4, 5],
      ["B", 4, 2],
      ["C", null, 4],
      ["D", 4, 1],
      ["E", 4, 3],
    ],
    merged: [],
  };
  const config = (method: "percentile" | "minmax", direction: "higher" | "lower", style: FormulaStyle) =>
    SelectionConfigSchema.parse({
      version: 1,
      template: "custom",
      nameColumn: "Customer",
      criteria: [
        { column: "Growth", group: "significance", horizon: "current", direction, method, bands: [], weight: 1 },
        {
          column: "Fit",
          group: "strategic",
          horizon: "future",
          direction: "higher",
          method: "score",
          bands: [],
          weight: 1,
        },
      ],
      cuts: { current: 3, future: 3, attractiveness: 3, strength: 3 },
      axes: "currentFuture",
      style,
      lang: "en",
    });
  for (const method of ["percentile", "minmax"] as const) {
    for (const direction of ["higher", "lower"] as const) {
      it(`scores everyone mid-scale (3) under ${method} (${direction} is better) in both styles and the preview`, () => {
        const styles = (["portable", "kam"] as const).map((s) =>
          evaluateSelection(constant, config(method, direction, s)).outputs(),
        );
        for (const out of styles) expect(out.map((o) => o.scores[0])).toEqual([3, 3, "", 3, 3]);
        expectSameOutputs(styles[0] ?? [], styles[1] ?? []);
        const preview = previewSelection(constant, config(method, direction, "portable"));
        expect(preview.rows.map((r) => r.scores[0])).toEqual([3, 3, undefined, 3, 3]);
        expect(preview.rows.map((r) => r.current)).toEqual([3, 3, undefined, 3, 3]);
      });
    }
  }

  it("names the column in a notice of the preview, in English and Dutch", () => {
    const preview = previewSelection(constant, config("percentile", "higher", "portable"));
    expect(preview.notices).toEqual([{ code: "no_spread", column: "Growth", value: 4, score: 3 }]);
    const [notice] = preview.notices;
    expect(formatSelectionNotice(notice!, "en")).toBe(
      '"Growth" has the same value (4) for every customer, so it does not tell them apart: everyone scores 3 on it. Check the column, or give it weight 0.',
    );
    expect(formatSelectionNotice(notice!, "nl")).toContain('"Growth" heeft voor elke klant dezelfde waarde (4)');
    const spread = previewSelection(
      { ...constant, rows: constant.rows.map((r, i) => (i === 0 ? ["A", 5, 5] : r)) },
      config("percentile", "higher", "portable"),
    );
    expect(spread.notices).toEqual([]);
  });

  it("has a Dutch message for every notice code and no other", () => {
    expect(Object.keys(SELECTION_NOTICE_MESSAGES.nl).sort()).toEqual(Object.keys(SELECTION_NOTICE_MESSAGES.en).sort());
    expect(Object.keys(SELECTION_NOTICE_MESSAGES.en).sort()).toEqual([...SELECTION_NOTICE_CODES].sort());
  });
});
