import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/server";
import { SURVEY_FILE, surveyRows } from "../support/loyalty";

describe("the survey sample assets/sample/survey-0-10.csv (docs/sample-data.md)", () => {
  it("is what scripts/make-survey-sample.mjs writes, byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "kam-survey-"));
    try {
      const out = join(dir, "survey.csv");
      execFileSync(process.execPath, [join(REPO_ROOT, "scripts/make-survey-sample.mjs"), "--out", out]);
      expect(readFileSync(out, "utf8")).toBe(readFileSync(SURVEY_FILE, "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has 80 customers on 0–10 and the documented nasty rows at their lines", () => {
    const rows = surveyRows();
    expect(rows[0]).toEqual([
      "Customer",
      "Satisfaction",
      "Recommend",
      "Expectation",
      "Experience",
      "Margin per year",
      "Retention",
    ]);
    expect(rows).toHaveLength(81);
    expect(rows[12]?.[1]).toBeNull();
    expect(rows[28]?.[2]).toBe(12);
    expect(rows[45]?.[1]).toBe("n/a");
    expect(rows[59]?.[0]).toBe("=1+1");
    expect(rows[67]?.[5]).toBeNull();
  });
});
