/**
 * Functions as data. Each KAM function is declared once, with its parameters and a pure
 * `compute`. The Excel wrappers, the HyperFormula plugin and the docs are all derived from these
 * declarations, and the compiler rejects a wrapper that passes a different number of arguments.
 *
 * @module
 */
import type { Grid, OutGrid } from "../cells";

/**
 * How a parameter is read:
 * - `each`: element-wise; broadcast against the other `each` parameters (Excel array rules);
 * - `range`: taken whole (a table of scores, a weights row, a list of profits);
 * - `single`: one value (a method name); a larger range is an error.
 */
export type ParamKind = "each" | "range" | "single";

/** One declared parameter. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional?: true;
}

/**
 * The arguments `compute` receives: a grid per parameter, `undefined` for an omitted optional one.
 * Trailing optional parameters may be left out of a direct call (`compute(a, b)`), so that a new
 * optional last argument keeps today's calls valid; the wrappers still pass every one (`RawArgs`).
 */
export type ComputeArgs<P extends readonly ParamSpec[]> = P extends readonly [
  ...infer Head extends readonly ParamSpec[],
  infer Last extends ParamSpec,
]
  ? Last extends { readonly optional: true }
    ? [...ComputeArgs<Head>, (Grid | undefined)?]
    : [...RequiredArgs<Head>, Grid]
  : [];

/** The arguments of the parameters before a trailing optional one, all passed. */
type RequiredArgs<P extends readonly ParamSpec[]> = {
  -readonly [K in keyof P]: P[K] extends { readonly optional: true } ? Grid | undefined : Grid;
};

/** The raw arguments a wrapper passes on, exactly one per declared parameter. */
export type RawArgs<P extends readonly ParamSpec[]> = { readonly [K in keyof P]: unknown };

/** The size of a range or a result. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** A declared KAM function. */
export interface FunctionSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  /** The id without namespace, upper case: `"SCORE"` is `KAM.SCORE` in Excel. */
  readonly id: string;
  readonly params: P;
  /** Pure computation; never throws; returns one output cell per result position. */
  readonly compute: (...args: ComputeArgs<P>) => OutGrid;
  /**
   * The result's size from the arguments' sizes (`undefined` for an omitted one), known before
   * computing: formula engines reserve the spill area first. Omit it when the result is the
   * broadcast of the `each` parameters (or 1×1 when there are none); declare it for every function
   * whose result follows a `range` parameter (`SCORE`: one row per row of scores).
   */
  readonly shape?: (args: readonly (Shape | undefined)[]) => Shape;
  /**
   * True for a list of findings whose length follows the values, not the sizes, of the arguments
   * (`REDFLAGS`): `shape` is then the largest result, a result may have fewer rows, and a formula
   * engine that reserves the declared size leaves the rows below blank. Excel spills the rows given.
   */
  readonly atMostShape?: true;
}

/**
 * Declares a function. The `const` type parameter keeps the parameter tuple exact, so a wrapper
 * with a missing or extra argument fails to compile.
 *
 * @example
 * const TWICE = defineFunction({
 *   id: "TWICE",
 *   params: [{ name: "values", kind: "each" }],
 *   compute: (values) => values.map((row) => row.map((v) => (typeof v === "number" ? 2 * v : 0))),
 * });
 */
export function defineFunction<const P extends readonly ParamSpec[]>(spec: FunctionSpec<P>): FunctionSpec<P> {
  return spec;
}

/** A declared function with its parameter types erased, as the catalog lists it. */
export interface AnyFunctionSpec {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly compute: (...args: readonly (Grid | undefined)[]) => OutGrid;
  readonly shape?: (args: readonly (Shape | undefined)[]) => Shape;
  readonly atMostShape?: true;
}

/**
 * The size of a function's result for arguments of the given sizes: the declared `shape`, or else
 * the broadcast of the `each` parameters (largest rows × largest columns), or 1×1.
 *
 * @example
 * resultShape(erase(LOYALTYZONE), [{ rows: 200, cols: 1 }, undefined, undefined, undefined]); // { rows: 200, cols: 1 }
 */
export function resultShape(spec: AnyFunctionSpec, args: readonly (Shape | undefined)[]): Shape {
  if (spec.shape !== undefined) return spec.shape(args);
  let rows = 1;
  let cols = 1;
  spec.params.forEach((p, i) => {
    const s = args[i];
    if (p.kind !== "each" || s === undefined) return;
    if (s.rows > rows) rows = s.rows;
    if (s.cols > cols) cols = s.cols;
  });
  return { rows, cols };
}

/**
 * Erases a declaration's exact parameter types so that declarations of different arity can
 * share one list. Sound because every caller passes exactly `params.length` grids.
 *
 * @example
 * const all: AnyFunctionSpec[] = [erase(TWICE)];
 */
export function erase<P extends readonly ParamSpec[]>(spec: FunctionSpec<P>): AnyFunctionSpec {
  return spec as unknown as AnyFunctionSpec;
}
