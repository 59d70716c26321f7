import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import { KRALJIC_LABELS, STRATEGY_LABELS, KRALJIC, SUPPLIERSTRATEGY } from "../../src/core/kraljic";
import { QUADRANTS, strategyLayout, type StrategyConfig } from "../../src/core/kraljic/builder";
import { WHITNEY_LABELS } from "../../src/core/whitney";
import type { Cell } from "../../src/core/cells";
import { recalculate } from "../support/costToServe";
import { accountConfig, accountRows, accountSource } from "../support/accountStrategy";

const rows = accountRows();
const source = accountSource(rows);
const build = (config: StrategyConfig, data: Cell[][] = rows) => {
  const built = strategyLayout(config, accountSource(data), { existingSheets: ["Accounts"] });
  return { ...built, wb: recalculate(built.layout, "Accounts", data) };
};
const portable = build(accountConfig("portable"));
const kam = build(accountConfig("kam"));

const shown = (v: unknown): unknown => (v instanceof DetailedCellError ? "error" : v);
function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(shown(a)) === JSON.stringify(shown(b));
}
const body = (b: typeof portable) =>
  b.wb.values({ ...b.anchors.table, row: b.anchors.table.row + 1, rows: source.rows.length });

describe("the account strategy sheet on the 40-customer sample, both styles in HyperFormula", () => {
  it("gives every customer the quadrant, strategies, seller profile, Whitney action and check of the preview", () => {
    for (const b of [portable, kam]) {
      const t = b.anchors.tableColumns;
      const lines = body(b);
      b.preview.customers.forEach((c, i) => {
        const at = (k: string): unknown => lines[i]?.[t[k] as number];
        const q = c.quadrant;
        expect(shown(at("quadrant")), `row ${i + 1}`).toBe(q === undefined ? "error" : KRALJIC_LABELS[q].en);
        for (const model of ["stewart", "buying", "rackham", "holden", "seller"] as const)
          expect(shown(at(model)), `${model} row ${i + 1}`).toBe(
            q === undefined ? "error" : STRATEGY_LABELS[model][q].en,
          );
        expect(shown(at("whitney")), `whitney row ${i + 1}`).toBe(
          c.whitney === undefined ? "error" : WHITNEY_LABELS[c.whitney].en,
        );
        expect(at("check"), `check row ${i + 1}`).toBe(c.check);
      });
    }
  });

  it("names the bad cell in its own row: an impact of 7, a missing name, a Whitney judgement of maybe", () => {
    const t = portable.anchors.tableColumns;
    const lines = body(portable);
    expect(lines[17]?.[t["check"] as number]).toBe("Impact in Accounts!B19 is outside 1–5");
    expect(lines[29]?.[t["check"] as number]).toBe("Customer name missing in Accounts!A31");
    expect(lines[35]?.[t["check"] as number]).toBe("Profitable in Accounts!G37 is not yes or no");
    expect(shown(lines[17]?.[t["quadrant"] as number])).toBe("error");
    expect(lines[29]?.[t["quadrant"] as number]).toMatch(/^(Routine|Leverage|Bottleneck|Partner)$/);
    expect(shown(lines[35]?.[t["whitney"] as number])).toBe("error");
    expect(lines.filter((l) => l[t["check"] as number] !== "")).toHaveLength(3);
  });

  it("computes the same values in the portable and the KAM-functions style, cell for cell", () => {
    const ranges = (b: typeof portable) => [
      b.anchors.table,
      ...QUADRANTS.flatMap((q) => Object.values(b.anchors.summary[q])),
      ...Object.values(b.anchors.totals),
      ...(b.anchors.warning ? [b.anchors.warning] : []),
      b.anchors.legend,
    ];
    const a = ranges(portable).flatMap((r) => portable.wb.values(r).flat());
    const k = ranges(kam).flatMap((r) => kam.wb.values(r).flat());
    expect(a.length).toBeGreaterThan(40 * 16);
    expect(a.map((x, i) => [i, x, k[i]]).filter(([, x, y]) => !close(x, y))).toEqual([]);
  });

  it("counts customers and sums revenue per quadrant as the preview does; the shares add up to 1", () => {
    for (const b of [portable, kam]) {
      const s = b.anchors.summary;
      QUADRANTS.forEach((q) => {
        expect(b.wb.value(s[q].count)).toBe(b.preview.counts[q]);
        expect(b.wb.value(s[q].revenue!)).toBe(b.preview.revenue[q]);
      });
      const shares = QUADRANTS.map((q) => b.wb.value(s[q].share) as number);
      expect(shares.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
      expect(b.wb.value(b.anchors.totals.count)).toBe(39);
    }
  });

  it('chains like KAM.KRALJIC and KAM.SUPPLIERSTRATEGY(…, "seller") on the first customer', () => {
    const first = rows[1] as Cell[];
    const q = KRALJIC.compute([[first[1] as number]], [[first[2] as number]], undefined, undefined, undefined);
    const seller = SUPPLIERSTRATEGY.compute(q as string[][], [["seller"]], undefined)[0]?.[0];
    const t = portable.anchors.tableColumns;
    expect(body(portable)[0]?.[t["seller"] as number]).toBe(seller);
  });

  it("warns live when one quadrant holds more than half of the revenue, and not otherwise", () => {
    for (const b of [build(accountConfig("portable")), build(accountConfig("kam"))]) {
      const warning = b.anchors.warning!;
      const before = b.wb.value(warning);
      expect(before).toBe("");
      // Cut-offs at 1: every customer is a partner.
      const s = b.anchors.settings;
      b.wb.set(b.layout.name, s.impactCut!.row, s.impactCut!.col, 1);
      b.wb.set(b.layout.name, s.difficultyCut!.row, s.difficultyCut!.col, 1);
      expect(b.wb.value(warning)).toBe(
        "Warning: Partner holds 100% of the revenue, more than half: the portfolio leans on one strategy.",
      );
      expect(b.wb.value(b.anchors.summary.partner.count)).toBe(39);
    }
  });

  it("draws one bubble series per quadrant: impact where the customer is in it, #N/A elsewhere", () => {
    const t = portable.anchors.tableColumns;
    const lines = body(portable);
    portable.preview.customers.forEach((c, i) =>
      QUADRANTS.forEach((q) => {
        const v = lines[i]?.[t[`chart_${q}`] as number];
        if (c.quadrant === q) expect(v).toBe(c.impact);
        else expect(shown(v)).toBe("error");
      }),
    );
    const chart = portable.layout.charts[0]!;
    expect(chart.type).toBe("bubble");
    expect(chart.series.map((s) => s.name)).toEqual(["Routine", "Leverage", "Bottleneck", "Partner"]);
    expect(chart.xAxis).toMatchObject({ cross: 3 });
    expect(chart.yAxis).toMatchObject({ cross: 3 });
    const labelled = chart.series.flatMap((s) => (s.pointLabels ?? []).map((l) => l.text)).sort();
    expect(labelled).toHaveLength(5);
    expect(labelled).toEqual(portable.preview.largest.map((i) => portable.preview.customers[i]?.name).sort());
  });

  it("normalises raw columns min–max onto 1–5 in both styles as KAM.NORMALIZE does", () => {
    const raw: Cell[][] = rows.map((r, i): Cell[] =>
      i === 0 ? r : [r[0] ?? null, typeof r[1] === "number" ? r[1] * 1000 : (r[1] ?? null), ...r.slice(2)],
    );
    const config = (style: "portable" | "kam"): StrategyConfig => ({
      ...accountConfig(style),
      reading: { impact: "minmax", difficulty: "score" },
    });
    const [p, k] = [build(config("portable"), raw), build(config("kam"), raw)];
    const t = p.anchors.tableColumns;
    const lp = body(p);
    const lk = body(k);
    p.preview.customers.forEach((c, i) => {
      expect(lp[i]?.[t["impact"] as number] as number).toBeCloseTo(c.impact!, 12);
      expect(lk[i]?.[t["impact"] as number] as number).toBeCloseTo(c.impact!, 12);
      expect(shown(lp[i]?.[t["quadrant"] as number])).toBe(shown(lk[i]?.[t["quadrant"] as number]));
    });
    expect(p.wb.value(p.anchors.settings.impactMax!)).toBe(7000);
    expect(lp[17]?.[t["impact"] as number]).toBe(5);
  });

  it("builds without revenue and Whitney: constant bubbles, share of customers, no warning", () => {
    const [p, k] = [build(accountConfig("portable", false)), build(accountConfig("kam", false))];
    expect(p.anchors.warning).toBeUndefined();
    expect(p.anchors.tableColumns["bubble"]).toBeDefined();
    const a = p.wb.values(p.anchors.table).flat();
    const b = k.wb.values(k.anchors.table).flat();
    expect(a.map((x, i) => [i, x, b[i]]).filter(([, x, y]) => !close(x, y))).toEqual([]);
  });

  it("writes the Dutch labels in Dutch (nl): Hefboom, Relatiemanager", () => {
    const b = build(accountConfig("kam", true, "nl"));
    const t = b.anchors.tableColumns;
    const lines = body(b);
    const i = b.preview.customers.findIndex((c) => c.quadrant === "leverage");
    expect(lines[i]?.[t["quadrant"] as number]).toBe("Hefboom");
    expect(lines[i]?.[t["seller"] as number]).toBe("Relatiemanager");
  });
});
