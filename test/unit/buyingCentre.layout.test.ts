import { describe, expect, it } from "vitest";
import {
  BUYING_CENTRE_SHEET_TAG,
  BuyingCentreConfigSchema,
  CHECK_MARKS,
  STANCES,
  accountSheetName,
  buyingCentreConfigErrors,
  buyingCentreLayout,
  computeBuyingCentre,
  defaultBuyingCentreConfig,
  formatBuyingCentreProblem,
  BUYING_CENTRE_MESSAGES,
  BUYING_CENTRE_LABELS,
  TECHNIQUE_LABELS,
} from "../../src/core/buyingcentre/builder";
import type { LayoutCell, SheetLayout } from "../../src/core/layout";
import { tableSource } from "../support/costToServe";
import { SAMPLE_ACCOUNT, buyingCentreRows, buyingCentreSource, sampleConfig } from "../support/buyingCentre";

function cellAt(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  let found: LayoutCell | undefined;
  for (const b of layout.blocks) {
    const line = b.cells[row - b.row];
    if (line !== undefined && col >= b.col && col < b.col + line.length) found = line[col - b.col] ?? null;
  }
  return found;
}
const formulas = (layout: SheetLayout): string[] =>
  layout.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c !== null && "f" in c ? [c.f] : [])));

describe("the buying-centre sheet's layout", () => {
  const built = buyingCentreLayout(sampleConfig("portable"), buyingCentreSource(), { existingSheets: ["People"] });
  const { layout, anchors } = built;

  it("is one sheet per account, named after it, unique in the workbook, with the characters Excel refuses replaced", () => {
    expect(layout.name).toBe(SAMPLE_ACCOUNT);
    expect(layout.tag).toBe(BUYING_CENTRE_SHEET_TAG);
    const again = buyingCentreLayout(sampleConfig("portable"), buyingCentreSource(), {
      existingSheets: ["People", SAMPLE_ACCOUNT],
    });
    expect(again.layout.name).toBe(`${SAMPLE_ACCOUNT} (2)`);
    expect(accountSheetName("Acme: WMS / 2027 [draft]?", "x")).toBe("Acme- WMS - 2027 -draft--");
    expect(accountSheetName("  ''  ", "KAM Buying centre")).toBe("KAM Buying centre");
    const long = { ...sampleConfig("kam"), account: "A".repeat(50) };
    expect(buyingCentreLayout(long, buyingCentreSource()).layout.name).toHaveLength(31);
  });

  it("writes the people as an input block of literal values (8 people + 3 spare rows × 11 columns), kept on refresh", () => {
    expect(anchors.people).toMatchObject({ rows: 11, cols: 11 });
    expect(layout.inputs?.map((i) => i.key)).toEqual([
      "buyingCentre:settings",
      "buyingCentre:people",
      "buyingCentre:techniques",
    ]);
    expect(layout.inputs?.find((i) => i.key === "buyingCentre:people")?.range).toEqual(anchors.people);
    expect(layout.inputs?.find((i) => i.key === "buyingCentre:techniques")?.range).toEqual(anchors.techniques);
    expect(cellAt(layout, anchors.people.row, anchors.people.col)).toEqual({ v: "Marieke de Vries" });
    expect(cellAt(layout, anchors.people.row + 3, anchors.tableColumns["mode"] ?? -1)).toEqual({ v: "Trouble" });
    expect(cellAt(layout, anchors.people.row + 8, anchors.people.col)).toBeNull();
  });

  it("offers dropdowns for the influence, the chosen mode and stance (in the sheet's language) and the checklist", () => {
    const lists = (lang: "en" | "nl") => {
      const b = buyingCentreLayout(sampleConfig("portable", lang), buyingCentreSource());
      return (b.layout.validations ?? []).map((v) => ({
        col: v.range.col,
        rows: v.range.rows,
        values: "values" in v ? v.values : [],
      }));
    };
    const t = anchors.tableColumns;
    expect(lists("en")).toEqual([
      { col: t["influence"], rows: 11, values: ["Economic", "Technical", "User", "Coach"] },
      { col: t["mode"], rows: 11, values: ["Growth", "Trouble", "Even keel", "Overconfident", "Unknown"] },
      { col: t["stance"], rows: 11, values: ["Supporter", "Cautious supporter", "Constructive critic", "Opponent"] },
      { col: t["pilot"], rows: 11, values: [CHECK_MARKS.open, CHECK_MARKS.done] },
    ]);
    expect(lists("nl")[0]?.values).toEqual(["Economisch", "Technisch", "Gebruiker", "Coach"]);
    expect(lists("nl")[2]?.values).toEqual([
      "Supporter",
      "Voorzichtige supporter",
      "Constructieve criticus",
      "Tegenstander",
    ]);
  });

  it("puts the table's labels in the sheet's language (Economic → Economisch) and keeps text starting with = as text", () => {
    const rows = buyingCentreRows();
    (rows[1] as unknown[])[0] = '=HYPERLINK("x")';
    const nl = buyingCentreLayout(sampleConfig("portable", "nl"), buyingCentreSource(rows));
    const p = nl.anchors.people;
    expect(cellAt(nl.layout, p.row, p.col)).toEqual({ v: '=HYPERLINK("x")' });
    expect(cellAt(nl.layout, p.row, nl.anchors.tableColumns["influence"] ?? -1)).toEqual({ v: "Economisch" });
    expect(cellAt(nl.layout, p.row + 3, nl.anchors.tableColumns["influence"] ?? -1)).toEqual({ v: "Gebruiker" });
  });

  it("writes one formula per person: native in the portable style, KAM functions and one KAM.REDFLAGS spill in the other", () => {
    const r = anchors.people.row;
    const t = anchors.tableColumns;
    const f = (l: SheetLayout, key: string): string => {
      const c = cellAt(l, r, t[key] ?? -1);
      return c !== null && c !== undefined && "f" in c ? c.f : "";
    };
    expect(f(layout, "outMode")).toBe(
      '=IF(COUNTA(A19:K19)=0,"",IF(TRIM(F19)<>"",TRIM(F19),IF(AND(ISNUMBER(D19),ISNUMBER(E19)),IF(D19=E19,"Even keel",IF(D19>E19,"Overconfident","Growth")),"Unknown")))',
    );
    expect(f(layout, "outPriority")).toBe('=IF(ISNUMBER(I19),1+COUNTIF($I$19:$I$29,">"&I19),"")');
    expect(formulas(layout).some((x) => x.includes("KAM."))).toBe(false);
    const kam = buyingCentreLayout(sampleConfig("kam"), buyingCentreSource()).layout;
    expect(f(kam, "outMode")).toContain('KAM.RESPONSEMODE(D19,E19,,"en")');
    expect(f(kam, "outAdvice")).toContain('KAM.ORDERCHANCE(C19,L19,"en")');
    expect(f(kam, "outStance")).toContain('KAM.STANCE(G19,H19,J19,$B$6,"en")');
    expect(cellAt(kam, anchors.flags.row, anchors.flags.col)).toEqual({
      f: '=KAM.REDFLAGS($C$19:$C$29,$L$19:$L$29,$N$19:$N$29,"en")',
    });
    expect(formulas(kam).filter((x) => x.includes("KAM.REDFLAGS"))).toHaveLength(1);
  });

  it("draws a native bubble chart: business interest × personal gain, bubble = power, one series per stance, −5…+5", () => {
    expect(layout.charts).toHaveLength(1);
    const chart = layout.charts[0]!;
    expect(chart.type).toBe("bubble");
    expect(chart.series.map((s) => s.name)).toEqual([
      "Supporter",
      "Cautious supporter",
      "Constructive critic",
      "Opponent",
    ]);
    expect(chart.series.every((s) => s.sizes !== undefined && s.sizes.rows === 11)).toBe(true);
    expect(chart.xAxis).toEqual({ min: -5, max: 5, step: 1 });
    expect(chart.labels?.map((l) => l.text)).toEqual([
      "Constructive critic (gain)",
      "Supporter",
      "Opponent",
      "Constructive critic (business)",
    ]);
    expect(STANCES).toHaveLength(chart.series.length);
  });

  it("writes the six techniques of slide 109 as headers of the checklist, open boxes for the high-risk people only", () => {
    const header = anchors.table.row;
    const names = Object.values(TECHNIQUE_LABELS).map((l) => ({ v: l.en }));
    expect(names.map((_, j) => cellAt(layout, header, anchors.techniques.col + j))).toEqual(names);
    const open = built.preview.people.filter((p) => p.highRisk).map((p) => p.name);
    expect(open).toEqual(["Marieke de Vries", "Fatima El Amrani", "Lotte Smit"]);
    expect(cellAt(layout, anchors.techniques.row, anchors.techniques.col)).toEqual({ v: CHECK_MARKS.open });
    expect(cellAt(layout, anchors.techniques.row + 1, anchors.techniques.col)).toBeNull();
  });

  it("writes a blank template of the configured rows, with no source named", () => {
    const config = { ...sampleConfig("portable"), source: "template" as const, templateRows: 12 };
    const b = buyingCentreLayout(config, buyingCentreSource());
    expect(b.anchors.people.rows).toBe(12);
    expect(b.preview.inputs.flat().every((c) => c === null)).toBe(true);
    expect(cellAt(b.layout, 1, 0)).toEqual({ v: `Account / opportunity: ${SAMPLE_ACCOUNT}` });
    expect(cellAt(b.layout, 2, 0)).toEqual({
      f: '="Source: blank template · "&COUNTA($A$19:$A$30)&" people · portable formulas"',
    });
  });
});

