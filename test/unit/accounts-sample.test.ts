import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/server";
import { ACCOUNTS_FILE, accountRows } from "../support/accountStrategy";

describe("the accounts sample assets/sample/accounts.csv (README, account strategy)", () => {
  it("is what scripts/make-accounts-sample.mjs writes, byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "kam-accounts-"));
    try {
      const out = join(dir, "accounts.csv");
      execFileSync(process.execPath, [join(REPO_ROOT, "scripts/make-accounts-sample.mjs"), "--out", out]);
      expect(readFileSync(out, "utf8")).toBe(readFileSync(ACCOUNTS_FILE, "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has 40 customers with 1–5 scores, revenue and yes/no judgements, and its three nasty rows", () => {
    const rows = accountRows();
    expect(rows[0]).toEqual(["Customer", "Impact", "Difficulty", "Revenue", "Strategic", "Significant", "Profitable"]);
    expect(rows).toHaveLength(41);
    expect(rows[18]?.[1]).toBe(7);
    expect(rows[30]?.[0]).toBeNull();
    expect(rows[36]?.[6]).toBe("maybe");
    const scores = rows
      .slice(1)
      .flatMap((r) => [r[1], r[2]])
      .filter((v) => v !== 7);
    expect(scores.every((v) => typeof v === "number" && v >= 1 && v <= 5)).toBe(true);
  });
});
