/**
 * The configuration of the selection-matrix builder as a zod schema: the criteria (source column,
 * group, current/future, direction, scoring, weight), the cut-offs of the classes and the
 * portfolio, the formula style and the language. The pane validates every edit with it; the
 * stored configuration is parsed with it when the pane opens.
 *
 * @module
 */
import { z } from "zod";
import type { Lang } from "../../lang";
import { PAIRWISE_LIMITS, judgementCount, withPairwiseWeights } from "./pairwise";

/** Criterion groups: the four classification dimensions, or account/relationship/product. */
export const GROUPS = [
  "significance",
  "profitability",
  "strategic",
  "relational",
  "account",
  "relationship",
  "product",
] as const;
/** A criterion group. */
export type Group = (typeof GROUPS)[number];

/** Which composite a criterion feeds: current value C or future value F (models.md §2). */
export const HORIZONS = ["current", "future"] as const;
/** A horizon. */
export type Horizon = (typeof HORIZONS)[number];

/** Whether a higher raw value is better (revenue) or a lower one (price sensitivity). */
export const DIRECTIONS = ["higher", "lower"] as const;
/** A direction. */
export type Direction = (typeof DIRECTIONS)[number];

/**
 * How raw data becomes a 1–5 score: already a score, linear min–max, percentile rank, or explicit
 * band boundaries (models.md §1).
 */
export const METHODS = ["score", "minmax", "percentile", "bands"] as const;
/** A scoring method. */
export type Method = (typeof METHODS)[number];

/** The formula style of the written sheet. */
export const STYLES = ["portable", "kam"] as const;
/** A formula style. */
export type FormulaStyle = (typeof STYLES)[number];

/** The two templates and "custom". */
export const TEMPLATES = ["course", "mcdonald", "custom"] as const;
/** A template. */
export type TemplateId = (typeof TEMPLATES)[number];

/** The chart's axes: current × future value, or McDonald's attractiveness × relative strength. */
export const AXES = ["currentFuture", "attractivenessStrength"] as const;
/** The chart axes. */
export type Axes = (typeof AXES)[number];

/** The score scale of every criterion and composite. */
export const SCALE = { low: 1, high: 5 } as const;

/** Most criteria and band boundaries the builder accepts. */
export const LIMITS = { criteria: 40, bands: 8, weight: 1000 } as const;

/**
 * Keys of the validation messages; the pane shows them in its language with
 * {@link configMessage}.
 */
