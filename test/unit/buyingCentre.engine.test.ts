import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cells";
import {
  ADVICE_LABELS,
  MODE_LABELS,
  NO_RED_FLAGS_LABEL,
  ORDERCHANCE,
  RED_FLAG_LABELS,
  RESPONSEMODE,
  STANCE,
  STANCE_LABELS,
  UNKNOWN_MODE_LABEL,
  type RedFlag,
} from "../../src/core/buyingcentre";
import {
  BUYING_CENTRE_ROLES,
  CHECK_MARKS,
  buyingCentreLayout,
  evaluatePeople,
  peopleFlags,
  type BuyingCentreConfig,
} from "../../src/core/buyingcentre/builder";
import type { RangeRef } from "../../src/core/layout";
import { recalculate, tableSource } from "../support/costToServe";
import { buyingCentreRows, buyingCentreSource, sampleConfig } from "../support/buyingCentre";

type Style = "portable" | "kam";

/** An error as "error", a blank list cell ("" in the portable list, nothing below a KAM spill) as null. */
const shown = (v: unknown): unknown => (v instanceof DetailedCellError ? "error" : v === "" ? null : v);

function build(config: BuyingCentreConfig, rows: readonly (readonly Cell[])[] = buyingCentreRows()) {
  const built = buyingCentreLayout(config, tableSource("People", rows), { existingSheets: ["People"] });
  const wb = recalculate(built.layout, "People", rows);
  const flags = (): unknown[] => wb.values(built.anchors.flags).map((r) => shown(r[0]));
  const column = (key: string): unknown[] => {
    const t = built.anchors.table;
    const c = built.anchors.tableColumns[key] ?? -1;
    return wb.values({ row: t.row + 1, col: c, rows: t.rows - 1, cols: 1 }).map((r) => shown(r[0]));
  };
  const edit = (row: number, key: string, value: string | number | null): void =>
    wb.set(built.layout.name, built.anchors.table.row + 1 + row, built.anchors.tableColumns[key] ?? -1, value);
  return { ...built, wb, flags, column, edit };
}

/** The list the sheet should show for some flags: their texts in order, padded with blanks to seven. */
function listOf(flags: readonly RedFlag[], lang: "en" | "nl" = "en"): unknown[] {
  const texts = flags.length === 0 ? [NO_RED_FLAGS_LABEL[lang]] : flags.map((f) => RED_FLAG_LABELS[f][lang]);
  return [...texts, ...Array.from({ length: 7 - texts.length }, () => null)];
}

/** A small buying centre as a table: name, influence, mode, business interest, personal gain, power, risk. */
const HEAD = ["Name", "Influence", "Response mode", "Business interest", "Personal gain", "Power", "Risk perception"];
function centre(people: readonly (readonly Cell[])[]): Cell[][] {
  return [HEAD, ...people.map((p) => [...p])];
}
function smallConfig(style: Style, lang: "en" | "nl" = "en"): BuyingCentreConfig {
  const base = sampleConfig(style, lang);
  return {
    ...base,
    mapping: {
      ...base.mapping,
      function: "",
      perceived: "",
      desired: "",
      mode: "Response mode",
      businessInterest: "Business interest",
      personalGain: "Personal gain",
      power: "Power",
      risk: "Risk perception",
    },
  };
}

