/**
 * The cost-to-serve configuration the tests and benchmarks use over the committed sample. No node
 * imports here: the browser benchmark bundles it into the workbench page.
 *
 * @module
 */
import type { CostToServeConfig } from "../../src/core/costToServe/builder";

/**
 * A realistic configuration over the sample: ABC, time-driven ABC on three resources and the
 * financing of payment terms.
 *
 * @example
 * sampleConfig("portable", "en").activities.length; // 8
 */
export function sampleConfig(style: "portable" | "kam", lang: "en" | "nl" = "en"): CostToServeConfig {
  return {
    version: 1,
    mapping: {
      customer: "Customer",
      revenue: { kind: "list", list: "List revenue", discount: "Discount", discountAs: "fraction" },
      cost: { kind: "cogs", column: "Cost of goods" },
    },
    resources: [
      { id: "log", name: "Logistics", cost: 1_800_000, capacityMinutes: 1_200_000 },
      { id: "sales", name: "Sales force", cost: 1_500_000, capacityMinutes: 650_000 },
      { id: "cs", name: "Customer service", cost: 250_000, capacityMinutes: 200_000 },
    ],
    activities: [
      { id: "a1", method: "abc", name: "Order processing", pool: 1_450_000, driver: "Orders" },
      { id: "a2", method: "tdabc", name: "Deliveries", minutesPerUnit: 60, resource: "log", driver: "Deliveries" },
      { id: "a3", method: "abc", name: "Transport", pool: 1_900_000, driver: "Delivery km" },
      { id: "a4", method: "tdabc", name: "Sales visits", minutesPerUnit: 300, resource: "sales", driver: "Visits" },
      { id: "a5", method: "abc", name: "Returns", pool: 300_000, driver: "Returns" },
      { id: "a6", method: "tdabc", name: "Rush orders", minutesPerUnit: 120, resource: "log", driver: "Rush orders" },
      { id: "a7", method: "tdabc", name: "Service calls", minutesPerUnit: 45, resource: "cs", driver: "Service calls" },
      { id: "a8", method: "financing", name: "Payment terms", daysColumn: "Payment days", rate: 0.06 },
    ],
    cuts: { margin: null, costToServe: null },
    style,
    lang,
  };
}
