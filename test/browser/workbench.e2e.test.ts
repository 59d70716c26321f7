import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loyaltyZone } from "../../src/core/loyalty";
import type { SheetLayout } from "../../src/core/layout";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import {
  applyLayout,
  cellCenter,
  goTo,
  typeInGrid,
  openWorkbench,
  readRange,
  typeInFormulaBar,
  waitForRange,
} from "../support/workbench";

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  ({ page, errors } = await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SAMPLE = readFileSync(join(__dirname, "../../assets/sample/customers.csv"), "utf8").trim().split(/\r?\n/);
const HEADER = SAMPLE[0]?.split(",") ?? [];
const SATISFACTION_COL = HEADER.indexOf("Satisfaction");

describe("the workbench page", () => {
  it("opens with the committed sample data in the grid, the formats applied and the pane docked", async () => {
    const ms = await openWorkbench(page, server);
    console.info(`workbench: time to interactive ${ms} ms`);
    const head = await readRange(page, "Customers", "A1:AA1");
    expect(head[0]).toEqual(HEADER);
    const last = await readRange(page, "Customers", `A${SAMPLE.length}`);
    expect(last[0]?.[0]).toBe(SAMPLE[SAMPLE.length - 1]?.split(",")[0]);
    await expect(page.getByTestId("wb-sheet-tab").first().getAttribute("data-sheet")).resolves.toBe("Customers");
    await page.getByTestId("kam-pane").waitFor();
    await page.getByTestId("wb-name-box").fill("E2");
    await page.getByTestId("wb-name-box").press("Enter");
    await expect
      .poll(() => page.getByTestId("wb-formula-bar").inputValue())
      .toBe(String(Number(SAMPLE[1]?.split(",")[4])));
    await screenshot(page, "workbench-sample");
    expect(errors).toEqual([]);
  });

  it("spills a KAM formula typed in the formula bar and matches the core model", async () => {
    expect(SATISFACTION_COL).toBeGreaterThan(0);
    const letter = String.fromCharCode(65 + SATISFACTION_COL);
    await typeInFormulaBar(page, "AC2", `=KAM.LOYALTYZONE(${letter}2:${letter}11)`);
    const values = await waitForRange(page, "Customers", "AC2:AC11", (v) => v.every((r) => typeof r[0] === "string"));
    const satisfaction = await readRange(page, "Customers", `${letter}2:${letter}11`);
    const expected = satisfaction.map((r) => {
      const zone = loyaltyZone(Number(r[0]));
      return zone;
    });
    expect(values.map((r) => r[0])).toEqual(
      expected.map(
        (z) =>
          ({ defection: "Zone of defection", indifference: "Zone of indifference", affection: "Zone of affection" })[z],
      ),
    );
    await page.getByTestId("wb-name-box").fill("AC2");
    await page.getByTestId("wb-name-box").press("Enter");
    await expect
      .poll(() => page.getByTestId("wb-formula-bar").inputValue())
      .toBe(`=KAM.LOYALTYZONE(${letter}2:${letter}11)`);
    await screenshot(page, "workbench-spill");
  });

  it("recalculates the spilled result live when an input cell is typed over in the grid", async () => {
    const letter = String.fromCharCode(65 + SATISFACTION_COL);
    await goTo(page, `${letter}2`);
    await typeInGrid(page, "1");
    await waitForRange(page, "Customers", `${letter}2`, (v) => v[0]?.[0] === 1);
    await waitForRange(page, "Customers", "AC2", (v) => v[0]?.[0] === "Zone of defection");
    await typeInFormulaBar(page, `${letter}2`, "5");
    await waitForRange(page, "Customers", "AC2", (v) => v[0]?.[0] === "Zone of affection");
    await screenshot(page, "workbench-recalc");
  });

  it("edits a cell clicked on the canvas and recalculates the formulas that use it", async () => {
    await typeInFormulaBar(page, "A1", "Customer");
    await typeInFormulaBar(page, "E4", "=D2*2");
    await goTo(page, "A1");
    const { x, y } = await cellCenter(page, 1, 3);
    await page.mouse.click(x, y);
    await typeInGrid(page, "1234.5");
    await waitForRange(page, "Customers", "D2", (v) => v[0]?.[0] === 1234.5);
    await waitForRange(page, "Customers", "E4", (v) => v[0]?.[0] === 2469);
    await screenshot(page, "workbench-canvas-edit");
  });

  it("clears a selected range with the Delete key and recalculates", async () => {
    await typeInFormulaBar(page, "AD2", "=COUNT(AE10:AF11)");
    await typeInFormulaBar(page, "AE10", "1");
    await typeInFormulaBar(page, "AF11", "2");
    await waitForRange(page, "Customers", "AD2", (v) => v[0]?.[0] === 2);
    await goTo(page, "AE10:AF11");
    await page.keyboard.press("Delete");
    await waitForRange(page, "Customers", "AE10:AF11", (v) => v.flat().every((c) => c === null));
    await waitForRange(page, "Customers", "AD2", (v) => v[0]?.[0] === 0);
    await typeInFormulaBar(page, "AD2", "");
  });

  it("gives a cell typed as a percentage a percentage format, as Excel does", async () => {
    await goTo(page, "AE12");
    await typeInGrid(page, "12.5%");
    await waitForRange(page, "Customers", "AE12", (v) => v[0]?.[0] === 0.125);
    const formats = await page.evaluate(() => window.kamWorkbench?.book.sheet("Customers")?.formats ?? []);
    expect(formats.at(-1)).toEqual({ range: { row: 11, col: 30, rows: 1, cols: 1 }, numberFormat: "0.0%" });
    await typeInFormulaBar(page, "AE12", "");
  });

  it("shows the formula's error message instead of failing the page", async () => {
    await typeInFormulaBar(page, "AE2", '=KAM.LOYALTYZONE("abc")');
    await waitForRange(page, "Customers", "AE2", (v) => typeof v[0]?.[0] === "object" && v[0]?.[0] !== null);
    await page.getByTestId("wb-cell-message").waitFor();
    const text = await page.getByTestId("wb-cell-message").textContent();
    expect(text).toMatch(/^#VALUE! .+/);
    await typeInFormulaBar(page, "AE2", "");
  });

  it("switches the pane to Dutch", async () => {
    await page.getByTestId("lang-nl").click();
    await expect(page.getByTestId("kam-pane").locator("h1").textContent()).resolves.toBe("KAM voor Excel");
    await page.getByTestId("lang-en").click();
  });
});

const layout: SheetLayout = {
  name: "KAM Test",
  tag: "kam:test",
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        [{ v: "Customer" }, { v: "Share" }, { v: "Class" }, { v: "Note" }],
        [{ v: "A" }, { v: 0.25 }, { v: "Key account" }, { v: "=not a formula" }],
        [{ v: "B" }, { v: 0.5 }, { v: "Small customer" }, null],
        [{ v: "C" }, { f: "=B2+B3" }, { v: "Key account" }, null],
      ],
    },
  ],
  tables: [{ name: "KamTest", range: { row: 0, col: 0, rows: 4, cols: 3 } }],
  formats: [{ range: { row: 1, col: 1, rows: 3, cols: 1 }, numberFormat: "0.0%" }],
  conditional: [
    { range: { row: 1, col: 2, rows: 3, cols: 1 }, text: "Key account", fill: "#C6EFCE", fontColor: "#006100" },
  ],
  charts: [
    {
      id: "shares",
      type: "columnStacked",
      title: "Shares",
      xTitle: "Customer",
      yTitle: "Share",
      yPercent: true,
      series: [
        {
          name: "Share",
          x: { row: 1, col: 0, rows: 3, cols: 1 },
          y: { row: 1, col: 1, rows: 3, cols: 1 },
          style: "markers",
        },
      ],
      placement: { row: 6, col: 0, rows: 12, cols: 5 },
    },
  ],
  columnWidths: { 0: 14, 3: 20 },
};

