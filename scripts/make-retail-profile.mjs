#!/usr/bin/env node
// Writes assets/sample/retail-793.csv: the ugly real-data profile of issue 13. 793 customers in the shape of a
// public retail data set aggregated per customer: many small accounts and a few large ones, about a third
// loss-making after cost-to-serve at the demonstration rates, one extreme outlier whose cost-to-serve is over
// five times its revenue, customers whose returns exceed their sales (negative revenue), and blanks. Same
// columns as assets/sample/customers.csv, so every builder configuration of the sample works on it.
// Deterministic: the same seed gives the same bytes.
//
//   node scripts/make-retail-profile.mjs [--seed 20261204] [--out assets/sample/retail-793.csv] [--check]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { COLUMNS, demoProfit, DEMO_RATES, mulberry32, toCsv } from "./make-sample-data.mjs";

/** The default seed. */
export const RETAIL_SEED = 20261204;

/** How many customers the profile holds (the public data set's count). */
export const RETAIL_COUNT = 793;

/** The rows (0-based, header excluded) made ugly on purpose; docs/sample-data.md lists them. */
export const RETAIL_NASTY = {
  outlier: 411,
  negativeRevenue: [57, 288, 640],
  blankNetRevenue: 120,
  blankVisits: [33, 505],
  blankFuture: [77, 78, 79, 300, 702],
};

/** The cost-to-serve of the outlier as a multiple of its revenue, at the demonstration rates. */
export const OUTLIER_RATIO = 5.37;

const SECTORS = ["Gift shop", "Department store", "Online reseller", "Florist", "Café", "Wholesale", "Market stall"];
const REGIONS = ["North", "East", "South", "West", "Randstad"];
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/**
 * The customers as arrays of cell values in COLUMNS order ("" is a blank cell).
 *
 * @example
 * makeRetailCustomers().length; // 793
 */
export function makeRetailCustomers(seed = RETAIL_SEED, count = RETAIL_COUNT) {
  const rnd = mulberry32(seed);
  const uniform = (lo, hi) => lo + (hi - lo) * rnd();
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const score = (mean, spread = 1) => clamp(Math.round(mean + spread * normal()), 1, 5);
  const decimalScore = (mean) => clamp(Math.round((mean + 0.8 * normal()) * 10) / 10, 1, 5);
  const poisson = (mean) => Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));

  const rows = [];
  for (let i = 0; i < count; i++) {
    const id = 12346 + i * 7;
    const size = clamp(Math.exp(Math.log(30_000) + 1.5 * normal()), 800, 6_000_000);
    const bigness = clamp(Math.log(size / 800) / Math.log(7500), 0, 1);
    const discount = clamp(Math.round((0.02 + 0.12 * bigness + 0.03 * normal()) * 200) / 200, 0, 0.3);
    const listRevenue = Math.round(size / (1 - discount));
    const netRevenue = Math.round(listRevenue * (1 - discount));
    const grossMargin = clamp(0.32 - 0.5 * discount + 0.05 * normal(), 0.03, 0.5);
    const costOfGoods = Math.round(netRevenue * (1 - grossMargin));
    const growth = Math.round(clamp(0.02 + 0.12 * normal(), -0.4, 0.6) * 1000) / 1000;
    // Small shops order often and in small quantities: the retail pattern that makes a third lose money.
    const demanding = Math.exp(0.45 * normal());
    const orders = Math.max(1, poisson(demanding * 3.4 * Math.pow(netRevenue / 1_000, 0.55)));
    const deliveries = Math.max(1, Math.round(orders * uniform(0.8, 1.0)));
    const visits = poisson(demanding * (0.3 + 6 * bigness));
    const returns = poisson(demanding * orders * 0.05);
    const rush = Math.min(orders, poisson(demanding * orders * 0.04));
    const calls = poisson(demanding * (0.5 + orders * 0.06));
    const satisfaction = decimalScore(3.5 - 0.5 * (demanding - 1));
    rows.push([
      `Customer ${id}`,
      pick(SECTORS),
      pick(REGIONS),
      listRevenue,
      discount,
      netRevenue,
      costOfGoods,
      growth,
      pick([0, 14, 30, 30, 30, 60]),
      Math.round(netRevenue / uniform(2, 12)),
      score(3.4 - bigness),
      score(2 + 2 * bigness),
      score(1.8 + 2 * bigness, 1.1),
      score(3 + growth * 5),
      score(2 + 2 * bigness + growth * 4),
      satisfaction,
      decimalScore(satisfaction - 0.2 + 0.3 * bigness),
      score(2 + 1.5 * bigness),
      score(2.4 + 1.6 * bigness + growth * 4),
      score(2.2 + 1.8 * bigness),
      orders,
      deliveries,
      Math.round(deliveries * uniform(8, 60)),
      visits,
      returns,
      rush,
      calls,
    ]);
  }
  makeUgly(rows);
  return rows;
}

function makeUgly(rows) {
  const col = (name) => COLUMNS.indexOf(name);
  // The outlier: a small shop that orders every other day, returns a lot and calls for everything.
  const o = rows[RETAIL_NASTY.outlier];
  Object.assign(o, { [col("List revenue")]: 3000, [col("Discount")]: 0, [col("Net revenue")]: 3000 });
  o[col("Cost of goods")] = 2040;
  const drivers = { Orders: 120, Deliveries: 110, "Delivery km": 1800, Visits: 2, Returns: 8, "Rush orders": 6 };
  for (const [name, q] of Object.entries(drivers)) o[col(name)] = q;
  const fixed = Object.entries(drivers).reduce((s, [name, q]) => s + q * DEMO_RATES[name], 0);
  o[col("Service calls")] = Math.round((OUTLIER_RATIO * 3000 - fixed) / DEMO_RATES["Service calls"]);
  // Returns that exceed the sales of the year: revenue and cost of goods below zero (−250 gives a profit of −40).
  RETAIL_NASTY.negativeRevenue.forEach((r, k) => {
    const net = [-250, -1180, -37][k];
    Object.assign(rows[r], {
      [col("List revenue")]: net,
      [col("Discount")]: 0,
      [col("Net revenue")]: net,
      [col("Cost of goods")]: Math.round(net * 0.84),
    });
  });
  rows[RETAIL_NASTY.blankNetRevenue][col("Net revenue")] = "";
  for (const r of RETAIL_NASTY.blankVisits) rows[r][col("Visits")] = "";
  for (const r of RETAIL_NASTY.blankFuture) rows[r][col("Strategic fit")] = "";
}

function main(argv) {
  const arg = (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const seed = Number(arg("--seed", String(RETAIL_SEED)));
  const out = resolve(root, arg("--out", "assets/sample/retail-793.csv"));
  const rows = makeRetailCustomers(seed);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toCsv(rows));
  const net = COLUMNS.indexOf("Net revenue");
  const profits = rows.filter((r) => typeof r[net] === "number" && r[net] > 0).map(demoProfit);
  const known = profits.filter((p) => p !== undefined);
  const losses = known.filter((p) => p < 0).length;
  console.log(`wrote ${out}: ${rows.length} customers, seed ${seed}`);
  console.log(
    `at the demo rates ${losses}/${known.length} loss customers (${((100 * losses) / known.length).toFixed(1)} %)`,
  );
  if (argv.includes("--check") && (losses < 0.3 * known.length || losses > 0.37 * known.length)) {
    console.error("loss share outside 30–37 %");
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
