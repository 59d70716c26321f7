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
    functions: {
      id: string;
      name: string;
      description?: string;
      helpUrl?: string;
      parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
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