describe("the workbench host", () => {
  it("writes a layout into a new owned sheet: formulas compute, literal '=' text stays text, charts are drawn", async () => {
    const { result, progress, error } = await applyLayout(page, layout);
    expect(error).toBeUndefined();
    expect(result).toEqual({ sheet: "KAM Test", cellsWritten: 14 });
    expect(progress.at(-1)).toBe(1);
    const values = await readRange(page, "KAM Test", "A1:D4");
    expect(values[1]?.[3]).toBe("=not a formula");
    expect(values[3]?.[1]).toBeCloseTo(0.75, 12);
    const owned = await page.evaluate(() => window.kamWorkbench?.host.ownedSheets());
    expect(owned).toEqual([{ name: "KAM Test", tag: "kam:test" }]);
    await page.getByTestId("chart-shares").waitFor();
    await expect(page.getByTestId("chart-shares").locator('[data-series="Share"] rect').count()).resolves.toBe(3);
    await screenshot(page, "workbench-layout-chart");
  });

  it("refuses to overwrite a sheet without replace, and replaces its own sheet with replace", async () => {
    const again = await applyLayout(page, layout);
    expect(again.error).toMatch(/already exists/);
    const replaced = await applyLayout(page, layout, { replace: true });
    expect(replaced.result?.sheet).toBe("KAM Test");
  });

  it("removes what it wrote when the build is cancelled", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [{ v: i }, { f: `=A${i + 1}*2` }]);
    const big: SheetLayout = { ...layout, name: "Cancelled", charts: [], blocks: [{ row: 0, col: 0, cells: rows }] };
    const outcome = await applyLayout(page, big, { cancelAt: 0.1 });
    expect(outcome.error).toMatch(/Cancel/);
    const names = await page.evaluate(() => window.kamWorkbench?.host.sheetNames());
    expect(names).not.toContain("Cancelled");
  });

  it("reads the current region around the selection as the source table", async () => {
    await page.getByTestId("wb-sheet-tab").filter({ hasText: "Customers" }).click();
    await typeInFormulaBar(page, "C5", "West");
    const source = await page.evaluate(() => window.kamWorkbench?.host.readSource());
    expect(source?.headers).toEqual(HEADER);
    expect(source?.rows.length).toBe(SAMPLE.length - 1);
    expect(source?.address).toBe(`A1:AA${SAMPLE.length}`);
    expect(source?.numberFormats?.[4]).toBe("0.0%");
  });

  it("keeps the configuration across a reload", async () => {
    await page.evaluate(() => window.kamWorkbench?.host.saveConfig("weights", { image: 2 }));
    await page.reload();
    await page.waitForSelector('[data-testid="wb-root"][data-ready="true"]');
    await expect(page.evaluate(() => window.kamWorkbench?.host.loadConfig("weights"))).resolves.toEqual({ image: 2 });
  });
});

