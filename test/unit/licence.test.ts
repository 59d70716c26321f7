import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/server";

const DIST = resolve(REPO_ROOT, process.env["KAM_DIST"] ?? "dist");
const PRODUCTION_SOURCES = ["src/core", "src/functions", "src/taskpane", "src/excel"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("licence position: HyperFormula (GPL-3.0) stays out of production", () => {
  it("is imported by no production source file", () => {
    const importers = PRODUCTION_SOURCES.flatMap((d) => filesUnder(resolve(REPO_ROOT, d)))
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .filter((f) => /from\s+["']hyperformula["']|import\(\s*["']hyperformula["']/.test(readFileSync(f, "utf8")));
    expect(importers).toEqual([]);
  });

  it("is absent from the production build's scripts", () => {
    expect(existsSync(join(DIST, "functions.js")), `${DIST} is missing: run npm run build`).toBe(true);
    expect(existsSync(join(DIST, "workbench.js"))).toBe(false);
    const carriers = readdirSync(DIST)
      .filter((f) => f.endsWith(".js"))
      .filter((f) => /hyperformula/i.test(readFileSync(join(DIST, f), "utf8")));
    expect(carriers).toEqual([]);
  });
});
