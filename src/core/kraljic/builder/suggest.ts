/**
 * Guesses for a source table: which column is which, by its header (English and Dutch words), and
 * whether an axis column holds 1–5 scores or raw figures to normalise.
 *
 * @module
 */
import type { SourceTable } from "../../host";
import type { StrategyConfig, StrategyMapping } from "./config";

const GUESSES: Readonly<Record<keyof StrategyMapping, RegExp>> = {
  customer: /^(customer|klant|name|naam|account)/i,
  impact: /impact|importan|belang/i,
  difficulty: /difficult|replace|vervang|moeite|risk|risico/i,
  revenue: /revenue|omzet|sales|turnover/i,
  strategic: /strateg/i,
  significant: /significant|omvang|size/i,
  profitable: /profitab|winstgev/i,
};

/**
 * The mapping guessed from the headers: the first header that matches each role, "" where none does.
 * Whitney's three columns only when all three are found.
 *
 * @example
 * suggestStrategyMapping(["Customer", "Impact", "Difficulty", "Revenue"]).difficulty; // "Difficulty"
 */
export function suggestStrategyMapping(headers: readonly string[]): StrategyMapping {
  const used = new Set<string>();
  const pick = (role: keyof StrategyMapping): string => {
    const found = headers.find((h) => !used.has(h) && GUESSES[role].test(h)) ?? "";
    if (found !== "") used.add(found);
    return found;
  };
  const impact = pick("impact");
  const difficulty = pick("difficulty");
  const revenue = pick("revenue");
  const strategic = pick("strategic");
  const significant = pick("significant");
  const profitable = pick("profitable");
  const whitney = strategic !== "" && significant !== "" && profitable !== "";
  const customer = pick("customer") || (headers.find((h) => !used.has(h)) ?? "");
  return {
    customer,
    impact,
    difficulty,
    revenue,
    strategic: whitney ? strategic : "",
    significant: whitney ? significant : "",
    profitable: whitney ? profitable : "",
  };
}

/**
 * How to read each axis column: `score` when (nearly) every number in it lies on 1–5, else `minmax`
 * (more than one number and more than a tenth of them off the scale).
 *
 * @example
 * suggestStrategyReading(config, source); // { impact: "score", difficulty: "minmax" } for a raw difficulty
 */
export function suggestStrategyReading(config: StrategyConfig, source: SourceTable): StrategyConfig["reading"] {
  const at = (name: string): number => source.headers.findIndex((h) => String(h ?? "").trim() === name);
  const read = (name: string): "score" | "minmax" => {
    const c = at(name);
    if (c < 0) return "score";
    let numbers = 0;
    let off = 0;
    for (const r of source.rows) {
      const v = r[c];
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      numbers++;
      if (v < 1 || v > 5) off++;
    }
    // A stray score off the scale is a typing error the row check names, not a raw column.
    return off > Math.max(1, numbers / 10) ? "minmax" : "score";
  };
  return { impact: read(config.mapping.impact), difficulty: read(config.mapping.difficulty) };
}