describe("opening and saving workbooks", () => {
  it("imports an .xlsx with formulas and formats, and the saved export reads back with the same values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Accounts");
    ws.addRow(["Customer", "Revenue", "Growth", "Doubled"]);
    ws.addRow(["Acme", 1200, 0.1, { formula: "B2*2", result: 2400 }]);
    ws.addRow(["Globex", 800.5, -0.05, { formula: "B3*2", result: 1601 }]);
    ws.addRow(["=literal", 0, 0, { formula: "SUM(B2:B3)", result: 2000.5 }]);
    ws.getColumn(1).width = 24;
    ws.getCell("C2").numFmt = "0.0%";
    ws.getCell("C3").numFmt = "0.0%";
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const input = join(ARTIFACTS_DIR, "workbench-import.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));

    await page.getByTestId("wb-open-input").setInputFiles(input);
    await page.getByTestId("wb-notice").waitFor();
    const imported = await readRange(page, "Accounts", "A1:D4");
    expect(imported).toEqual([
      ["Customer", "Revenue", "Growth", "Doubled"],
      ["Acme", 1200, 0.1, 2400],
      ["Globex", 800.5, -0.05, 1601],
      ["=literal", 0, 0, 2000.5],
    ]);
    await screenshot(page, "workbench-imported");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("wb-save").click()]);
    const output = join(ARTIFACTS_DIR, "workbench-export.xlsx");
    await download.saveAs(output);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const sheet = back.getWorksheet("Accounts");
    expect(sheet).toBeDefined();
    const cell = (a: string): unknown => {
      const v = sheet?.getCell(a).value;
      return typeof v === "object" && v !== null && "result" in v ? v.result : v;
    };
    expect([cell("A2"), cell("B2"), cell("C2"), cell("D2"), cell("D4"), cell("A4")]).toEqual([
      "Acme",
      1200,
      0.1,
      2400,
      2000.5,
      "=literal",
    ]);
    expect(sheet?.getCell("D3").formula).toBe("B3*2");
    expect(sheet?.getCell("C2").numFmt).toBe("0.0%");
    expect(sheet?.getColumn(1).width).toBe(24);
  });

  it("shows a message for a file that is not a workbook and keeps the page", async () => {
    const bad = join(ARTIFACTS_DIR, "workbench-bad.xlsx");
    writeFileSync(bad, "this is not a zip file");
    await page.getByTestId("wb-open-input").setInputFiles(bad);
    await page.getByTestId("wb-error").waitFor();
    await expect(page.getByTestId("wb-error").textContent()).resolves.toMatch(/could not be opened/);
    await expect(readRange(page, "Accounts", "A2")).resolves.toEqual([["Acme"]]);
    await page.getByTestId("wb-grid").waitFor();
    await screenshot(page, "workbench-bad-file");
  });
});
