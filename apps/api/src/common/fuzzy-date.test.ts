import fc from "fast-check";
import { describeFuzzyDate, parseFuzzyDate, periodEnd, periodStart, toIsoDay } from "./fuzzy-date";

const range = (code: string) => {
  const date = parseFuzzyDate(code);
  return [toIsoDay(date.start), toIsoDay(date.end), date.precision];
};

describe("parseFuzzyDate", () => {
  it.each([
    ["2025", "2025-01-01", "2025-12-31", "YEAR"],
    ["2025-H2", "2025-07-01", "2025-12-31", "HALF"],
    ["2026-Q1", "2026-01-01", "2026-03-31", "QUARTER"],
    ["2024-Q1", "2024-01-01", "2024-03-31", "QUARTER"],
    ["2025-autumn", "2025-09-01", "2025-11-30", "SEASON"],
    ["2025-winter", "2025-12-01", "2026-02-28", "SEASON"],
    ["2026-early", "2026-01-01", "2026-04-30", "SEASON"],
    ["2025-late", "2025-09-01", "2025-12-31", "SEASON"],
    ["2024-02", "2024-02-01", "2024-02-29", "MONTH"],
    ["2025-10-22", "2025-10-22", "2025-10-22", "DAY"],
  ])("%s spans %s to %s (%s)", (code, start, end, precision) => {
    expect(range(code)).toEqual([start, end, precision]);
  });

  it.each(["2025-13", "2025-02-30", "Q1 2026", "", "2025-Q5"])("rejects %p", (code) => {
    expect(() => parseFuzzyDate(code)).toThrow(/fuzzy date|month out of range|no such day/);
  });

  it("describes periods in English when the source gave no wording", () => {
    expect(describeFuzzyDate(parseFuzzyDate("2026-Q1"))).toBe("Q1 2026");
    expect(describeFuzzyDate(parseFuzzyDate("2025-late"))).toBe("end of 2025");
    expect(describeFuzzyDate(parseFuzzyDate("2025-10"))).toBe("October 2025");
  });

  it("always yields start ≤ end, and periodEnd/periodStart invert each other for calendar periods", () => {
    const code = fc.oneof(
      fc.integer({ min: 1990, max: 2100 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
    );
    fc.assert(
      fc.property(code, (value) => {
        const date = parseFuzzyDate(value);
        expect(date.start.getTime()).toBeLessThanOrEqual(date.end.getTime());
        expect(toIsoDay(periodEnd(date.start, date.precision))).toBe(toIsoDay(date.end));
        expect(toIsoDay(periodStart(date.end, date.precision))).toBe(toIsoDay(date.start));
      }),
    );
  });
});