describe("the buying-centre sheet on the sample (8 people), both styles in HyperFormula", () => {
  const portable = build(sampleConfig("portable"));
  const kam = build(sampleConfig("kam"));

  it("gives every person the response mode, order chance, stance and priority of the preview", () => {
    for (const b of [portable, kam]) {
      const people = b.preview.people;
      expect(people.filter((p) => p.present)).toHaveLength(8);
      expect(b.column("outMode")).toEqual(
        people.map((p) => (!p.present ? null : p.mode === undefined ? UNKNOWN_MODE_LABEL.en : MODE_LABELS[p.mode!].en)),
      );
      expect(b.column("outAdvice")).toEqual(people.map((p) => (p.advice ? ADVICE_LABELS[p.advice].en : null)));
      expect(b.column("outStance")).toEqual(people.map((p) => (p.stance ? STANCE_LABELS[p.stance].en : null)));
      expect(b.column("outPriority")).toEqual(people.map((p) => p.priority ?? null));
    }
    // By hand from the sample: the CFO (power 5) first, two at power 4 share second place.
    expect(portable.column("outPriority").slice(0, 8)).toEqual([1, 2, 4, 4, 6, 2, 6, 8]);
    expect(portable.column("outStance").slice(0, 3)).toEqual(["Cautious supporter", "Constructive critic", "Opponent"]);
  });

  it("agrees with KAM.RESPONSEMODE, KAM.ORDERCHANCE and KAM.STANCE called on the sample's own cells", () => {
    const rows = buyingCentreRows().slice(1);
    const at = (name: string) => (buyingCentreRows()[0] ?? []).indexOf(name);
    rows.forEach((r, i) => {
      const [p, d, chosen] = [r[at("Perceived reality")], r[at("Desired result")], r[at("Response mode")]];
      const mode =
        chosen !== null && chosen !== undefined
          ? chosen
          : typeof p === "number" && typeof d === "number"
            ? RESPONSEMODE.compute([[p]], [[d]])[0]?.[0]
            : UNKNOWN_MODE_LABEL.en;
      expect(portable.column("outMode")[i], `row ${i + 1}`).toBe(mode);
      const advice =
        mode === UNKNOWN_MODE_LABEL.en
          ? null
          : ORDERCHANCE.compute([[r[at("Influence")] ?? null]], [[mode as Cell]])[0]?.[0];
      expect(portable.column("outAdvice")[i], `row ${i + 1}`).toBe(advice);
      const stance = STANCE.compute(
        [[r[at("Business interest")] ?? null]],
        [[r[at("Personal gain")] ?? null]],
        [[r[at("Risk perception")] ?? null]],
      )[0]?.[0];
      expect(portable.column("outStance")[i], `row ${i + 1}`).toBe(stance);
    });
  });

  it("counts the people typed on the sheet in its subtitle", () => {
    expect(portable.wb.value({ row: 2, col: 0, rows: 1, cols: 1 })).toBe(
      "Source: People!A1:J9 · 8 people · portable formulas",
    );
    const b = build(sampleConfig("kam"));
    b.edit(8, "name", "Henk Bos");
    expect(b.wb.value({ row: 2, col: 0, rows: 1, cols: 1 })).toBe("Source: People!A1:J9 · 9 people · KAM functions");
  });

  it("lists the sample's red flags, an unknown response mode and an opponent, the same in both styles", () => {
    expect(portable.preview.flags).toEqual(["unknownMode", "opponent"]);
    expect(portable.flags()).toEqual(listOf(["unknownMode", "opponent"]));
    expect(kam.flags()).toEqual(portable.flags());
  });

  it("computes the same values in the portable and the KAM-functions style, cell for cell", () => {
    const ranges = (b: typeof portable): RangeRef[] => [b.anchors.table, b.anchors.flags, b.anchors.riskCut];
    const values = (b: typeof portable) => ranges(b).flatMap((r) => b.wb.values(r).flat().map(shown));
    const a = values(portable);
    expect(a.length).toBeGreaterThan(12 * 22);
    expect(values(kam)).toEqual(a);
    const data = (b: typeof portable) => {
      const t = b.anchors.table;
      return b.wb
        .values({ row: t.row + t.rows + 1, col: 0, rows: 40, cols: 12 })
        .flat()
        .map(shown);
    };
    expect(data(kam)).toEqual(data(portable));
  });

  it("asks for the risk-reducing techniques beside the three people with a risk perception of 3.5 or more", () => {
    const status = portable.column("outRisk");
    expect(status.map((s, i) => (s === null ? null : i)).filter((i) => i !== null)).toEqual([0, 4, 6]);
    expect(status[0]).toBe("High risk: pick a technique");
    const t = portable.wb.values(portable.anchors.techniques);
    expect(t[0]).toEqual(Array.from({ length: 6 }, () => CHECK_MARKS.open));
    expect(t[1]).toEqual(Array.from({ length: 6 }, () => null));
  });

  it("follows an edit of the people on the sheet in both styles, as the preview computes the edited rows", () => {
    for (const style of ["portable", "kam"] as const) {
      const b = build(sampleConfig(style));
      // The opponent is won over; the IT architect's mode becomes known; a second economic influence is added.
      b.edit(2, "businessInterest", 2);
      b.edit(2, "personalGain", 1);
      b.edit(6, "mode", "Growth");
      b.edit(8, "name", "Henk Bos");
      b.edit(8, "influence", "Economische invloed");
      b.edit(8, "mode", "Even keel");
      b.edit(0, "pilot", CHECK_MARKS.done);
      b.edit(0, "feasibility", CHECK_MARKS.done);
      const inputs = b.preview.inputs.map((r) => [...r]);
      const set = (row: number, role: (typeof BUYING_CENTRE_ROLES)[number], v: Cell) =>
        ((inputs[row] as Cell[])[BUYING_CENTRE_ROLES.indexOf(role)] = v);
      set(2, "businessInterest", 2);
      set(2, "personalGain", 1);
      set(6, "mode", "Growth");
      set(8, "name", "Henk Bos");
      set(8, "influence", "Economische invloed");
      set(8, "mode", "Even keel");
      const people = evaluatePeople(inputs, 3.5);
      expect(b.column("outStance")[2]).toBe("Supporter");
      expect(b.column("outAdvice")[8]).toBe("No order chance");
      expect(b.column("outRisk")[0]).toBe("2 technique(s) chosen");
      expect(b.flags(), style).toEqual(listOf(peopleFlags(people).flags));
      expect(peopleFlags(people).flags).toEqual(["severalEconomic", "economicNoChance"]);
    }
  });

  it("reads the course's Dutch spellings typed on the sheet (gebruikers, Economische) in both styles", () => {
    for (const style of ["portable", "kam"] as const) {
      const b = build(sampleConfig(style));
      b.edit(3, "influence", "gebruikers");
      b.edit(0, "influence", "Economische");
      expect(b.column("outAdvice")[3]).toBe("Order chance");
      expect(b.flags()).toEqual(listOf(["unknownMode", "opponent"]));
      b.edit(0, "mode", "overconfident");
      expect(b.column("outAdvice")[0]).toBe("No order chance: wait");
      expect(b.flags()).toEqual(listOf(["economicNoChance", "unknownMode", "opponent"]));
    }
  });

  it("moves the cautious supporters with the risk cut-off typed on the sheet", () => {
    for (const style of ["portable", "kam"] as const) {
      const b = build(sampleConfig(style));
      b.wb.set(b.layout.name, b.anchors.riskCut.row, b.anchors.riskCut.col, 5);
      expect(b.column("outStance").slice(0, 8)).toEqual(
        evaluatePeople(b.preview.inputs, 5)
          .slice(0, 8)
          .map((p) => (p.stance ? STANCE_LABELS[p.stance].en : null)),
      );
      expect(b.column("outStance")[0]).toBe("Supporter");
      expect(b.column("outStance")[6]).toBe("Cautious supporter");
    }
  });
});