export const CONFIG_MESSAGES = {
  required: { en: "Required.", nl: "Verplicht." },
  notNumber: { en: "Enter a number.", nl: "Vul een getal in." },
  weightNegative: { en: "A weight cannot be negative.", nl: "Een gewicht kan niet negatief zijn." },
  weightTooLarge: { en: `A weight is at most ${LIMITS.weight}.`, nl: `Een gewicht is hoogstens ${LIMITS.weight}.` },
  cutRange: {
    en: `A cut-off lies on the score scale, ${SCALE.low} to ${SCALE.high}.`,
    nl: `Een grens ligt op de scoreschaal, ${SCALE.low} tot ${SCALE.high}.`,
  },
  bandsMissing: {
    en: "Bands need at least one boundary.",
    nl: "Klassengrenzen vragen minstens één grens.",
  },
  bandsOrder: {
    en: "Band boundaries must rise from left to right.",
    nl: "Klassengrenzen moeten van links naar rechts oplopen.",
  },
  tooManyBands: { en: `At most ${LIMITS.bands} boundaries.`, nl: `Hoogstens ${LIMITS.bands} grenzen.` },
  noCriteria: { en: "Add at least one criterion.", nl: "Voeg minstens één criterium toe." },
  tooManyCriteria: {
    en: `At most ${LIMITS.criteria} criteria.`,
    nl: `Hoogstens ${LIMITS.criteria} criteria.`,
  },
  duplicateColumn: {
    en: "This column is already a criterion.",
    nl: "Deze kolom is al een criterium.",
  },
  nameIsCriterion: {
    en: "The customer-name column cannot be a criterion.",
    nl: "De kolom met klantnamen kan geen criterium zijn.",
  },
  noCurrentWeight: {
    en: "Give at least one current-value criterion a weight above zero (the classes need both composites).",
    nl: "Geef minstens één criterium voor de huidige waarde een gewicht boven nul (de klassen vragen beide samengestelde scores).",
  },
  noFutureWeight: {
    en: "Give at least one future-value criterion a weight above zero (the classes need both composites).",
    nl: "Geef minstens één criterium voor de toekomstige waarde een gewicht boven nul (de klassen vragen beide samengestelde scores).",
  },
  unknownColumn: {
    en: "This column is not in the source table.",
    nl: "Deze kolom staat niet in de brontabel.",
  },
  notNumericColumn: {
    en: "This column holds no numbers.",
    nl: "Deze kolom bevat geen getallen.",
  },
  invalid: { en: "This value is not valid.", nl: "Deze waarde is niet geldig." },
  judgementRange: {
    en: "A judgement lies on Saaty's scale, 1/9 to 9.",
    nl: "Een oordeel ligt op de schaal van Saaty, 1/9 tot 9.",
  },
  pairwiseSize: {
    en: "The judgements do not fit the criteria of this composite; open the pairwise step again.",
    nl: "De oordelen passen niet bij de criteria van deze samengestelde score; open de paarsgewijze stap opnieuw.",
  },
  pairwiseTooMany: {
    en: `Pairwise comparison takes at most ${PAIRWISE_LIMITS.criteria} criteria per composite.`,
    nl: `Paarsgewijs vergelijken kan met hoogstens ${PAIRWISE_LIMITS.criteria} criteria per samengestelde score.`,
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** A validation message key. */
export type ConfigMessageKey = keyof typeof CONFIG_MESSAGES;

/**
 * A validation message in a language; an unknown key gives the generic "not valid" message.
 *
 * @example
 * configMessage("weightNegative", "nl"); // "Een gewicht kan niet negatief zijn."
 */
export function configMessage(key: string, lang: Lang): string {
  const entry = (CONFIG_MESSAGES as Record<string, Readonly<Record<Lang, string>> | undefined>)[key];
  return (entry ?? CONFIG_MESSAGES.invalid)[lang];
}

const num = z.number({ error: "notNumber" }).refine(Number.isFinite, { error: "notNumber" });
const cut = num.refine((v) => v >= SCALE.low && v <= SCALE.high, { error: "cutRange" });
/** A pairwise judgement on Saaty's scale, with the slack of `KAM.AHP` for a typed 0.111. */
const judgement = num.refine((v) => v >= PAIRWISE_LIMITS.min * (1 - 1e-3) && v <= PAIRWISE_LIMITS.max, {
  error: "judgementRange",
});

/**
 * The judgements of the pairwise step: per composite the upper triangle of its criteria's
 * reciprocal matrix, row by row, in the written order of the criteria (see `pairwise.ts`).
 */
export const PairwiseSchema = z.object({
  current: z.array(judgement),
  future: z.array(judgement),
  /** The criteria (source columns) the judgements were made for, per composite, to carry them over edits. */
  columns: z.object({ current: z.array(z.string()), future: z.array(z.string()) }).optional(),
});

/** One criterion: a source column and how it is scored and weighted. */
export const CriterionSchema = z
  .object({
    /** The source column's header (headers are unique; the name survives a reordered table). */
    column: z.string({ error: "required" }).trim().min(1, { error: "required" }),
    group: z.enum(GROUPS, { error: "invalid" }),
    horizon: z.enum(HORIZONS, { error: "invalid" }),
    direction: z.enum(DIRECTIONS, { error: "invalid" }),
    method: z.enum(METHODS, { error: "invalid" }),
    /** Ascending boundaries (method `bands`): k boundaries make k + 1 bands on 1..5. */
    bands: z.array(num).max(LIMITS.bands, { error: "tooManyBands" }),
    weight: num
      .refine((v) => v >= 0, { error: "weightNegative" })
      .refine((v) => v <= LIMITS.weight, { error: "weightTooLarge" }),
  })
  .superRefine((c, ctx) => {
    if (c.method !== "bands") return;
    if (c.bands.length === 0) ctx.addIssue({ code: "custom", message: "bandsMissing", path: ["bands"] });
    for (let i = 1; i < c.bands.length; i++) {
      if ((c.bands[i] as number) <= (c.bands[i - 1] as number)) {
        ctx.addIssue({ code: "custom", message: "bandsOrder", path: ["bands", i] });
      }
    }
  });

/** A criterion. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** The whole configuration of a selection matrix. */
export const SelectionConfigSchema = z
  .object({
    version: z.literal(1),
    template: z.enum(TEMPLATES, { error: "invalid" }),
    /** Header of the customer-name column. */
    nameColumn: z.string({ error: "required" }).trim().min(1, { error: "required" }),
    /** Header of a profit column (after cost-to-serve): a negative profit makes a loss customer. */
    profitColumn: z.string().trim().min(1).optional(),
    criteria: z
      .array(CriterionSchema)
      .min(1, { error: "noCriteria" })
      .max(LIMITS.criteria, { error: "tooManyCriteria" }),
    cuts: z.object({ current: cut, future: cut, attractiveness: cut, strength: cut }),
    axes: z.enum(AXES, { error: "invalid" }),
    style: z.enum(STYLES, { error: "invalid" }),
    lang: z.enum(["en", "nl"], { error: "invalid" }),
    /** The pairwise step: when set, the weights are derived from these judgements (models.md §12). */
    pairwise: PairwiseSchema.optional(),
    /** Whether the sheet gets the sensitivity block (class stability and tipping weights per customer). */
    sensitivity: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.criteria.forEach((k, i) => {
      const key = k.column.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: "duplicateColumn", path: ["criteria", i, "column"] });
      seen.add(key);
      if (key === c.nameColumn.toLowerCase()) {
        ctx.addIssue({ code: "custom", message: "nameIsCriterion", path: ["criteria", i, "column"] });
      }
    });
    if (c.pairwise !== undefined) {
      for (const h of HORIZONS) {
        const n = c.criteria.filter((k) => k.horizon === h).length;
        if (n === 0) {
          const message = h === "current" ? "noCurrentWeight" : "noFutureWeight";
          ctx.addIssue({ code: "custom", message, path: ["criteria"] });
        } else if (n > PAIRWISE_LIMITS.criteria) {
          ctx.addIssue({ code: "custom", message: "pairwiseTooMany", path: ["pairwise", h] });
        } else if (c.pairwise[h].length !== judgementCount(n)) {
          ctx.addIssue({ code: "custom", message: "pairwiseSize", path: ["pairwise", h] });
        }
      }
      return; // the weights come from the judgements: every composite gets 100
    }
    const total = (h: Horizon): number =>
      c.criteria.filter((k) => k.horizon === h).reduce((s, k) => s + (Number.isFinite(k.weight) ? k.weight : 0), 0);
    if (c.criteria.length > 0 && !(total("current") > 0)) {
      ctx.addIssue({ code: "custom", message: "noCurrentWeight", path: ["criteria"] });
    }
    if (c.criteria.length > 0 && !(total("future") > 0)) {
      ctx.addIssue({ code: "custom", message: "noFutureWeight", path: ["criteria"] });
    }
  });

