import type { ColumnProfile, SourceProfile } from "../../source";
import { guessNameColumn } from "../../source";
import type { Lang } from "../../lang";
import {
  DEFAULT_CUTS,
  SCALE,
  type Axes,
  type Criterion,
  type Direction,
  type Group,
  type Horizon,
  type Method,
  type SelectionConfig,
  type TemplateId,
} from "./config";

/** One slot of a template: which headers fit it (English or Dutch) and how the criterion is set up. */
interface Slot {
  readonly match: RegExp;
  readonly group: Group;
  readonly horizon: Horizon;
  readonly direction: Direction;
  /** `undefined`: "score" when the column already lies on 1..5, else min–max. */
  readonly method?: Method;
}

/** The course's four dimensions (models.md §1, course 003 slide 24), 25 % each. */
const COURSE: readonly Slot[] = [
  {
    match: /^(net revenue|netto[- ]?omzet|omzet|revenue)$/i,
    group: "significance",
    horizon: "current",
    direction: "higher",
    method: "percentile",
  },
  {
    match: /^(purchase volume|inkoopvolume|volume)$/i,
    group: "significance",
    horizon: "current",
    direction: "higher",
    method: "percentile",
  },
  { match: /^(discount|korting)$/i, group: "profitability", horizon: "current", direction: "lower" },
  {
    match: /^(payment days|days of payment|betaaldagen|betaaltermijn)$/i,
    group: "profitability",
    horizon: "current",
    direction: "lower",
  },
  { match: /^(price sensitivity|prijsgevoeligheid)$/i, group: "profitability", horizon: "current", direction: "lower" },
  {
    match: /^(revenue growth( %)?|growth( rate)?|omzetgroei( %)?|groei)$/i,
    group: "strategic",
    horizon: "future",
    direction: "higher",
    method: "percentile",
  },
  {
    match: /^(strategic fit|strategische fit|strategisch)$/i,
    group: "strategic",
    horizon: "future",
    direction: "higher",
  },
  { match: /^(image|imago)$/i, group: "strategic", horizon: "future", direction: "higher" },
  { match: /^(prestige)$/i, group: "strategic", horizon: "future", direction: "higher" },
  { match: /^(economic cycle|conjunctuur)$/i, group: "strategic", horizon: "future", direction: "higher" },
  {
    match: /^(relational synergy|relationele synergie)$/i,
    group: "relational",
    horizon: "future",
    direction: "higher",
  },
  { match: /^(satisfaction|tevredenheid)$/i, group: "relational", horizon: "future", direction: "higher" },
  { match: /^(loyalty|loyaliteit)$/i, group: "relational", horizon: "future", direction: "higher" },
];

/** McDonald & Woodburn: account attractiveness (future) × our relative strength (current), 50 % each. */
const MCDONALD: readonly Slot[] = [
  {
    match: /^((account )?attractiveness|aantrekkelijkheid)$/i,
    group: "account",
    horizon: "future",
    direction: "higher",
  },
  {
    match: /^((relative )?strength|relatieve sterkte|sterkte)$/i,
    group: "relationship",
    horizon: "current",
    direction: "higher",
  },
];

/**
 * The scoring method a column suggests: "score" when all its numbers already lie on 1..5,
 * otherwise min–max.
 *
 * @example
 * suggestMethod({ min: 1, max: 5 }); // "score"
 * suggestMethod({ min: 0, max: 120000 }); // "minmax"
 */
export function suggestMethod(column: Pick<ColumnProfile, "min" | "max">): Method {
  return column.min !== undefined && column.max !== undefined && column.min >= SCALE.low && column.max <= SCALE.high
    ? "score"
    : "minmax";
}

/**
 * A new criterion for a column, with neutral defaults (current value, higher is better, weight 10).
 *
 * @example
 * defaultCriterion({ header: "Net revenue", min: 1000, max: 90000 }).method; // "minmax"
 */
export function defaultCriterion(column: Pick<ColumnProfile, "header" | "min" | "max">): Criterion {
  return {
    column: column.header,
    group: "significance",
    horizon: "current",
    direction: "higher",
    method: suggestMethod(column),
    bands: [],
    weight: 10,
  };
}

/**
 * Band boundaries that split the numbers into five groups of about equal size (the 20th, 40th,
 * 60th and 80th percentiles, rounded to 3 significant digits, duplicates dropped).
 *
 * @example
 * suggestBands([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // [3, 5, 7, 9]
 */
export function suggestBands(values: readonly (number | undefined)[]): number[] {
  const sorted = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (const q of [0.2, 0.4, 0.6, 0.8]) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
    const rounded = Number(v.toPrecision(3));
    if (out.length === 0 || rounded > (out[out.length - 1] as number)) out.push(rounded);
  }
  return out;
}

function fill(
  slots: readonly Slot[],
  profile: SourceProfile,
  share: (slot: Slot, found: readonly Slot[]) => number,
): Criterion[] {
  const numbers = profile.columns.filter((c) => c.kind === "number");
  const found: { slot: Slot; column: ColumnProfile }[] = [];
  for (const slot of slots) {
    const column = numbers.find((c) => slot.match.test(c.header) && !found.some((f) => f.column === c));
    if (column !== undefined) found.push({ slot, column });
  }
  const slotsFound = found.map((f) => f.slot);
  return found.map(({ slot, column }) => ({
    column: column.header,
    group: slot.group,
    horizon: slot.horizon,
    direction: slot.direction,
    method: slot.method ?? suggestMethod(column),
    bands: [],
    weight: Math.round(share(slot, slotsFound) * 100) / 100,
  }));
}

/**
 * The criteria a template gives for a source: every column whose header fits a slot of the
 * template (English or Dutch names). "Course: four dimensions" gives each dimension 25 %, split
 * equally over its columns; McDonald gives attractiveness and strength 50 % each. "custom" gives
 * no criteria.
 *
 * @example
 * templateCriteria("course", profile).map((c) => c.column); // ["Net revenue", "Purchase volume", …]
 */
export function templateCriteria(template: TemplateId, profile: SourceProfile): Criterion[] {
  if (template === "custom") return [];
  if (template === "mcdonald") return fill(MCDONALD, profile, (_slot, found) => 100 / found.length);
  return fill(COURSE, profile, (slot, found) => {
    const groups = new Set(found.map((s) => s.group));
    return 100 / groups.size / found.filter((s) => s.group === slot.group).length;
  });
}

/**
 * The chart axes of a template.
 *
 * @example
 * templateAxes("mcdonald"); // "attractivenessStrength"
 */
export function templateAxes(template: TemplateId): Axes {
  return template === "mcdonald" ? "attractivenessStrength" : "currentFuture";
}

/**
 * A complete starting configuration for a source: the template's criteria, the guessed name
 * column, the default cut-offs, the portable style.
 *
 * @example
 * const config = initialConfig(profile, "course", "en");
 * config.style; // "portable"
 */
export function initialConfig(profile: SourceProfile, template: TemplateId, lang: Lang): SelectionConfig {
  const name = guessNameColumn(profile);
  return {
    version: 1,
    template,
    nameColumn: name === undefined ? "" : (profile.columns[name]?.header ?? ""),
    criteria: templateCriteria(template, profile),
    cuts: { ...DEFAULT_CUTS },
    axes: templateAxes(template),
    style: "portable",
    lang,
  };
}
