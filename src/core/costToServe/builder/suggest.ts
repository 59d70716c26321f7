/**
 * A first configuration from the headers of a source table: the column mapping guessed from common
 * English and Dutch header names, and example activities for the driver columns found (orders,
 * deliveries, distance, visits, returns, rush orders, service calls, payment days). The example
 * cost pools, unit times and capacities are placeholders for the user to replace.
 *
 * @module
 */
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import { computeCostToServe } from "./compute";
import type { Activity, CostToServeConfig, Resource } from "./config";

const pick = (headers: readonly string[], pattern: RegExp): string | undefined =>
  headers.find((h) => pattern.test(h.trim()));

interface Template {
  readonly pattern: RegExp;
  readonly make: (driver: string, lang: Lang) => Activity;
  readonly resource?: "log" | "sales" | "cs";
}

/** A suggested name in the language of the pane. */
const name = (en: string, nl: string, lang: Lang): string => ({ en, nl })[lang];

const TEMPLATES: readonly Template[] = [
  {
    pattern: /^(orders|bestellingen|orders?\s*\(#\))$/i,
    make: (driver, lang) => ({
      id: "orders",
      method: "abc",
      name: name("Order processing", "Orderverwerking", lang),
      pool: 1_450_000,
      driver,
    }),
  },
  {
    pattern: /^(deliveries|leveringen|afleveringen)$/i,
    resource: "log",
    make: (driver, lang) => ({
      id: "deliveries",
      method: "tdabc",
      name: name("Deliveries", "Leveringen", lang),
      minutesPerUnit: 60,
      resource: "log",
      driver,
    }),
  },
  {
    pattern: /(delivery\s*km|distance|afstand|kilometers?)/i,
    make: (driver, lang) => ({
      id: "transport",
      method: "abc",
      name: name("Transport", "Transport", lang),
      pool: 1_900_000,
      driver,
    }),
  },
  {
    pattern: /^(visits|bezoeken|sales visits)$/i,
    resource: "sales",
    make: (driver, lang) => ({
      id: "visits",
      method: "tdabc",
      name: name("Sales visits", "Verkoopbezoeken", lang),
      minutesPerUnit: 300,
      resource: "sales",
      driver,
    }),
  },
  {
    pattern: /^(returns|retouren)$/i,
    make: (driver, lang) => ({
      id: "returns",
      method: "abc",
      name: name("Returns", "Retouren", lang),
      pool: 300_000,
      driver,
    }),
  },
  {
    pattern: /^(rush orders|spoedorders)$/i,
    resource: "log",
    make: (driver, lang) => ({
      id: "rush",
      method: "tdabc",
      name: name("Rush orders", "Spoedorders", lang),
      minutesPerUnit: 120,
      resource: "log",
      driver,
    }),
  },
  {
    pattern: /^(service calls|servicegesprekken|klachten)$/i,
    resource: "cs",
    make: (driver, lang) => ({
      id: "service",
      method: "tdabc",
      name: name("Service calls", "Servicegesprekken", lang),
      minutesPerUnit: 45,
      resource: "cs",
      driver,
    }),
  },
  {
    pattern: /^(payment days|betaaltermijn|betalingstermijn|dso)/i,
    make: (daysColumn, lang) => ({
      id: "financing",
      method: "financing",
      name: name("Payment terms", "Betalingstermijn", lang),
      daysColumn,
      rate: 0.06,
    }),
  },
];

const RESOURCES: Readonly<Record<"log" | "sales" | "cs", (lang: Lang) => Resource>> = {
  log: (lang) => ({
    id: "log",
    name: name("Logistics", "Logistiek", lang),
    cost: 1_800_000,
    capacityMinutes: 1_200_000,
  }),
  sales: (lang) => ({
    id: "sales",
    name: name("Sales force", "Buitendienst", lang),
    cost: 1_500_000,
    capacityMinutes: 650_000,
  }),
  cs: (lang) => ({
    id: "cs",
    name: name("Customer service", "Klantenservice", lang),
    cost: 250_000,
    capacityMinutes: 200_000,
  }),
};

/**
 * A first configuration for a table with these headers. Missing columns stay empty strings (the
 * schema then asks the user to pick them).
 *
 * @example
 * const c = suggestConfig(["Customer", "Net revenue", "Cost of goods", "Orders"], "en");
 * c.mapping.revenue; // { kind: "net", net: "Net revenue" }
 * c.activities[0]?.name; // "Order processing"
 */
export function suggestConfig(headers: readonly string[], lang: Lang): CostToServeConfig {
  const customer = pick(headers, /^(customer|klant|klantnaam|name|naam|account)/i) ?? headers[0] ?? "";
  const net = pick(headers, /^(net revenue|net sales|netto[- ]?omzet|omzet netto)/i);
  const list = pick(headers, /^(list revenue|gross revenue|bruto[- ]?omzet|omzet tegen lijstprijs)/i);
  const discount = pick(headers, /^(discount|korting)/i);
  const cogs = pick(headers, /^(cost of goods|cogs|cost of sales|kostprijs)/i);
  const margin = pick(headers, /^(gross margin|brutomarge)/i);
  const revenue: CostToServeConfig["mapping"]["revenue"] =
    net === undefined && list !== undefined && discount !== undefined
      ? { kind: "list", list, discount, discountAs: "fraction" }
      : { kind: "net", net: net ?? "" };
  const cost: CostToServeConfig["mapping"]["cost"] =
    cogs === undefined && margin !== undefined
      ? { kind: "margin", column: margin }
      : { kind: "cogs", column: cogs ?? "" };
  const activities: Activity[] = [];
  const used = new Set<"log" | "sales" | "cs">();
  for (const t of TEMPLATES) {
    const driver = pick(headers, t.pattern);
    if (driver === undefined) continue;
    activities.push(t.make(driver, lang));
    if (t.resource !== undefined) used.add(t.resource);
  }
  return {
    version: 1,
    mapping: { customer, revenue, cost },
    resources: (["log", "sales", "cs"] as const).filter((r) => used.has(r)).map((r) => RESOURCES[r](lang)),
    activities,
    cuts: { margin: null, costToServe: null },
    style: "portable",
    lang,
  };
}

/**
 * The scale the example figures were set on: the 200-customer sample's total net revenue and the
 * minutes its drivers take at the example unit times. {@link scaleSuggestion} keeps the sample's
 * figures and scales them for any other table.
 */
const REFERENCE = {
  revenue: 109_180_603,
  minutes: { log: 1_011_180, sales: 540_300, cs: 169_740 } as Readonly<Record<string, number>>,
};

/** Three significant digits: 1,450,000 stays, 14,237.6 becomes 14,200. */
function round3(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const unit = 10 ** (Math.floor(Math.log10(x)) - 2);
  return Math.round(x / unit) * unit;
}

/**
 * The example cost pools and resource costs scaled to the table's net revenue, and each resource's
 * practical capacity to the minutes its drivers take, so that a suggestion for a small shop's table is
 * not two orders of magnitude too large and no resource starts over capacity (issue 13). On the
 * 200-customer sample the figures are those of {@link suggestConfig}. A table without revenue keeps
 * the suggestion as it is.
 *
 * @example
 * const scaled = scaleSuggestion(suggestConfig(source.headers.map(String), "en"), source);
 */
export function scaleSuggestion(config: CostToServeConfig, source: SourceTable): CostToServeConfig {
  const preview = computeCostToServe(config, source);
  const factor = preview.totals.revenue / REFERENCE.revenue;
  if (!(factor > 0) || !Number.isFinite(factor)) return config;
  const used = new Map(preview.resources.map((r) => [r.id, r.minutesUsed]));
  return {
    ...config,
    activities: config.activities.map((a) => (a.method === "abc" ? { ...a, pool: round3(a.pool * factor) } : a)),
    resources: config.resources.map((r) => {
      const reference = REFERENCE.minutes[r.id];
      const minutes = used.get(r.id) ?? 0;
      const capacity = reference !== undefined && minutes > 0 ? r.capacityMinutes * (minutes / reference) : undefined;
      return {
        ...r,
        cost: round3(r.cost * factor),
        capacityMinutes: capacity === undefined ? r.capacityMinutes : Math.max(1, round3(capacity)),
      };
    }),
  };
}
