#!/usr/bin/env node
// Writes assets/sample/customers.csv: 200 fictitious B2B customers of a Dutch industrial supplier, with the
// revenue, judgement scores and cost-to-serve drivers every model of the add-in reads. Deterministic: the
// same seed gives the same bytes. A handful of rows are deliberately nasty; docs/sample-data.md lists them.
//
//   node scripts/make-sample-data.mjs [--seed 20261122] [--out assets/sample/customers.csv] [--check]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The columns, in order. Other code reads them by these exact names. */
export const COLUMNS = [
  "Customer",
  "Sector",
  "Region",
  "List revenue",
  "Discount",
  "Net revenue",
  "Cost of goods",
  "Revenue growth %",
  "Payment days",
  "Purchase volume",
  "Price sensitivity",
  "Image",
  "Prestige",
  "Economic cycle",
  "Strategic fit",
  "Satisfaction",
  "Loyalty",
  "Relational synergy",
  "Attractiveness",
  "Relative strength",
  "Orders",
  "Deliveries",
  "Delivery km",
  "Visits",
  "Returns",
  "Rush orders",
  "Service calls",
];

/** The default seed. */
export const SEED = 20261122;

/**
 * Demonstration activity rates (euros per driver unit) under which about one customer in eight loses money.
 * They are what docs/sample-data.md suggests for demos; nothing in the add-in hard-codes them.
 */
export const DEMO_RATES = {
  Orders: 60,
  Deliveries: 85,
  "Delivery km": 1.1,
  Visits: 450,
  Returns: 150,
  "Rush orders": 250,
  "Service calls": 120,
};

/**
 * mulberry32: a small, well-mixed 32-bit PRNG, enough for sample data.
 *
 * @example
 * const next = mulberry32(1); next(); // 0.6270739405881613
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  "Food & beverage",
  "Construction",
  "Healthcare",
  "Retail",
  "Automotive",
  "Chemicals",
  "Logistics",
  "Public sector",
];
const REGIONS = ["North", "East", "South", "West", "Randstad"];
const NAME_A = [
  "Van Dijk",
  "De Vries",
  "Bakker",
  "Jansen",
  "Visser",
  "Smit",
  "Meijer",
  "Mulder",
  "De Boer",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "Dekker",
  "Brouwer",
  "Kok",
  "Verhoeven",
  "Van Leeuwen",
  "Willems",
  "Hoekstra",
  "Noord",
  "Delta",
  "Polder",
  "Rijnland",
  "Kempen",
  "Twente",
  "Veluwe",
  "Zeeland",
  "Amstel",
  "Maas",
];
const NAME_B = [
  "Techniek",
  "Installaties",
  "Bouw",
  "Logistiek",
  "Foods",
  "Zorggroep",
  "Metaal",
  "Kunststoffen",
  "Groothandel",
  "Transport",
  "Automotive",
  "Chemie",
  "Verpakkingen",
  "Retail",
  "Industrie",
  "Systems",
];
const NAME_C = ["B.V.", "N.V.", "Groep", "& Zn.", "Holding", "Nederland", ""];

/** The deliberately awkward rows, by 0-based data row index (row 1 of the CSV is the header). */
export const NASTY = {
  blankSatisfaction: 17,
  blankPaymentDays: 58,
  blankImage: 133,
  textInVisits: 91,
  duplicateOf: 40,
  duplicate: 162,
  formulaName: 77,
  paddedName: 120,
};

const GM_BASE = 0.25;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/**
 * Builds the customers as arrays of cell values (numbers or strings; "" is a blank cell).
 *
 * @example
 * const rows = makeCustomers(); rows.length; // 200
 */
