import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { REPO_ROOT, serveStatic, type StaticServer } from "../support/server";

/** office.js outside Office opens a telemetry iframe; offline it fails quietly and nothing depends on it. */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

describe("task pane smoke test (built dist-test/taskpane.html in headless Chromium)", () => {
  let server: StaticServer;
  let browser: TestBrowser;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    await browser.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith("data:")) return route.continue();
      outside.push(url);
      return route.abort("internetdisconnected");
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders the pane offline with the preview banner and switches to Dutch", async () => {
    const { page, errors } = await browser.newPage();
    const officeJs = page.waitForResponse((r) => r.url().endsWith("/assets/office-js/office.js"));
    await page.goto(`${server.url}taskpane.html`);

    expect((await officeJs).status()).toBe(200);
    await page.getByTestId("kam-pane").waitFor({ state: "visible" });
    expect(await page.evaluate(() => typeof Office !== "undefined" && typeof Office.onReady)).toBe("function");
    expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
    await expect.poll(() => page.getByTestId("preview-banner").isVisible()).toBe(true);
    expect(await page.locator("h1").textContent()).toBe("KAM for Excel");
    // The first tab's builder is a chunk of its own, loaded from beside the page when the tab opens.
    await page.getByTestId("selection-builder").waitFor({ state: "visible" });
    expect(await page.getByTestId("builder-loading").count()).toBe(0);
    await screenshot(page, "taskpane-en");

    await page.getByTestId("lang-nl").click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("KAM voor Excel");
    expect(await page.locator("main").getAttribute("lang")).toBe("nl");
    const file = await screenshot(page, "taskpane-nl");

    expect(statSync(file).size).toBeGreaterThan(1_000);
    expect(errors).toEqual([]);
    expect(outside.filter((url) => !url.startsWith(OFFICE_TELEMETRY))).toEqual([]);
  });

  it("opens in Dutch when the browser's language is Dutch (outside Excel the pane follows navigator.language)", async () => {
    const dutch = await launchBrowser({ locale: "nl-NL" });
    try {
      await dutch.context.route("**/*", (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort("internetdisconnected"),
      );
      const { page, errors } = await dutch.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId("kam-pane").waitFor({ state: "visible" });
      expect(await page.locator("h1").textContent()).toBe("KAM voor Excel");
      expect(await page.getByTestId("preview-banner").textContent()).toMatch(/^Voorbeeld/);
      expect(errors).toEqual([]);
    } finally {
      await dutch.close();
    }
  });

  it("ships office.js with the mapping table it loads, so Office.onReady resolves without a network", () => {
    for (const file of ["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js"]) {
      expect(
        existsSync(resolve(REPO_ROOT, process.env["KAM_DIST_TEST"] ?? "dist-test", "assets/office-js", file)),
        file,
      ).toBe(true);
    }
  });
});
