import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { REPO_ROOT } from "../support/server";

const require = createRequire(import.meta.url);

interface DevCerts {
  isDevServer(env: unknown): boolean;
  devServerFor(env: unknown): Promise<{ type: string; options?: unknown }>;
}
type WebpackConfig = (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<{ devServer: { server: { type: string; options?: unknown } } }>;

describe("npm run build and the dev certificates", () => {
  afterEach(() => vi.restoreAllMocks());

  it("tells `webpack serve` from `webpack` by webpack-cli's env", () => {
    const certs = require(resolve(REPO_ROOT, "scripts/dev-certs.cjs")) as DevCerts;
    expect(certs.isDevServer({ WEBPACK_SERVE: true })).toBe(true);
    expect(certs.isDevServer({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true })).toBe(false);
    expect(certs.isDevServer(undefined)).toBe(false);
  });

  it("reads no certificate and prints nothing about one when the config is built for `npm run build`", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const config = require(resolve(REPO_ROOT, "webpack.config.js")) as WebpackConfig;
    // What webpack-cli passes for `webpack --mode production`.
    const built = await config({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: "production" });
    expect(built.devServer.server).toEqual({ type: "https" });
    const printed = [...warn.mock.calls, ...log.mock.calls].flat().join("\n");
    expect(printed).not.toMatch(/certificate|untrusted|trust/i);
  });
});

describe(".ci/run", () => {
  const lines = readFileSync(resolve(REPO_ROOT, ".ci/run"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("npm "));
  const scripts = (
    JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;

  /** The npm scripts a command runs, with `pre` scripts unless --ignore-scripts (one level of `npm run`). */
  const expand = (line: string): string[] => {
    const m = /^npm (?:run (\S+)|(test))(.*)$/.exec(line);
    const name = m?.[1] ?? m?.[2];
    if (!name) return [];
    const pre = !/--ignore-scripts/.test(m?.[3] ?? "") && scripts[`pre${name}`];
    const nested = pre ? [...pre.matchAll(/npm run (\S+)/g)].map((x) => x[1] ?? "") : [];
    return [...nested, name];
  };
  const steps = lines.flatMap(expand);

  it("builds the production bundle and the test bundle once each", () => {
    expect(steps.filter((s) => s === "build")).toHaveLength(1);
    expect(steps.filter((s) => s === "build:test")).toHaveLength(1);
  });

  it("runs lint, typecheck, build, validate and test in that order", () => {
    const order = ["lint", "typecheck", "build", "validate", "test"].map((s) => steps.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps.indexOf("build:test")).toBeLessThan(steps.indexOf("test"));
  });

  it("still installs Chromium, LibreOffice and xmllint", () => {
    const text = readFileSync(resolve(REPO_ROOT, ".ci/run"), "utf8");
    for (const pkg of ["chromium", "libreoffice-calc-nogui", "libxml2-utils"]) expect(text).toContain(pkg);
  });
});