export function makeCustomers(seed = SEED, count = 200) {
  const rnd = mulberry32(seed);
  const uniform = (lo, hi) => lo + (hi - lo) * rnd();
  const int = (lo, hi) => Math.floor(uniform(lo, hi + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const score = (mean, spread = 1) => clamp(Math.round(mean + spread * normal()), 1, 5);
  const decimalScore = (mean, spread = 0.8) => clamp(Math.round((mean + spread * normal()) * 10) / 10, 1, 5);
  const poisson = (mean) => Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));

  const names = new Set();
  const rows = [];
  for (let i = 0; i < count; i++) {
    let name;
    do {
      const suffix = pick(NAME_C);
      name = `${pick(NAME_A)} ${pick(NAME_B)}${suffix ? ` ${suffix}` : ""}`;
    } while (names.has(name));
    names.add(name);

    const size = clamp(Math.exp(Math.log(250_000) + 1.3 * normal()), 20_000, 5_000_000);
    const bigness = Math.log(size / 20_000) / Math.log(250); // 0 for the smallest, 1 for the largest
    // Some buy hard, more often the big ones: deep discounts and much service for the money (Shapiro's "aggressive").
    const aggressive = rnd() < 0.02 + 0.2 * bigness;
    const discount = clamp(
      Math.round((0.03 + 0.14 * bigness + (aggressive ? 0.09 : 0) + 0.04 * normal()) * 200) / 200,
      0,
      0.35,
    );
    const listRevenue = Math.round(size / (1 - discount));
    const netRevenue = Math.round(listRevenue * (1 - discount));
    // A deep discount eats the gross margin, but never all of it: losses come from the cost to serve.
    const grossMargin = clamp(GM_BASE - (aggressive ? 0.7 : 0.4) * discount + 0.04 * normal(), 0.02, 0.4);
    const costOfGoods = Math.round(netRevenue * (1 - grossMargin));
    const growth = Math.round(clamp(0.04 + 0.08 * normal(), -0.25, 0.4) * 1000) / 1000;

    // How much service a customer asks for per euro bought.
    const demanding = Math.exp(0.35 * normal()) * (aggressive ? 3.2 : 0.5);
    const orders = Math.max(1, poisson(demanding * 8 * Math.pow(netRevenue / 10_000, aggressive ? 0.62 : 0.5)));
    const deliveries = Math.max(1, Math.round(orders * uniform(0.7, 1.0)));
    const distance = uniform(15, 180);
    const visits = poisson(demanding * (4 + 12 * bigness));
    const returns = poisson(demanding * orders * 0.03);
    const rush = Math.min(orders, poisson(demanding * orders * 0.06));
    const serviceCalls = poisson(demanding * (3 + orders * 0.08));

    const satisfaction = decimalScore(3.4 - 0.4 * (demanding - 1));
    rows.push([
      name,
      pick(SECTORS),
      pick(REGIONS),
      listRevenue,
      discount,
      netRevenue,
      costOfGoods,
      growth,
      pick([14, 30, 30, 30, 45, 60, 60, 90]) + int(-2, 5),
      Math.round(netRevenue / uniform(18, 60)),
      score(3 + 0.8 * (demanding - 1) - bigness),
      score(2.6 + 1.6 * bigness),
      score(2.4 + 1.6 * bigness, 1.1),
      score(3 + growth * 6),
      score(2.5 + 1.5 * bigness + growth * 4),
      satisfaction,
      decimalScore(satisfaction - 0.3 + 0.3 * bigness, 0.7),
      score(2.5 + 1.3 * bigness),
      score(2.8 + 1.2 * bigness + growth * 5),
      score(2.6 + 1.4 * bigness),
      orders,
      deliveries,
      Math.round(deliveries * distance),
      visits,
      returns,
      rush,
      serviceCalls,
    ]);
  }

  const col = (name) => COLUMNS.indexOf(name);
  rows[NASTY.blankSatisfaction][col("Satisfaction")] = "";
  rows[NASTY.blankPaymentDays][col("Payment days")] = "";
  rows[NASTY.blankImage][col("Image")] = "";
  rows[NASTY.textInVisits][col("Visits")] = "n/a";
  rows[NASTY.duplicate][0] = rows[NASTY.duplicateOf][0];
  rows[NASTY.formulaName][0] = '=HYPERLINK("http://x","Click")';
  rows[NASTY.paddedName][0] = `  ${rows[NASTY.paddedName][0]}  `;
  return rows;
}

/**
 * RFC 4180 CSV with LF line ends; fields with a comma, quote or edge space are quoted.
 *
 * @example
 * toCsv([["a,b", 1]], ["x", "y"]); // 'x,y\n"a,b",1\n'
 */
export function toCsv(rows, header = COLUMNS) {
  const field = (v) => {
    const s = String(v);
    return /[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\n") + "\n";
}

/**
 * Profit after cost-to-serve at the demonstration rates; undefined where a driver is not a number.
 *
 * @example
 * demoProfit(makeCustomers()[0]);
 */
export function demoProfit(row) {
  const at = (name) => row[COLUMNS.indexOf(name)];
  let cts = 0;
  for (const [driver, rate] of Object.entries(DEMO_RATES)) {
    const q = at(driver);
    if (typeof q !== "number") return undefined;
    cts += q * rate;
  }
  return at("Net revenue") - at("Cost of goods") - cts;
}

function main(argv) {
  const arg = (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const seed = Number(arg("--seed", String(SEED)));
  const out = resolve(root, arg("--out", "assets/sample/customers.csv"));
  const rows = makeCustomers(seed);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toCsv(rows));

  const profits = rows.map(demoProfit).filter((p) => p !== undefined);
  const losses = profits.filter((p) => p < 0);
  const total = profits.reduce((a, b) => a + b, 0);
  const sorted = [...profits].sort((a, b) => b - a);
  let run = 0;
  let peak = 0;
  for (const p of sorted) peak = Math.max(peak, (run += p));
  const net = rows.map((r) => r[COLUMNS.indexOf("Net revenue")]);
  console.log(`wrote ${out}: ${rows.length} customers, seed ${seed}`);
  console.log(
    `net revenue ${Math.min(...net)}–${Math.max(...net)} EUR; at the demo rates ${losses.length}/${profits.length} ` +
      `loss customers (${((100 * losses.length) / profits.length).toFixed(1)} %), whale peak ${((100 * peak) / total).toFixed(0)} %`,
  );
  if (argv.includes("--check") && (losses.length < 0.1 * profits.length || losses.length > 0.15 * profits.length)) {
    console.error("loss share outside 10–15 %");
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
