// The knowledge base's fuzzy dates (prisma/kb/FORMAT.md) built from a year, month, day, quarter, half or season.
import type { FuzzyDate } from "./types";

export type Season = "spring" | "summer" | "autumn" | "winter";

export const pad = (n: number) => String(n).padStart(2, "0");
export const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function dayDate(year: number, month: number, day: number): FuzzyDate {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { start: iso, end: iso, precision: "DAY", fuzzy: iso };
}
export function monthDate(year: number, month: number): FuzzyDate {
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`, precision: "MONTH", fuzzy: `${year}-${pad(month)}` };
}
export function quarterDate(year: number, quarter: number): FuzzyDate {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(firstMonth + 2)}-${pad(lastDayOfMonth(year, firstMonth + 2))}`,
    precision: "QUARTER",
    fuzzy: `${year}-Q${quarter}`,
  };
}
export function halfDate(year: number, half: number): FuzzyDate {
  return half === 1
    ? { start: `${year}-01-01`, end: `${year}-06-30`, precision: "HALF", fuzzy: `${year}-H1` }
    : { start: `${year}-07-01`, end: `${year}-12-31`, precision: "HALF", fuzzy: `${year}-H2` };
}
/** Northern-hemisphere seasons, as in the knowledge base: winter runs from December into the next year. */
export function seasonDate(year: number, season: Season): FuzzyDate {
  const ranges: Record<Season, [string, string]> = {
    spring: [`${year}-03-01`, `${year}-05-31`],
    summer: [`${year}-06-01`, `${year}-08-31`],
    autumn: [`${year}-09-01`, `${year}-11-30`],
    winter: [`${year}-12-01`, `${year + 1}-02-${pad(lastDayOfMonth(year + 1, 2))}`],
  };
  return { start: ranges[season][0], end: ranges[season][1], precision: "SEASON", fuzzy: `${year}-${season}` };
}
/** "Early 2026" / "end of 2025": the first or last four months, read as a season-sized period. */
export function yearPartDate(year: number, part: "early" | "late"): FuzzyDate {
  return part === "early"
    ? { start: `${year}-01-01`, end: `${year}-04-30`, precision: "SEASON", fuzzy: `${year}-early` }
    : { start: `${year}-09-01`, end: `${year}-12-31`, precision: "SEASON", fuzzy: `${year}-late` };
}
export function yearDate(year: number): FuzzyDate {
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR", fuzzy: String(year) };
}

/** Whole months from one to another (a Japanese fiscal period "2026年3月期", "the first ten months of the year"). */
export function monthRangeDate(fromYear: number, fromMonth: number, toYear: number, toMonth: number): FuzzyDate {
  return { ...monthDate(fromYear, fromMonth), end: monthDate(toYear, toMonth).end };
}
/** Whole years from one to another ("between 2023 and 2029", "the next decade"). */
export function yearRangeDate(fromYear: number, toYear: number): FuzzyDate {
  return { ...yearDate(fromYear), end: `${toYear}-12-31` };
}
