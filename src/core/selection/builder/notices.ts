/**
 * Notices of the selection preview: things the sheet computes without an error that a user should
 * still hear about, as data with a code and parameters, and their messages per language.
 *
 * @module
 */
import { NUMBER_LOCALES, type Lang } from "../../lang";

/** Every notice the selection preview gives. */
export const SELECTION_NOTICE_CODES = ["no_spread"] as const;

/** The code of a notice. */
export type SelectionNoticeCode = (typeof SELECTION_NOTICE_CODES)[number];

/**
 * One notice. `no_spread`: the criterion `column` holds the same number (`value`) for every
 * customer that has one, so it tells no customer apart; everyone scores `score` on it (the
 * midpoint under min–max and percentile, the band or the value itself otherwise).
 */
export interface SelectionNotice {
  readonly code: SelectionNoticeCode;
  readonly column: string;
  readonly value: number;
  readonly score: number;
}

type NoticeTable = {
  readonly [C in SelectionNoticeCode]: (n: SelectionNotice, number: (x: number) => string) => string;
};

/** The messages, one table per language; the compiler rejects a table that misses a code. */
export const SELECTION_NOTICE_MESSAGES: Readonly<Record<Lang, NoticeTable>> = {
  en: {
    no_spread: (n, num) =>
      `"${n.column}" has the same value (${num(n.value)}) for every customer, so it does not tell them apart: ` +
      `everyone scores ${num(n.score)} on it. Check the column, or give it weight 0.`,
  },
  nl: {
    no_spread: (n, num) =>
      `"${n.column}" heeft voor elke klant dezelfde waarde (${num(n.value)}), dus het onderscheidt de klanten niet: ` +
      `iedereen scoort er ${num(n.score)} op. Controleer de kolom, of geef het gewicht 0.`,
  },
};

/**
 * The message of a notice in a language.
 *
 * @example
 * formatSelectionNotice({ code: "no_spread", column: "Growth %", value: 0.05, score: 3 }, "en");
 * // '"Growth %" has the same value (0.05) for every customer, so it does not tell them apart: everyone scores 3 on it. Check the column, or give it weight 0.'
 */
export function formatSelectionNotice(notice: SelectionNotice, lang: Lang): string {
  const num = (x: number): string => x.toLocaleString(NUMBER_LOCALES[lang], { maximumFractionDigits: 6 });
  return SELECTION_NOTICE_MESSAGES[lang][notice.code](notice, num);
}
