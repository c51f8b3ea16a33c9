/**
 * Fuzzy dates: "2025", "2025-H2", "2025-Q1", "2025-autumn", "2025-early", "2025-late", "2025-10",
 * "2025-10-22". Each resolves to an inclusive [start, end] day range and a precision, so that
 * "Q1 2026" and "end of 2025" can be ordered, filtered and compared with exact dates.
 */
export type DatePrecision = "DAY" | "MONTH" | "SEASON" | "QUARTER" | "HALF" | "YEAR";

export interface FuzzyDate {
  /** The normalized code, e.g. "2026-Q1". */
  code: string;
  start: Date;
  end: Date;
  precision: DatePrecision;
}

const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
/** Last day of the month `monthIndex` (0-based; may overflow into the next year). */
const endOfMonth = (year: number, monthIndex: number) => utc(year, monthIndex + 1, 0);

const SEASONS: Record<string, [number, number]> = {
  spring: [2, 4],
  summer: [5, 7],
  autumn: [8, 10],
  winter: [11, 13],
};

export class FuzzyDateError extends Error {}

export function parseFuzzyDate(input: string | number): FuzzyDate {
  const code = String(input).trim();
  let match: RegExpMatchArray | null;
  const range = (start: Date, end: Date, precision: DatePrecision): FuzzyDate => ({ code, start, end, precision });
  if ((match = code.match(/^(\d{4})$/))) {
    const year = Number(match[1]);
    return range(utc(year, 0, 1), utc(year, 11, 31), "YEAR");
  }
  if ((match = code.match(/^(\d{4})-H([12])$/))) {
    const year = Number(match[1]);
    const first = match[2] === "1" ? 0 : 6;
    return range(utc(year, first, 1), endOfMonth(year, first + 5), "HALF");
  }
  if ((match = code.match(/^(\d{4})-Q([1-4])$/))) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3;
    return range(utc(year, first, 1), endOfMonth(year, first + 2), "QUARTER");
  }
  if ((match = code.match(/^(\d{4})-(spring|summer|autumn|winter)$/))) {
    const year = Number(match[1]);
    const [first, last] = SEASONS[match[2]];
    return range(utc(year, first, 1), endOfMonth(year, last), "SEASON");
  }
  if ((match = code.match(/^(\d{4})-(early|late)$/))) {
    const year = Number(match[1]);
    return match[2] === "early" ? range(utc(year, 0, 1), endOfMonth(year, 3), "SEASON") : range(utc(year, 8, 1), utc(year, 11, 31), "SEASON");
  }
  if ((match = code.match(/^(\d{4})-(\d{2})$/))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) throw new FuzzyDateError(`month out of range in "${code}"`);
    return range(utc(year, month - 1, 1), endOfMonth(year, month - 1), "MONTH");
  }
  if ((match = code.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const date = utc(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (date.toISOString().slice(0, 10) !== code) throw new FuzzyDateError(`no such day "${code}"`);
    return range(date, date, "DAY");
  }
  throw new FuzzyDateError(`"${code}" is not a fuzzy date (expected YYYY, YYYY-H1, YYYY-Q3, YYYY-autumn, YYYY-early, YYYY-late, YYYY-MM or YYYY-MM-DD)`);
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** English wording of a fuzzy date, used when the source gave none. */
export function describeFuzzyDate(date: Pick<FuzzyDate, "start" | "precision" | "end">): string {
  const year = date.start.getUTCFullYear();
  const month = MONTH_NAMES[date.start.getUTCMonth()];
  switch (date.precision) {
    case "DAY":
      return date.start.toISOString().slice(0, 10);
    case "MONTH":
      return `${month} ${year}`;
    case "QUARTER":
      return `Q${Math.floor(date.start.getUTCMonth() / 3) + 1} ${year}`;
    case "HALF":
      return `H${date.start.getUTCMonth() < 6 ? 1 : 2} ${year}`;
    case "YEAR":
      return String(year);
    case "SEASON": {
      const first = date.start.getUTCMonth();
      const last = date.end.getUTCMonth();
      if (first === 0 && last === 3) return `early ${year}`;
      if (first === 8 && last === 11) return `end of ${year}`;
      const season = Object.entries(SEASONS).find(([, [from]]) => from === first)?.[0] ?? "season";
      return `${season} ${year}`;
    }
  }
}

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTHS_SPANNED: Record<DatePrecision, number> = { DAY: 0, MONTH: 1, SEASON: 3, QUARTER: 3, HALF: 6, YEAR: 12 };

/** The period's last day from its first day (seasons are taken as three months). */
export function periodEnd(start: Date, precision: DatePrecision): Date {
  if (precision === "DAY") return start;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + MONTHS_SPANNED[precision], 0));
}

/** The period's first day from its last day (seasons are taken as three months). */
export function periodStart(end: Date, precision: DatePrecision): Date {
  if (precision === "DAY") return end;
  return new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1 - MONTHS_SPANNED[precision], 1));
}
