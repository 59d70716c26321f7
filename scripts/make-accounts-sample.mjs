#!/usr/bin/env node
// Writes assets/sample/accounts.csv: 40 fictitious business customers for the account strategy builder, one
// row each: where our offer sits in the customer's purchasing portfolio (impact on the customer's result and
// difficulty of replacing us, both scored 1–5 by the account team), the revenue per year, and Whitney's three
// yes/no judgements (strategic, significant, profitable). The revenue follows the quadrant loosely (partners
// buy most), so the largest customers are worth labelling on the chart. A few rows are nasty on purpose
// (ACCOUNTS_NASTY). Deterministic: the same seed gives the same bytes.
//
//   node scripts/make-accounts-sample.mjs [--seed 20261207] [--count 40] [--out assets/sample/accounts.csv]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32, toCsv } from "./make-sample-data.mjs";

/** The default seed. */
export const ACCOUNTS_SEED = 20261207;

/** How many customers the sample has. */
export const ACCOUNTS_COUNT = 40;

/** The columns of the export. */
export const ACCOUNTS_COLUMNS = [
  "Customer",
  "Impact",
  "Difficulty",
  "Revenue",
  "Strategic",
  "Significant",
  "Profitable",
];

/** The rows (0-based, header excluded) made nasty on purpose (only in the 40-row sample). */
export const ACCOUNTS_NASTY = { offScale: 17, blankName: 29, maybe: 35 };

const FIRST = ["Hoekstra", "Dekker", "Brouwer", "Van Leeuwen", "Kok", "Prins", "Koster", "Willems"];
const LAST = ["Machinebouw", "Zorg", "Transport", "Chemie", "Retail", "Energie"];
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const round1 = (x) => Math.round(x * 10) / 10;

/**
 * The customers as arrays of cell values in ACCOUNTS_COLUMNS order ("" is a blank cell).
 *
 * @example
 * makeAccounts()[0].length; // 7
 */
export function makeAccounts(seed = ACCOUNTS_SEED, count = ACCOUNTS_COUNT) {
  const rnd = mulberry32(seed);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
    const impact = clamp(round1(1 + rnd() * 4), 1, 5);
    const difficulty = clamp(round1(1 + rnd() * 4), 1, 5);
    const weight = 0.4 + (impact - 1) * 0.35 + (difficulty - 1) * 0.25;
    const revenue = Math.round(Math.exp(rnd() * 2.5) * weight * 40) * 1000;
    const strategic = impact >= 3 || rnd() < 0.2 ? "yes" : "no";
    const significant = revenue >= 150000 ? "yes" : "no";
    const profitable = rnd() < 0.7 ? "yes" : "no";
    rows.push([name, impact, difficulty, revenue, strategic, significant, profitable]);
  }
  if (count === ACCOUNTS_COUNT) {
    rows[ACCOUNTS_NASTY.offScale][1] = 7;
    rows[ACCOUNTS_NASTY.blankName][0] = "";
    rows[ACCOUNTS_NASTY.maybe][6] = "maybe";
  }
  return rows;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const out = resolve(opt("--out", resolve(here, "../assets/sample/accounts.csv")));
  mkdirSync(dirname(out), { recursive: true });
  const count = Number(opt("--count", ACCOUNTS_COUNT));
  writeFileSync(out, toCsv(makeAccounts(Number(opt("--seed", ACCOUNTS_SEED)), count), ACCOUNTS_COLUMNS));
  console.log(`wrote ${out}`);
}
