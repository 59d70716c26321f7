/**
 * The configuration of the loyalty and customer value sheet (models.md §8 and §9), as a zod 4 schema:
 * which survey columns hold the customer, satisfaction, loyalty, optionally expectation and experience
 * (the satisfaction gap) and margin per year and retention (lifetime value); the score scale; the
 * cut-offs (null: the course's default mapped onto the scale); the value settings; style and language.
 *
 * @module
 */
import { z } from "zod";

const columnName = z.string().trim().min(1, { error: "pick a column" });
/** An optional column: "" is not mapped. */
const optionalColumn = z.string().trim();
const finite = z.number().refine(Number.isFinite, { error: "must be a finite number" });
const fraction = finite.refine((v) => v >= 0 && v <= 1, { error: "a fraction from 0 to 1 (0.8 = 80 %)" });

/**
 * Which survey columns hold what. Expectation and experience go together (the gap needs both).
 *
 * @example
 * LoyaltyMappingSchema.parse({ customer: "Customer", satisfaction: "Satisfaction", loyalty: "Loyalty", expectation: "", experience: "", margin: "", retention: "" });
 */
export const LoyaltyMappingSchema = z
  .object({
    customer: columnName,
    satisfaction: columnName,
    loyalty: columnName,
    expectation: optionalColumn,
    experience: optionalColumn,
    margin: optionalColumn,
    retention: optionalColumn,
  })
  .superRefine((m, ctx) => {
    if ((m.expectation === "") !== (m.experience === "")) {
      const path = m.expectation === "" ? "expectation" : "experience";
      ctx.addIssue({ code: "custom", path: [path], message: "map both expectation and experience, or neither" });
    }
    if (m.retention !== "" && m.margin === "") {
      ctx.addIssue({ code: "custom", path: ["margin"], message: "lifetime value needs the margin per year" });
    }
  });

/** The whole configuration. */
export const LoyaltyConfigSchema = z
  .object({
    version: z.literal(1),
    mapping: LoyaltyMappingSchema,
    scale: z.object({ min: finite, max: finite }),
    cuts: z.object({
      indifferenceFrom: finite.nullable(),
      affectionFrom: finite.nullable(),
      satisfactionCut: finite.nullable(),
      loyaltyCut: finite.nullable(),
    }),
    value: z.object({
      discountRate: finite.refine((v) => v > -1, { error: "must be more than −1" }),
      years: finite
        .refine((v) => Number.isInteger(v) && v >= 1, { error: "a whole number of years, 1 or more" })
        .nullable(),
      growth: finite.refine((v) => v > -1, { error: "must be more than −1" }),
      retention: fraction,
      uplift: fraction,
      netMargin: finite.refine((v) => v > 0, { error: "must be more than zero" }),
    }),
    style: z.enum(["portable", "kam"]),
    lang: z.enum(["en", "nl"]),
  })
  .superRefine((c, ctx) => {
    if (!(c.scale.min < c.scale.max)) {
      ctx.addIssue({ code: "custom", path: ["scale", "max"], message: "the maximum must be above the minimum" });
    }
  });

/** A validated configuration. */
export type LoyaltyConfig = z.infer<typeof LoyaltyConfigSchema>;
/** The column mapping. */
export type LoyaltyMapping = z.infer<typeof LoyaltyMappingSchema>;

/** The key under which the pane stores the configuration in the workbook. */
export const LOYALTY_CONFIG_KEY = "kam.loyalty";

/** The tag of the sheets this builder owns. */
export const LOYALTY_SHEET_TAG = "kam:loyalty";

/**
 * The scales a survey usually has, offered by the pane (any other min < max is allowed).
 *
 * @example
 * LOYALTY_SCALES[1]; // { min: 0, max: 10 }
 */
export const LOYALTY_SCALES = [
  { min: 1, max: 5 },
  { min: 0, max: 10 },
  { min: 1, max: 7 },
] as const;

/**
 * The defaults of a new configuration: the course's 1–5 scale and cut-offs, 10 % discount rate, an
 * open horizon, no growth, 80 % retention when no column gives it, 5 points fewer defections
 * (Reichheld, course 002) and a 4 % net margin for the price table.
 *
 * @example
 * defaultLoyaltyConfig("nl").lang; // "nl"
 */
export function defaultLoyaltyConfig(lang: "en" | "nl"): LoyaltyConfig {
  return {
    version: 1,
    mapping: {
      customer: "",
      satisfaction: "",
      loyalty: "",
      expectation: "",
      experience: "",
      margin: "",
      retention: "",
    },
    scale: { min: 1, max: 5 },
    cuts: { indifferenceFrom: null, affectionFrom: null, satisfactionCut: null, loyaltyCut: null },
    value: { discountRate: 0.1, years: null, growth: 0, retention: 0.8, uplift: 0.05, netMargin: 0.04 },
    style: "portable",
    lang,
  };
}

/** What the pane stores in the workbook: the configuration, the sheet it built and the source it read. */
export const StoredLoyaltySchema = z.object({
  config: LoyaltyConfigSchema,
  sheet: z.string().min(1).optional(),
  source: z.object({ sheet: z.string(), address: z.string() }).optional(),
});

/**
 * The validation problems of a draft, keyed by path (`"mapping.loyalty"`), the first message per path.
 *
 * @example
 * loyaltyConfigErrors(defaultLoyaltyConfig("en"))["mapping.customer"]; // "pick a column"
 */
export function loyaltyConfigErrors(value: unknown): Record<string, string> {
  const result = LoyaltyConfigSchema.safeParse(value);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const i of result.error.issues) out[i.path.map(String).join(".") || "config"] ??= i.message;
  return out;
}
