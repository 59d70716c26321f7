/**
 * The organisation's self-assessment verdicts (models.md §13; course 000 slides 11–12, 001 and 004):
 * the need for account management from nine factors, an account division or not, and the value
 * discipline that leads.
 *
 * @module
 */
import { isBlank, mapEach, shapeOf, type Cell, type Grid, type OutCell } from "../cells";
import { isFail, readBoolean, readLang, readNumber, readSingle, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { issue } from "../issues";
import { COURSE_SCALE, readScore } from "../scale";
import { AMNEED_LABELS, DISCIPLINE_LABELS, DIVISION_LABELS, type Discipline } from "./labels";

/**
 * The defaults of the assessment functions **[choice]**: account management is needed from a mean of
 * 3 of the nine factors; at least five of them must be answered; a discipline is chosen when it leads
 * the next by 0.5 or more; a lead within `tolerance` of that counts as reaching it.
 */
export const ASSESSMENT_DEFAULTS = { needCut: 3, minFactors: 5, factors: 9, lead: 0.5, tolerance: 1e-9 } as const;

/** The outcome of the nine-factor test: the mean of the answered factors and the verdict. */
export interface AmNeed {
  readonly mean: number;
  readonly answered: number;
  readonly needed: boolean;
}

/**
 * The need for account management from the answered factor scores (1 = the slide's "no" end, 5 = its
 * "yes" end): their mean, and yes when the mean reaches `cut` (within 1e-9). Fewer than five answers
 * give `undefined`.
 *
 * @example
 * amNeed([4, 4, 3, 2, 5, 3, 4, 4, 2]); // { mean: 3.444…, answered: 9, needed: true }
 * amNeed([5, 5, 5, 5]); // undefined
 */
export function amNeed(scores: readonly number[], cut: number = ASSESSMENT_DEFAULTS.needCut): AmNeed | undefined {
  if (scores.length < ASSESSMENT_DEFAULTS.minFactors) return undefined;
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return { mean, answered: scores.length, needed: mean >= cut - ASSESSMENT_DEFAULTS.tolerance };
}

/** The answered scores of a factor range, or the first failure (a cell naming its place in the range). */
function readFactors(grid: Grid): number[] | Fail {
  const { rows, cols } = shapeOf(grid);
  if (rows !== 1 && cols !== 1) return issue("not_a_list", ["factors", 1]);
  const count = rows * cols;
  if (count > ASSESSMENT_DEFAULTS.factors) {
    return issue("too_many_values", ["factors", 1], { max: ASSESSMENT_DEFAULTS.factors, actual: count });
  }
  const scores: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = grid[r]?.[c];
      if (isBlank(cell)) continue;
      const score = readScore(cell, COURSE_SCALE, ["factors", r + 1, c + 1]);
      if (isFail(score)) return score;
      scores.push(score);
    }
  }
  if (scores.length < ASSESSMENT_DEFAULTS.minFactors) {
    const params = { actual: scores.length, of: ASSESSMENT_DEFAULTS.factors, min: ASSESSMENT_DEFAULTS.minFactors };
    return issue("too_few_answers", ["factors", 1], params);
  }
  return scores;
}

/** The language of a `single` lang argument, or its failure. */
function singleLang(grid: Grid | undefined): "en" | "nl" | Fail {
  const cell = readSingle(grid, "lang");
  return isFail(cell) ? cell : readLang(cell, ["lang"]);
}

/**
 * `KAM.AMNEED(factors, [cut], [lang])`: "Account management: yes" or "… no" from the nine factors of
 * course 000 slide 11, each scored 1 (the "no" end) to 5 (the "yes" end), in one row or one column.
 * Blanks are skipped; fewer than five answers is `#N/A`; a score outside 1–5 or text is `#VALUE!`
 * naming its cell. The verdict is yes when the mean reaches `cut` (default 3).
 *
 * @example
 * AMNEED.compute([[4, 4, 3, 2, 5, 3, 4, 4, 2]], undefined, undefined); // [["Account management: yes"]]
 * AMNEED.compute([[2], [2], [3], [1], [2], [null], [null], [null], [null]], undefined, [["nl"]]);
 * // [["Accountmanagement: nee"]]
 */
