import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS, FIRST_TAB, budgetedSizes, chunkMap, pageScripts, type BundleSize } from "../../bench/bundles";

// The production build CI makes before the tests (npm test runs `npm run build` first); KAM_DIST
// points at another build directory.
const dist = resolve(__dirname, "../..", process.env["KAM_DIST"] ?? "dist");

function size(name: string): BundleSize {
  const found = budgetedSizes(dist).find((s) => s.name.startsWith(name));
  if (found === undefined) throw new Error(`no ${name} in ${dist}`);
  return found;
}

describe("bundle budgets (gzipped, the production build)", () => {
  it("keeps functions.js with the webpack runtime within 60 KB gzipped, since it loads at every workbook open", () => {
    const functions = size("functions.js");
    expect(functions.files).toContain("functions.js");
    expect(functions.gzip, `functions.js + runtime.js is ${functions.gzip} B gzipped`).toBeLessThanOrEqual(
      BUDGETS.functions,
    );
  });

  it("keeps the task pane's initial chunks within 350 KB gzipped", () => {
    const taskpane = size("taskpane initial chunks");
    expect(taskpane.files).toContain("taskpane.js");
    expect(taskpane.gzip, `${taskpane.files.join(" + ")} is ${taskpane.gzip} B gzipped`).toBeLessThanOrEqual(
      BUDGETS.taskpane,
    );
  });

  it("keeps what the pane loads to show its first tab within 350 KB gzipped too", () => {
    const first = size("taskpane initial + first tab");
    expect(first.files).toContain(`${FIRST_TAB}.js`);
    expect(first.gzip, `${first.files.join(" + ")} is ${first.gzip} B gzipped`).toBeLessThanOrEqual(BUDGETS.taskpane);
  });

  it("measures every script the task pane page loads: runtime and functions, or the pane's initial chunks", () => {
    const measured = new Set([...size("functions.js").files, ...size("taskpane initial chunks").files]);
    const scripts = pageScripts(dist, "taskpane.html");
    expect(scripts).toContain("taskpane.js");
    for (const script of scripts) expect(measured, script).toContain(script);
  });

  it("loads each builder's code only when its tab opens: the initial chunks hold no builder's messages", () => {
    const lazy = chunkMap(dist).lazy;
    expect(Object.keys(lazy)).toEqual(expect.arrayContaining(["builder-selection", "builder-costToServe"]));
    const initial = size("taskpane initial chunks")
      .files.map((f) => readFileSync(resolve(dist, f), "utf8"))
      .join("\n");
    // One text of each builder's own message table (selection's Explain, cost-to-serve's preview).
    expect(initial).not.toContain("Why this class?");
    expect(initial).not.toContain("Whale curve peak");
    const selection = (lazy["builder-selection"] ?? []).map((f) => readFileSync(resolve(dist, f), "utf8")).join("\n");
    expect(selection).toContain("Why this class?");
  });

  it("measures a production bundle (minified, no source map), not a development one", () => {
    const text = readFileSync(resolve(dist, "functions.js"), "utf8");
    expect(text).not.toMatch(/sourceMappingURL=/);
    expect(text.split("\n").length).toBeLessThan(50);
    expect(size("functions.js").gzip).toBeGreaterThan(1024);
  });

  it("keeps the shared runtime free of webpack's automatic public path, which needs a document", () => {
    expect(readFileSync(resolve(dist, "runtime.js"), "utf8")).not.toContain("Automatic publicPath");
  });
});
