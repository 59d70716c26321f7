/**
 * `MEDIAN` for ranges of any size. HyperFormula's own gathers the numbers of a range with
 * `push(...values)`, one call argument per cell, which overflows the call stack at about 100,000
 * cells in a browser worker (the median cut-offs of a 100,000-customer cost-to-serve sheet) and at
 * about 200,000 in node. This plugin replaces it with the same semantics, Excel's: the numbers of a
 * range are used (text, blanks and logical values in a range are skipped), a direct argument is
 * coerced to a number, the first error is returned, and no number at all is `#NUM!`.
 *
 * @module
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
} from "hyperformula";

/** The parts of HyperFormula's (unexported) interpreter types that the plugin touches. */
interface Ast {
  readonly args: unknown[];
}
interface Arithmetic {
  manyToExactNumbers(values: unknown[]): number[] | CellError;
  coerceNumbersExactRanges(values: unknown[]): number[] | CellError;
}
interface Runner {
  readonly arithmeticHelper: Arithmetic;
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
}

/**
 * The median of a list of numbers (the mean of the two middle ones for an even count), or
 * `undefined` for an empty list. Sorts a typed copy: O(n log n), no call with n arguments.
 *
 * @example
 * medianOf([5, 1, 4, 2]); // 3
 * medianOf([]); // undefined
 */
export function medianOf(values: ArrayLike<number>): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

class LargeRangeMedian extends FunctionPlugin {
  static override implementedFunctions = {
    MEDIAN: {
      method: "median",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
  };
}

(LargeRangeMedian.prototype as unknown as Record<string, unknown>)["median"] = function (
  this: Runner,
  ast: Ast,
  state: unknown,
): unknown {
  return this.runFunction(ast.args, state, this.metadata("MEDIAN"), (...args: unknown[]) => {
    const numbers: number[] = [];
    for (const arg of args) {
      const found =
        arg instanceof SimpleRangeValue
          ? this.arithmeticHelper.manyToExactNumbers(arg.valuesFromTopLeftCorner())
          : this.arithmeticHelper.coerceNumbersExactRanges([arg]);
      if (found instanceof CellError) return found;
      for (const x of found) numbers.push(x);
    }
    return medianOf(numbers) ?? new CellError(ErrorType.NUM, "MEDIAN needs at least one number.");
  });
};

/**
 * The plugin, for `HyperFormula.registerFunctionPlugin`; it takes the place of the built-in `MEDIAN`.
 *
 * @example
 * HyperFormula.registerFunctionPlugin(largeRangeMedianPlugin(), { enGB: { MEDIAN: "MEDIAN" } });
 */
export function largeRangeMedianPlugin(): FunctionPluginDefinition {
  return LargeRangeMedian as unknown as FunctionPluginDefinition;
}

/**
 * Replaces HyperFormula's `MEDIAN` with {@link largeRangeMedianPlugin} (idempotent).
 *
 * @example
 * registerLargeRangeMedian();
 * HyperFormula.buildFromArray([["=MEDIAN(1,2,4)"]]).getCellValue({ sheet: 0, row: 0, col: 0 }); // 2
 */
export function registerLargeRangeMedian(): void {
  if (HyperFormula.getFunctionPlugin("MEDIAN") === largeRangeMedianPlugin()) return;
  HyperFormula.unregisterFunction("MEDIAN");
  HyperFormula.registerFunction("MEDIAN", largeRangeMedianPlugin(), {
    enGB: { MEDIAN: "MEDIAN" },
    enUS: { MEDIAN: "MEDIAN" },
  });
}
