import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").length;
}

describe("the layers of src/ are enforced by the linter", () => {
  it("keeps core free of Office.js hosts, the pane, the workbench and React", async () => {
    expect(await restricted("src/core/cells/x.ts", 'import { createHost } from "../../excel/host";')).toBe(1);
    expect(await restricted("src/core/cells/x.ts", 'import React from "react";')).toBe(1);
    expect(await restricted("src/core/catalog/x.ts", 'import { X } from "../loyalty/functions";')).toBe(0);
  });

  it("lets only the pane's entry point create the Office host, and the workbench mount the pane", async () => {
    expect(await restricted("src/taskpane/shared/x.ts", 'import { createHost } from "../../excel/host";')).toBe(1);
    expect(await restricted("src/taskpane/index.tsx", 'import { createOfficeHost } from "../excel/host";')).toBe(0);
    expect(await restricted("src/workbench/ui/x.tsx", 'import { App } from "../../taskpane/App";')).toBe(0);
    expect(await restricted("src/workbench/ui/x.tsx", 'import { createHost } from "../../excel/host";')).toBe(1);
    expect(await restricted("src/functions/models/x.ts", 'import { App } from "../../taskpane/App";')).toBe(1);
  });

  it("rejects a two-language ternary in code: text comes from a message table", async () => {
    const [result] = await eslint.lintText('export const f = (lang: string) => (lang === "nl" ? "ja" : "yes");', {
      filePath: "src/taskpane/shared/x.ts",
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain("no-restricted-syntax");
  });
});