describe("the buying-centre configuration and preview problems", () => {
  it("needs an account and, for a table, the column of the names; the version is 1", () => {
    const errors = buyingCentreConfigErrors(defaultBuyingCentreConfig("en"));
    expect(errors["account"]).toBe("name the account or opportunity");
    expect(errors["mapping.name"]).toBe("pick the column of the names");
    expect(BuyingCentreConfigSchema.safeParse({ ...sampleConfig("kam"), version: 2 }).success).toBe(false);
    expect(
      buyingCentreConfigErrors({
        ...sampleConfig("kam"),
        source: "template",
        mapping: defaultBuyingCentreConfig("en").mapping,
      }),
    ).toEqual({});
    expect(buyingCentreConfigErrors({ ...sampleConfig("kam"), riskCut: 6 })["riskCut"]).toBe(
      "a risk perception from 1 to 5",
    );
  });

  it("names the cells of bad values in the table, and stops on a missing column or a table without names", () => {
    const rows = buyingCentreRows();
    (rows[2] as unknown[])[2] = "Boss";
    (rows[3] as unknown[])[6] = 9;
    (rows[4] as unknown[])[8] = "high";
    (rows[5] as unknown[])[0] = "Marieke de Vries";
    const preview = computeBuyingCentre(sampleConfig("portable"), tableSource("People", rows));
    expect(preview.problems.map((p) => formatBuyingCentreProblem(p, "en"))).toEqual([
      'Cell C3 says "Boss", which is no influence (Economic, Technical, User, Coach); the sheet shows an error there until you pick one from the list.',
      "1 value(s) of business interest are outside -5…5 (first: G4).",
      "1 cell(s) of power hold text instead of a number (first: I5); they count as not known.",
      '"Marieke de Vries" appears more than once (A2, A6).',
    ]);
    expect(preview.people[1]?.advice).toBeNull();
    const missing = computeBuyingCentre(
      { ...sampleConfig("portable"), mapping: { ...sampleConfig("portable").mapping, power: "Macht" } },
      buyingCentreSource(),
    );
    expect(missing.problems.map((p) => p.code)).toEqual(["missing_column"]);
    const nobody = computeBuyingCentre(sampleConfig("portable"), tableSource("People", [buyingCentreRows()[0] ?? []]));
    expect(nobody.problems.map((p) => p.code)).toEqual(["no_people"]);
  });

  it("has every message and every sheet text in English and Dutch, with the same parameters", () => {
    expect(Object.keys(BUYING_CENTRE_MESSAGES.nl)).toEqual(Object.keys(BUYING_CENTRE_MESSAGES.en));
    const read = (fn: (p: Record<string, string | number>) => string): string[] => {
      const seen = new Set<string>();
      fn(new Proxy({}, { get: (_t, k) => (seen.add(String(k)), "x") }));
      return [...seen].sort();
    };
    for (const key of Object.keys(BUYING_CENTRE_MESSAGES.en) as (keyof typeof BUYING_CENTRE_MESSAGES.en)[])
      expect(read(BUYING_CENTRE_MESSAGES.nl[key]), key).toEqual(read(BUYING_CENTRE_MESSAGES.en[key]));
    for (const [key, l] of Object.entries({ ...BUYING_CENTRE_LABELS, ...TECHNIQUE_LABELS })) {
      expect(l.en.length, key).toBeGreaterThan(0);
      expect(l.nl.length, key).toBeGreaterThan(0);
    }
  });
});
