/**
 * Names Excel accepts, unique in the workbook: sheet names (31 characters, compared without case) and
 * table names (letters, digits, `_` and `.`; no cell-like names; unique against every table and defined
 * name of the workbook, OfficeDev/office-js#551). The one copy for every builder and for the host.
 *
 * @module
 */

/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;
/** Excel's longest table name. */
export const TABLE_NAME_MAX = 255;

/**
 * A sheet name not yet in use (compared without case, as Excel does): `base`, then `base (2)`,
 * `base (3)`…, never longer than 31 characters.
 *
 * @example
 * uniqueSheetName("KAM Selection", ["Data", "kam selection"]); // "KAM Selection (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  const first = base.slice(0, SHEET_NAME_MAX);
  if (!taken.has(first.toLowerCase())) return first;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A valid Excel table name for any wanted text: other characters become `_`, a name must start with a
 * letter or `_`, and names that look like a cell (`A1`, `R1C1`, `R`, `C`) get a leading `_`.
 *
 * @example
 * validTableName("KAM Cost-to-serve (2)"); // "KAM_Cost_to_serve__2_"
 * validTableName("A1"); // "_A1"
 */
export function validTableName(wanted: string): string {
  let name = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(name)) name = `_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) name = `_${name}`;
  return name.slice(0, TABLE_NAME_MAX);
}

/**
 * A valid table name not in `taken` (lower-case names of the workbook's tables and defined names):
 * the wanted name, else with `_2`, `_3`….
 *
 * @example
 * uniqueTableName("KamSelection", new Set(["kamselection"])); // "KamSelection_2"
 */
export function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  const base = validTableName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const name = `${base.slice(0, TABLE_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * The table name a builder gives the table of a sheet: the sheet name with runs of other characters
 * as one `_`, no `_` at either end, a leading `T_` where it would not start with a letter, unique
 * against the workbook's tables and defined names when they are given.
 *
 * @example
 * tableNameForSheet("KAM Selection (2)"); // "KAM_Selection_2"
 * tableNameForSheet("KAM Selection", new Set(["kam_selection"])); // "KAM_Selection_2"
 */
export function tableNameForSheet(sheet: string, taken: ReadonlySet<string> = new Set()): string {
  const cleaned = sheet
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  return uniqueTableName(/^[A-Za-z_]/.test(cleaned) ? cleaned : `T_${cleaned}`, taken);
}
