import { describe, expect, it } from "vitest";
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";

/**
 * A 200-customer sheet: A name, B current value, C future value, D profit (some blank, some
 * losses), E:H four criteria scores under their weights in row 1 (some scores blank).
 * J2 classifies, K2 scores; both spill 200 rows.
 */
const N = 200;
const WEIGHTS = [4, 3, 2, 1];

function row(i: number): RawCellContent[] {
  const current = 1 + ((i * 7) % 5);
  const future = 1 + ((i * 3) % 5);
  const profit = i % 11 === 0 ? -100 - i : i % 4 === 0 ? null : 50 + i;
  const scores = [1 + (i % 5), 1 + ((i * 2) % 5), i % 6 === 0 ? null : 1 + ((i * 3) % 5), 5 - (i % 5)];
  return [`Customer ${i + 1}`, current, future, profit, ...scores];
}

function sheet(): RawCellContent[][] {
  const rows: RawCellContent[][] = [["Customer", "Current", "Future", "Profit", ...WEIGHTS]];
  for (let i = 0; i < N; i++) rows.push(row(i));
  rows[1]?.push(null, "=KAM.CLASSIFY(B2:B201,C2:C201,D2:D201)", "=KAM.SCORE(E2:H201,E$1:H$1)");
  return rows;
}

/** The class per models.md §2, written out here independently of the core. */
function expectedClass(current: number, future: number, profit: number | null): string {
  if (profit !== null && profit < 0) return "Loss customer";
  if (current >= 3 && future >= 3) return "Key account";
  if (future >= 3) return "Future key account";
  if (current >= 3) return "Large customer";
  return "Small customer";
}

function expectedScore(i: number, weights: readonly number[]): number {
  const scores = row(i).slice(4, 8) as (number | null)[];
  let sum = 0;
  let total = 0;
  scores.forEach((s, k) => {
    if (s === null) return;
    sum += (weights[k] as number) * s;
    total += weights[k] as number;
  });
  return sum / total;
}

const at = (hf: HyperFormula, r: number, c: number) => hf.getCellValue({ sheet: 0, row: r, col: c });

describe("KAM.CLASSIFY and KAM.SCORE inside real formulas (HyperFormula plugin built from the catalog)", () => {
  it("spills one class and one weighted score per customer over 200 rows", () => {
    const hf = createKamEngine({ Customers: sheet() });
    const counts = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const [, current, future, profit] = row(i) as [string, number, number, number | null];
      const label = at(hf, i + 1, 9);
      expect(label, `J${i + 2}`).toBe(expectedClass(current, future, profit));
      counts.set(label as string, (counts.get(label as string) ?? 0) + 1);
      expect(at(hf, i + 1, 10) as number, `K${i + 2}`).toBeCloseTo(expectedScore(i, WEIGHTS), 10);
    }
    expect(counts.size, "all five classes occur").toBe(5);
    expect(at(hf, N + 1, 9), "nothing spills past the last customer").toBeNull();
  });

  it("recalculates every score when a weight in row 1 changes", () => {
    const hf = createKamEngine({ Customers: sheet() });
    const before = at(hf, 1, 10);
    hf.setCellContents({ sheet: 0, row: 0, col: 4 }, [[0]]);
    const weights = [0, ...WEIGHTS.slice(1)];
    expect(at(hf, 1, 10)).not.toBe(before);
    for (let i = 0; i < N; i++) expect(at(hf, i + 1, 10) as number).toBeCloseTo(expectedScore(i, weights), 10);
  });

  it("turns the whole score column into #VALUE! when a weight goes negative, and back when it is fixed", () => {
    const hf = createKamEngine({ Customers: sheet() });
    hf.setCellContents({ sheet: 0, row: 0, col: 7 }, [[-1]]);
    const bad = at(hf, 100, 10);
    expect(bad).toBeInstanceOf(DetailedCellError);
    expect((bad as DetailedCellError).value).toBe("#VALUE!");
    expect((bad as DetailedCellError).message).toMatch(/^weights, row 1, column 4: /);
    hf.setCellContents({ sheet: 0, row: 0, col: 7 }, [[1]]);
    expect(at(hf, 100, 10) as number).toBeCloseTo(expectedScore(99, WEIGHTS), 10);
  });

  it("reclassifies a customer when its profit turns negative", () => {
    const hf = createKamEngine({ Customers: sheet() });
    hf.setCellContents({ sheet: 0, row: 2, col: 3 }, [[-1]]);
    expect(at(hf, 2, 9)).toBe("Loss customer");
  });

  it("shows #SPILL! when something blocks the spill area, and spills again once it is cleared", () => {
    const hf = createKamEngine({ Customers: sheet() });
    hf.setCellContents({ sheet: 0, row: 150, col: 10 }, [["in the way"]]);
    const anchor = at(hf, 1, 10);
    expect(anchor).toBeInstanceOf(DetailedCellError);
    expect((anchor as DetailedCellError).value).toBe("#SPILL!");
    expect(at(hf, 1, 9), "the class column is not blocked").toBe("Loss customer");
    // HyperFormula (unlike Excel) does not re-spill by itself once the blocker is gone, also for
    // its own array formulas; entering the formula again does.
    hf.setCellContents({ sheet: 0, row: 150, col: 10 }, [[null]]);
    hf.setCellContents({ sheet: 0, row: 1, col: 10 }, [["=KAM.SCORE(E2:H201,E$1:H$1)"]]);
    expect(at(hf, 1, 10) as number).toBeCloseTo(expectedScore(0, WEIGHTS), 10);
    expect(at(hf, 150, 10) as number).toBeCloseTo(expectedScore(149, WEIGHTS), 10);
  });
});
