/**
 * Numbers as CSV files write them, in the two notations our users meet: English (`1,234.56`) and Dutch
 * (`1.234,56`). Each notation is read strictly: a thousands separator only between groups of three
 * digits, a decimal separator at most once, so a text is either a number in a notation or not. A text
 * that both notations read, to different numbers (`1.250`: 1.25 or 1250), is *ambiguous*; the CSV
 * reader decides those by the evidence of the whole file and says so.
 *
 * Also read: a sign (`-`, `+`, the minus sign `−`) or accounting parentheses (`(1.234,50)` is
 * −1234.5), a currency sign before or after the number (`€`, `EUR`; `$` and `£` before it) and a
 * percent sign (`12,5%` is 0.125). Currency and percent also give the cell a number format, as Excel
 * does when it opens such a file. Kept as text: an integer part of more than 15 digits (an account or
 * card number; a double would change its last digits), a trailing minus (`1.234,50-`), spaces as
 * thousands separators, and anything else with separators in the wrong places.
 *
 * @module
 */

/** A number notation: English `1,234.56` or Dutch `1.234,56`. */
export type NumberLocale = "en" | "nl";

/** Both notations, English first. */
export const NUMBER_LOCALES: readonly NumberLocale[] = ["en", "nl"];

/** A number read from a text, with the number format its currency or percent sign implies. */
export interface ReadNumber {
  readonly value: number;
  /** An Excel number format (`0.0%`, `[$€-413] #,##0.00`), absent for a plain number. */
  readonly format?: string;
}

/**
 * What a text is before a notation is chosen: not a number (`text`), a number that reads the same in
 * both notations (`neutral`: `1200`, `12%`), a number in one notation only (`en`: `12.5`; `nl`:
 * `1.234,56`), a number in both with different values (`ambiguous`: `1.250`), or something that looks
 * like a number but is one in neither (`numberish`: `1.2.3,4`, `12-`, `1 234,56`).
 */
export type NumberShape = "text" | "neutral" | "en" | "nl" | "ambiguous" | "numberish";

const SEPARATORS: Readonly<Record<NumberLocale, { readonly decimal: string; readonly group: string }>> = {
  en: { decimal: ".", group: "," },
  nl: { decimal: ",", group: "." },
};

/** Open paren, sign, currency, sign, digits, exponent, percent, currency, close paren, trailing minus. */
const SHAPE =
  /^(\()?\s*([-+\u2212])?\s*(€|EUR|\$|£)?\s*([-+\u2212])?\s*(\d[\d.,]*|[.,]\d+)([eE][-+]?\d+)?\s*(%)?\s*(€|EUR)?\s*(\))?(-)?$/;
const SPACE_GROUPED = /^[-+\u2212]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const PLAIN_INTEGER = /^-?\d{1,15}$/;
/** A plain decimal with one separator, the common case, read without the full grammar. */
const PLAIN_DECIMAL = /^(-?)(\d{1,15})([.,])(\d+)$/;
const MAX_DIGITS = 15;

const CURRENCY_CODE: Readonly<Record<string, string>> = {
  "€": "[$€-413]",
  EUR: "[$EUR]",
  $: "[$$-409]",
  "£": "[$£-809]",
};

function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

interface NotationPatterns {
  readonly plain: RegExp;
  readonly leading: RegExp;
  readonly grouped: RegExp;
}

function patterns(locale: NumberLocale): NotationPatterns {
  const d = SEPARATORS[locale].decimal === "." ? "\\." : ",";
  const g = SEPARATORS[locale].group === "." ? "\\." : ",";
  return {
    plain: new RegExp(`^\\d+(${d}\\d+)?$`),
    leading: new RegExp(`^${d}\\d+$`),
    grouped: new RegExp(`^[1-9]\\d{0,2}(${g}\\d{3})+(${d}\\d+)?$`),
  };
}

const PATTERNS: Readonly<Record<NumberLocale, NotationPatterns>> = { en: patterns("en"), nl: patterns("nl") };

