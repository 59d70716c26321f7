/**
 * A first configuration from the headers of a source table: the column mapping guessed from common
 * English and Dutch header names, and example activities for the driver columns found (orders,
 * deliveries, distance, visits, returns, rush orders, service calls, payment days). The example
 * cost pools, unit times and capacities are placeholders for the user to replace.
 *
 * @module
 */
import type { Lang } from "../lang";
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
