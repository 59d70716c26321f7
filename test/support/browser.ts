import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { REPO_ROOT } from "./server";

/** Debian's Chromium; override with `KAM_CHROMIUM`. */
export const CHROMIUM_PATH = process.env["KAM_CHROMIUM"] ?? "/usr/bin/chromium";

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = resolve(REPO_ROOT, "test-artifacts");

/** A launched headless Chromium with its own throwaway profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  /** Opens a new page; page errors and console errors are collected in `errors`. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

/** Options of {@link launchBrowser}. */
export interface LaunchOptions {
  /** The browser's language (`navigator.language`), default "en-US". */
  readonly locale?: string;
  /** Page size in CSS pixels, default 420 × 800 (a task pane). */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/**
 * Launches headless Chromium through playwright-core with a fresh temporary profile and no network
 * chatter (no QUIC, sync, component updates or background requests).
 *
 * @example
 * const browser = await launchBrowser({ locale: "nl-NL" });
 * const { page, errors } = await browser.newPage();
 * await page.goto(url);
 * await browser.close();
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "kam-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 420, height: 800 },
    locale: options.locale ?? "en-US",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
      });
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a full-page PNG screenshot as `test-artifacts/<name>.png` and returns its path.
 *
 * @example
 * const file = await screenshot(page, "taskpane-en");
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
