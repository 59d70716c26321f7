/**
 * The configuration of the readiness questionnaire (models.md §10, §11, §13), as a zod 4 schema: the
 * formula style, the language and, optionally, the answers the sheet starts with (blank by default; the
 * filled-in example of `assets/sample/readiness-example.json` is one). The builder reads no table.
 *
 * @module
 */
import { z } from "zod";
import { QUESTIONS, SECTIONS, SECTION_KIND, type SectionId } from "./labels";

const score = z
  .number()
  .refine((v) => Number.isFinite(v) && v >= 1 && v <= 5, { error: "a score from 1 to 5" })
  .nullable();
const yesNo = z.boolean().nullable();

/** One section's answers: one per statement, `null` unanswered. */
const section = (id: SectionId) =>
  z.array(SECTION_KIND[id] === "score" ? score : yesNo).length(QUESTIONS[id].length, {
    error: `${QUESTIONS[id].length} answers`,
  });

/**
 * The answers of the whole questionnaire: per section a score (1–5) or yes/no (true/false) per
 * statement, in the order of {@link QUESTIONS}; `null` is unanswered.
 *
 * @example
 * ReadinessAnswersSchema.parse(blankAnswers()).quickscan.length; // 11
 */
export const ReadinessAnswersSchema = z.object({
  readiness: section("readiness"),
  amNeed: section("amNeed"),
  division: section("division"),
  level: section("level"),
  disciplines: section("disciplines"),
  quickscan: section("quickscan"),
  bottlenecks: section("bottlenecks"),
});

/**
 * The whole configuration.
 *
 * @example
 * ReadinessConfigSchema.parse(defaultReadinessConfig("en")).style; // "portable"
 */
export const ReadinessConfigSchema = z.object({
  version: z.literal(1),
  style: z.enum(["portable", "kam"]),
  lang: z.enum(["en", "nl"]),
  answers: ReadinessAnswersSchema,
});

/** A validated configuration. */
export type ReadinessConfig = z.infer<typeof ReadinessConfigSchema>;
/** The answers of a questionnaire. */
export type ReadinessAnswers = z.infer<typeof ReadinessAnswersSchema>;
/** One answer: a score, yes (true) or no (false), or unanswered. */
export type Answer = number | boolean | null;

/** The key under which the pane stores the configuration in the workbook. */
export const READINESS_CONFIG_KEY = "kam.readiness";

/** The tag of the sheets this builder owns. */
export const READINESS_SHEET_TAG = "kam:readiness";

/**
 * Every statement unanswered.
 *
 * @example
 * blankAnswers().amNeed; // nine nulls
 */
export function blankAnswers(): ReadinessAnswers {
  const out = Object.fromEntries(SECTIONS.map((s) => [s, QUESTIONS[s].map(() => null)]));
  return out as unknown as ReadinessAnswers;
}

/**
 * A new configuration: portable formulas, a blank questionnaire.
 *
 * @example
 * defaultReadinessConfig("nl").lang; // "nl"
 */
export function defaultReadinessConfig(lang: "en" | "nl"): ReadinessConfig {
  return { version: 1, style: "portable", lang, answers: blankAnswers() };
}

/** What the pane stores in the workbook: the configuration and the sheet it built. */
export const StoredReadinessSchema = z.object({
  config: ReadinessConfigSchema,
  sheet: z.string().min(1).optional(),
});

/**
 * The validation problems of a draft, keyed by path (`"answers.quickscan.3"`), the first message per path.
 *
 * @example
 * readinessConfigErrors({ ...defaultReadinessConfig("en"), version: 2 })["version"]; // a zod message
 */
export function readinessConfigErrors(value: unknown): Record<string, string> {
  const result = ReadinessConfigSchema.safeParse(value);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const i of result.error.issues) out[i.path.map(String).join(".") || "config"] ??= i.message;
  return out;
}
