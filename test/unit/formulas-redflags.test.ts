import { describe, expect, it } from "vitest";
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import { NO_RED_FLAGS_LABEL, RED_FLAG_LABELS, type RedFlag } from "../../src/core/buyingcentre";
import fixture from "../fixtures/redflags.json";

const at = (hf: HyperFormula, r: number, c: number) => hf.getCellValue({ sheet: 0, row: r, col: c });
const texts = (flags: readonly string[], lang: "en" | "nl") =>
  flags.length === 0 ? [NO_RED_FLAGS_LABEL[lang]] : flags.map((f) => RED_FLAG_LABELS[f as RedFlag][lang]);

/** People in A1:C(n), the flags spilled from E1 (English) and F1 (Dutch). */
function sheet(people: readonly (readonly (string | number | null)[])[]): HyperFormula {
  const n = Math.max(1, people.length);
  const rows: RawCellContent[][] = people.map((p) => [p[0] ?? null, p[1] ?? null, p[2] ?? null]);
  if (rows.length === 0) rows.push([null, null, null]);
  rows[0]?.push(null, `=KAM.REDFLAGS(A1:A${n},B1:B${n},C1:C${n})`, `=KAM.REDFLAGS(A1:A${n},B1:B${n},C1:C${n},"nl")`);
  return createKamEngine({ People: rows });
}

/** The spilled column from (0, col) down to the first blank, and that the seven reserved rows hold nothing else. */
function spill(hf: HyperFormula, col: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r < 7; r++) {
    const v = at(hf, r, col);
    if (v === null) {
      for (let rest = r; rest < 7; rest++) expect(at(hf, rest, col), `row ${rest + 1} below the flags`).toBeNull();
      break;
    }
    out.push(v);
  }
  return out;
}

describe("KAM.REDFLAGS inside real formulas (HyperFormula plugin built from the catalog)", () => {
  for (const c of fixture.cases) {
    it(`spills the flags of "${c.case}", blanks below them`, () => {
      const hf = sheet(c.people);
      expect(spill(hf, 4)).toEqual(texts(c.flags, "en"));
      expect(spill(hf, 5)).toEqual(texts(c.flags, "nl"));
    });
  }

  for (const e of fixture.errors) {
    it(`shows #VALUE! naming the cell for "${e.case}"`, () => {
      const hf = sheet(e.people);
      const cell = at(hf, 0, 4);
      expect(cell).toBeInstanceOf(DetailedCellError);
      expect((cell as DetailedCellError).value).toBe("#VALUE!");
      expect((cell as DetailedCellError).message).toBe(e.message);
    });
  }

  it("follows the people through edits: a flag appears and goes as cells change", () => {
    const hf = sheet([
      ["Economic", "Growth", "Supporter"],
      ["Coach", "Growth", "Supporter"],
      [null, null, null],
    ]);
    expect(spill(hf, 4)).toEqual(["No red flags"]);
    hf.setCellContents({ sheet: 0, row: 2, col: 0 }, [["Gebruikers", null, "Tegenstander"]]);
    expect(spill(hf, 4)).toEqual([RED_FLAG_LABELS.unknownMode.en, RED_FLAG_LABELS.opponent.en]);
    hf.setCellContents({ sheet: 0, row: 2, col: 1 }, [["Trouble"]]);
    expect(spill(hf, 4)).toEqual([RED_FLAG_LABELS.opponent.en]);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [["Even keel"]]);
    expect(spill(hf, 4)).toEqual([RED_FLAG_LABELS.economicNoChance.en, RED_FLAG_LABELS.opponent.en]);
  });

  it("takes the modes and stances KAM.RESPONSEMODE and KAM.STANCE compute, in Dutch too", () => {
    // name, influence, perceived, desired, business interest, personal gain, risk perception
    const rows: RawCellContent[][] = [
      ["Jansen", "Economisch", 3, 4, 2, 1, 2],
      ["De Vries", "Technisch", 4, 4, -1, -2, 3],
      ["Bakker", "Gebruiker", 5, 4, 1, -1, 2],
    ];
    rows[0]?.push(null, '=KAM.REDFLAGS(B1:B3,KAM.RESPONSEMODE(C1:C3,D1:D3),KAM.STANCE(E1:E3,F1:F3,G1:G3,,"nl"),"nl")');
    const hf = createKamEngine({ Centre: rows });
    const flags: unknown[] = [];
    for (let r = 0; r < 7; r++) flags.push(at(hf, r, 8));
    expect(flags.filter((f) => f !== null)).toEqual([RED_FLAG_LABELS.noCoach.nl, RED_FLAG_LABELS.opponent.nl]);
  });

  it("reads a row of people as well as a column", () => {
    const hf = createKamEngine({
      Row: [
        ["Economic", "Coach", "User", "=KAM.REDFLAGS(A1:C1,A2:C2,A3:C3)"],
        ["Overconfident", "Growth", "Growth"],
        ["Supporter", "Supporter", "Opponent"],
      ],
    });
    expect([at(hf, 0, 3), at(hf, 1, 3), at(hf, 2, 3)]).toEqual([
      RED_FLAG_LABELS.economicNoChance.en,
      RED_FLAG_LABELS.opponent.en,
      null,
    ]);
  });
});
