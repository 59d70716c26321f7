import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/server";
import { openWorkbench, readRange } from "../support/workbench";

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

/** Excel's "CSV UTF-8" from Dutch Excel: byte order mark, CRLF, semicolons, 1.234,56. */
const DUTCH_FILE = join(__dirname, "../fixtures/klanten-nl.csv");
const SHEET = "klanten-nl";

async function readAs(page: Page): Promise<{ title: string; lines: string[]; numbers: string | null }> {
  const bar = page.getByTestId("wb-read-as");
  return {
    title: (await bar.getByTestId("wb-read-as-title").textContent()) ?? "",
    lines: await bar.getByTestId("wb-read-as-line").allTextContents(),
    numbers: await bar.getAttribute("data-numbers"),
  };
}

async function chooseNumbers(page: Page, numbers: "en" | "nl"): Promise<void> {
  await page.getByTestId("wb-read-numbers").selectOption(numbers);
  await page.waitForSelector(`[data-testid="wb-read-as"][data-numbers="${numbers}"]`);
  await page.waitForSelector('[data-testid="wb-read-numbers"]:not([disabled])');
}

describe("opening a Dutch CSV file in the workbench", () => {
  it("puts the right numbers in the cells and shows what it assumed", async () => {
    await openWorkbench(page, server);
    await page.getByTestId("wb-open-input").setInputFiles(DUTCH_FILE);
    await page.getByTestId("wb-read-as").waitFor();
    const shown = await readAs(page);
    expect(shown.title).toBe("Read as: semicolon-separated, Dutch numbers (1.234,56).");
    expect(shown.lines[0]).toMatch(
      /^Decided by \d+ values that only this notation reads as numbers, such as 9\.800,50 in D2\.$/,
    );
    expect(await readRange(page, SHEET, "A1:I3")).toEqual([
      ["Klant", "Sector", "Omzet", "Kostprijs", "Korting", "Marge", "Orders", "Tevredenheid", "Openstaand"],
      ["Bakkerij de Vries; Zn.", "Voeding", 12500, 9800.5, 0.05, 0.216, 14, 4.2, 1250],
      ["Jansen Metaal BV", "Metaal", 1250, 1312.75, 0, -0.05, 3, 3.5, -62.75],
    ]);
    expect(await readRange(page, SHEET, "C5:G5")).toEqual([[1234567, 987654.32, 0.075, 0.2, 1020]]);
    await screenshot(page, "workbench-csv-dutch");
    await page.screenshot({
      path: join(ARTIFACTS_DIR, "workbench-csv-dutch-notice.png"),
      clip: { x: 0, y: 0, width: 1020, height: 420 },
    });
  });

  it("gives the pane number columns, not text", async () => {
    await page.getByTestId("sel-read-source").click();
    await page.getByTestId("sel-source-found").waitFor();
    expect(await page.getByTestId("sel-source-found").textContent()).toBe(`5 customers in ${SHEET}!A1:I6`);
    for (const col of [2, 3, 4, 5, 6, 7, 8]) {
      expect(await page.getByTestId(`sel-col-${col}-kind`).textContent(), `column ${col}`).toBe("Number");
    }
  });

  it("reads the file again in the notation the user switches to, and names the cells it then keeps as text", async () => {
    await chooseNumbers(page, "en");
    expect(await readRange(page, SHEET, "C2:D3")).toEqual([
      [12.5, "9.800,50"],
      [1.25, "1.312,75"],
    ]);
    const shown = await readAs(page);
    expect(shown.title).toBe("Read as: semicolon-separated, English numbers (1,234.56).");
    expect(shown.lines.join(" ")).toMatch(
      /cells look like numbers but are none in English notation; kept as text: D2 \(9\.800,50\)/,
    );
    expect(await page.getByTestId("wb-notice").textContent()).toContain("Read klanten-nl.csv again.");
    await screenshot(page, "workbench-csv-english");

    await chooseNumbers(page, "nl");
    expect(await readRange(page, SHEET, "C2:D2")).toEqual([[12500, 9800.5]]);
    expect((await readAs(page)).lines.join(" ")).not.toMatch(/kept as text/);
  });

  it("speaks Dutch when the pane does", async () => {
    await page.getByTestId("lang-nl").click();
    expect((await readAs(page)).title).toBe("Gelezen als: puntkommagescheiden, Nederlandse getalnotatie (1.234,56).");
    await screenshot(page, "workbench-csv-dutch-nl");
    await page.getByTestId("lang-en").click();
  });

  it("warns about values only the delimiter decided, with both readings, and re-reads them as English on request", async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, "omzet-dubbelzinnig.csv");
    writeFileSync(file, "Klant;Omzet;Orders\r\nAcme;12.500;3\r\nGlobex;1.250;12\r\nInitech;300;1\r\n");
    await page.getByTestId("wb-open-input").setInputFiles(file);
    await page.waitForSelector('[data-testid="wb-read-as"][data-numbers="nl"]');
    await expect.poll(async () => (await readAs(page)).lines.length).toBe(2);
    const shown = await readAs(page);
    expect(shown.lines).toEqual([
      "No value settles the notation; a semicolon- or tab-separated file usually has Dutch numbers.",
      "Check: 2 values read either way: B2 (12.500), B3 (1.250). 12.500 was read as 12500; in English notation it would be 12.5.",
    ]);
    expect(await readRange(page, "omzet-dubbelzinnig", "B2:B4")).toEqual([[12500], [1250], [300]]);
    await screenshot(page, "workbench-csv-ambiguous");
    await chooseNumbers(page, "en");
    expect(await readRange(page, "omzet-dubbelzinnig", "B2:B4")).toEqual([[12.5], [1.25], [300]]);
    expect(errors).toEqual([]);
  });
});
