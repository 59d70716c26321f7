/**
 * The configuration of the buying-centre sheet (Miller Heiman; models.md §9, §13; course 003 slides
 * 92–112), as a zod 4 schema: the account or opportunity the sheet is named after; where the people
 * come from (a table the user has, with its columns mapped, or a blank template); the risk-perception
 * cut-off; the formula style and language.
 *
 * @module
 */
import { z } from "zod";
import { STANCE_DEFAULTS } from "../index";

const finite = z.number().refine(Number.isFinite, { error: "must be a finite number" });
/** An optional column: "" is not mapped. */
const optionalColumn = z.string().trim();
const rowCount = (max: number) =>
  finite.refine((v) => Number.isInteger(v) && v >= 0 && v <= max, { error: `a whole number from 0 to ${max}` });

/**
 * The columns of the user's table, by role; only the name is required ("" is not in the table).
 *
 * @example
 * BuyingCentreMappingSchema.parse({ ...EMPTY_BUYING_CENTRE_MAPPING, name: "Name" }).name; // "Name"
 */
export const BuyingCentreMappingSchema = z.object({
  name: optionalColumn,
  function: optionalColumn,
  influence: optionalColumn,
  perceived: optionalColumn,
  desired: optionalColumn,
  mode: optionalColumn,
  businessInterest: optionalColumn,
  personalGain: optionalColumn,
  power: optionalColumn,
  risk: optionalColumn,
  stance: optionalColumn,
});

/** The mapping with nothing mapped. */
export const EMPTY_BUYING_CENTRE_MAPPING: BuyingCentreMapping = {
  name: "",
  function: "",
  influence: "",
  perceived: "",
  desired: "",
  mode: "",
  businessInterest: "",
  personalGain: "",
  power: "",
  risk: "",
  stance: "",
};

/** The most people a sheet holds (rows of the people block). */
export const BUYING_CENTRE_MAX_ROWS = 60;

/** The whole configuration. */
export const BuyingCentreConfigSchema = z
  .object({
    version: z.literal(1),
    /** The account or opportunity: the sheet is named after it. */
    account: z.string().trim().min(1, { error: "name the account or opportunity" }).max(80),
    /** `table`: the people of a table the user has; `template`: blank rows to fill in on the sheet. */
    source: z.enum(["table", "template"]),
    mapping: BuyingCentreMappingSchema,
    /** Blank rows of a template. */
    templateRows: rowCount(BUYING_CENTRE_MAX_ROWS).refine((v) => v >= 1, { error: "at least one row" }),
    /** Blank rows below the table's people, for people added on the sheet. */
    spareRows: rowCount(20),
    /** From this risk perception (1–5) a supporter is cautious and the risk-reducing techniques are asked for. */
    riskCut: finite.refine((v) => v >= 1 && v <= 5, { error: "a risk perception from 1 to 5" }),
    style: z.enum(["portable", "kam"]),
    lang: z.enum(["en", "nl"]),
  })
  .superRefine((c, ctx) => {
    if (c.source === "table" && c.mapping.name === "") {
      ctx.addIssue({ code: "custom", path: ["mapping", "name"], message: "pick the column of the names" });
    }
  });

/** A validated configuration. */
export type BuyingCentreConfig = z.infer<typeof BuyingCentreConfigSchema>;
/** The column mapping. */
export type BuyingCentreMapping = z.infer<typeof BuyingCentreMappingSchema>;
/** A role of the mapping. */
export type BuyingCentreRole = keyof BuyingCentreMapping;

/** The roles in the order of the people block's columns. */
export const BUYING_CENTRE_ROLES: readonly BuyingCentreRole[] = [
  "name",
  "function",
  "influence",
  "perceived",
  "desired",
  "mode",
  "businessInterest",
  "personalGain",
  "power",
  "risk",
  "stance",
];

/** The key under which the pane stores the configuration in the workbook. */
export const BUYING_CENTRE_CONFIG_KEY = "kam.buyingCentre";

/** The tag of the sheets this builder owns. */
export const BUYING_CENTRE_SHEET_TAG = "kam:buyingCentre";

/**
 * The defaults of a new configuration: a table source, ten template rows, three spare rows, the
 * course's risk cut-off 3.5 (models.md §9), portable formulas.
 *
 * @example
 * defaultBuyingCentreConfig("nl").riskCut; // 3.5
 */
export function defaultBuyingCentreConfig(lang: "en" | "nl"): BuyingCentreConfig {
  return {
    version: 1,
    account: "",
    source: "table",
    mapping: { ...EMPTY_BUYING_CENTRE_MAPPING },
    templateRows: 10,
    spareRows: 3,
    riskCut: STANCE_DEFAULTS.riskCut,
    style: "portable",
    lang,
  };
}

/** What the pane stores in the workbook: the configuration, the sheet it built and the source it read. */
export const StoredBuyingCentreSchema = z.object({
  config: BuyingCentreConfigSchema,
  sheet: z.string().min(1).optional(),
  source: z.object({ sheet: z.string(), address: z.string() }).optional(),
});

/**
 * The validation problems of a draft, keyed by path (`"mapping.name"`), the first message per path.
 *
 * @example
 * buyingCentreConfigErrors(defaultBuyingCentreConfig("en"))["account"]; // "name the account or opportunity"
 */
export function buyingCentreConfigErrors(value: unknown): Record<string, string> {
  const result = BuyingCentreConfigSchema.safeParse(value);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const i of result.error.issues) out[i.path.map(String).join(".") || "config"] ??= i.message;
  return out;
}

/**
 * A sheet name for an account: the characters Excel refuses in a sheet name (`: \ / ? * [ ]`) become
 * "-", an apostrophe at either end goes, runs of spaces are one; `fallback` when nothing is left.
 *
 * @example
 * accountSheetName("Acme: WMS / 2027", "KAM Buying centre"); // "Acme- WMS - 2027"
 */
export function accountSheetName(account: string, fallback: string): string {
  const cleaned = account
    .replace(/[:\\/?*[\]]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned === "" ? fallback : cleaned;
}
