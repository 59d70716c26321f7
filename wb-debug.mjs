import { chromium } from "playwright-core";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
const root = "/work/main/dist-test";
const srv = http.createServer((req, res) => {
  const p = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!fs.existsSync(p) || fs.statSync(p).isDirectory()) { res.writeHead(404); res.end(); return; }
  const t = p.endsWith(".js") ? "text/javascript" : p.endsWith(".html") ? "text/html" : "application/octet-stream";
  res.writeHead(200, { "Content-Type": t }); fs.createReadStream(p).pipe(res);
}).listen(0);
await new Promise(r => srv.once("listening", r));
const port = srv.address().port;
import os from "node:os";
const prof = fs.mkdtempSync(path.join(os.tmpdir(), "wbdbg-"));
const browser = await chromium.launchPersistentContext(prof, { executablePath: "/usr/bin/chromium", headless: true, viewport: { width: 420, height: 800 }, args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage();
await page.setViewportSize({ width: 1400, height: 860 });
page.on("pageerror", e => console.log("PAGEERROR", e.message));
page.on("console", m => { if (m.type() === "error" || m.type()==="warning") console.log("CONSOLE", m.type(), m.text().slice(0, 300)); });
await page.goto(`http://127.0.0.1:${port}/workbench.html`);
await page.waitForSelector('[data-ready="true"]', { timeout: 60000 });


const nb = page.getByTestId("wb-name-box"), fb = page.getByTestId("wb-formula-bar");
const mode = process.argv[2];
if (process.argv[4] === "shot") await page.screenshot({ path: "/tmp/wb-full.png", fullPage: true });
if (mode === "a") { await nb.fill("E2"); await nb.press("Enter"); await page.waitForTimeout(300); }
if (mode === "c") {
  await nb.fill("E2"); await nb.press("Enter"); await page.waitForTimeout(200);
  await page.screenshot({ path: "/tmp/wb-full.png", fullPage: true });
  await nb.fill("AC2"); await nb.press("Enter"); await fb.fill("=KAM.LOYALTYZONE(P2:P11)"); await fb.press("Enter"); await page.waitForTimeout(300);
  await nb.fill("AC2"); await nb.press("Enter"); await page.waitForTimeout(300);
  await page.screenshot({ path: "/tmp/wb-full.png", fullPage: true });
}
if (mode === "b") { await nb.fill("AC2"); await nb.press("Enter"); await fb.fill("=KAM.LOYALTYZONE(P2:P11)"); await fb.press("Enter"); await page.waitForTimeout(300); }
await page.getByTestId("wb-name-box").fill("P2");
await page.getByTestId("wb-name-box").press("Enter");
await page.waitForTimeout(Number(process.argv[3] ?? 300));
await page.keyboard.type("1");
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/wb-2.png" });
console.log(await page.evaluate(() => document.activeElement?.outerHTML.slice(0,200)));
await page.keyboard.press("Enter");
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/wb-3.png" });
console.log(await page.evaluate(() => window.kamWorkbench.book.getState().selection));
await browser.close(); srv.close();
