/**
 * Days as integers (days since 1970-01-01, UTC) and the corpus's timeline: sources published from
 * 2016 to the end of 2025, more of them every year (the AI news volume grows).
 */
const MS_PER_DAY = 86_400_000;
export const TIMELINE_START = Date.UTC(2016, 0, 1) / MS_PER_DAY;
export const TIMELINE_END = Date.UTC(2025, 11, 31) / MS_PER_DAY;
const SPAN = TIMELINE_END - TIMELINE_START;

const isoCache = new Map<number, string>();
/** YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

export function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

/**
 * The publication day of source `index` of `count`: rising with the index (neighbouring sources
 * appear within days of each other, as several outlets report one story), denser towards the end.
 */
export function sourceDay(index: number, count: number): number {
  const position = (index + 0.5) / count;
  return TIMELINE_END - Math.floor(SPAN * (1 - position) ** 2);
}

export type Precision = "DAY" | "MONTH" | "QUARTER" | "HALF" | "YEAR";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface FuzzyDay {
  text: string;
  start: number;
  end: number;
  precision: Precision;
}

/** The period of the given precision around a day, with its English wording ("Q3 2024"). */
export function fuzzyDay(day: number, precision: Precision): FuzzyDay {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const period = (firstMonth: number, months: number, text: string): FuzzyDay => ({
    text,
    start: Date.UTC(year, firstMonth, 1) / MS_PER_DAY,
    end: Date.UTC(year, firstMonth + months, 0) / MS_PER_DAY,
    precision,
  });
  switch (precision) {
    case "DAY":
      return { text: `${date.getUTCDate()} ${MONTHS[month]} ${year}`, start: day, end: day, precision };
    case "MONTH":
      return period(month, 1, `${MONTHS[month]} ${year}`);
    case "QUARTER":
      return period(month - (month % 3), 3, `Q${Math.floor(month / 3) + 1} ${year}`);
    case "HALF":
      return period(month < 6 ? 0 : 6, 6, `H${month < 6 ? 1 : 2} ${year}`);
    case "YEAR":
      return period(0, 12, String(year));
  }
}