describe("the red flags of models.md §13 on the sheet, both styles equal to KAM.REDFLAGS's rules", () => {
  const cases: { name: string; people: Cell[][]; flags: RedFlag[]; lang?: "en" | "nl" }[] = [
    {
      name: "a coach and an economic influence in growth, all for us: none",
      people: [
        ["Ann", "Economic", "Growth", 2, 2, 5, 1],
        ["Bo", "Coach", "Growth", 1, 1, 1, 1],
      ],
      flags: [],
    },
    {
      name: "no coach, no economic influence",
      people: [["Ann", "Technical", "Trouble", 2, 2, 3, 1]],
      flags: ["noCoach", "noEconomic"],
    },
    {
      name: "two economic influences (one in Dutch), the one in even keel",
      people: [
        ["Ann", "Economic", "Growth", 2, 2, 5, 1],
        ["Cor", "Economisch", "Even keel", 2, 2, 4, 1],
        ["Bo", "Coach", "Growth", 1, 1, 1, 1],
      ],
      flags: ["severalEconomic", "economicNoChance"],
    },
    {
      name: "nobody in growth or trouble, an opponent, an unknown mode",
      people: [
        ["Ann", "Economic", "Overconfident", -1, -1, 5, 1],
        ["Bo", "Coach", "Unknown", 1, 1, 1, 1],
        ["Cy", "User", null, 1, -1, 2, 2],
      ],
      flags: ["economicNoChance", "unknownMode", "opponent", "noOrderChance"],
    },
    {
      name: "the users of slide 96 ('Gebruikers') count as an influence but as no coach",
      people: [
        ["Ann", "Economic", "Trouble", 3, 1, 5, 2],
        ["Dirk", "Gebruikers", "Growth", 1, 1, 2, 1],
      ],
      flags: ["noCoach"],
    },
    {
      name: "in Dutch: every flag but the unknown mode",
      people: [
        ["Ann", "Economisch", "Even keel", -1, -2, 5, 1],
        ["Cor", "Economisch", "Overconfident", 1, -1, 4, 1],
      ],
      flags: ["noCoach", "severalEconomic", "economicNoChance", "opponent", "noOrderChance"],
      lang: "nl",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const lang = c.lang ?? "en";
      const portable = build(smallConfig("portable", lang), centre(c.people));
      const kam = build(smallConfig("kam", lang), centre(c.people));
      expect(portable.preview.flags).toEqual(c.flags);
      expect(portable.flags()).toEqual(listOf(c.flags, lang));
      expect(kam.flags()).toEqual(listOf(c.flags, lang));
    });
  }

  it("a blank template raises no coach, no economic influence and no order chance, in both styles", () => {
    for (const style of ["portable", "kam"] as const) {
      const config: BuyingCentreConfig = { ...sampleConfig(style), source: "template", templateRows: 6 };
      const built = buyingCentreLayout(config, buyingCentreSource());
      const wb = recalculate(built.layout, "People", buyingCentreRows());
      expect(wb.values(built.anchors.flags).map((r) => shown(r[0]))).toEqual(
        listOf(["noCoach", "noEconomic", "noOrderChance"]),
      );
      expect(built.anchors.people.rows).toBe(6);
    }
  });
});
