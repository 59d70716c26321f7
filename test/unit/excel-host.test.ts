import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { OutputRejectedError, outputCheck } from "../../src/core/host";
import type { ChartLabel, LayoutCell, SheetLayout } from "../../src/core/layout";
import { a1, columnLetters } from "../../src/core/layout";
import { costToServeLayout } from "../../src/core/costToServe/builder";
import { sampleConfig } from "../support/costToServe";
import { retailSourceTable } from "../support/selectionSample";
import { createHost, HostError, READ_BUDGET_BYTES, REGISTRY_KEY } from "../../src/excel/host";
import { CHUNK_BUDGET_BYTES, guardText, packChunks, planWrites, REQUEST_LIMIT_BYTES } from "../../src/excel/plan";
import { fromR1C1, toR1C1 } from "../../src/excel/r1c1";
import { SUPPORTED_PROFILES } from "../support/hostProfiles";
import { DEFAULT_PROFILE, OfficeFake, PropertyNotLoadedError, type OfficeFakeOptions } from "../support/officeFake";

/** The host profile the current block runs on (the host suite runs on every supported Excel build). */
let profile = DEFAULT_PROFILE;
/** The 100,000-row cases run once, on Excel on the web (the only documented payload limits). */
const heavy = (): boolean => profile.id === DEFAULT_PROFILE.id;
const newFake = (options: OfficeFakeOptions = {}): OfficeFake => new OfficeFake({ profile, ...options });

const HYPERLINK = '=HYPERLINK("http://evil.example","click me")';
const COLS = 30;

/** Customer name (literal text) + 29 formula columns, the shape of the selection matrix table. */
function matrixLayout(rows: number, name = "KAM Selection"): SheetLayout {
  const header: LayoutCell[] = Array.from({ length: COLS }, (_, c) => ({ v: c === 0 ? "Customer" : `Criterion ${c}` }));
  const body: LayoutCell[][] = Array.from({ length: rows }, (_, i) => {
    const r = i + 2;
    const row: LayoutCell[] = [{ v: i === 1 ? HYPERLINK : `Customer ${i + 1}` }];
    for (let c = 1; c < COLS; c++) {
      row.push({ f: c % 2 ? `=Data!B${r}*$AF$${c}` : `=IF(B${r}>=$AG$1,"A",IF(B${r}>=$AG$2,"B","C"))` });
    }
    return row;
  });
  const weights: LayoutCell[][] = Array.from({ length: COLS }, (_, c) => [
    { v: 1 / COLS },
    c < 2 ? { v: 3 - c } : null,
  ]);
  return {
    name,
    tag: "kam:selection",
    blocks: [
      { row: 0, col: 0, cells: [header, ...body] },
      { row: 0, col: 31, cells: weights },
    ],
    tables: [{ name: "KamSelection", range: { row: 0, col: 0, rows: rows + 1, cols: COLS } }],
    formats: [{ range: { row: 1, col: 1, rows, cols: 1 }, numberFormat: "0.00", bold: true }],
    conditional: [{ range: { row: 1, col: 2, rows, cols: 1 }, text: "A", fill: "#C6EFCE", fontColor: "#006100" }],
    charts: [
      {
        id: "portfolio",
        type: "scatter",
        title: "Portfolio",
        xTitle: "Current",
        yTitle: "Future",
        series: [
          {
            name: "Customers",
            x: { row: 1, col: 1, rows, cols: 1 },
            y: { row: 1, col: 3, rows, cols: 1 },
            style: "markers",
          },
          {
            name: "Cut-off",
            x: { row: 0, col: 31, rows: 2, cols: 1 },
            y: { row: 0, col: 32, rows: 2, cols: 1 },
            style: "line",
            color: "#888888",
          },
        ],
        placement: { row: 1, col: 34, rows: 20, cols: 8 },
        yPercent: true,
      },
    ],
    columnWidths: { 0: 28 },
    freezeRows: 1,
  };
}

