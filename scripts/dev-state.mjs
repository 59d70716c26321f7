// Shared by scripts/start.mjs and scripts/stop.mjs: where the dev server's pid file lives, the port, and small
// process helpers. The pid file records the webpack process itself (not an npm or shell wrapper), so that
// `npm stop` can end it: `office-addin-debugging stop` only kills the wrapper and leaves webpack listening.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const STATE_FILE = process.env.KAM_STATE_FILE
  ? resolve(process.env.KAM_STATE_FILE)
  : resolve(ROOT, "node_modules/.cache/kam/dev-server.json");
export const LOG_FILE = resolve(ROOT, "node_modules/.cache/kam/dev-server.log");
export const MANIFEST = "manifest.xml";

/** The dev server port: KAM_PORT, else package.json config.dev_server_port, else 3000. */
export function devPort() {
  if (process.env.KAM_PORT) return Number(process.env.KAM_PORT);
  const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));
  return Number(pkg.config?.dev_server_port ?? 3000);
}

/** Reads the pid file; undefined when there is none or it is unreadable. */
export function readState() {
  if (!existsSync(STATE_FILE)) return undefined;
  try {
    return JSON.parse(readFileSync(STATE_FILE, "utf8"));
  } catch {
    return undefined;
  }
}

export function writeState(state) {
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2) + "\n");
}

export function clearState() {
  rmSync(STATE_FILE, { force: true });
}

/** True when a process with this pid runs (a zombie, ended but not yet reaped by its parent, does not). */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** True when something accepts TCP connections on localhost:port (IPv4 or IPv6). */
export async function isListening(port) {
  return (await canConnect(port, "127.0.0.1")) || (await canConnect(port, "::1"));
}

function canConnect(port, host) {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      done(false);
    });
    socket.once("error", () => done(false));
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Ends a process and, on Windows, its children; waits up to `graceMs` before forcing. Returns true if it ended. */
export async function endProcess(pid, graceMs = 5000) {
  if (!isAlive(pid)) return true;
  if (process.platform === "win32") {
    try {
      execFileSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    } catch {
      // checked below
    }
  } else {
    process.kill(pid, "SIGTERM");
  }
  for (let waited = 0; waited < graceMs; waited += 100) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  if (process.platform !== "win32") process.kill(pid, "SIGKILL");
  await sleep(300);
  return !isAlive(pid);
}

/** Is desktop Excel installed? Windows: the App Paths registry key; macOS: the application bundle. */
export function hasDesktopExcel() {
  if (process.platform === "darwin") {
    return existsSync("/Applications/Microsoft Excel.app");
  }
  if (process.platform === "win32") {
    try {
      execFileSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], {
        stdio: "ignore",
      });
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** The local bin of an installed package, run with this node (no shell, so the pid is the real process). */
export function binOf(pkg, rel) {
  return resolve(ROOT, "node_modules", pkg, rel);
}
