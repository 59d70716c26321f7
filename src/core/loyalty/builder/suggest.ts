/**
 * Guesses for a survey table: which column is which, by its header (English and Dutch words), and
 * which usual scale the answers are on.
 *
 * @module
 */
import type { SourceTable } from "../../host";
import { LOYALTY_SCALES, type LoyaltyConfig, type LoyaltyMapping } from "./config";

const GUESSES: Readonly<Record<keyof LoyaltyMapping, RegExp>> = {
  customer: /^(customer|klant|name|naam|account)/i,
  satisfaction: /satisf|tevreden|csat/i,
  loyalty: /loyal|recommend|aanbevel|nps|repurchase|herhaal/i,
  expectation: /expect|verwacht/i,
  experience: /experien|ervaring|beleving/i,
  margin: /margin|marge/i,
  retention: /retention|retentie|behoud/i,
};

/**
 * The mapping guessed from the headers: the first header that matches each role, "" where none does.
 *
 * @example
 * suggestLoyaltyMapping(["Customer", "Satisfaction", "Recommend"]).loyalty; // "Recommend"
 */
export function suggestLoyaltyMapping(headers: readonly string[]): LoyaltyMapping {
  const used = new Set<string>();
  const pick = (role: keyof LoyaltyMapping): string => {
    const found = headers.find((h) => !used.has(h) && GUESSES[role].test(h)) ?? "";
    if (found !== "") used.add(found);
    return found;
  };
  const satisfaction = pick("satisfaction");
  const loyalty = pick("loyalty");
  const expectation = pick("expectation");
  const experience = pick("experience");
  const both = expectation !== "" && experience !== "";
  const margin = pick("margin");
  const retention = margin === "" ? "" : pick("retention");
  const customer = pick("customer") || (headers.find((h) => !used.has(h)) ?? "");
  return {
    customer,
    satisfaction,
    loyalty,
    expectation: both ? expectation : "",
    experience: both ? experience : "",
    margin,
    retention,
  };
}

/**
 * The smallest usual scale (1–5, 1–7, 0–10) that holds every number in the satisfaction and loyalty
 * columns; 0–10 when a 0 appears or the answers go above 7, the course's 1–5 when nothing is known.
 *
 * @example
 * suggestLoyaltyScale(config, source); // { min: 0, max: 10 } for a 0–10 survey
 */
export function suggestLoyaltyScale(config: LoyaltyConfig, source: SourceTable): LoyaltyConfig["scale"] {
  const at = (name: string): number => source.headers.findIndex((h) => String(h ?? "").trim() === name);
  const cols = [at(config.mapping.satisfaction), at(config.mapping.loyalty)].filter((c) => c >= 0);
  let min = Infinity;
  let max = -Infinity;
  for (const row of source.rows)
    for (const c of cols) {
      const v = row[c];
      if (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
  if (max === -Infinity) return { min: 1, max: 5 };
  const [five, ten, seven] = LOYALTY_SCALES;
  if (min < 1 || max > 7) return { ...ten };
  if (max > 5) return { ...seven };
  return { ...five };
}