/** Every cell a literal (the worst case for payload). */
function literalLayout(rows: number): SheetLayout {
  const cells: LayoutCell[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: COLS }, (_, c) => ({ v: c === 0 ? `Customer number ${i}` : i * COLS + c + 0.123456 })),
  );
  return {
    name: "KAM Literal",
    tag: "kam:test",
    blocks: [{ row: 0, col: 0, cells }],
    tables: [],
    formats: [],
    conditional: [],
    charts: [],
    columnWidths: {},
  };
}

function userWorkbook(): OfficeFake {
  const fake = newFake();
  fake.addSheet("Data", [
    ["Customer", "Sales"],
    ["Alpha", 10],
  ]);
  return fake;
}

describe("A1 ⇄ R1C1 formulas", () => {
  it("round-trips relative, absolute, cross-sheet and quoted references and leaves strings alone", () => {
    const cases: [string, number, number][] = [
      ["=B2*$C$1", 1, 3],
      ['=IF(A2>0,"A1",0)', 1, 1],
      ["='KAM A1'!B2+LOG10(A2)", 1, 0],
      ["=SUM($B:$B)/COUNT(C:C)", 4, 2],
      ["=INDEX(Data!$C$2:$C$5,MATCH(A2,Data!$A$2:$A$5,0))", 1, 4],
    ];
    for (const [formula, row, col] of cases) {
      const r1c1 = toR1C1(formula, row, col);
      expect(r1c1).toBeDefined();
      expect(fromR1C1(r1c1 as string, row, col)).toBe(formula);
    }
    expect(toR1C1("=B2*$C$1", 1, 3)).toBe("=RC[-2]*R1C3");
  });

  it("round-trips any mix of references, sheet prefixes, function names and string literals", () => {
    const ref = fc
      .record({
        colAbs: fc.boolean(),
        rowAbs: fc.boolean(),
        col: fc.integer({ min: 0, max: 16_383 }),
        row: fc.integer({ min: 0, max: 1_048_575 }),
      })
      .map(({ colAbs, rowAbs, col, row }) => `${colAbs ? "$" : ""}${columnLetters(col)}${rowAbs ? "$" : ""}${row + 1}`);
    const piece = fc.oneof(
      ref,
      fc.tuple(ref, ref).map(([a, b]) => `${a}:${b}`),
      ref.map((r) => `Data!${r}`),
      ref.map((r) => `'KAM A1'!${r}`),
      fc.constantFrom("LOG10(2)", "SUM(1,2)", '"A1 text"', "TRUE", "3.5", "ATAN2(1,1)"),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 200 }),
        (pieces, row, col) => {
          const formula = `=${pieces.join("+")}`;
          const r1c1 = toR1C1(formula, row, col);
          expect(r1c1).toBeDefined();
          expect(fromR1C1(r1c1 as string, row, col)).toBe(formula);
        },
      ),
    );
  });

  it("refuses structured references and whole-row ranges (they are written in A1 as they are)", () => {
    expect(toR1C1("=KamTable[Score]", 1, 1)).toBeUndefined();
    expect(toR1C1("=SUM(2:2)", 1, 1)).toBeUndefined();
  });
});

describe("text guarding", () => {
  it("prefixes an apostrophe to text Excel would read as a formula, number, boolean or error", () => {
    expect(guardText(HYPERLINK)).toBe(`'${HYPERLINK}`);
    for (const t of ["+31 20", "-x", "@me", "0123", "TRUE", "#N/A", "'quoted", "1/2"])
      expect(guardText(t)).toBe(`'${t}`);
    expect(guardText("Key account")).toBe("Key account");
  });
});

