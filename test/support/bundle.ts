import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { createContext, runInContext } from "node:vm";

/** A stand-in for `CustomFunctions.Error` in the bare context. */
export class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** What loading the built functions bundle gives. */
export interface LoadedBundle {
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  readonly metadata: {
    allowErrorForDataTypeAny?: boolean;
    functions: {
      id: string;
      name: string;
      description?: string;
      helpUrl?: string;
      parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string; type?: string }[];
      result: { dimensionality?: string };
    }[];
  };
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/**
 * Loads `dist/runtime.js` and `dist/functions.js` into a bare JavaScript context in which only
 * `CustomFunctions` and `Office` exist (no `window`, no `document`), the way Excel's JavaScript-only
 * runtime would, and returns what was associated.
 */
export function loadBuiltBundle(
  distDir = resolve(__dirname, "../..", process.env["KAM_DIST"] ?? "dist"),
): LoadedBundle {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      associated.set(id, fn);
    },
    Error: FakeCfError,
    ErrorCode: ERROR_CODES,
  };
  const Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
  const context = createContext({ CustomFunctions, Office });
  runInContext("var self = globalThis;", context);
  for (const file of ["runtime.js", "functions.js"]) {
    const path = resolve(distDir, file);
    if (!existsSync(path)) {
      if (file === "runtime.js") continue;
      throw new Error(`${path} is missing: run npm run build first`);
    }
    runInContext(readFileSync(path, "utf8"), context, { filename: path });
  }
  const metadata = JSON.parse(readFileSync(resolve(distDir, "functions.json"), "utf8")) as LoadedBundle["metadata"];
  return { associated, metadata };
}

/** True for an error value as Excel passes it to a custom function (a `CustomFunctions.Error` or `{ code }`). */
function isErrorValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "code" in value;
}

/**
 * Calls an associated function the way Excel does. Excel hands error cells to a custom function only
 * when the metadata has the top-level `allowErrorForDataTypeAny: true` (Microsoft's "Manually create
 * JSON metadata for custom functions"); otherwise it does not call the function and the whole formula
 * shows the first error of its arguments, so one bad cell poisons the whole spill.
 *
 * @example
 * callAsExcel(loadBuiltBundle(), "LOYALTYZONE", [[[1], [new FakeCfError("#DIV/0!")]], null, null, null]);
 */
export function callAsExcel(bundle: LoadedBundle, id: string, args: readonly unknown[]): unknown[][] {
  const fn = bundle.associated.get(id);
  if (fn === undefined) throw new Error(`KAM.${id} is not associated in the bundle`);
  if (bundle.metadata.allowErrorForDataTypeAny !== true) {
    for (const arg of args) {
      const cells = Array.isArray(arg) ? (arg as unknown[]).flat() : [arg];
      const error = cells.find(isErrorValue) as { code: string } | undefined;
      if (error !== undefined) return [[new FakeCfError(error.code)]];
    }
  }
  return fn(...args) as unknown[][];
}
