#!/usr/bin/env node
// `npm start`: run the add-in for development.
// - Windows or macOS with desktop Excel: start the HTTPS dev server in the background, then sideload
//   manifest.xml into desktop Excel with office-addin-debugging. `npm stop` ends both.
// - Anywhere else (Linux, or no desktop Excel): serve over plain http in the foreground and open the
//   workbench, which runs the add-in in a browser without Excel; print its URL when no browser can open.
// `npm run start:desktop` (`--desktop`) insists on desktop Excel and fails clearly where it cannot work.
// KAM_START=desktop|serve overrides the choice; KAM_PORT overrides the port (default 3000, package.json).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import {
  LOG_FILE,
  MANIFEST,
  ROOT,
  binOf,
  clearState,
  devPort,
  endProcess,
  hasDesktopExcel,
  isAlive,
  isListening,
  readState,
  sleep,
  writeState,
} from "./dev-state.mjs";

const require = createRequire(import.meta.url);
const port = devPort();
const wantDesktop = process.argv.includes("--desktop") || process.env.KAM_START === "desktop";
const wantServe = process.env.KAM_START === "serve";
const desktopPlatform = process.platform === "win32" || process.platform === "darwin";

function fail(message, code = 1) {
  console.error(`\n[kam] ${message}\n`);
  process.exit(code);
}

async function waitForServer(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // not up yet (or an untrusted certificate: see serveDesktop)
    }
    await sleep(500);
  }
  return false;
}

function hasCommand(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function openBrowser(url) {
  if (process.env.CI || process.env.KAM_NO_OPEN) return "CI or KAM_NO_OPEN is set";
  let cmd;
  let args;
  if (process.platform === "darwin") [cmd, args] = ["open", [url]];
  else if (process.platform === "win32") [cmd, args] = ["cmd", ["/c", "start", "", url]];
  else {
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return "there is no display (DISPLAY is not set)";
    if (!hasCommand("xdg-open")) return "xdg-open is not installed";
    [cmd, args] = ["xdg-open", [url]];
  }
  const opener = spawn(cmd, args, { stdio: "ignore", detached: true });
  opener.on("error", () => {});
  opener.unref();
  return undefined;
}

async function refuseIfRunning() {
  const state = readState();
  if (state && isAlive(state.pid)) {
    console.log(`[kam] The dev server is already running (pid ${state.pid}) at ${state.url}`);
    console.log("[kam] Run `npm stop` first to restart it.");
    process.exit(0);
  }
  if (state) clearState();
  if (await isListening(port)) {
    fail(
      `Port ${port} is already in use by a process that \`npm start\` did not start.\n` +
        `      Stop it, or use another port: KAM_PORT=3100 npm start`,
    );
  }
}

function webpackArgs() {
  return [binOf("webpack-cli", "bin/cli.js"), "serve", "--mode", "development", "--port", String(port)];
}

/** Linux and machines without desktop Excel: foreground http server + the workbench in a browser. */
async function serve() {
  await refuseIfRunning();
  const url = `http://localhost:${port}/workbench.html`;
  console.log(`[kam] Starting the dev server (plain http, workbench) on port ${port}…`);
  const child = spawn(process.execPath, webpackArgs(), {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, KAM_HTTP: "1", npm_package_config_dev_server_port: String(port) },
  });
  writeState({ pid: child.pid, port, url, mode: "serve", startedAt: new Date().toISOString() });
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      stopping = true;
      child.kill("SIGTERM");
    });
  }
  child.on("exit", (code, signal) => {
    clearState();
    if (stopping || code === 0 || signal === "SIGTERM" || signal === "SIGINT") {
      console.log("\n[kam] Dev server stopped.");
      process.exit(0);
    }
    console.error(`\n[kam] The dev server exited (${signal ?? `code ${code}`}).`);
    process.exit(code || 1);
  });

  if (!(await waitForServer(url, child))) {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      fail(`The dev server did not answer on ${url} within two minutes; stopped it.`);
    }
    return;
  }
  const why = openBrowser(url);
  const line = "─".repeat(Math.max(24, url.length + 4));
  console.log(`\n${line}\n  KAM for Excel is running. Open the workbench:\n\n    ${url}\n`);
  console.log(`  Task pane alone: http://localhost:${port}/taskpane.html`);
  if (why) console.log(`  (No browser was opened: ${why}.)`);
  console.log(`  Stop with Ctrl+C here or \`npm stop\` from another terminal.\n${line}\n`);
}

/** Windows/macOS: trusted HTTPS dev server in the background, then sideload into desktop Excel. */
async function sideloadDesktop() {
  await refuseIfRunning();
  const devCerts = require("office-addin-dev-certs");
  if (!devCerts.verifyCertificates()) {
    console.log("[kam] Installing and trusting the localhost dev certificate (may ask for your password)…");
    try {
      await devCerts.ensureCertificatesAreInstalled();
    } catch (e) {
      fail(`Could not install the dev certificate: ${e.message}`);
    }
    if (!devCerts.verifyCertificates()) {
      fail(
        "The localhost dev certificate is still not trusted, and Excel refuses untrusted add-in pages.\n" +
          "      Trust it with administrator rights: npx office-addin-dev-certs install",
      );
    }
  }

  mkdirSync(dirname(LOG_FILE), { recursive: true });
  const log = openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, webpackArgs(), {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, npm_package_config_dev_server_port: String(port) },
    windowsHide: true,
  });
  closeSync(log);
  child.unref();
  const url = `https://localhost:${port}/taskpane.html`;
  writeState({ pid: child.pid, port, url, mode: "desktop", startedAt: new Date().toISOString() });
  console.log(`[kam] Dev server starting in the background (pid ${child.pid}, log ${LOG_FILE})…`);
  const up = await (async () => {
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) return false;
      if (await isListening(port)) return true;
      await sleep(500);
    }
    return false;
  })();
  if (!up) {
    await endProcess(child.pid);
    clearState();
    fail(`The dev server did not start on port ${port}; see ${LOG_FILE}.`);
  }

  console.log(`[kam] Sideloading ${MANIFEST} into desktop Excel…`);
  const result = spawnSync(
    process.execPath,
    [binOf("office-addin-debugging", "cli.js"), "start", MANIFEST, "desktop", "--dev-server-port", String(port)],
    { cwd: ROOT, encoding: "utf8", stdio: ["inherit", "pipe", "pipe"] },
  );
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  // office-addin-debugging reports failures on the console but exits 0; read what it said.
  const said = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0 || /Unable to sideload|not supported|Error:/i.test(said)) {
    fail(
      "Sideloading failed (see above). The dev server is still running for Excel on the web:\n" +
        `      upload manifest.xml in Excel on the web (Home > Add-ins > More Add-ins > Upload My Add-in). \`npm stop\` ends it.`,
    );
  }
  console.log(`\n[kam] Excel should now show KAM on the Home tab. \`npm stop\` closes the session and the server.\n`);
}

if (wantDesktop && !desktopPlatform) {
  fail(
    `Desktop sideloading works on Windows and macOS only (office-addin-debugging says "Platform not supported: ${process.platform}").\n` +
      "      Here, use `npm start` (the workbench in a browser), or upload dist/manifest.xml to Excel on the web\n" +
      "      after `npm run build` (see README, Sideloading).",
  );
}
if (wantDesktop && !hasDesktopExcel()) {
  console.warn("[kam] Desktop Excel was not found; trying to sideload anyway.");
}
if (!wantServe && (wantDesktop || (desktopPlatform && hasDesktopExcel()))) await sideloadDesktop();
else await serve();
