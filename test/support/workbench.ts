import type { Page } from "playwright-core";
import type { Cell } from "../../src/core/cells";
import type { RangeRef, SheetLayout } from "../../src/core/layout";
import { parseA1 } from "../../src/workbench/address";
import type { StaticServer } from "./server";

/** The viewport the workbench tests use (grid and pane side by side). */
export const WORKBENCH_VIEWPORT = { width: 1400, height: 860 };

/**
 * Opens `workbench.html` of the served build and waits until the sample data is loaded
 * (`[data-testid=wb-root][data-ready=true]`). Returns the milliseconds that took.
 *
 * @example
 * const ms = await openWorkbench(page, server);
 */
export async function openWorkbench(page: Page, server: StaticServer): Promise<number> {
  await page.setViewportSize(WORKBENCH_VIEWPORT);
  await page.bringToFront();
  const started = Date.now();
  await page.goto(`${server.url}workbench.html`);
  await page.waitForSelector('[data-testid="wb-root"][data-ready="true"]', { timeout: 60_000 });
  return Date.now() - started;
}

function range(address: string): RangeRef {
  const r = parseA1(address);
  if (r === undefined) throw new Error(`not an A1 address: ${address}`);
  return r;
}

/**
 * The computed values of a range, read from the engine worker (errors as `{ sheetError, message }`).
 *
 * @example
 * const [[header]] = await readRange(page, "Customers", "A1");
 */
export async function readRange(page: Page, sheet: string, address: string): Promise<Cell[][]> {
  return page.evaluate(
    async ({ sheet, range }) => {
      const wb = window.kamWorkbench;
      if (wb === undefined) throw new Error("window.kamWorkbench is missing");
      return wb.engine.call("read", { sheet, range });
    },
    { sheet, range: range(address) },
  );
}

/**
 * Waits until a range's values satisfy a predicate (the engine recalculates asynchronously).
 *
 * @example
 * await waitForRange(page, "Customers", "AC2", (v) => v[0]?.[0] === "Zone of affection");
 */
export async function waitForRange(
  page: Page,
  sheet: string,
  address: string,
  ok: (values: Cell[][]) => boolean,
  timeoutMs = 20_000,
): Promise<Cell[][]> {
  const until = Date.now() + timeoutMs;
  let last: Cell[][] = [];
  while (Date.now() < until) {
    last = await readRange(page, sheet, address);
    if (ok(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`${sheet}!${address} never matched; last value ${JSON.stringify(last)}`);
}

/**
 * Goes to a cell through the name box (as Ctrl+G in Excel): the grid scrolls there and takes the
 * keyboard focus, so `page.keyboard.type` then types into that cell.
 *
 * @example
 * await goTo(page, "P2");
 * await page.keyboard.type("4");
 * await page.keyboard.press("Enter");
 */
export async function goTo(page: Page, address: string): Promise<void> {
  const nameBox = page.getByTestId("wb-name-box");
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="wb-grid"]') !== null);
  await page.waitForTimeout(600);
}

/**
 * Types into the selected grid cell: Enter opens Glide's cell editor (as F2 in Excel), the text
 * replaces the content, and Enter commits it (the selection then moves down).
 *
 * @example
 * await goTo(page, "P2");
 * await typeInGrid(page, "4");
 */
export async function typeInGrid(page: Page, text: string): Promise<void> {
  const editor = page.locator("#portal textarea");
  for (let attempt = 0; attempt < 3 && !(await editor.isVisible()); attempt++) {
    await page.keyboard.press("Enter");
    await editor.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await editor.fill(text);
  await editor.press("Enter");
  await editor.waitFor({ state: "detached" });
}

/**
 * Selects a cell through the name box and types into the formula bar, as a user does.
 *
 * @example
 * await typeInFormulaBar(page, "AC2", "=KAM.LOYALTYZONE(P2:P11)");
 */
export async function typeInFormulaBar(page: Page, address: string, input: string): Promise<void> {
  const nameBox = page.getByTestId("wb-name-box");
  await nameBox.fill(address);
  await nameBox.press("Enter");
  const cell = address.split(":")[0] ?? address;
  await page.waitForFunction(
    (cell) => document.querySelector('[data-testid="wb-formula-bar"]')?.getAttribute("data-cell")?.endsWith(`!${cell}`),
    cell,
  );
  const bar = page.getByTestId("wb-formula-bar");
  await bar.fill(input);
  await bar.press("Enter");
}

/**
 * The centre of a cell on the screen, for clicking the canvas; assumes the grid is scrolled to A1.
 *
 * @example
 * const { x, y } = await cellCenter(page, 1, 3);
 */
export async function cellCenter(page: Page, row: number, col: number): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId("wb-grid").boundingBox();
  if (box === null) throw new Error("the grid is not visible");
  const widths = await page.evaluate(() => {
    const wb = window.kamWorkbench;
    const state = wb?.book.getState();
    const meta = state === undefined ? undefined : wb?.book.sheet(state.active);
    return meta?.columnWidths ?? {};
  });
  let x = box.x + 64;
  for (let c = 0; c < col; c++) {
    const chars = widths[c];
    x += chars === undefined ? 90 : Math.round(chars * 7 + 5);
  }
  const chars = widths[col];
  x += (chars === undefined ? 90 : Math.round(chars * 7 + 5)) / 2;
  return { x, y: box.y + 24 + row * 24 + 12 };
}

/**
 * Applies a layout through the workbench host (what a builder does), collecting the progress it reports.
 *
 * @example
 * const { result, progress } = await applyLayout(page, layout);
 */
export async function applyLayout(
  page: Page,
  layout: SheetLayout,
  options: { replace?: boolean; cancelAt?: number } = {},
): Promise<{ result?: { sheet: string; cellsWritten: number }; error?: string; progress: number[] }> {
  return page.evaluate(
    async ({ layout, options }) => {
      const wb = window.kamWorkbench;
      if (wb === undefined) throw new Error("window.kamWorkbench is missing");
      const progress: number[] = [];
      const signal = { aborted: false };
      try {
        const result = await wb.host.applyLayout(layout, {
          replace: options.replace === true,
          signal,
          onProgress: (f) => {
            progress.push(f);
            if (options.cancelAt !== undefined && f >= options.cancelAt) signal.aborted = true;
          },
        });
        return { result, progress };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e), progress };
      }
    },
    { layout, options },
  );
}
