/**
 * Test support for the loyalty builder: the committed survey sample (assets/sample/survey-0-10.csv) as
 * rows and a SourceTable, and configurations over it.
 *
 * @module
 */
import { resolve } from "node:path";
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import { defaultLoyaltyConfig, type LoyaltyConfig } from "../../src/core/loyalty/builder";
import { tableSource } from "./costToServe";
import { readSampleCustomers } from "./csv";
import { REPO_ROOT } from "./server";

/** The survey sample's path. */
export const SURVEY_FILE = resolve(REPO_ROOT, "assets/sample/survey-0-10.csv");

/** The survey as rows, header first: numbers as numbers, "" as blank, text as text. */
export function surveyRows(): Cell[][] {
  const { header, rows } = readSampleCustomers(SURVEY_FILE);
  const cell = (v: string): Cell => (v === "" ? null : Number.isFinite(Number(v)) ? Number(v) : v);
  return [header, ...rows.map((r) => r.map(cell))];
}

/** The survey as a SourceTable on sheet "Survey". */
export function surveySource(rows: readonly (readonly Cell[])[] = surveyRows()): SourceTable {
  return tableSource("Survey", rows);
}

/**
 * The survey's configuration: 0–10 scale, every column mapped (or only the required ones with `full` false).
 *
 * @example
 * surveyConfig("kam").mapping.loyalty; // "Recommend"
 */
export function surveyConfig(style: "portable" | "kam", full = true, lang: "en" | "nl" = "en"): LoyaltyConfig {
  const base = defaultLoyaltyConfig(lang);
  return {
    ...base,
    style,
    scale: { min: 0, max: 10 },
    mapping: {
      customer: "Customer",
      satisfaction: "Satisfaction",
      loyalty: "Recommend",
      expectation: full ? "Expectation" : "",
      experience: full ? "Experience" : "",
      margin: full ? "Margin per year" : "",
      retention: full ? "Retention" : "",
    },
  };
}
