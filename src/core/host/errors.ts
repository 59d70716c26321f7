/**
 * Why a host refused or failed a write or a setting, as a code with parameters, and its message per
 * language, so a Dutch pane shows a Dutch message whichever host (Excel or the workbench) failed.
 *
 * @module
 */
import type { Lang } from "../lang";

/** Every host error. */
export const HOST_ERROR_CODES = [
  "invalid-name",
  "sheet-exists",
  "not-owned",
  "cancelled",
  "write-failed",
  "settings-failed",
  "settings-invalid",
] as const;

/** The code of a host error. */
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** The parameters of a host error's message. */
export interface HostErrorParams {
  /** The sheet concerned. */
  readonly sheet?: string;
  /** The setting concerned. */
  readonly key?: string;
  /** What the host itself said (Office.js' message), kept as it is. */
  readonly detail?: string;
}

type Table = { readonly [C in HostErrorCode]: (p: HostErrorParams) => string };

const detail = (p: HostErrorParams): string => (p.detail === undefined ? "" : ` ${p.detail}`);

/** The messages, one table per language; the compiler rejects a table that misses a code. */
export const HOST_ERROR_MESSAGES: Readonly<Record<Lang, Table>> = {
  en: {
    "invalid-name": (p) => `"${p.sheet}" cannot be a sheet name (1–31 characters, no [ ] : * ? / \\, not "History").`,
    "sheet-exists": (p) => `The sheet "${p.sheet}" already exists; refresh it to replace it.`,
    "not-owned": (p) =>
      `A sheet named "${p.sheet}" already exists and was not created by KAM for Excel; it is left untouched.`,
    cancelled: () => "The build was cancelled; the workbook is as it was.",
    "write-failed": (p) => `Writing the sheet "${p.sheet}" failed; the workbook was left as it was.${detail(p)}`,
    "settings-failed": (p) => `Saving the document settings failed:${detail(p)}`,
    "settings-invalid": (p) => `The stored setting "${p.key}" is not valid JSON.`,
  },
  nl: {
    "invalid-name": (p) => `"${p.sheet}" kan geen bladnaam zijn (1–31 tekens, geen [ ] : * ? / \\, niet "History").`,
    "sheet-exists": (p) => `Het blad "${p.sheet}" bestaat al; vernieuw het om het te vervangen.`,
    "not-owned": (p) =>
      `Er is al een blad "${p.sheet}" dat niet door KAM voor Excel is gemaakt; het blijft ongewijzigd.`,
    cancelled: () => "Het bouwen is geannuleerd; de werkmap is zoals hij was.",
    "write-failed": (p) =>
      `Het schrijven van het blad "${p.sheet}" is mislukt; de werkmap is gebleven zoals hij was.${detail(p)}`,
    "settings-failed": (p) => `Het opslaan van de documentinstellingen is mislukt:${detail(p)}`,
    "settings-invalid": (p) => `De opgeslagen instelling "${p.key}" is geen geldige JSON.`,
  },
};

/**
 * A host's refusal or failure: a code and parameters; its `message` is the English text.
 *
 * @example
 * new HostError("sheet-exists", { sheet: "KAM Selection" }).message;
 * // 'The sheet "KAM Selection" already exists; refresh it to replace it.'
 */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly params: HostErrorParams = {},
    options?: { cause?: unknown },
  ) {
    super(HOST_ERROR_MESSAGES.en[code](params), options);
    this.name = "HostError";
  }
}

/**
 * The message of a host error in a language.
 *
 * @example
 * formatHostError(new HostError("cancelled"), "nl"); // "Het bouwen is geannuleerd; de werkmap is zoals hij was."
 */
export function formatHostError(error: HostError, lang: Lang): string {
  return HOST_ERROR_MESSAGES[lang][error.code](error.params);
}