/** The digits of a number body in one notation as a JavaScript number text, or undefined. */
function bodyText(
  body: string,
  exponent: string,
  locale: NumberLocale,
): { text: string; decimals: number } | undefined {
  const { decimal, group } = SEPARATORS[locale];
  const p = PATTERNS[locale];
  let integer: string;
  let fraction: string;
  if (p.plain.test(body) || p.leading.test(body)) {
    [integer = "", fraction = ""] = body.split(decimal);
  } else if (exponent === "" && p.grouped.test(body)) {
    [integer = "", fraction = ""] = body.split(group).join("").split(decimal);
  } else return undefined;
  if (integer.replace(/^0+/, "").length > MAX_DIGITS) return undefined;
  return {
    text: `${integer === "" ? "0" : integer}${fraction === "" ? "" : `.${fraction}`}`,
    decimals: fraction.length,
  };
}

/**
 * Reads a text as a number in one notation, strictly; `undefined` when it is not one.
 *
 * @example
 * readNumber("1.234,56", "nl"); // { value: 1234.56 }
 * readNumber("1.234,56", "en"); // undefined
 * readNumber("12,5%", "nl"); // { value: 0.125, format: "0.0%" }
 * readNumber("(€ 1.250,00)", "nl"); // { value: -1250, format: "[$€-413] #,##0.00" }
 */
export function readNumber(text: string, locale: NumberLocale): ReadNumber | undefined {
  const t = text.trim();
  if (PLAIN_INTEGER.test(t)) {
    const value = Number(t);
    return { value: value === 0 ? 0 : value };
  }
  const plain = PLAIN_DECIMAL.exec(t);
  if (plain !== null && plain[3] === SEPARATORS[locale].decimal) {
    const value = Number(`${plain[1] ?? ""}${plain[2] ?? ""}.${plain[4] ?? ""}`);
    return { value: value === 0 ? 0 : value };
  }
  const m = SHAPE.exec(t);
  if (m === null) return undefined;
  const [, open, sign1, before, sign2, body = "", exponent = "", percent, after, close, trailing] = m;
  if ((open === undefined) !== (close === undefined) || trailing !== undefined) return undefined;
  if (sign1 !== undefined && sign2 !== undefined) return undefined;
  const sign = sign1 ?? sign2;
  if (open !== undefined && sign !== undefined) return undefined;
  if (before !== undefined && after !== undefined) return undefined;
  const currency = before ?? after;
  if (currency !== undefined && (percent !== undefined || exponent !== "")) return undefined;
  if (percent !== undefined && exponent !== "") return undefined;
  const digits = bodyText(body, exponent, locale);
  if (digits === undefined) return undefined;
  const negative = open !== undefined || sign === "-" || sign === "\u2212";
  const shift = percent === undefined ? 0 : -2;
  const power = Number(exponent === "" ? "0" : exponent.slice(1)) + shift;
  const magnitude = Number(`${digits.text}e${power}`);
  if (!Number.isFinite(magnitude)) return undefined;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  if (percent !== undefined) return { value, format: `${decimalsFormat(digits.decimals)}%` };
  if (currency !== undefined) {
    const code = CURRENCY_CODE[currency] ?? `[$${currency}]`;
    const number = `#,##${decimalsFormat(digits.decimals)}`;
    return { value, format: before === undefined ? `${number} ${code}` : `${code} ${number}` };
  }
  return { value };
}

/**
 * Classifies a text by how the two notations read it (see {@link NumberShape}).
 *
 * @example
 * numberShape("1.250"); // "ambiguous" (1.25 in English, 1250 in Dutch)
 * numberShape("1.234,56"); // "nl"
 * numberShape("12.5"); // "en"
 * numberShape("1200"); // "neutral"
 * numberShape("1.2.3,4"); // "numberish"
 * numberShape("Acme"); // "text"
 */
export function numberShape(text: string): NumberShape {
  const t = text.trim();
  if (PLAIN_INTEGER.test(t)) return "neutral";
  const plain = PLAIN_DECIMAL.exec(t);
  if (plain !== null) {
    const [, , integer = "", separator, fraction = ""] = plain;
    const groupable = fraction.length === 3 && integer.length <= 3 && !integer.startsWith("0");
    return groupable ? "ambiguous" : separator === "." ? "en" : "nl";
  }
  const en = readNumber(t, "en");
  const nl = readNumber(t, "nl");
  if (en !== undefined && nl !== undefined) return en.value === nl.value ? "neutral" : "ambiguous";
  if (en !== undefined) return "en";
  if (nl !== undefined) return "nl";
  return SHAPE.test(t) || SPACE_GROUPED.test(t) ? "numberish" : "text";
}
