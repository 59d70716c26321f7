/**
 * The KAM functions inside HyperFormula, generated from the catalog: the same declarations and the
 * same `compute` as the Excel wrappers, not a second implementation. Development and workbench only:
 * HyperFormula is GPL-3.0 and never enters the production add-in bundle.
 *
 * @module
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import type { Cell, ExcelErrorKind, Grid, OutCell } from "../../core/cells";
import { CATALOG } from "../../core/catalog";
import { resultShape, type AnyFunctionSpec, type Shape } from "../../core/catalog/define";
import { inputError, outputError } from "../../core/issues/excel";

/** The namespace prefix of every KAM function in a formula. */
export const NAMESPACE = "KAM.";

const FROM_HF: Readonly<Record<string, ExcelErrorKind>> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  REF: "#REF!",
  SPILL: "#SPILL!",
  CYCLE: "#CALC!",
  ERROR: "#VALUE!",
  LIC: "#VALUE!",
};

const TO_HF: Readonly<Record<ExcelErrorKind, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NULL!": ErrorType.VALUE,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#SPILL!": ErrorType.SPILL,
  "#CALC!": ErrorType.VALUE,
  "#GETTING_DATA": ErrorType.NA,
  "#BUSY!": ErrorType.NA,
};

/**
 * One HyperFormula value as a core cell.
 *
 * @example
 * fromEngine(EmptyValue); // null
 */
export function fromEngine(value: unknown, path: readonly (string | number)[] = []): Cell {
  if (value === EmptyValue || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof CellError) {
    // The rule of src/core/issues/excel.ts, as Excel applies it: #SPILL!, #REF!, #NAME?… become #VALUE!.
    return inputError(FROM_HF[value.type] ?? "#VALUE!", value.message || undefined, path, "en");
  }
  if (typeof value === "object" && "val" in value) return Number((value as { val: unknown }).val);
  return String(value);
}

function toGrid(value: unknown, name: string): Grid | undefined {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    const rows = value.data.length;
    return value.data.map((row, r) =>
      row.map((v, c) => fromEngine(v, row.length > 1 ? [name, r + 1, c + 1] : rows > 1 ? [name, r + 1] : [name])),
    );
  }
  return [[fromEngine(value, [name])]];
}

function toEngine(value: OutCell): number | string | boolean | CellError {
  if (typeof value !== "object") return value;
  const { code, message } = outputError(value, "en");
  return new CellError(TO_HF[code], message);
}

/** The parts of HyperFormula's (unexported) AST and state types that the plugin touches. */
interface Ast {
  readonly type: string;
}
interface ProcedureAst extends Ast {
  readonly args: Ast[];
}
type InterpreterState = unknown;

/** The methods HyperFormula calls, by function id. */
type PluginMethod = (ast: ProcedureAst, state: InterpreterState) => unknown;

function methodName(spec: AnyFunctionSpec): string {
  return `kam_${spec.id.toLowerCase()}`;
}

function implemented(catalog: readonly AnyFunctionSpec[]): ImplementedFunctions {
  const out: ImplementedFunctions = {};
  for (const spec of catalog) {
    out[NAMESPACE + spec.id] = {
      method: methodName(spec),
      sizeOfResultArrayMethod: `${methodName(spec)}_size`,
      vectorizationForbidden: true,
      enableArrayArithmeticForArguments: true,
      parameters: spec.params.map((p) =>
        p.optional === true
          ? { argumentType: FunctionArgumentType.ANY, optionalArg: true }
          : { argumentType: FunctionArgumentType.ANY },
      ),
    };
  }
  return out;
}

/**
 * Builds a HyperFormula function plugin for the given declarations (the whole catalog by default).
 *
 * @example
 * HyperFormula.registerFunctionPlugin(kamPlugin(), kamTranslations());
 */
export function kamPlugin(catalog: readonly AnyFunctionSpec[] = CATALOG): FunctionPluginDefinition {
  class KamPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented(catalog);
  }
  const proto = KamPlugin.prototype as unknown as Record<string, PluginMethod>;
  for (const spec of catalog) {
    const name = NAMESPACE + spec.id;
    proto[methodName(spec)] = function (this: KamPlugin, ast, state) {
      const self = this as unknown as {
        runFunction: (
          args: Ast[],
          state: InterpreterState,
          metadata: unknown,
          fn: (...args: unknown[]) => unknown,
        ) => unknown;
        metadata: (name: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        const grids = spec.params.map((p, i) => {
          const g = toGrid(args[i] === EmptyValue && p.optional === true ? undefined : args[i], p.name);
          return g === undefined && p.optional !== true ? [[null]] : g;
        });
        let out;
        try {
          out = spec.compute(...grids);
        } catch (e) {
          return new CellError(
            ErrorType.VALUE,
            `${name}: internal error: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
        const first = out[0]?.[0];
        if (first === undefined) return new CellError(ErrorType.NA, `${name}: empty result`);
        if (out.length === 1 && out[0]?.length === 1) return toEngine(first);
        return SimpleRangeValue.onlyValues(out.map((row) => row.map(toEngine)));
      });
    };
    proto[`${methodName(spec)}_size`] = function (this: KamPlugin, ast, state) {
      const self = this as unknown as { arraySizeForAst: (ast: Ast, state: InterpreterState) => ArraySize };
      const shapes: (Shape | undefined)[] = spec.params.map((_, i) => {
        const arg = ast.args[i];
        if (arg === undefined || arg.type === "EMPTY") return undefined;
        const size = self.arraySizeForAst(arg, state);
        return { rows: size.height, cols: size.width };
      });
      const { rows, cols } = resultShape(spec, shapes);
      return new ArraySize(Math.max(1, cols), Math.max(1, rows));
    };
  }
  return KamPlugin as unknown as FunctionPluginDefinition;
}

/**
 * Function-name translations for every language HyperFormula has registered (the names stay
 * `KAM.*` in every language, as in Excel).
 *
 * @example
 * kamTranslations().enGB["KAM.SCORE"]; // "KAM.SCORE"
 */
export function kamTranslations(catalog: readonly AnyFunctionSpec[] = CATALOG): Record<string, Record<string, string>> {
  const names: Record<string, string> = {};
  for (const spec of catalog) names[NAMESPACE + spec.id] = NAMESPACE + spec.id;
  const out: Record<string, Record<string, string>> = { enGB: names, enUS: names };
  return out;
}

let registered = false;

/**
 * Registers the KAM plugin with HyperFormula once per process (idempotent).
 *
 * @example
 * registerKamFunctions();
 */
export function registerKamFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(kamPlugin(), kamTranslations());
  registered = true;
}
