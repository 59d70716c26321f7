/**
 * The configuration of a cost-to-serve analysis (models.md §4), as a zod 4 schema: which source
 * columns hold the customer, the revenue and the cost of goods; the activities with their costing
 * method (ABC, time-driven ABC, financing of payment terms); the capacity resources of time-driven
 * ABC; the quadrant cut-offs; the formula style and the language. The pane validates every edit
 * with it and stores it in the workbook.
 *
 * @module
 */
import { z } from "zod";
import { SHEET_LABELS, type SheetLabel } from "./labels";

/** The fixed headers of the customer table; an activity column may not take one of these names. */
const TABLE_HEADERS: readonly SheetLabel[] = [
  "customer",
  "netRevenue",
  "cogs",
  "grossMargin",
  "totalCts",
  "netProfit",
  "marginPct",
  "ctsPct",
  "quadrant",
  "rank",
];

/** A source column, by its header text. */
const columnName = z.string().trim().min(1, { error: "pick a column" });
const finite = z.number().refine(Number.isFinite, { error: "must be a finite number" });
const nonNegative = finite.refine((v) => v >= 0, { error: "must be zero or more" });
const positive = finite.refine((v) => v > 0, { error: "must be more than zero" });

/**
 * Net revenue straight from a column, or list revenue minus a discount (an amount or a fraction).
 *
 * @example
 * RevenueMappingSchema.parse({ kind: "list", list: "List revenue", discount: "Discount", discountAs: "fraction" });
 */
export const RevenueMappingSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("net"), net: columnName }),
  z.object({
    kind: z.literal("list"),
    list: columnName,
    discount: columnName,
    discountAs: z.enum(["amount", "fraction"]),
  }),
]);

/** Cost of goods from a column, or derived from a gross-margin amount column (revenue − margin). */
export const CostMappingSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cogs"), column: columnName }),
  z.object({ kind: z.literal("margin"), column: columnName }),
]);

/**
 * Which source columns hold the customer, its revenue and its cost of goods.
 *
 * @example
 * MappingSchema.parse({ customer: "Customer", revenue: { kind: "net", net: "Net revenue" }, cost: { kind: "margin", column: "Gross margin" } });
 */
export const MappingSchema = z.object({
  customer: columnName,
  revenue: RevenueMappingSchema,
  cost: CostMappingSchema,
});

/** A capacity resource of time-driven ABC: capacity cost rate = cost ÷ practical capacity (minutes). */
export const ResourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, { error: "give the resource a name" }),
  cost: positive,
  capacityMinutes: positive,
});

const activityBase = { id: z.string().min(1), name: z.string().trim().min(1, { error: "give the activity a name" }) };

/** Conventional ABC: rate = annual cost pool ÷ total driver volume. */
export const AbcActivitySchema = z.object({
  ...activityBase,
  method: z.literal("abc"),
  pool: nonNegative,
  driver: columnName,
});

/** Time-driven ABC: rate = minutes per driver unit × the resource's capacity cost rate. */
export const TdabcActivitySchema = z.object({
  ...activityBase,
  method: z.literal("tdabc"),
  minutesPerUnit: nonNegative,
  resource: z.string().min(1, { error: "pick a resource" }),
  driver: columnName,
});

/** Financing of payment terms: net revenue × payment days ÷ 365 × annual interest rate (a fraction). */
export const FinancingActivitySchema = z.object({
  ...activityBase,
  method: z.literal("financing"),
  daysColumn: columnName,
  rate: nonNegative.refine((v) => v <= 1, { error: "an interest rate is a fraction, 0.05 = 5 %" }),
});

/**
 * One activity: ABC, time-driven ABC or financing of payment terms.
 *
 * @example
 * ActivitySchema.parse({ id: "f", method: "financing", name: "Payment terms", daysColumn: "Payment days", rate: 0.06 });
 */
export const ActivitySchema = z.discriminatedUnion("method", [
  AbcActivitySchema,
  TdabcActivitySchema,
  FinancingActivitySchema,
]);

