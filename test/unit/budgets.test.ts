import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS, budgetedSizes, type BundleSize } from "../../bench/bundles";

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

  it("keeps the task pane bundle within 350 KB gzipped", () => {
    const taskpane = size("taskpane.js");
    expect(taskpane.gzip, `taskpane.js is ${taskpane.gzip} B gzipped`).toBeLessThanOrEqual(BUDGETS.taskpane);
  });

  it("measures a production bundle (minified, no source map), not a development one", () => {
    const text = readFileSync(resolve(dist, "functions.js"), "utf8");
    expect(text).not.toMatch(/sourceMappingURL=/);
    expect(text.split("\n").length).toBeLessThan(50);
    expect(size("functions.js").gzip).toBeGreaterThan(1024);
  });
});
