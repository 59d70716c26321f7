/**
 * The optional pairwise step of the selection builder (models.md §12): per composite (current and
 * future value) the user judges each pair of its criteria on Saaty's 1/9–9 scale, the upper
 * triangle of a reciprocal matrix; the criteria's weights are then 100 × the matrix's principal
 * eigenvector (`KAM.AHP`), so each composite's weights sum to 100. The consistency ratio
 * (`KAM.AHPCR`) says whether the judgements hang together, and when it is above 0.10 the
 * judgement to revisit is the one furthest from what the derived weights imply.
 *
 * Pure: the pane shows these figures while the user types, and the sheet writes the same rules as
 * formulas (see `sheet.ts`).
 *
 * @module
 */
import { AHP_MAX_CRITERIA, SAATY_MAX, SAATY_MIN, consistency, eigenvectorWeights } from "../../weighting/ahp";
import type { Criterion, Horizon, SelectionConfig } from "./config";

/** The consistency ratio above which judgements should be revisited (Saaty: 0.10). */
export const CR_LIMIT = 0.1;

/** The weights a composite's criteria get from the eigenvector: 100 in all. */
export const PAIRWISE_WEIGHT_TOTAL = 100;

/**
 * How many judgements a composite of n criteria asks for: the upper triangle, n(n − 1)/2.
 *
 * @example
 * judgementCount(4); // 6
 */
export function judgementCount(n: number): number {
  return (n * (n - 1)) / 2;
}

/**
 * The position of judgement (i, j), i < j, in the upper triangle read row by row.
 *
 * @example
 * judgementIndex(0, 2, 4); // 1: (0,1) is 0, (0,2) is 1
 * judgementIndex(1, 2, 4); // 3
 */
export function judgementIndex(i: number, j: number, n: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/**
 * The full reciprocal matrix, row-major, from the upper-triangle judgements: 1 on the diagonal and
 * 1/a below it.
 *
 * @example
 * Array.from(pairwiseMatrix([3], 2)); // [1, 3, 0.333…, 1]
 */
export function pairwiseMatrix(judgements: readonly number[], n: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    a[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const v = judgements[judgementIndex(i, j, n)] ?? 1;
      a[i * n + j] = v;
      a[j * n + i] = 1 / v;
    }
  }
  return a;
}

/** The judgement to revisit: its row and column in the composite, the value now and the consistent value. */
export interface Revisit {
  readonly i: number;
  readonly j: number;
  readonly now: number;
  /** wᵢ/wⱼ: the judgement that would agree with the weights the others imply. */
  readonly consistent: number;
  /** |ln(aᵢⱼ·wⱼ/wᵢ)|, the deviation from consistency. */
  readonly deviation: number;
}

/**
 * The judgement furthest from the derived weights (Saaty 2003: revise the aᵢⱼ with the largest
 * εᵢⱼ = aᵢⱼ·wⱼ/wᵢ or 1/εᵢⱼ): the largest |ln εᵢⱼ| over the upper triangle, the first in row order
 * on a tie; `undefined` for fewer than two criteria.
 *
 * @example
 * const a = pairwiseMatrix([3, 1 / 3, 5], 3); // A over B 3, A over C 1/3, B over C 5
 * revisitJudgement(a, 3, eigenvectorWeights(a, 3)); // { i: 0, j: 1, … } or another, the worst one
 */
export function revisitJudgement(a: Float64Array, n: number, w: Float64Array): Revisit | undefined {
  let best: Revisit | undefined;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const now = a[i * n + j] as number;
      const consistent = (w[i] as number) / (w[j] as number);
      const deviation = Math.abs(Math.log(now / consistent));
      if (best === undefined || deviation > best.deviation) best = { i, j, now, consistent, deviation };
    }
  }
  return best;
}

/** The pairwise figures of one composite. */
export interface PairwiseReport {
  readonly horizon: Horizon;
  /** The composite's criteria in written order. */
  readonly criteria: readonly Criterion[];
  /** The eigenvector weights, summing to 1. */
  readonly weights: readonly number[];
  readonly cr: number;
  /** Set when CR is above {@link CR_LIMIT}. */
  readonly revisit?: Revisit;
}

/**
 * The criteria of one composite, in written order.
 *
 * @example
 * horizonCriteria(config, "future").length; // 2
 */
export function horizonCriteria(config: Pick<SelectionConfig, "criteria">, horizon: Horizon): Criterion[] {
  return config.criteria.filter((c) => c.horizon === horizon);
}

/**
 * The weights, CR and judgement to revisit of one composite from its judgements; `undefined` when
 * the count of judgements does not match the composite's criteria.
 *
 * @example
 * pairwiseReport(config, "current")?.cr; // 0.03
 */
export function pairwiseReport(config: SelectionConfig, horizon: Horizon): PairwiseReport | undefined {
  const judgements = config.pairwise?.[horizon];
  const criteria = horizonCriteria(config, horizon);
  const n = criteria.length;
  if (judgements === undefined || n === 0 || judgements.length !== judgementCount(n)) return undefined;
  const a = pairwiseMatrix(judgements, n);
  const w = eigenvectorWeights(a, n);
  const { cr } = consistency(a, n);
  const revisit = cr > CR_LIMIT ? revisitJudgement(a, n, w) : undefined;
  const report = { horizon, criteria, weights: Array.from(w), cr };
  return revisit === undefined ? report : { ...report, revisit };
}

