/**
 * The buying-centre preview, computed in core with the functions' own rules: the people block as the
 * sheet writes it (values of the user's table, labels in the sheet's language, or blank template
 * rows), and per person the response mode, the order chance, the stance, the priority by power and
 * whether the risk perception asks for risk-reducing techniques; then the red flags of the whole
 * buying centre. The pane shows it before a build; the tests compare the sheet with it, also after an
 * edit of the people on the sheet ({@link evaluatePeople}).
 *
 * @module
 */
import { isBlank, isSheetError, type Cell } from "../../cells";
import { isFail } from "../../cells/read";
import type { SourceTable } from "../../host";
import type { Lang } from "../../lang";
import { columnLetters } from "../../layout";
import { orderChance, responseMode, stance as stanceOf } from "../index";
import {
  INFLUENCE_LABELS,
  MODE_LABELS,
  STANCE_LABELS,
  UNKNOWN_MODE_LABEL,
  type Advice,
  type Influence,
  type RedFlag,
  type ResponseMode,
  type Stance,
} from "../labels";
import { INFLUENCE_ALIASES, readLabel } from "../read";
import { redFlags } from "../redflags";
import { BUYING_CENTRE_MAX_ROWS, BUYING_CENTRE_ROLES, type BuyingCentreConfig, type BuyingCentreRole } from "./config";
import type { BuyingCentreProblem } from "./messages";
import { headerIndex } from "../../source";

/** The columns of the people block, one per role, in {@link BUYING_CENTRE_ROLES} order. */
export type PeopleRow = readonly Cell[];

/** One row of the people block as the sheet computes it. */
export interface BuyingCentrePerson {
  /** 0-based row in the people block. */
  readonly row: number;
  /** 0-based data row of the user's table, when the row came from it. */
  readonly sourceRow?: number;
  /** Any input of the row is filled in (a blank row shows nothing). */
  readonly present: boolean;
  readonly name: string;
  readonly influence: Influence | undefined;
  /** `undefined`: unknown (no chosen mode, no perceived reality and desired result); `null`: not a mode. */
  readonly mode: ResponseMode | undefined | null;
  /** `undefined` where the sheet shows nothing; `null` where it shows an error. */
  readonly advice: Advice | undefined | null;
  /** `undefined`: not known (a number is missing); `null`: an error (not a stance, risk off 1–5). */
  readonly stance: Stance | undefined | null;
  /** Rank by power, 1 the most powerful; ties share a rank. */
  readonly priority: number | undefined;
  /** Risk perception at or above the cut-off: the risk-reducing techniques are asked for. */
  readonly highRisk: boolean;
}

/** The preview of a buying-centre sheet. */
export interface BuyingCentrePreview {
  /** The source columns by role (-1 where not mapped); undefined when a mapped column is missing. */
  readonly columns: Readonly<Record<BuyingCentreRole, number>> | undefined;
  /** The people block's cells as the sheet writes them, one row per person or blank row. */
  readonly inputs: readonly PeopleRow[];
  readonly people: readonly BuyingCentrePerson[];
  /** The red flags in the order of models.md §13; empty when there are none (or an error hides them). */
  readonly flags: readonly RedFlag[];
  /** A cell the red flags cannot read (a text that is no influence, mode or stance): `KAM.REDFLAGS` shows an error. */
  readonly flagsError: boolean;
  readonly problems: readonly BuyingCentreProblem[];
}

const ROLE_NAMES: Readonly<Record<BuyingCentreRole, string>> = {
  name: "name",
  function: "function",
  influence: "influence",
  perceived: "perceived reality",
  desired: "desired result",
  mode: "response mode",
  businessInterest: "business interest",
  personalGain: "personal gain",
  power: "power",
  risk: "risk perception",
  stance: "stance",
};

/** The numeric roles and their ranges (models.md §9): a value outside is warned about. */
const RANGES: Partial<Readonly<Record<BuyingCentreRole, readonly [number, number]>>> = {
  businessInterest: [-5, 5],
  personalGain: [-5, 5],
  power: [1, 5],
  risk: [1, 5],
};
const NUMERIC: readonly BuyingCentreRole[] = [
  "perceived",
  "desired",
  "businessInterest",
  "personalGain",
  "power",
  "risk",
];