/**
 * The whole configuration. A cut-off of `null` means "the median of the column" (models.md §4 [choice]).
 * Time-driven activities must name an existing resource; activity names are unique.
 *
 * @example
 * CostToServeConfigSchema.safeParse({
 *   version: 1,
 *   mapping: { customer: "Customer", revenue: { kind: "net", net: "Net revenue" }, cost: { kind: "cogs", column: "Cost of goods" } },
 *   resources: [{ id: "cs", name: "Customer service", cost: 560_000, capacityMinutes: 700_000 }],
 *   activities: [{ id: "o", method: "tdabc", name: "Orders", minutesPerUnit: 8, resource: "cs", driver: "Orders" }],
 *   cuts: { margin: null, costToServe: null },
 *   style: "portable",
 *   lang: "en",
 * }).success; // true
 */
export const CostToServeConfigSchema = z
  .object({
    version: z.literal(1),
    mapping: MappingSchema,
    resources: z.array(ResourceSchema),
    activities: z.array(ActivitySchema).min(1, { error: "add at least one activity" }),
    cuts: z.object({ margin: finite.nullable(), costToServe: finite.nullable() }),
    style: z.enum(["portable", "kam"]),
    lang: z.enum(["en", "nl"]),
  })
  .superRefine((config, ctx) => {
    const resources = new Set(config.resources.map((r) => r.id));
    config.activities.forEach((a, i) => {
      if (a.method === "tdabc" && !resources.has(a.resource)) {
        ctx.addIssue({ code: "custom", path: ["activities", i, "resource"], message: "pick a resource" });
      }
    });
    const names = new Set<string>(TABLE_HEADERS.map((k) => SHEET_LABELS[k][config.lang].toLowerCase()));
    config.activities.forEach((a, i) => {
      const key = a.name.trim().toLowerCase();
      if (names.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["activities", i, "name"],
          message: "activity names must be unique and differ from the table's other column headers",
        });
      }
      names.add(key);
    });
  });

/** A validated configuration. */
export type CostToServeConfig = z.infer<typeof CostToServeConfigSchema>;
/** One activity of a configuration. */
export type Activity = z.infer<typeof ActivitySchema>;
/** One capacity resource. */
export type Resource = z.infer<typeof ResourceSchema>;
/** The column mapping. */
export type Mapping = z.infer<typeof MappingSchema>;

/** The key under which the pane stores the configuration in the workbook. */
export const CONFIG_KEY = "kam.costToServe";

/** The tag of the sheets this builder owns. */
export const SHEET_TAG = "kam:costToServe";

/**
 * Validates an unknown value (a stored configuration, a form state) and returns the configuration or
 * the list of problems as `path: message` texts.
 *
 * @example
 * const r = parseConfig({ version: 1 });
 * r.ok; // false
 */
export function parseConfig(
  value: unknown,
): { readonly ok: true; readonly config: CostToServeConfig } | { readonly ok: false; readonly problems: string[] } {
  const result = CostToServeConfigSchema.safeParse(value);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${i.path.map(String).join(".") || "config"}: ${i.message}`),
  };
}

/** What the pane stores in the workbook: the configuration, the sheet it built and the source it read. */
export const StoredCostToServeSchema = z.object({
  config: CostToServeConfigSchema,
  sheet: z.string().min(1).optional(),
  source: z.object({ sheet: z.string(), address: z.string() }).optional(),
});

/** A stored configuration. */
export type StoredCostToServe = z.infer<typeof StoredCostToServeSchema>;

/**
 * The validation problems of a draft configuration, keyed by path (`"activities.0.pool"`), the
 * first message per path. Empty when the draft is valid.
 *
 * @example
 * configErrors({ ...config, activities: [] }).activities; // "add at least one activity"
 */
export function configErrors(value: unknown): Record<string, string> {
  const result = CostToServeConfigSchema.safeParse(value);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const i of result.error.issues) {
    const key = i.path.map(String).join(".") || "config";
    out[key] ??= i.message;
  }
  return out;
}
