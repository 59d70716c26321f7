#!/usr/bin/env node
// Writes assets/sample/survey-0-10.csv: a customer satisfaction survey export of 80 fictitious business
// customers, one row each, on the 0–10 scale most surveys use (satisfaction, likelihood to recommend, the
// expectation before and the experience after), with the margin per year and the retention the loyalty builder
// values. Loyalty follows satisfaction only at the top (Jones & Sasser: only very satisfied customers are loyal);
// a few captive customers are loyal without being satisfied (hostages), a few satisfied ones shop around
// (mercenaries). Deterministic: the same seed gives the same bytes. docs/sample-data.md lists its nasty rows.
//
//   node scripts/make-survey-sample.mjs [--seed 20261206] [--out assets/sample/survey-0-10.csv]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32, toCsv } from "./make-sample-data.mjs";

/** The default seed. */
export const SURVEY_SEED = 20261206;

/** How many customers answered. */
export const SURVEY_COUNT = 80;

/** The columns of the export. */
export const SURVEY_COLUMNS = [
  "Customer",
  "Satisfaction",
  "Recommend",
  "Expectation",
  "Experience",
  "Margin per year",
  "Retention",
];

/** The rows (0-based, header excluded) made nasty on purpose; docs/sample-data.md lists them. */
export const SURVEY_NASTY = { blankSatisfaction: 11, offScale: 27, text: 44, formulaName: 58, blankMargin: 66 };

const FIRST = ["Van Dijk", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "De Boer", "Bos"];
const LAST = ["Techniek", "Logistiek", "Metaal", "Kunststof", "Installatie", "Bouw", "Food", "Verpakking"];
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/**
 * The answers as arrays of cell values in SURVEY_COLUMNS order ("" is a blank cell).
 *
 * @example
 * makeSurvey()[0].length; // 7
 */
export function makeSurvey(seed = SURVEY_SEED) {
  const rnd = mulberry32(seed);
  const rows = [];
  for (let i = 0; i < SURVEY_COUNT; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
    const expectation = clamp(Math.round(6 + rnd() * 4), 0, 10);
    const experience = clamp(Math.round(expectation + (rnd() - 0.55) * 7), 0, 10);
    const satisfaction = clamp(Math.round(experience + (rnd() - 0.5) * 2), 0, 10);
    const captive = rnd() < 0.12;
    const shopper = rnd() < 0.15;
    let recommend = satisfaction >= 9 ? 8 + rnd() * 2.4 : satisfaction >= 6 ? 3 + rnd() * 4 : rnd() * 4;
    if (captive) recommend = 7 + rnd() * 3;
    if (shopper && satisfaction >= 7) recommend = 2 + rnd() * 3;
    const loyalty = clamp(Math.round(recommend), 0, 10);
    const margin = Math.round((5 + Math.exp(rnd() * 4)) * 1000);
    const retention = clamp(Math.round((0.55 + loyalty * 0.04 + rnd() * 0.04) * 100) / 100, 0.4, 0.97);
    rows.push([name, satisfaction, loyalty, expectation, experience, margin, retention]);
  }
  rows[SURVEY_NASTY.blankSatisfaction][1] = "";
  rows[SURVEY_NASTY.offScale][2] = 12;
  rows[SURVEY_NASTY.text][1] = "n/a";
  rows[SURVEY_NASTY.formulaName][0] = "=1+1";
  rows[SURVEY_NASTY.blankMargin][5] = "";
  return rows;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const out = resolve(opt("--out", resolve(here, "../assets/sample/survey-0-10.csv")));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toCsv(makeSurvey(Number(opt("--seed", SURVEY_SEED))), SURVEY_COLUMNS));
  console.log(`wrote ${out}`);
}
