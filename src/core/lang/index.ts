/**
 * The two languages of every label and message.
 *
 * @module
 */

/** A supported language. */
export type Lang = "en" | "nl";

/** Every supported language, English first (the default). */
export const LANGS: readonly Lang[] = ["en", "nl"];

/**
 * A label in both languages.
 *
 * @example
 * const key: Bilingual = { en: "Key account", nl: "Key account" };
 */
export interface Bilingual {
  readonly en: string;
  readonly nl: string;
}

/**
 * Normalises a language tag: "nl", "NL", "nl-NL" and "nl-BE" are Dutch, "en" and "en-GB" English.
 * Returns `undefined` for anything else.
 *
 * @example
 * toLang("nl-BE"); // "nl"
 * toLang("fr"); // undefined
 */
export function toLang(tag: string): Lang | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === "en" || base === "nl" ? base : undefined;
}

/**
 * The locale in which numbers are written for each language (messages, the pane).
 *
 * @example
 * (1234.5).toLocaleString(NUMBER_LOCALES.nl); // "1.234,5"
 */
export const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { en: "en-US", nl: "nl-NL" };
