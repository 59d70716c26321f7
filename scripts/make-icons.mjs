#!/usr/bin/env node
// Renders assets/icon.svg to assets/icon-16/32/64/80.png (transparent background) with headless Chromium
// through playwright-core. Run after changing the SVG: node scripts/make-icons.mjs
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80];
const svg = readFileSync(resolve(ROOT, "assets/icon.svg"), "utf8");
const profile = mkdtempSync(join(tmpdir(), "kam-icons-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.KAM_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const page = await context.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const out = resolve(ROOT, `assets/icon-${size}.png`);
    await page.locator("svg").screenshot({ path: out, omitBackground: true });
    console.log(`wrote ${out}`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
