import { fuzzyDateLabel, fuzzyDateOriginal, isEnglishDateText, renderFuzzyDate } from "./fuzzyDate";

describe("isEnglishDateText", () => {
  it("recognises the API's English renderings", () => {
    for (const text of ["end of 2025", "Q1 2026", "December 2025", "autumn 2025", "2025", "H2 2025", "early 2026"]) {
      expect(isEnglishDateText(text)).toBe(true);
    }
  });
  it("rejects wording in other languages and ISO strings", () => {
    for (const text of ["primo trimestre del 2026", "今年夏天", "Lo scorso settembre", "2025年8月", "2025-06", "2025-12-11"]) {
      expect(isEnglishDateText(text)).toBe(false);
    }
  });
});

describe("renderFuzzyDate", () => {
  it("renders each precision", () => {
    expect(renderFuzzyDate({ text: "", start: "2025-12-11", precision: "DAY" })).toBe("11 Dec 2025");
    expect(renderFuzzyDate({ text: "", start: "2025-08-01", precision: "MONTH" })).toBe("August 2025");
    expect(renderFuzzyDate({ text: "", start: "2026-01-01", precision: "QUARTER" })).toBe("Q1 2026");
    expect(renderFuzzyDate({ text: "", start: "2025-07-01", precision: "HALF" })).toBe("H2 2025");
    expect(renderFuzzyDate({ text: "", start: "2025-06-01", precision: "SEASON" })).toBe("summer 2025");
    expect(renderFuzzyDate({ text: "", start: "2025-12-01", precision: "SEASON" })).toBe("winter 2025–26");
    expect(renderFuzzyDate({ text: "", start: "2025-01-01", precision: "YEAR" })).toBe("2025");
  });
  it("needs a start and a precision", () => {
    expect(renderFuzzyDate({ text: "x" })).toBeNull();
  });
});

describe("fuzzyDateLabel", () => {
  it("keeps English text and translates the rest", () => {
    expect(fuzzyDateLabel({ text: "end of 2025", start: "2025-09-01", precision: "SEASON" })).toBe("end of 2025");
    expect(fuzzyDateLabel({ text: "今年夏天", start: "2025-06-01", precision: "SEASON" })).toBe("summer 2025");
    expect(fuzzyDateLabel({ text: "2025-06", start: "2025-06-01", precision: "MONTH" })).toBe("June 2025");
    expect(fuzzyDateLabel({ text: "dichiarazione di luglio" })).toBe("dichiarazione di luglio");
  });
  it("offers the original wording when it differs", () => {
    expect(fuzzyDateOriginal({ text: "2025年8月", start: "2025-08-01", precision: "MONTH" })).toBe("2025年8月");
    expect(fuzzyDateOriginal({ text: "Q1 2026", start: "2026-01-01", precision: "QUARTER" })).toBeUndefined();
  });
});