/** A selection-matrix configuration. */
export type SelectionConfig = z.infer<typeof SelectionConfigSchema>;

/** The default cut-offs **[choice]** of models.md §2 and §6: 3 on every axis. */
export const DEFAULT_CUTS = { current: 3, future: 3, attractiveness: 3, strength: 3 } as const;

/** One validation error: where (a path such as `criteria.2.weight`) and the message in a language. */
export interface ConfigError {
  readonly path: string;
  readonly key: string;
  readonly message: string;
}

/** The result of a validation. */
export type ConfigResult =
  | { readonly ok: true; readonly config: SelectionConfig }
  | { readonly ok: false; readonly errors: readonly ConfigError[] };

/**
 * Validates a configuration (as typed in the pane or loaded from the workbook) and returns it or
 * the errors with their paths and messages in `lang`. With the pairwise step the returned
 * configuration carries the derived weights (`withPairwiseWeights`).
 *
 * @example
 * const r = validateConfig({ ...config, cuts: { ...config.cuts, current: 7 } }, "en");
 * r.ok; // false
 * !r.ok && r.errors[0]?.path; // "cuts.current"
 */
export function validateConfig(input: unknown, lang: Lang): ConfigResult {
  const parsed = SelectionConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: withPairwiseWeights(parsed.data) };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const key = i.message in CONFIG_MESSAGES ? i.message : i.code === "invalid_type" ? "required" : "invalid";
      return { path: i.path.map(String).join("."), key, message: configMessage(key, lang) };
    }),
  };
}

/**
 * The errors of one path (and the paths below it), for a field of the form.
 *
 * @example
 * errorsAt(errors, "criteria.0.weight"); // ["A weight cannot be negative."]
 */
export function errorsAt(errors: readonly ConfigError[], path: string): string[] {
  return errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`)).map((e) => e.message);
}

/**
 * The criteria in written order: current-value criteria first, then future-value ones, each in
 * the order of the configuration. The composites then cover contiguous columns.
 *
 * @example
 * orderedCriteria(config).map((c) => c.horizon); // ["current", "current", "future"]
 */
export function orderedCriteria(config: Pick<SelectionConfig, "criteria">): Criterion[] {
  return [
    ...config.criteria.filter((c) => c.horizon === "current"),
    ...config.criteria.filter((c) => c.horizon === "future"),
  ];
}

/**
 * Each criterion's weight as a share of all weights (0..1), in configuration order; all zeros
 * when the weights sum to zero.
 *
 * @example
 * normalisedWeights([{ weight: 3 }, { weight: 1 }]); // [0.75, 0.25]
 */
export function normalisedWeights(criteria: readonly Pick<Criterion, "weight">[]): number[] {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  return criteria.map((c) => (total > 0 ? c.weight / total : 0));
}

/** The key under which the pane stores its configuration in the workbook. */
export const CONFIG_KEY = "selection";

/** What the pane stores in the workbook: the configuration, the sheet it built and where the source was. */
export const StoredSelectionSchema = z.object({
  config: SelectionConfigSchema,
  /** The sheet the last build wrote (a refresh replaces it). */
  sheet: z.string().optional(),
  /** The source table's sheet and top-left header cell, to find it again on refresh. */
  source: z.object({ sheet: z.string(), address: z.string() }).optional(),
});

/** The stored state of the selection builder. */
export type StoredSelection = z.infer<typeof StoredSelectionSchema>;
