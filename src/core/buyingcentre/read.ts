/**
 * Reading the labels of the buying centre from cells: an influence, a response mode or a stance, in
 * English or Dutch and any case, with the extra spellings of the course slides.
 *
 * @module
 */
import { isBlank, isSheetError, type Cell } from "../cells";
import type { Fail, Path } from "../cells/read";
import { issue } from "../issues";
import type { Bilingual } from "../lang";
import type { Influence } from "./labels";

/**
 * Extra spellings accepted for an influence, from the course slides: "Economische", "Technische"
 * (slides 93–95), "technic" and "gebruiker" (slide 103), "Gebruikers influence" (slide 96), and the
 * names with "influence" / "invloed" after them.
 *
 * @example
 * INFLUENCE_ALIASES["gebruikers"]; // "user"
 */
export const INFLUENCE_ALIASES: Readonly<Record<string, Influence>> = {
  economische: "economic",
  technische: "technical",
  technic: "technical",
  gebruikers: "user",
  "economic influence": "economic",
  "technical influence": "technical",
  "user influence": "user",
  "economische invloed": "economic",
  "economische influence": "economic",
  "technische invloed": "technical",
  "gebruikers influence": "user",
  gebruikersinvloed: "user",
};

/** The names of a label table for a message: the English ones, then the Dutch ones that differ. */
function labelNames(table: Readonly<Record<string, Bilingual>>): string {
  const labels = Object.values(table);
  return [...new Set([...labels.map((l) => l.en), ...labels.map((l) => l.nl)])].join(", ");
}

/**
 * Reads a label (English or Dutch, any case, spaces around it ignored) of a table, with extra
 * spellings. A blank cell is `blank`, a sheet error passes through, other text is `unknown_label`
 * naming the cell and listing the labels.
 *
 * @example
 * readLabel("Gebruikers", INFLUENCE_LABELS, INFLUENCE_ALIASES, ["influences", 2]); // "user"
 * readLabel("Boss", INFLUENCE_LABELS, INFLUENCE_ALIASES, ["influences", 3]).code; // "unknown_label"
 */
export function readLabel<K extends string>(
  cell: Cell | undefined,
  table: Readonly<Record<K, Bilingual>>,
  aliases: Readonly<Record<string, K>>,
  path: Path,
): K | Fail {
  if (isBlank(cell)) return issue("blank", path);
  if (isSheetError(cell)) return cell;
  const text = String(cell).trim().replace(/\s+/g, " ").toLowerCase();
  const keys = Object.keys(table) as K[];
  const found =
    keys.find((k) => table[k].en.toLowerCase() === text || table[k].nl.toLowerCase() === text) ?? aliases[text];
  return found ?? issue("unknown_label", path, { value: String(cell), allowed: labelNames(table) });
}
