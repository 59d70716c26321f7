import { describe, expect, it } from "vitest";
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { createKamEngine } from "../../src/workbench/engine";
import costing from "../fixtures/costing.json";
import whale from "../fixtures/whale.json";
import reichheld from "../fixtures/reichheld.json";

const N = 200;
const K = 8;
const RATES = [0.8, 6.4, 35.2, 40, 8, 44.8, 1.5, 2.25];

/** A Data sheet: rates in B1:I1, driver quantities in B2:I201, a profit per customer in J2:J201. */
function dataSheet(): RawCellContent[][] {
  const rows: RawCellContent[][] = [["rates", ...RATES, "profit"]];
  for (let r = 0; r < N; r++) {
    const drivers = Array.from({ length: K }, (_, j) => (r * 3 + j * 5) % 11);
    rows.push([`C${r + 1}`, ...drivers, ((r * 37) % 101) - 20]);
  }
  return rows;
}

function sheet(hf: HyperFormula, name: string): number {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`no sheet ${name}`);
  return id;
}

function expectedCost(data: RawCellContent[][], r: number): number {
  let sum = 0;
  for (let j = 0; j < K; j++) sum += Number(data[r + 1]?.[j + 1]) * (RATES[j] ?? 0);
  return sum;
}

describe("KAM.COSTTOSERVE inside real formulas (HyperFormula plugin from the catalog)", () => {
  it("spills one cost-to-serve per customer from =KAM.COSTTOSERVE(B2:I201,B$1:I$1)", () => {
    const data = dataSheet();
    const hf = createKamEngine({ Data: data, Out: [["=KAM.COSTTOSERVE(Data!B2:I201,Data!B$1:I$1)"]] });
    const out = hf.getSheetValues(sheet(hf, "Out"));
    expect(out).toHaveLength(N);
    for (let r = 0; r < N; r++) expect(out[r]?.[0], `row ${r + 1}`).toBeCloseTo(expectedCost(data, r), 9);
  });

  it("recalculates when a rate or a driver quantity changes, and shows #N/A in a row with a blank driver", () => {
    const data = dataSheet();
    const hf = createKamEngine({ Data: data, Out: [["=KAM.COSTTOSERVE(Data!B2:I201,Data!B$1:I$1)"]] });
    const d = sheet(hf, "Data");
    const o = sheet(hf, "Out");
    hf.setCellContents({ sheet: d, row: 0, col: 1 }, [[1.8]]);
    const first = Number(data[1]?.[1]);
    expect(hf.getCellValue({ sheet: o, row: 0, col: 0 })).toBeCloseTo(expectedCost(data, 0) + first, 9);
    hf.setCellContents({ sheet: d, row: 5, col: 3 }, [[null]]);
    const blank = hf.getCellValue({ sheet: o, row: 4, col: 0 });
    expect(blank).toBeInstanceOf(DetailedCellError);
    expect((blank as DetailedCellError).value).toBe("#N/A");
    expect((blank as DetailedCellError).message).toBe(
      "drivers, row 5, column 3: a value is required here but the cell is blank.",
    );
    expect(typeof hf.getCellValue({ sheet: o, row: 5, col: 0 })).toBe("number");
  });

  it("reproduces Kaplan & Anderson's time-driven rates and unused capacity in a sheet", () => {
    const { tdabc } = costing;
    const minutes = tdabc.activities.map((a) => [a.unitMinutes, a.quarterlyQuantity]);
    const hf = createKamEngine({
      TD: [
        [tdabc.resourceCostPerQuarter, tdabc.practicalCapacityMinutes, "=KAM.ACTIVITYRATE(A1,B1)"],
        ...minutes.map((row) => [...row, null]),
        ["=KAM.COSTTOSERVE(A2:A4,C1)", null, null],
        [null, null, null],
        [null, null, null],
        ["=KAM.COSTTOSERVE(TRANSPOSE(B2:B4),A2:A4)", "=A1-A8*C1", null],
      ],
    });
    const td = sheet(hf, "TD");
    expect(hf.getCellValue({ sheet: td, row: 0, col: 2 })).toBeCloseTo(tdabc.capacityCostRate, 12);
    tdabc.activities.forEach((a, i) =>
      expect(hf.getCellValue({ sheet: td, row: 4 + i, col: 0 }), a.activity).toBeCloseTo(a.rate, 9),
    );
    expect(hf.getCellValue({ sheet: td, row: 7, col: 0 })).toBeCloseTo(tdabc.minutesUsed, 6);
    expect(hf.getCellValue({ sheet: td, row: 7, col: 1 })).toBeCloseTo(tdabc.unusedCapacityCost, 6);
  });
});

