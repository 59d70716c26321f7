import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/server";

const node = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [resolve(REPO_ROOT, script), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-scripts-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("npm run start:desktop", () => {
  it.runIf(process.platform === "linux")("refuses on Linux with exit code 1 and says what to do instead", () => {
    const r = node("scripts/start.mjs", ["--desktop"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Windows and macOS only");
    expect(r.stderr).toContain("npm start");
  });
});

describe("npm stop", () => {
  it("ends the process recorded by npm start and removes the pid file", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const pid = child.pid ?? -1;
    const state = join(tempDir(), "dev-server.json");
    writeFileSync(state, JSON.stringify({ pid, port: 1, url: "http://localhost:1/", mode: "serve" }));
    const exited = new Promise((done) => child.once("exit", done));

    const r = node("scripts/stop.mjs", [], { KAM_STATE_FILE: state });
    await exited;

    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Stopping the dev server (pid ${pid}`);
    expect(alive(pid)).toBe(false);
    expect(existsSync(state)).toBe(false);
  });

  it("exits 0 and says so when nothing it started is running", () => {
    const state = join(tempDir(), "dev-server.json");
    writeFileSync(state, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1 }));
    const r = node("scripts/stop.mjs", [], { KAM_STATE_FILE: state });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("No dev server started by `npm start` is running");
    expect(existsSync(state)).toBe(false);
  });
});

describe("npm run validate", () => {
  it("passes manifest.xml offline and says that the online service was skipped", () => {
    const r = node("scripts/validate.mjs", ["--offline", "manifest.xml"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Microsoft online validation: skipped (--offline)");
    expect(r.stdout).toContain("manifest.xml: online skipped (--offline); offline passed");
  });

  it("fails with exit code 1 on a manifest whose version lags package.json", () => {
    const broken = join(tempDir(), "manifest.xml");
    writeFileSync(
      broken,
      readFileSync(resolve(REPO_ROOT, "manifest.xml"), "utf8").replace("<Version>0.1.0.0", "<Version>0.0.1.0"),
    );
    const r = node("scripts/validate.mjs", ["--offline", broken]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL <Version> matches package.json\n\s+- <Version> is "0.0.1.0"/);
    expect(r.stdout).toContain("Manifest validation FAILED.");
  });
});