describe.each(SUPPORTED_PROFILES.map((p) => [p.id, p] as const))("on %s", (_id, p) => {
  profile = p; // for it.runIf while the tests are collected
  beforeAll(() => {
    profile = p;
  });

  describe("the Office.js host: applying a layout", () => {
    it.runIf(heavy())(
      "writes 100 and 100,000 customers in the same number of round trips, every request under 5 MB",
      async () => {
        const figures: Record<number, { syncs: number; maxBytes: number; totalBytes: number; ms: number }> = {};
        for (const rows of [100, 100_000]) {
          const fake = userWorkbook();
          const host = createHost(fake.deps());
          const t0 = performance.now();
          const result = await host.applyLayout(matrixLayout(rows));
          const ms = performance.now() - t0;
          expect(result.sheet).toBe("KAM Selection");
          fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
          figures[rows] = {
            syncs: fake.syncs,
            maxBytes: fake.maxRequestBytes,
            totalBytes: fake.requests.reduce((n, r) => n + r.bytes, 0),
            ms,
          };
        }
        console.log("apply matrix layout (30 cols)", figures);
        expect(figures[100]?.syncs).toBe(3);
        expect(figures[100_000]?.syncs).toBe(figures[100]?.syncs);
      },
    );

    it.runIf(heavy())(
      "writes an all-literal 100,000 × 30 layout in chunks under 5 MB: syncs = 2 + the planned chunks",
      async () => {
        const layout = literalLayout(100_000);
        const chunks = packChunks(planWrites(layout));
        const fake = userWorkbook();
        await createHost(fake.deps()).applyLayout(layout);
        const bytes = fake.requests.reduce((n, r) => n + r.bytes, 0);
        console.log("apply literal layout 100,000 × 30", {
          syncs: fake.syncs,
          chunks: chunks.length,
          maxBytes: fake.maxRequestBytes,
          totalBytes: bytes,
        });
        expect(fake.syncs).toBe(2 + chunks.length);
        expect(chunks.length).toBeLessThanOrEqual(Math.ceil(bytes / CHUNK_BUDGET_BYTES) + 1);
        fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(REQUEST_LIMIT_BYTES));
        expect(fake.cell("KAM Literal", { row: 99_999, col: 29 })?.value).toBeCloseTo(99_999 * COLS + 29 + 0.123456, 9);
        expect(fake.cell("KAM Literal", { row: 54_321, col: 0 })?.value).toBe("Customer number 54321");
      },
    );

    it("stores every formula exactly as the layout gives it, including those written as one R1C1 fill", async () => {
      const layout = matrixLayout(100);
      const fake = userWorkbook();
      await createHost(fake.deps()).applyLayout(layout);
      const block = layout.blocks[0];
      block?.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell && "f" in cell) expect(fake.cell("KAM Selection", { row: r, col: c })?.formula).toBe(cell.f);
        }),
      );
      expect(fake.log.some((op) => op.name === "formulasR1C1")).toBe(true);
    });

    it("writes a customer called =HYPERLINK(...) as text, not as a formula", async () => {
      const fake = userWorkbook();
      await createHost(fake.deps()).applyLayout(matrixLayout(5));
      const cell = fake.cell("KAM Selection", "A3");
      expect(cell).toEqual({ value: HYPERLINK, text: true });
      expect(cell?.formula).toBeUndefined();
      expect(fake.cell("KAM Selection", "A2")?.value).toBe("Customer 1");
    });

    it("keeps text that Excel would turn into a number, boolean or error as text", async () => {
      const fake = userWorkbook();
      const texts = ["0123", "TRUE", "#N/A", "1/2", "-5", "'quoted"];
      await createHost(fake.deps()).applyLayout({
        ...literalLayout(0),
        blocks: [{ row: 0, col: 0, cells: [texts.map((v) => ({ v }))] }],
      });
      texts.forEach((text, col) =>
        expect(fake.cell("KAM Literal", { row: 0, col })).toEqual({ value: text, text: true }),
      );
    });

    it("refuses a layout whose name Excel would reject, before touching the workbook", async () => {
      const fake = userWorkbook();
      const error = await createHost(fake.deps())
        .applyLayout({ ...literalLayout(1), name: "KAM: Selection" })
        .catch((e: unknown) => e);
      expect((error as HostError).code).toBe("invalid-name");
      expect(fake.syncs).toBe(0);
    });

    it("tags the new sheet as the add-in's, in a custom property and in the document-settings registry", async () => {
      const fake = userWorkbook();
      const host = createHost(fake.deps());
      await host.applyLayout(matrixLayout(5));
      const sheet = fake.sheet("KAM Selection");
      // Worksheet custom properties need ExcelApi 1.12; older builds rely on the registry alone.
      expect(sheet.customProperties.get("kam-owner")).toBe(
        fake.isSetSupported("ExcelApi", "1.12") ? "kam:selection" : undefined,
      );
      expect(JSON.parse(String(fake.settings.get(REGISTRY_KEY)))).toEqual([
        { id: sheet.id, name: "KAM Selection", tag: "kam:selection" },
      ]);
      expect(await host.ownedSheets()).toEqual([{ name: "KAM Selection", tag: "kam:selection" }]);
    });

    it("applies the table, formats, conditional colours, widths, frozen header and a native scatter chart", async () => {
      const fake = userWorkbook();
      await createHost(fake.deps()).applyLayout(matrixLayout(10));
      const sheet = fake.sheet("KAM Selection");
      expect(sheet.tables).toEqual([{ name: "KamSelection", range: { row: 0, col: 0, rows: 11, cols: 30 } }]);
      for (const address of ["B2", "B11"])
        expect(fake.formatAt("KAM Selection", address)).toEqual({ numberFormat: "0.00", bold: true });
      expect(fake.formatAt("KAM Selection", "B12")).toEqual({});
      expect(sheet.conditional).toEqual([
        {
          range: { row: 1, col: 2, rows: 10, cols: 1 },
          type: "Custom",
          formula: '=C2="A"',
          fill: "#C6EFCE",
          fontColor: "#006100",
        },
      ]);
      expect(sheet.columnWidths.get(0)).toBeCloseTo((28 * 7 + 5) * 0.75, 2);
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]).toMatchObject({
        type: "XYScatter",
        name: "portfolio",
        title: "Portfolio",
        xTitle: "Current",
        yTitle: "Future",
        yNumberFormat: "0%",
        position: ["AI2", "AP21"],
        series: [
          { name: "Customers", x: "B2:B11", y: "D2:D11", chartType: "XYScatter" },
          { name: "Cut-off", x: "AF1:AF2", y: "AG1:AG2", chartType: "XYScatterLinesNoMarkers", color: "#888888" },
        ],
      });
    });

    it("fixes the Shapiro chart's axes to the bulk of the retail profile and names the quadrants in their corners (issue 13)", async () => {
      const built = costToServeLayout(sampleConfig("portable"), retailSourceTable(), { existingSheets: [] });
      const spec = built.layout.charts.find((c) => c.id === "shapiro");
      if (!spec?.xAxis || !spec.yAxis || !spec.labels || !spec.labelPoints) throw new Error("no fixed axes or labels");
      const fake = newFake();
      await createHost(fake.deps()).applyLayout(built.layout);
      const chart = fake.sheet(built.layout.name).charts.find((c) => c.name === "shapiro");
      expect(chart?.xAxis).toEqual({ minimum: spec.xAxis.min, maximum: spec.xAxis.max, majorUnit: spec.xAxis.step });
      expect(chart?.yAxis).toEqual({ minimum: spec.yAxis.min, maximum: spec.yAxis.max, majorUnit: spec.yAxis.step });
      const helper = chart?.series.at(-1);
      expect(helper).toMatchObject({ name: " ", chartType: "XYScatter", markerStyle: "None" });
      expect(chart?.hiddenLegendEntries).toEqual([spec.series.length]);
      expect(helper?.x).toBe(a1(spec.labelPoints.x));
      expect(helper?.y).toBe(a1(spec.labelPoints.y));
      const want = { start: "Right", middle: "Center", end: "Left" } as const;
      expect([...(helper?.labels?.entries() ?? [])]).toEqual(
        spec.labels.map((l, i) => [i, { shown: true, text: l.text, position: want[l.align ?? "middle"] }]),
      );
      expect(spec.labels.map((l) => l.text)).toEqual(["Passive", "Carriage trade", "Bargain basement", "Aggressive"]);
    });

    it("leaves the workbook as it was when a quadrant label names a point past its series (Excel: ItemNotFound)", async () => {
      const fake = newFake();
      const base = {
        name: "Charted",
        tag: "kam:test",
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              [{ v: 1 }, { v: 2 }],
              [{ v: 3 }, { v: 4 }],
            ],
          },
        ],
        tables: [],
        formats: [],
        conditional: [],
        columnWidths: {},
      };
      const chart = (labels: ChartLabel[], points: number): SheetLayout => ({
        ...base,
        charts: [
          {
            id: "c",
            type: "scatter",
            title: "C",
            xTitle: "x",
            yTitle: "y",
            placement: { row: 3, col: 0, rows: 10, cols: 6 },
            series: [
              {
                name: "s",
                style: "markers",
                x: { row: 0, col: 0, rows: 2, cols: 1 },
                y: { row: 0, col: 1, rows: 2, cols: 1 },
              },
            ],
            labels,
            labelPoints: { x: { row: 0, col: 0, rows: points, cols: 1 }, y: { row: 0, col: 1, rows: points, cols: 1 } },
          },
        ],
      });
      // Two labels on a series of one point: point 1 does not exist.
      const error = await createHost(fake.deps())
        .applyLayout(
          chart(
            [
              { text: "A", x: 1, y: 2 },
              { text: "B", x: 3, y: 4 },
            ],
            1,
          ),
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect(fake.sheetNames()).not.toContain("Charted");
    });

    it.runIf(heavy())(
      "removes the sheet it created and leaves the workbook as it was when a sync fails mid-build",
      async () => {
        const layout = literalLayout(100_000);
        expect(packChunks(planWrites(layout)).length).toBeGreaterThan(2);
        const fake = newFake({ failOnSync: 3 });
        fake.addSheet("Data", [["Customer"], ["Alpha"]]);
        const before = fake.sheetNames();
        const error = await createHost(fake.deps())
          .applyLayout(layout)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HostError);
        expect((error as HostError).code).toBe("write-failed");
        expect((error as HostError).message).toMatch(/left as it was/);
        expect(fake.sheetNames()).toEqual(before);
        expect(fake.settings.get(REGISTRY_KEY)).toBeNull();
        expect(fake.settings.saves).toBe(2);
      },
    );

    it.runIf(heavy())("cancels between chunks: the promise rejects and the new sheet is gone", async () => {
      const fake = userWorkbook();
      const signal = { aborted: false };
      const progress: number[] = [];
      const error = await createHost(fake.deps())
        .applyLayout(literalLayout(100_000), {
          signal,
          onProgress: (f) => {
            progress.push(f);
            signal.aborted = true;
          },
        })
        .catch((e: unknown) => e);
      expect((error as HostError).code).toBe("cancelled");
      expect(progress).toHaveLength(1);
      expect(fake.sheetNames()).toEqual(["Data"]);
    });

    it("writes nothing when cancelled before it starts", async () => {
      const fake = userWorkbook();
      const host = createHost(fake.deps());
      await expect(host.applyLayout(matrixLayout(5), { signal: { aborted: true } })).rejects.toMatchObject({
        code: "cancelled",
      });
      expect(await host.sheetNames()).toEqual(["Data"]);
      expect(fake.settings.saves).toBe(0);
    });

    it("refreshes (replace) only its own tagged sheet and leaves the user's sheets untouched", async () => {
      const fake = userWorkbook();
      const host = createHost(fake.deps());
      await host.applyLayout(matrixLayout(5));
      const oldId = fake.sheet("KAM Selection").id;
      await expect(host.applyLayout(matrixLayout(8))).rejects.toMatchObject({ code: "sheet-exists" });
      const result = await host.applyLayout(matrixLayout(8), { replace: true });
      expect(result.sheet).toBe("KAM Selection");
      expect(fake.sheetNames()).toEqual(["Data", "KAM Selection"]);
      // Rewritten in place: the same worksheet (formulas elsewhere that point at it keep working).
      expect(result.inPlace).toBe(true);
      expect(fake.sheet("KAM Selection").id).toBe(oldId);
      expect(fake.cell("KAM Selection", "A9")?.value).toBe("Customer 8");
      expect(fake.cell("Data", "A2")).toEqual({ value: "Alpha" });
      expect(JSON.parse(String(fake.settings.get(REGISTRY_KEY)))).toHaveLength(1);
    });

    it("refuses to replace a user's sheet that has the same name", async () => {
      const fake = userWorkbook();
      fake.addSheet("KAM Selection", [["mine"]]);
      const error = await createHost(fake.deps())
        .applyLayout(matrixLayout(5), { replace: true })
        .catch((e: unknown) => e);
      expect((error as HostError).code).toBe("not-owned");
      expect(fake.cell("KAM Selection", "A1")).toEqual({ value: "mine" });
      expect(fake.sheetNames()).toEqual(["Data", "KAM Selection"]);
    });

    it("a failed refresh keeps the previous output", async () => {
      const fake = newFake({ failOnSync: 6 });
      fake.addSheet("Data", [["x"]]);
      const host = createHost(fake.deps());
      await host.applyLayout(matrixLayout(5)); // syncs 1-3
      await expect(host.applyLayout(matrixLayout(8), { replace: true })).rejects.toMatchObject({
        code: "write-failed",
      }); // 4 inspects, 5 writes (beside the old sheet), 6 (finish there) fails
      expect(fake.sheetNames()).toEqual(["Data", "KAM Selection"]);
      expect(fake.cell("KAM Selection", "A6")?.value).toBe("Customer 5");
    });

    it("reads the written sheet back (verify) and keeps it when no checked cell shows a broken error", async () => {
      const fake = newFake();
      fake.addSheet("Data", [["x"]]);
      const layout = matrixLayout(100);
      const result = await createHost(fake.deps()).applyLayout(layout, { verify: outputCheck(layout) });
      // The weights block whole (30 × 2), the table's first three rows and its last (4 × 30).
      expect(result.checked).toBe(180);
      expect(fake.sheetNames()).toEqual(["Data", "KAM Selection"]);
    });

    it("undoes a build whose formulas show #REF! (the source sheet is gone) and says which cell", async () => {
      const fake = newFake();
      fake.addSheet("Other", [["x"]]);
      const layout = matrixLayout(50);
      const error = await createHost(fake.deps())
        .applyLayout(layout, { verify: outputCheck(layout) })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputRejectedError);
      expect((error as OutputRejectedError).broken).toMatchObject({ error: "#REF!", first: "B2", count: 750 }); // 51 rows: checked whole, 15 columns name Data
      expect(fake.sheetNames()).toEqual(["Other"]);
      expect(fake.settings.get(REGISTRY_KEY) ?? null).toBeNull();
    });

    it("a refresh whose new formulas show #REF! keeps the previous output", async () => {
      const fake = newFake();
      fake.addSheet("Data", [["x"]]);
      const host = createHost(fake.deps());
      await host.applyLayout(matrixLayout(5));
      const stale = matrixLayout(8);
      const broken: SheetLayout = {
        ...stale,
        blocks: stale.blocks.map((b, i) =>
          i === 0
            ? {
                ...b,
                cells: b.cells.map((line) =>
                  line.map((c) => (c && "f" in c ? { f: c.f.replace("Data!", "Gone!") } : c)),
                ),
              }
            : b,
        ),
      };
      await expect(host.applyLayout(broken, { replace: true, verify: outputCheck(broken) })).rejects.toBeInstanceOf(
        OutputRejectedError,
      );
      expect(fake.sheetNames()).toEqual(["Data", "KAM Selection"]);
      expect(fake.cell("KAM Selection", "A6")?.value).toBe("Customer 5");
      expect(await host.ownedSheets()).toEqual([{ name: "KAM Selection", tag: "kam:selection" }]);
    });

    it("recognises its own sheet by the registry where custom properties are missing (ExcelApi < 1.12)", async () => {
      const fake = newFake({ customProperties: false });
      fake.addSheet("Data", [["x"]]);
      const host = createHost(fake.deps());
      await host.applyLayout(matrixLayout(3));
      expect(fake.sheet("KAM Selection").customProperties.size).toBe(0);
      await host.applyLayout(matrixLayout(4), { replace: true });
      expect(await host.ownedSheets()).toEqual([{ name: "KAM Selection", tag: "kam:selection" }]);
    });
  });

  describe("the Office.js host: reading the source", () => {
    const rows = [
      ["Customer", "Sales", "Margin"],
      ["Alpha", 100, 0.2],
      ["Beta", "", { sheetError: "#N/A" as const }],
    ] as const;

    it("reads the Excel table under the active cell with its header, origin and name", async () => {
      const fake = newFake();
      fake.addSheet(
        "Data",
        rows.map((r) => [...r]),
        { origin: { row: 2, col: 1 }, table: "Customers" },
      );
      fake.select("Data", "C4");
      const source = await createHost(fake.deps()).readSource();
      expect(source).toEqual({
        sheet: "Data",
        address: "B3:D5",
        tableName: "Customers",
        headers: ["Customer", "Sales", "Margin"],
        rows: [
          ["Alpha", 100, 0.2],
          ["Beta", null, { sheetError: "#N/A" }],
        ],
        origin: { row: 2, col: 1 },
        merged: [],
      });
      expect(fake.syncs).toBe(3);
    });

    it("reads the current region around the active cell when there is no table, and reports merged cells", async () => {
      const fake = newFake();
      fake.addSheet(
        "Plain",
        rows.map((r) => [...r]),
        { merged: ["A2:B2"] },
      );
      fake.select("Plain", "B2");
      const source = await createHost(fake.deps()).readSource();
      expect(source?.address).toBe("A1:C3");
      expect(source?.tableName).toBeUndefined();
      expect(source?.rows).toHaveLength(2);
      // Merged areas need ExcelApi 1.13; older builds cannot report them.
      expect(source?.merged).toEqual(fake.isSetSupported("ExcelApi", "1.13") ? ["A2:B2"] : []);
      expect(fake.syncs).toBe(2);
    });

    it("reads the table around a given cell wherever the selection is (readSourceAt), and nothing for a missing sheet", async () => {
      const fake = newFake();
      fake.addSheet(
        "Data",
        rows.map((r) => [...r]),
        { origin: { row: 2, col: 1 }, table: "Customers" },
      );
      fake.addSheet("Elsewhere", [["x"]]);
      fake.select("Elsewhere", "A1");
      const host = createHost(fake.deps());
      const source = await host.readSourceAt?.("Data", "C4:D5");
      expect(source?.tableName).toBe("Customers");
      expect(source?.address).toBe("B3:D5");
      expect(await host.readSourceAt?.("Gone", "A1")).toBeUndefined();
    });

    it("returns nothing on an empty sheet", async () => {
      const fake = newFake();
      fake.addSheet("Empty");
      expect(await createHost(fake.deps()).readSource()).toBeUndefined();
    });

    function bigSheet(rows: number, text: (r: number, c: number) => string | number): OfficeFake {
      const data = [
        Array.from({ length: COLS }, (_, c) => `Column ${c}`),
        ...Array.from({ length: rows }, (_, r) => Array.from({ length: COLS }, (_, c) => text(r, c))),
      ];
      const fake = newFake();
      fake.addSheet("Big", data);
      fake.select("Big", "A1");
      return fake;
    }

    it.runIf(heavy())(
      "reads 100,000 rows × 30 columns in at most 3 + ceil(bytes / 3.5 MiB) round trips, every response under 5 MB",
      async () => {
        const figures: Record<number, { syncs: number; bound: number; maxResponseBytes: number }> = {};
        for (const rows of [100, 100_000]) {
          const fake = bigSheet(rows, (r, c) => (c === 0 ? `Customer ${r}` : r + c / 7));
          const source = await createHost(fake.deps()).readSource();
          expect(source?.rows).toHaveLength(rows);
          expect(source?.rows[rows - 1]?.[29]).toBeCloseTo(rows - 1 + 29 / 7, 9);
          const bytes = fake.requests.reduce((n, r) => n + r.responseBytes, 0);
          const bound = 3 + Math.ceil(bytes / READ_BUDGET_BYTES);
          figures[rows] = { syncs: fake.syncs, bound, maxResponseBytes: fake.maxResponseBytes };
          expect(fake.syncs).toBeLessThanOrEqual(bound);
          expect(fake.maxResponseBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
        }
        console.log("readSource 30 columns", figures);
        expect(figures[100]?.syncs).toBe(2);
      },
    );

    it("keeps every response under 5 MB when the source holds long texts", async () => {
      const long = "x".repeat(200);
      const fake = bigSheet(3_000, (r) => `${long}${r}`);
      const source = await createHost(fake.deps()).readSource();
      expect(source?.rows).toHaveLength(3_000);
      expect(fake.maxResponseBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    });
  });

  describe("the Office.js host: configuration and events", () => {
    it("stores configuration as JSON under the kam: prefix and saves the document settings", async () => {
      const fake = userWorkbook();
      const host = createHost(fake.deps());
      await host.saveConfig("selection", { weights: [1, 2] });
      expect(fake.settings.get("kam:selection")).toBe('{"weights":[1,2]}');
      expect(fake.settings.saves).toBe(1);
      expect(await host.loadConfig("selection")).toEqual({ weights: [1, 2] });
      expect(await host.loadConfig("missing")).toBeUndefined();
      fake.settings.set("kam:broken", "{not json");
      await expect(host.loadConfig("broken")).rejects.toThrow(/kam:broken.*not valid JSON/);
      fake.settings.failSave = true;
      await expect(host.saveConfig("x", 1)).rejects.toMatchObject({ code: "settings-failed" });
    });

    it("reports selection changes on its own sheets only, until unsubscribed", async () => {
      const fake = userWorkbook();
      const host = createHost(fake.deps());
      await host.applyLayout(matrixLayout(5));
      const seen: [string, number][] = [];
      const stop = host.onSelectionChanged((sheet, row) => seen.push([sheet, row]));
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      await fake.fireSelection("KAM Selection", "C4");
      await fake.fireSelection("Data", "A2");
      stop();
      await new Promise((r) => setTimeout(r, 0));
      await fake.fireSelection("KAM Selection", "C5");
      expect(seen).toEqual([["KAM Selection", 3]]);
    });
  });
});

describe("the recording fake", () => {
  it("throws when code reads a property that was not loaded and synced", async () => {
    const fake = userWorkbook();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(PropertyNotLoadedError);
      range.load("values");
      expect(() => range.values).toThrow(PropertyNotLoadedError);
      await context.sync();
      expect(range.values).toEqual([
        ["Customer", "Sales"],
        ["Alpha", 10],
      ]);
    });
    expect(fake.syncs).toBe(1);
  });

  it("fails a request over 5 MB like Excel on the web", async () => {
    const fake = userWorkbook();
    const big = Array.from({ length: 200_000 }, (_, i) => [`a fairly long customer name ${i}`]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 5, big.length, 1).values = big;
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});
