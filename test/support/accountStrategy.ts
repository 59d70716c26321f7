/**
 * Test support for the account strategy builder: the committed sample (assets/sample/accounts.csv) as rows
 * and a SourceTable, configurations over it, and a generated table of any size.
 *
 * @module
 */
import { resolve } from "node:path";
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import { defaultStrategyConfig, type StrategyConfig } from "../../src/core/kraljic/builder";
import { tableSource } from "./costToServe";
import { readSampleCustomers } from "./csv";
import { REPO_ROOT } from "./server";

/** The sample's path. */
export const ACCOUNTS_FILE = resolve(REPO_ROOT, "assets/sample/accounts.csv");

const cell = (v: string): Cell => (v === "" ? null : Number.isFinite(Number(v)) ? Number(v) : v);

/** The sample as rows, header first: numbers as numbers, "" as blank, text as text. */
export function accountRows(): Cell[][] {
  const { header, rows } = readSampleCustomers(ACCOUNTS_FILE);
  return [header, ...rows.map((r) => r.map(cell))];
}

/** The rows as a SourceTable on sheet "Accounts". */
export function accountSource(rows: readonly (readonly Cell[])[] = accountRows()): SourceTable {
  return tableSource("Accounts", rows);
}

/**
 * The sample's configuration: every column mapped (or only the required ones with `full` false).
 *
 * @example
 * accountConfig("kam").mapping.difficulty; // "Difficulty"
 */
export function accountConfig(style: "portable" | "kam", full = true, lang: "en" | "nl" = "en"): StrategyConfig {
  const base = defaultStrategyConfig(lang);
  return {
    ...base,
    style,
    mapping: {
      customer: "Customer",
      impact: "Impact",
      difficulty: "Difficulty",
      revenue: full ? "Revenue" : "",
      strategic: full ? "Strategic" : "",
      significant: full ? "Significant" : "",
      profitable: full ? "Profitable" : "",
    },
  };
}