const col = (role: BuyingCentreRole): number => BUYING_CENTRE_ROLES.indexOf(role);
const num = (v: Cell | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const empty = (v: Cell | undefined): boolean => isBlank(v) || (typeof v === "string" && v.trim() === "");

/**
 * The influence of a cell: its key, `undefined` when blank, `null` when it is no influence.
 *
 * @example
 * readInfluence("Gebruikers"); // "user"
 */
export function readInfluence(cell: Cell | undefined): Influence | undefined | null {
  if (empty(cell)) return undefined;
  const read = readLabel(cell, INFLUENCE_LABELS, INFLUENCE_ALIASES, ["influence"]);
  return isFail(read) ? null : read;
}

/**
 * A chosen response mode: its key, `undefined` when blank or "Unknown" / "Onbekend", `null` when it is
 * no mode.
 *
 * @example
 * readChosenMode("even keel"); // "evenKeel"
 * readChosenMode("Onbekend"); // undefined
 */
export function readChosenMode(cell: Cell | undefined): ResponseMode | undefined | null {
  if (empty(cell)) return undefined;
  const text = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  if (text === UNKNOWN_MODE_LABEL.en.toLowerCase() || text === UNKNOWN_MODE_LABEL.nl.toLowerCase()) return undefined;
  const read = readLabel(cell, MODE_LABELS, {}, ["mode"]);
  return isFail(read) ? null : read;
}

/**
 * A chosen stance: its key, `undefined` when blank, `null` when it is no stance.
 *
 * @example
 * readChosenStance("Tegenstander"); // "opponent"
 */
export function readChosenStance(cell: Cell | undefined): Stance | undefined | null {
  if (empty(cell)) return undefined;
  const read = readLabel(cell, STANCE_LABELS, {}, ["stance"]);
  return isFail(read) ? null : read;
}

/**
 * The people of a people block as the sheet computes them (the formulas' rules, models.md §9): the
 * chosen mode, else perceived reality against desired results (below: growth; equal: even keel;
 * above: overconfident), else unknown; the order chance of the influence in that mode; the chosen
 * stance, else business interest × personal gain with the risk cut-off; the rank by power.
 *
 * @example
 * evaluatePeople([["Ann", null, "Economic", 3, 5, null, 2, 1, 5, 4, null]], 3.5)[0]?.stance; // "cautiousSupporter"
 */
export function evaluatePeople(inputs: readonly PeopleRow[], riskCut: number): BuyingCentrePerson[] {
  const powers = inputs.map((r) => num(r[col("power")]));
  return inputs.map((r, row): BuyingCentrePerson => {
    const at = (role: BuyingCentreRole): Cell | undefined => r[col(role)];
    const present = r.some((c) => !isBlank(c));
    const influenceRead = readInfluence(at("influence"));
    const influence = influenceRead ?? undefined;
    const chosen = at("mode");
    const [p, d] = [num(at("perceived")), num(at("desired"))];
    const mode: BuyingCentrePerson["mode"] = !empty(chosen)
      ? readChosenMode(chosen)
      : p !== undefined && d !== undefined
        ? responseMode(p, d)
        : undefined;
    const advice: BuyingCentrePerson["advice"] =
      !present || empty(at("influence")) || mode === undefined
        ? undefined
        : influenceRead === null || influenceRead === undefined || mode === null
          ? null
          : orderChance(influenceRead, mode);
    const [bi, pg, risk] = [num(at("businessInterest")), num(at("personalGain")), num(at("risk"))];
    const chosenStance = at("stance");
    const stance: BuyingCentrePerson["stance"] = !empty(chosenStance)
      ? readChosenStance(chosenStance)
      : bi === undefined || pg === undefined || risk === undefined
        ? undefined
        : risk < 1 || risk > 5
          ? null
          : stanceOf(bi, pg, risk, riskCut);
    const power = powers[row];
    const priority = power === undefined ? undefined : 1 + powers.filter((q) => q !== undefined && q > power).length;
    return {
      row,
      present,
      name: empty(at("name")) ? "" : String(at("name")),
      influence,
      mode,
      advice,
      stance,
      priority,
      highRisk: present && risk !== undefined && risk >= riskCut,
    };
  });
}

/**
 * The red flags of evaluated people, as `KAM.REDFLAGS` reads the sheet (the influence cell, the
 * computed mode and stance); `error` when a cell is no influence, mode or stance.
 *
 * @example
 * peopleFlags(evaluatePeople([], 3.5)).flags; // ["noCoach", "noEconomic", "noOrderChance"]
 */
export function peopleFlags(people: readonly BuyingCentrePerson[]): { flags: RedFlag[]; error: boolean } {
  const counted = people.filter((p) => p.present);
  if (counted.some((p) => p.mode === null || p.stance === null)) return { flags: [], error: true };
  return {
    flags: redFlags(
      counted.map((p) => ({ influence: p.influence, mode: p.mode ?? undefined, stance: p.stance ?? undefined })),
    ),
    error: false,
  };
}

/**
 * Finds the mapped columns in the user's table; a missing one gives a `missing_column` problem.
 *
 * @example
 * resolveBuyingCentreColumns(config, source).problems.length; // 0 when every column exists
 */
export function resolveBuyingCentreColumns(
  config: BuyingCentreConfig,
  source: SourceTable,
): { readonly columns: Record<BuyingCentreRole, number> | undefined; readonly problems: BuyingCentreProblem[] } {
  const index = headerIndex(source);
  const problems: BuyingCentreProblem[] = [];
  const columns = Object.fromEntries(
    BUYING_CENTRE_ROLES.map((role) => {
      const column = config.mapping[role].trim();
      if (column === "") return [role, -1];
      const i = index.get(column);
      if (i === undefined) problems.push({ code: "missing_column", params: { column, role: ROLE_NAMES[role] } });
      return [role, i ?? -1];
    }),
  ) as Record<BuyingCentreRole, number>;
  return { columns: problems.length > 0 ? undefined : columns, problems };
}

/** A label cell in the sheet's language when it is one, else as it is. */
function normalised(role: BuyingCentreRole, cell: Cell, lang: Lang): Cell {
  if (empty(cell) || isSheetError(cell)) return empty(cell) ? null : cell;
  if (role === "influence") {
    const k = readInfluence(cell);
    return k === null || k === undefined ? cell : INFLUENCE_LABELS[k][lang];
  }
  if (role === "mode") {
    const text = typeof cell === "string" ? cell.trim().toLowerCase() : "";
    if (text === UNKNOWN_MODE_LABEL.en.toLowerCase() || text === UNKNOWN_MODE_LABEL.nl.toLowerCase())
      return UNKNOWN_MODE_LABEL[lang];
    const k = readChosenMode(cell);
    return k === null || k === undefined ? cell : MODE_LABELS[k][lang];
  }
  if (role === "stance") {
    const k = readChosenStance(cell);
    return k === null || k === undefined ? cell : STANCE_LABELS[k][lang];
  }
  if (typeof cell === "string") return cell.trim();
  return cell;
}

const ALLOWED: Partial<Readonly<Record<BuyingCentreRole, (lang: Lang) => string>>> = {
  influence: (lang) =>
    Object.values(INFLUENCE_LABELS)
      .map((l) => l[lang])
      .join(", "),
  mode: (lang) => [...Object.values(MODE_LABELS).map((l) => l[lang]), UNKNOWN_MODE_LABEL[lang]].join(", "),
  stance: (lang) =>
    Object.values(STANCE_LABELS)
      .map((l) => l[lang])
      .join(", "),
};

/** The problems of the values read from the user's table (labels, numbers, ranges, duplicate names). */
function valueProblems(
  inputs: readonly PeopleRow[],
  cellName: (row: number, role: BuyingCentreRole) => string,
  lang: Lang,
): BuyingCentreProblem[] {
  const out: BuyingCentreProblem[] = [];
  inputs.forEach((r, row) => {
    const bad = (role: BuyingCentreRole, read: (c: Cell) => unknown): void => {
      const c = r[col(role)] ?? null;
      if (!empty(c) && read(c) === null)
        out.push({
          code: "unknown_label",
          params: {
            cell: cellName(row, role),
            value: String(c),
            role: ROLE_NAMES[role],
            allowed: ALLOWED[role]?.(lang) ?? "",
          },
        });
    };
    bad("influence", readInfluence);
    bad("mode", readChosenMode);
    bad("stance", readChosenStance);
  });
  for (const role of NUMERIC) {
    const text: string[] = [];
    const outside: string[] = [];
    const range = RANGES[role];
    inputs.forEach((r, row) => {
      const c = r[col(role)] ?? null;
      if (empty(c)) return;
      const v = num(c);
      if (v === undefined) text.push(cellName(row, role));
      else if (range !== undefined && (v < range[0] || v > range[1])) outside.push(cellName(row, role));
    });
    const first = (cells: string[]) => ({ count: cells.length, cells: cells.slice(0, 3).join(", ") });
    if (text.length > 0) out.push({ code: "not_a_number", params: { role: ROLE_NAMES[role], ...first(text) } });
    if (outside.length > 0 && range !== undefined)
      out.push({
        code: "out_of_range",
        params: { role: ROLE_NAMES[role], range: `${range[0]}…${range[1]}`, ...first(outside) },
      });
  }
  const seen = new Map<string, number[]>();
  inputs.forEach((r, row) => {
    const name = r[col("name")];
    if (empty(name)) return;
    const key = String(name).trim().toLowerCase();
    seen.set(key, [...(seen.get(key) ?? []), row]);
  });
  for (const rows of seen.values())
    if (rows.length > 1)
      out.push({
        code: "duplicate_name",
        params: {
          name: String(inputs[rows[0] ?? 0]?.[col("name")] ?? ""),
          cells: rows.map((r) => cellName(r, "name")).join(", "),
        },
      });
  return out;
}

const blankRow = (): Cell[] => BUYING_CENTRE_ROLES.map(() => null);

/**
 * The preview of a buying-centre sheet: from the user's table every row with a filled-in cell is a
 * person (labels put in the sheet's language), followed by the spare rows; from a template only blank
 * rows. Problems name the source cells.
 *
 * @example
 * computeBuyingCentre(config, source).flags; // ["unknownMode", "opponent"] on the sample
 */
export function computeBuyingCentre(config: BuyingCentreConfig, source: SourceTable): BuyingCentrePreview {
  const lang = config.lang;
  if (config.source === "template") {
    const inputs = Array.from({ length: config.templateRows }, blankRow);
    const people = evaluatePeople(inputs, config.riskCut);
    const { flags, error } = peopleFlags(people);
    return { columns: undefined, inputs, people, flags, flagsError: error, problems: [] };
  }
  const { columns, problems } = resolveBuyingCentreColumns(config, source);
  if (columns === undefined) return { columns, inputs: [], people: [], flags: [], flagsError: false, problems };
  const mapped = BUYING_CENTRE_ROLES.filter((role) => columns[role] >= 0);
  const rows = source.rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => mapped.some((role) => !empty(row[columns[role]])));
  const found = rows.map(({ row }) =>
    BUYING_CENTRE_ROLES.map((role) => (columns[role] < 0 ? null : normalised(role, row[columns[role]] ?? null, lang))),
  );
  const all: BuyingCentreProblem[] = [...problems];
  if (!found.some((r) => !empty(r[col("name")]))) all.push({ code: "no_people", params: {} });
  if (found.length + config.spareRows > BUYING_CENTRE_MAX_ROWS)
    all.push({
      code: "too_many_people",
      params: { count: found.length, max: BUYING_CENTRE_MAX_ROWS - config.spareRows },
    });
  const cellName = (row: number, role: BuyingCentreRole): string => {
    const dataRow = rows[row]?.i ?? row;
    return `${columnLetters(source.origin.col + columns[role])}${source.origin.row + dataRow + 2}`;
  };
  all.push(...valueProblems(found, cellName, lang));
  const inputs = [...found, ...Array.from({ length: config.spareRows }, blankRow)];
  const people = evaluatePeople(inputs, config.riskCut).map((p) => {
    const sourceRow = rows[p.row]?.i;
    return sourceRow === undefined ? p : { ...p, sourceRow };
  });
  const { flags, error } = peopleFlags(people);
  return { columns, inputs, people, flags, flagsError: error, problems: all };
}
