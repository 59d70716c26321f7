/**
 * The configuration of the account strategy sheet (models.md §5, §3 and §13), as a zod 4 schema: which
 * columns hold the customer, the impact of our offer on the customer's result and the difficulty of
 * replacing us (each a 1–5 score or a raw figure normalised min–max onto 1–5), optionally the revenue
 * (bubble size and shares) and Whitney's three yes/no judgements; the cut-offs on 1–5; style and language.
 *
 * @module
 */
import { z } from "zod";
import { KRALJIC_DEFAULTS } from "../index";

const columnName = z.string().trim().min(1, { error: "pick a column" });
/** An optional column: "" is not mapped. */
const optionalColumn = z.string().trim();
const finite = z.number().refine(Number.isFinite, { error: "must be a finite number" });
const cut = finite.refine((v) => v >= 1 && v <= 5, { error: "a cut-off on the 1–5 scale" });

/** How an axis column is read: a score on 1–5 as it is, or a raw figure normalised min–max onto 1–5. */
export const AXIS_READINGS = ["score", "minmax"] as const;
/** How an axis column is read. */
export type AxisReading = (typeof AXIS_READINGS)[number];

/**
 * Which columns hold what. Whitney's three judgements go together (the action needs all three).
 *
 * @example
 * StrategyMappingSchema.parse({ customer: "Customer", impact: "Impact", difficulty: "Difficulty", revenue: "", strategic: "", significant: "", profitable: "" });
 */
export const StrategyMappingSchema = z
  .object({
    customer: columnName,
    impact: columnName,
    difficulty: columnName,
    revenue: optionalColumn,
    strategic: optionalColumn,
    significant: optionalColumn,
    profitable: optionalColumn,
  })
  .superRefine((m, ctx) => {
    const whitney = [m.strategic, m.significant, m.profitable];
    if (whitney.some((c) => c !== "") && whitney.some((c) => c === "")) {
      const path = m.strategic === "" ? "strategic" : m.significant === "" ? "significant" : "profitable";
      ctx.addIssue({ code: "custom", path: [path], message: "map all three Whitney columns, or none" });
    }
  });

/** The whole configuration. */
export const StrategyConfigSchema = z.object({
  version: z.literal(1),
  mapping: StrategyMappingSchema,
  reading: z.object({ impact: z.enum(AXIS_READINGS), difficulty: z.enum(AXIS_READINGS) }),
  cuts: z.object({ impact: cut, difficulty: cut }),
  style: z.enum(["portable", "kam"]),
  lang: z.enum(["en", "nl"]),
});

/** A validated configuration. */
export type StrategyConfig = z.infer<typeof StrategyConfigSchema>;
/** The column mapping. */
export type StrategyMapping = z.infer<typeof StrategyMappingSchema>;

/** The key under which the pane stores the configuration in the workbook. */
export const STRATEGY_CONFIG_KEY = "kam.accountStrategy";

/** The tag of the sheets this builder owns. */
export const STRATEGY_SHEET_TAG = "kam:accountStrategy";

/**
 * The defaults of a new configuration: scores on 1–5, the course's cut-off 3 on both axes (models.md §5).
 *
 * @example
 * defaultStrategyConfig("nl").cuts; // { impact: 3, difficulty: 3 }
 */
export function defaultStrategyConfig(lang: "en" | "nl"): StrategyConfig {
  return {
    version: 1,
    mapping: { customer: "", impact: "", difficulty: "", revenue: "", strategic: "", significant: "", profitable: "" },
    reading: { impact: "score", difficulty: "score" },
    cuts: { impact: KRALJIC_DEFAULTS.impactCut, difficulty: KRALJIC_DEFAULTS.difficultyCut },
    style: "portable",
    lang,
  };
}

/** What the pane stores in the workbook: the configuration, the sheet it built and the source it read. */
export const StoredStrategySchema = z.object({
  config: StrategyConfigSchema,
  sheet: z.string().min(1).optional(),
  source: z.object({ sheet: z.string(), address: z.string() }).optional(),
});

/**
 * The validation problems of a draft, keyed by path (`"mapping.impact"`), the first message per path.
 *
 * @example
 * strategyConfigErrors(defaultStrategyConfig("en"))["mapping.customer"]; // "pick a column"
 */
export function strategyConfigErrors(value: unknown): Record<string, string> {
  const result = StrategyConfigSchema.safeParse(value);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const i of result.error.issues) out[i.path.map(String).join(".") || "config"] ??= i.message;
  return out;
}