export const AMNEED = defineFunction({
  id: "AMNEED",
  params: [
    { name: "factors", kind: "range" },
    { name: "cut", kind: "single", optional: true },
    { name: "lang", kind: "single", optional: true },
  ],
  shape: () => ({ rows: 1, cols: 1 }),
  compute: (factors, cut, lang) => {
    const language = singleLang(lang);
    if (isFail(language)) return [[language]];
    const cutCell = readSingle(cut, "cut");
    if (isFail(cutCell)) return [[cutCell]];
    const level = isBlank(cutCell) ? ASSESSMENT_DEFAULTS.needCut : readNumber(cutCell, ["cut"]);
    if (isFail(level)) return [[level]];
    const scores = readFactors(factors);
    if (!Array.isArray(scores)) return [[scores]];
    const need = amNeed(scores, level);
    if (need === undefined) return [[issue("too_few_answers", ["factors", 1])]];
    return [[AMNEED_LABELS[need.needed ? "yes" : "no"][language]]];
  },
});

/** The five questions of course 000 slide 12, in the order of `KAM.ACCOUNTDIVISION`'s arguments. */
export const DIVISION_QUESTIONS = [
  "productionVolume",
  "veryLargeAccounts",
  "otherProducts",
  "differentNeeds",
  "coordination",
] as const;

/**
 * Account division or not from the five answers (true = yes, false = no, undefined = blank): any no
 * decides "within the organisation"; all yes is a division; otherwise undefined (not yet known).
 *
 * @example
 * accountDivision([true, true, true, true, true]); // "division"
 * accountDivision([true, undefined, false, true, true]); // "within"
 * accountDivision([true, undefined, true, true, true]); // undefined
 */
export function accountDivision(answers: readonly (boolean | undefined)[]): "division" | "within" | undefined {
  if (answers.some((a) => a === false)) return "within";
  if (answers.length === DIVISION_QUESTIONS.length && answers.every((a) => a === true)) return "division";
  return undefined;
}

/**
 * `KAM.ACCOUNTDIVISION(q1, q2, q3, q4, q5, [lang])`: "Account division" when all five questions of course
 * 000 slide 12 are answered yes (production volume matters, accounts very large, accounts buy other
 * products, their needs differ, coordination of production and sales matters); "Account management within
 * the organisation" as soon as one is no, even with others blank; otherwise a blank is `#N/A` naming it.
 * Answers are yes/no, ja/nee, TRUE/FALSE or 1/0 (any case), element-wise.
 *
 * @example
 * ACCOUNTDIVISION.compute([["yes"]], [["ja"]], [[true]], [[1]], [["Yes"]], undefined); // [["Account division"]]
 * ACCOUNTDIVISION.compute([["yes"]], [[null]], [["no"]], [[null]], [[null]], [["nl"]]);
 * // [["Accountmanagement binnen de organisatie"]]
 */
