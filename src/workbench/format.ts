/**
 * Excel number formats, the subset the add-in and common workbooks use: General, fixed decimals,
 * thousands separators, percentages, currency symbols (`€`, `$`, `[$€-413]`), quoted literals,
 * negative sections and simple dates. Display only: the cell keeps its number.
 *
 * @module
 */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A number as Excel's General format shows it (up to 10 significant digits, no trailing zeros).
 *
 * @example
 * general(1 / 3); // "0.3333333333"
 * general(1200); // "1200"
 */
export function general(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("E+", "E+");
  return String(Number(n.toPrecision(10)));
}

interface Section {
  readonly prefix: string;
  readonly suffix: string;
  readonly decimals: number;
  readonly grouping: boolean;
  readonly percent: boolean;
  readonly date?: string;
  /** A section with no digit placeholder shows only its text. */
  readonly literal?: true;
}

function literalText(part: string): string {
  let out = "";
  for (let i = 0; i < part.length; i++) {
    const ch = part[i] ?? "";
    if (ch === '"') {
      const end = part.indexOf('"', i + 1);
      out += part.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? part.length : end;
    } else if (ch === "\\") {
      out += part[i + 1] ?? "";
      i++;
    } else if (ch === "_") {
      out += " ";
      i++;
    } else if (ch === "*") {
      i++;
    } else out += ch;
  }
  return out;
}

function parseSection(raw: string): Section {
  const text = raw
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, (_, symbol: string) => `"${symbol}"`)
    .replace(/\[[^\]]*\]/g, "");
  const unquoted = text.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (/[dy]|m{1,4}|h{1,2}|s{1,2}/i.test(unquoted) && !/[0#?]/.test(unquoted)) {
    return { prefix: "", suffix: "", decimals: 0, grouping: false, percent: false, date: text };
  }
  const match = /[0#?][0#?,]*(\.[0#?]*)?/.exec(text.replace(/"[^"]*"/g, (q) => q.replace(/[0#?.,]/g, " ")));
  if (match === null) {
    return { prefix: literalText(text), suffix: "", decimals: 0, grouping: false, percent: false, literal: true };
  }
  const body = match[0];
  const decimals = (match[1] ?? ".").length - 1;
  const prefix = literalText(text.slice(0, match.index));
  const suffix = literalText(text.slice(match.index + body.length));
  return {
    prefix,
    suffix,
    decimals,
    grouping: body.split(".")[0]?.includes(",") ?? false,
    percent: unquoted.includes("%"),
  };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, pattern: string): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400_000));
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100, 2),
    mmmm: date.toLocaleString("en", { month: "long", timeZone: "UTC" }),
    mmm: date.toLocaleString("en", { month: "short", timeZone: "UTC" }),
    mm: pad(date.getUTCMonth() + 1, 2),
    m: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate(), 2),
    d: String(date.getUTCDate()),
    hh: pad(date.getUTCHours(), 2),
    h: String(date.getUTCHours()),
    ss: pad(date.getUTCSeconds(), 2),
  };
  let lastWasHour = false;
  return literalText(pattern).replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss/gi, (token) => {
    const lower = token.toLowerCase();
    if ((lower === "mm" || lower === "m") && lastWasHour) {
      lastWasHour = false;
      return pad(date.getUTCMinutes(), 2);
    }
    lastWasHour = lower === "hh" || lower === "h";
    return parts[lower] ?? token;
  });
}

function formatSection(value: number, section: Section, sign: string): string {
  if (section.date !== undefined) return formatDate(value, section.date);
  if (section.literal === true) return section.prefix;
  const scaled = section.percent ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(section.decimals);
  const [int = "0", frac] = fixed.split(".");
  const digits = section.grouping ? groupThousands(int) : int;
  const number = frac === undefined ? digits : `${digits}.${frac}`;
  return `${sign}${section.prefix}${number}${section.suffix}`.trim();
}

/**
 * A number shown in an Excel number format.
 *
 * @example
 * formatNumber(0.1234, "0.0%"); // "12.3%"
 * formatNumber(1234567.891, "#,##0"); // "1,234,568"
 * formatNumber(-1500, "[$€-413] #,##0.00"); // "-€ 1,500.00"
 * formatNumber(-1500, "#,##0;(#,##0)"); // "(1,500)"
 * formatNumber(45292, "yyyy-mm-dd"); // "2024-01-01"
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (format === undefined || format === "" || /^general$/i.test(format) || format === "@") return general(value);
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const positive = parseSection(sections[0] ?? "");
  if (value < 0 && sections.length >= 2) return formatSection(-value, parseSection(sections[1] ?? ""), "");
  if (value === 0 && sections.length >= 3) return formatSection(0, parseSection(sections[2] ?? ""), "");
  const rounded = Number(Math.abs(positive.percent ? value * 100 : value).toFixed(positive.decimals));
  return formatSection(value, positive, value < 0 && rounded !== 0 ? "-" : "");
}

/**
 * True when a format shows dates (so the number is a date serial).
 *
 * @example
 * isDateFormat("dd-mm-yyyy"); // true
 * isDateFormat("0.0%"); // false
 */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && parseSection(format.split(";")[0] ?? "").date !== undefined;
}

/**
 * A JavaScript date as an Excel serial number (days since 1899-12-30, UTC).
 *
 * @example
 * dateToSerial(new Date(Date.UTC(2024, 0, 1))); // 45292
 */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}