/**
 * The configuration with every criterion's weight derived from its composite's judgements
 * (100 × the eigenvector weight); unchanged without the pairwise step or when a composite's
 * judgements do not fit its criteria (validation reports that).
 *
 * @example
 * withPairwiseWeights(config).criteria.map((c) => c.weight); // [63.7, 25.8, 10.5, 50, 50]
 */
export function withPairwiseWeights<C extends SelectionConfig>(config: C): C {
  if (config.pairwise === undefined) return config;
  const derived = new Map<Criterion, number>();
  for (const horizon of ["current", "future"] as const) {
    const report = pairwiseReport(config, horizon);
    if (report === undefined) return config;
    report.criteria.forEach((c, i) => derived.set(c, PAIRWISE_WEIGHT_TOTAL * (report.weights[i] as number)));
  }
  return { ...config, criteria: config.criteria.map((c) => ({ ...c, weight: derived.get(c) ?? c.weight })) };
}

/**
 * Judgements for a composite of n criteria: the old ones when their count still fits, otherwise all 1
 * (every pair equally important).
 *
 * @example
 * fitJudgements([3], 3); // [1, 1, 1]
 */
export function fitJudgements(old: readonly number[] | undefined, n: number): number[] {
  const count = judgementCount(n);
  return old !== undefined && old.length === count ? [...old] : new Array<number>(count).fill(1);
}

/**
 * The Saaty values a judgement cell offers: 9, 8, …, 2, 1, 1/2, …, 1/9.
 *
 * @example
 * SAATY_VALUES.length; // 17
 */
export const SAATY_VALUES: readonly number[] = [
  ...Array.from({ length: 8 }, (_, i) => SAATY_MAX - i),
  1,
  ...Array.from({ length: 8 }, (_, i) => 1 / (i + 2)),
];

/** The smallest and largest judgement, and the most criteria a composite may compare. */
export const PAIRWISE_LIMITS = { min: SAATY_MIN, max: SAATY_MAX, criteria: AHP_MAX_CRITERIA } as const;

/**
 * Judgements carried from one list of criteria to another: each pair of criteria that both lists hold
 * keeps its judgement (the reciprocal when the two swapped places); a new pair starts at 1.
 *
 * @example
 * carryJudgements([3], ["A", "B"], ["B", "C", "A"]); // [1, 1/3, 1]: B over A is 1/3
 */
export function carryJudgements(old: readonly number[], from: readonly string[], to: readonly string[]): number[] {
  const n = to.length;
  const m = from.length;
  const out = new Array<number>(judgementCount(n)).fill(1);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = from.indexOf(to[i] as string);
      const b = from.indexOf(to[j] as string);
      if (a < 0 || b < 0 || old.length !== judgementCount(m)) continue;
      const v = a < b ? old[judgementIndex(a, b, m)] : old[judgementIndex(b, a, m)];
      if (v !== undefined) out[judgementIndex(i, j, n)] = a < b ? v : 1 / v;
    }
  }
  return out;
}

/**
 * The configuration with its judgements fitted to its criteria after a criterion was added, removed,
 * reordered or moved to the other composite: pairs the old and new criteria share keep their
 * judgements ({@link carryJudgements}), new pairs start at 1; unchanged without the pairwise step.
 *
 * @example
 * fitPairwise({ ...config, pairwise: { current: [], future: [] } }).pairwise?.current.length; // 10 for 5 criteria
 */
export function fitPairwise<C extends SelectionConfig>(config: C): C {
  const p = config.pairwise;
  if (p === undefined) return config;
  const names = {
    current: horizonCriteria(config, "current").map((c) => c.column),
    future: horizonCriteria(config, "future").map((c) => c.column),
  };
  const fit = (h: Horizon): number[] => {
    const was = p.columns?.[h];
    if (was === undefined) return fitJudgements(p[h], names[h].length);
    if (was.length === names[h].length && was.every((name, i) => name === names[h][i])) return [...p[h]];
    // A criterion that moved to the other composite is new there: its pairs start at 1.
    return carryJudgements(p[h], was, names[h]);
  };
  const current = fit("current");
  const future = fit("future");
  const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  if (
    p.columns !== undefined &&
    same(current, p.current) &&
    same(future, p.future) &&
    same(p.columns.current, names.current) &&
    same(p.columns.future, names.future)
  ) {
    return config;
  }
  return { ...config, pairwise: { current, future, columns: names } };
}

/**
 * A judgement as the pane shows it: a whole number, or "1/k" for a reciprocal of a whole number,
 * otherwise two decimals.
 *
 * @example
 * judgementText(1 / 3); // "1/3"
 * judgementText(2.5); // "2.50"
 */
export function judgementText(v: number): string {
  if (Math.abs(v - Math.round(v)) < 1e-9) return String(Math.round(v));
  const k = 1 / v;
  if (Math.abs(k - Math.round(k)) < 1e-9) return `1/${Math.round(k)}`;
  return v.toFixed(2);
}