describe("KAM.WHALECURVE and KAM.WHALESTATS inside real formulas", () => {
  it("spills n×2 from =KAM.WHALECURVE(J2:J201), ending at exactly 100 %, and follows edits", () => {
    const hf = createKamEngine({ Data: dataSheet(), Out: [["=KAM.WHALECURVE(Data!J2:J201)"]] });
    const o = sheet(hf, "Out");
    const out = hf.getSheetValues(o);
    expect(out).toHaveLength(N);
    expect(out[N - 1]).toEqual([1, 1]);
    const ys = out.map((row) => Number(row[1]));
    expect(Math.max(...ys)).toBeGreaterThan(1);
    hf.setCellContents({ sheet: sheet(hf, "Data"), row: 1, col: 9 }, [[1_000_000]]);
    expect(Number(hf.getCellValue({ sheet: o, row: 0, col: 1 }))).toBeGreaterThan(0.9);
  });

  it("gives the hand-built curve and its figures, reading one figure with INDEX", () => {
    const profits = whale.profits.map((p) => [p]);
    const hf = createKamEngine({
      P: profits,
      C: [["=KAM.WHALECURVE(P!A1:A10)"]],
      S: [['=KAM.WHALESTATS(P!A1:A10,"nl")', null, "=INDEX(KAM.WHALESTATS(P!A1:A10),2,2)"]],
    });
    const curve = hf.getSheetValues(sheet(hf, "C"));
    whale.curve.forEach(([x, y], i) => {
      expect(curve[i]?.[0]).toBeCloseTo(x ?? NaN, 12);
      expect(curve[i]?.[1]).toBeCloseTo(y ?? NaN, 12);
    });
    const s = sheet(hf, "S");
    expect(hf.getCellValue({ sheet: s, row: 0, col: 0 })).toBe("Totale winst");
    expect(hf.getCellValue({ sheet: s, row: 5, col: 1 })).toBe(whale.stats.lossTotal);
    expect(hf.getCellValue({ sheet: s, row: 0, col: 2 })).toBeCloseTo(whale.stats.peakShare, 12);
  });

  it("shows #VALUE! with the reason when the total profit is not positive", () => {
    const hf = createKamEngine({ P: [[5], [-8]], C: [["=KAM.WHALECURVE(P!A1:A2)"]] });
    const v = hf.getCellValue({ sheet: sheet(hf, "C"), row: 0, col: 0 });
    expect((v as DetailedCellError).value).toBe("#VALUE!");
    expect((v as DetailedCellError).message).toContain("the total is -3");
  });
});

describe("the other functions of part II inside real formulas", () => {
  it("takes the course's price-insensitivity table as one array formula", () => {
    const t = reichheld.priceInsensitivity;
    const hf = createKamEngine({
      M: [
        [null, ...t.netMarginPercent.map((m) => m / 100)],
        ...t.priceRisePercent.map((p) => [p / 100, ...t.netMarginPercent.map(() => null)]),
      ],
      Out: [["=KAM.PRICEEFFECT(M!A2:A6,M!B1:F1)"]],
    });
    const out = hf.getSheetValues(sheet(hf, "Out"));
    t.profitIncreasePercent.forEach((row, i) =>
      row.forEach((pct, j) =>
        expect(out[i]?.[j], `${t.priceRisePercent[i]} / ${t.netMarginPercent[j]}`).toBeCloseTo(pct / 100, 12),
      ),
    );
  });

  it("computes medians for omitted cuts, skips an omitted years argument and chains the buying-centre functions", () => {
    const hf = createKamEngine({
      Q: [
        [0.3, 500],
        [0.1, 100],
        [0.2, 300],
        [0.25, 50],
      ],
      R: [
        [
          "=KAM.PROFITQUADRANT(Q!A1:A4,Q!B1:B4)",
          "=KAM.CLV(100,0.8,0.1,,50)",
          '=KAM.ORDERCHANCE("Economic",KAM.RESPONSEMODE(3,3))',
        ],
      ],
    });
    const r = sheet(hf, "R");
    expect(hf.getSheetValues(r).map((row) => row[0])).toEqual([
      "Carriage trade",
      "Bargain basement",
      "Aggressive",
      "Passive",
    ]);
    expect(hf.getCellValue({ sheet: r, row: 0, col: 1 })).toBeCloseTo(100 / 0.3 - 50, 9);
    expect(hf.getCellValue({ sheet: r, row: 0, col: 2 })).toBe("No order chance");
  });

  it("gives a customer with negative revenue #N/A instead of a quadrant and leaves it out of the medians (issue 13)", () => {
    const n = costing.negativeRevenue;
    const hf = createKamEngine({
      Q: n.revenue.map((r, i) => [n.margin[i]?.[0] ?? null, n.costToServe[i]?.[0] ?? null, r[0] ?? null]),
      R: [["=KAM.PROFITQUADRANT(Q!A1:A5,Q!B1:B5,,,,Q!C1:C5)", "=KAM.PROFITQUADRANT(Q!A1:A5,Q!B1:B5)"]],
    });
    const r = sheet(hf, "R");
    const values = hf.getSheetValues(r);
    expect(values.map((row) => (row[0] instanceof DetailedCellError ? row[0].value : row[0]))).toEqual([
      "Passive",
      "Aggressive",
      "Carriage trade",
      "#N/A",
      "#N/A",
    ]);
    expect((values[3]?.[0] as DetailedCellError).message).toContain("the net revenue is -250");
    expect(values[3]?.[1]).toBe("Passive");
  });

  it("scores a constant column mid-scale under percentile in KAM.NORMALIZE (issue 13)", () => {
    const hf = createKamEngine({
      D: [[4], [4], [null], [4]],
      N: [['=KAM.NORMALIZE(D!A1:A4,"percentile")', '=KAM.NORMALIZE(D!A1:A4,"percentile",1,5,-1)']],
    });
    expect(hf.getSheetValues(sheet(hf, "N"))).toEqual([
      [3, 3],
      [3, 3],
      ["", ""],
      [3, 3],
    ]);
  });

  it("spills READINESS, STANCE and AMLEVEL in Dutch", () => {
    const hf = createKamEngine({
      S: [['=KAM.READINESS(4,2,,"nl")', '=KAM.STANCE(2,1,4,,"nl")', '=KAM.AMLEVEL(TRUE(),TRUE(),FALSE(),"ja",1,"nl")']],
    });
    const s = sheet(hf, "S");
    expect(hf.getSheetValues(s)).toEqual([
      ["Lippendienst: geen herschikking van resources", "Voorzichtige supporter", "Divisieniveau"],
    ]);
  });
});
