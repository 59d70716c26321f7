/**
 * Test support for the buying-centre builder: the committed sample (assets/sample/buying-centre.csv)
 * as rows and a SourceTable, and configurations over it.
 *
 * @module
 */
import { resolve } from "node:path";
import type { Cell } from "../../src/core/cells";
import type { SourceTable } from "../../src/core/host";
import {
  EMPTY_BUYING_CENTRE_MAPPING,
  defaultBuyingCentreConfig,
  type BuyingCentreConfig,
} from "../../src/core/buyingcentre/builder";
import { tableSource } from "./costToServe";
import { readSampleCustomers } from "./csv";
import { REPO_ROOT } from "./server";

/** The sample's path. */
export const BUYING_CENTRE_FILE = resolve(REPO_ROOT, "assets/sample/buying-centre.csv");

/** The account the tests name the sample's sheet after. */
export const SAMPLE_ACCOUNT = "Van Dijk Logistiek – WMS";

/** The sample as rows, header first: numbers as numbers, "" as blank, text as text. */
export function buyingCentreRows(): Cell[][] {
  const { header, rows } = readSampleCustomers(BUYING_CENTRE_FILE);
  const cell = (v: string): Cell => (v === "" ? null : Number.isFinite(Number(v)) ? Number(v) : v);
  return [header, ...rows.map((r) => r.map(cell))];
}

/** The sample as a SourceTable on sheet "People". */
export function buyingCentreSource(rows: readonly (readonly Cell[])[] = buyingCentreRows()): SourceTable {
  return tableSource("People", rows);
}

/**
 * The sample's configuration, every column of the sample mapped (the chosen stance is not in it).
 *
 * @example
 * sampleConfig("kam").mapping.mode; // "Response mode"
 */
export function sampleConfig(style: "portable" | "kam", lang: "en" | "nl" = "en"): BuyingCentreConfig {
  return {
    ...defaultBuyingCentreConfig(lang),
    account: SAMPLE_ACCOUNT,
    style,
    mapping: {
      ...EMPTY_BUYING_CENTRE_MAPPING,
      name: "Name",
      function: "Function",
      influence: "Influence",
      perceived: "Perceived reality",
      desired: "Desired result",
      mode: "Response mode",
      businessInterest: "Business interest",
      personalGain: "Personal gain",
      power: "Power",
      risk: "Risk perception",
    },
  };
}
