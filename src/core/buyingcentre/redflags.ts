/**
 * The red flags of a whole buying centre (models.md §10.6 [choice]; course 003 slides 92–112): what
 * an account manager should worry about before the deal, checked over the list of influences.
 *
 * @module
 */
import { isBlank, isSheetError, shapeOf, type Cell, type Grid, type OutGrid } from "../cells";
import { isFail, readLang, readSingle, type Fail, type Path } from "../cells/read";
import { defineFunction } from "../catalog/define";
import { isIssue, issue, type Issue } from "../issues";
import {
  INFLUENCE_LABELS,
  MODE_LABELS,
  NO_RED_FLAGS_LABEL,
  RED_FLAG_LABELS,
  STANCE_LABELS,
  UNKNOWN_MODE_LABEL,
  type Influence,
  type RedFlag,
  type ResponseMode,
  type Stance,
} from "./labels";
import { INFLUENCE_ALIASES, readLabel } from "./read";

/** One person of a buying centre as the red flags see them: what is not known is `undefined`. */
export interface BuyingInfluence {
  readonly influence?: Influence | undefined;
  readonly mode?: ResponseMode | undefined;
  readonly stance?: Stance | undefined;
}

/** Every red flag, in the order of models.md §10.6 (the order `KAM.REDFLAGS` lists them). */
export const RED_FLAGS = Object.keys(RED_FLAG_LABELS) as readonly RedFlag[];

/**
 * The red flags of a buying centre, each once, in the order of models.md §10.6: no coach; no economic
 * influence; more than one; the economic influence in even keel or overconfident; an influence whose
 * response mode is unknown; an opponent; no influence in growth or trouble.
 *
 * @example
 * redFlags([{ influence: "economic", mode: "growth", stance: "supporter" }]); // ["noCoach"]
 * redFlags([]); // ["noCoach", "noEconomic", "noOrderChance"]
 */
export function redFlags(people: readonly BuyingInfluence[]): RedFlag[] {
  const economic = people.filter((p) => p.influence === "economic");
  const raised: Readonly<Record<RedFlag, boolean>> = {
    noCoach: !people.some((p) => p.influence === "coach"),
    noEconomic: economic.length === 0,
    severalEconomic: economic.length > 1,
    economicNoChance: economic.some((p) => p.mode === "evenKeel" || p.mode === "overconfident"),
    unknownMode: people.some((p) => p.mode === undefined),
    opponent: people.some((p) => p.stance === "opponent"),
    noOrderChance: !people.some((p) => p.mode === "growth" || p.mode === "trouble"),
  };
  return RED_FLAGS.filter((f) => raised[f]);
}

/** A blank cell, or one holding only spaces. */
function empty(cell: Cell | undefined): boolean {
  return isBlank(cell) || (typeof cell === "string" && cell.trim() === "");
}

interface List {
  readonly cells: readonly (Cell | undefined)[];
  readonly path: (i: number) => Path;
}

/** The cells of a one-row or one-column argument with their paths, or `not_a_list`. */
function listOf(grid: Grid, name: string): List | Issue {
  const { rows, cols } = shapeOf(grid);
  if (cols === 1) return { cells: grid.map((row) => row[0]), path: (i) => [name, i + 1] };
  if (rows === 1) return { cells: [...(grid[0] ?? [])], path: (i) => [name, 1, i + 1] };
  return issue("not_a_list", [name, 1]);
}

/** A response mode cell: blank or "Unknown" / "Onbekend" is `undefined`, other text must be a mode. */
function readMode(cell: Cell | undefined, path: Path): ResponseMode | undefined | Fail {
  if (empty(cell)) return undefined;
  const text = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  if (text === UNKNOWN_MODE_LABEL.en.toLowerCase() || text === UNKNOWN_MODE_LABEL.nl.toLowerCase()) return undefined;
  return readLabel(cell, MODE_LABELS, {}, path);
}

/** The people of the three lists, all-blank rows left out, or the first cell that cannot be read. */
function readPeople(influences: Grid, modes: Grid, stances: Grid): BuyingInfluence[] | Fail {
  const who = listOf(influences, "influences");
  if (isIssue(who)) return who;
  const how = listOf(modes, "responseModes");
  if (isIssue(how)) return how;
  const stand = listOf(stances, "stances");
  if (isIssue(stand)) return stand;
  const n = who.cells.length;
  for (const [l, name] of [
    [how, "responseModes"],
    [stand, "stances"],
  ] as const) {
    if (l.cells.length !== n) return issue("length_mismatch", [name], { expected: n, actual: l.cells.length });
  }
  const people: BuyingInfluence[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [who.cells[i], how.cells[i], stand.cells[i]];
    if (empty(a) && empty(b) && empty(c)) continue;
    for (const cell of [a, b, c]) if (isSheetError(cell)) return cell;
    const influence = empty(a) ? undefined : readLabel(a, INFLUENCE_LABELS, INFLUENCE_ALIASES, who.path(i));
    if (isFail(influence)) return influence;
    const mode = readMode(b, how.path(i));
    if (isFail(mode)) return mode;
    const stance = empty(c) ? undefined : readLabel(c, STANCE_LABELS, {}, stand.path(i));
    if (isFail(stance)) return stance;
    people.push({ influence, mode, stance });
  }
  return people;
}

/**
 * `KAM.REDFLAGS(influences, responseModes, stances, [lang])`: the red flags of a whole buying centre as
 * a spilled column, in the order of models.md §10.6, each once; one cell "No red flags" when there are
 * none. The three ranges are one row or column each, of the same length, one person per position.
 * Influences (economic, technical, user, coach) and stances accept the English and Dutch labels of
 * `KAM.ORDERCHANCE` and `KAM.STANCE` ("gebruiker", "gebruikers" are the user); a response mode is a
 * label of `KAM.RESPONSEMODE`. Rows whose three cells are blank are ignored; a blank response mode (or
 * "Unknown") raises the unknown-mode flag; a blank influence or stance counts as not known. Text that
 * is no influence, mode or stance is `unknown_label` (#VALUE!) naming the cell, as the only cell.
 *
 * @example
 * REDFLAGS.compute([["Economic"], ["Gebruikers"]], [["Even keel"], [""]], [["Supporter"], ["Opponent"]]);
 * // [["No coach"], ["The economic influence is in even keel or overconfident"],
 * //  ["An influence whose response mode is unknown"], ["An opponent among the influences"],
 * //  ["No order chance anywhere: no influence in growth or trouble"]]
 */
export const REDFLAGS = defineFunction({
  id: "REDFLAGS",
  params: [
    { name: "influences", kind: "range" },
    { name: "responseModes", kind: "range" },
    { name: "stances", kind: "range" },
    { name: "lang", kind: "single", optional: true },
  ],
  shape: () => ({ rows: RED_FLAGS.length, cols: 1 }),
  atMostShape: true,
  compute: (influences, responseModes, stances, lang): OutGrid => {
    const langCell = readSingle(lang, "lang");
    const language = isFail(langCell) ? langCell : readLang(langCell, ["lang"]);
    if (isFail(language)) return [[language]];
    const people = readPeople(influences, responseModes, stances);
    if (!Array.isArray(people)) return [[people]];
    const flags = redFlags(people);
    if (flags.length === 0) return [[NO_RED_FLAGS_LABEL[language]]];
    return flags.map((f) => [RED_FLAG_LABELS[f][language]]);
  },
});