export const ACCOUNTDIVISION = defineFunction({
  id: "ACCOUNTDIVISION",
  params: [
    { name: "productionVolume", kind: "each" },
    { name: "veryLargeAccounts", kind: "each" },
    { name: "otherProducts", kind: "each" },
    { name: "differentNeeds", kind: "each" },
    { name: "coordination", kind: "each" },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (q1, q2, q3, q4, q5, lang) =>
    mapEach([...DIVISION_QUESTIONS, "lang"], [q1, q2, q3, q4, q5, lang], (cells, r, c): OutCell => {
      const at = [r + 1, c + 1] as const;
      const language = readLang(cells[5], ["lang", ...at]);
      if (isFail(language)) return language;
      const answers: (boolean | undefined)[] = [];
      let firstBlank: Path | undefined;
      for (let q = 0; q < DIVISION_QUESTIONS.length; q++) {
        const path: Path = [DIVISION_QUESTIONS[q] ?? "", ...at];
        const cell: Cell | undefined = cells[q];
        if (isBlank(cell)) {
          firstBlank ??= path;
          answers.push(undefined);
          continue;
        }
        const answer = readBoolean(cell, path);
        if (isFail(answer)) return answer;
        answers.push(answer);
      }
      const verdict = accountDivision(answers);
      if (verdict === undefined) return issue("blank", firstBlank ?? [DIVISION_QUESTIONS[0], ...at]);
      return DIVISION_LABELS[verdict][language];
    }),
});

/** The three value disciplines in the order of `KAM.VALUEDISCIPLINE`'s arguments. */
export const DISCIPLINES = ["productLeadership", "operationalExcellence", "customerIntimacy"] as const;

/**
 * The chosen value discipline: the highest of the three scores when it leads the next by at least
 * `lead` (a lead within 1e-9 of it counts); otherwise "none" (also for a tie at the top).
 *
 * @example
 * valueDiscipline([4.5, 3, 4]); // "productLeadership"
 * valueDiscipline([4.4, 3, 4]); // "none"
 */
export function valueDiscipline(scores: readonly number[], lead: number = ASSESSMENT_DEFAULTS.lead): Discipline {
  const order = DISCIPLINES.map((d, i) => ({ d, s: scores[i] ?? 0 })).sort((a, b) => b.s - a.s);
  const [top, next] = order;
  if (top === undefined || next === undefined) return "none";
  const gap = top.s - next.s;
  if (gap <= 0 || gap < lead - ASSESSMENT_DEFAULTS.tolerance) return "none";
  return top.d;
}

/**
 * `KAM.VALUEDISCIPLINE(productLeadership, operationalExcellence, customerIntimacy, [lead], [lang])`: the
 * value discipline (Treacy & Wiersema) whose score leads the next by at least `lead` (default 0.5 on the
 * 1–5 scale; within 1e-9 counts), or "No clear choice" (also for a tie at the top), element-wise. The
 * scores are numbers (any scale); a blank is `#N/A`, text `#VALUE!`, each naming its cell; `lead` must
 * not be negative.
 *
 * @example
 * VALUEDISCIPLINE.compute([[3]], [[4.5]], [[4]], undefined, undefined); // [["Operational excellence"]]
 * VALUEDISCIPLINE.compute([[4]], [[4]], [[2]], undefined, [["nl"]]); // [["Geen duidelijke keuze"]]
 */
export const VALUEDISCIPLINE = defineFunction({
  id: "VALUEDISCIPLINE",
  params: [
    { name: "productLeadership", kind: "each" },
    { name: "operationalExcellence", kind: "each" },
    { name: "customerIntimacy", kind: "each" },
    { name: "lead", kind: "each", optional: true },
    { name: "lang", kind: "each", optional: true },
  ],
  compute: (product, operational, intimacy, lead, lang) =>
    mapEach([...DISCIPLINES, "lead", "lang"], [product, operational, intimacy, lead, lang], (cells, r, c): OutCell => {
      const at = [r + 1, c + 1] as const;
      const language = readLang(cells[4], ["lang", ...at]);
      if (isFail(language)) return language;
      const leadCell = cells[3];
      const margin = isBlank(leadCell) ? ASSESSMENT_DEFAULTS.lead : readNumber(leadCell, ["lead", ...at]);
      if (isFail(margin)) return margin;
      if (margin < 0) return issue("negative", ["lead", ...at], { value: margin });
      const scores: number[] = [];
      for (let d = 0; d < DISCIPLINES.length; d++) {
        const score = readNumber(cells[d], [DISCIPLINES[d] ?? "", ...at]);
        if (isFail(score)) return score;
        scores.push(score);
      }
      return DISCIPLINE_LABELS[valueDiscipline(scores, margin)][language];
    }),
});
