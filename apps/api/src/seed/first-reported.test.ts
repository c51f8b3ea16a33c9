import fc from "fast-check";
import { parseFuzzyDate } from "../common/fuzzy-date";
import { firstReport, type CitingSource } from "./first-reported";

const day = (code: string) => parseFuzzyDate(code);

describe("firstReport", () => {
  it("takes the stated public date when a citing source says the fact was public earlier (July guidance, December article)", () => {
    const report = firstReport({
      sources: [
        { key: "tencent", published: day("2025-12-10") },
        { key: "ifanr", published: day("2025-12-11") },
      ],
      stated: { date: day("2025-07"), sourceKey: "ifanr", quote: "A luglio di quest'anno", basis: "the guidance stood in July" },
    });
    expect(report).toEqual({
      on: new Date("2025-07-31T00:00:00Z"),
      from: "STATED_DATE",
      sourceKey: "ifanr",
      quote: "A luglio di quest'anno",
      basis: "Public since July 2025, as ifanr states: the guidance stood in July",
    });
  });

  it("otherwise takes the earliest citing source, counted from the last day of a month-precise date", () => {
    const report = firstReport({
      sources: [
        { key: "b", published: day("2025-12-10") },
        { key: "a", published: day("2025-05") },
      ],
    });
    expect(report).toMatchObject({ on: new Date("2025-05-31T00:00:00Z"), from: "SOURCE_PUBLISHED", sourceKey: "a", quote: null });
  });

  it("ignores a stated date that is later than a source", () => {
    const report = firstReport({ sources: [{ key: "a", published: day("2025-06-01") }], stated: { date: day("2025-10"), sourceKey: "a", quote: "q" } });
    expect(report.from).toBe("SOURCE_PUBLISHED");
  });

  it("refuses a fact without any citing source", () => {
    expect(() => firstReport({ sources: [] })).toThrow(/at least one citing source/);
  });

  const codeArb = fc
    .tuple(fc.integer({ min: 2023, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }))
    .map(([year, month, dayOfMonth]) => `${year}-${String(month).padStart(2, "0")}${dayOfMonth ? `-${String(dayOfMonth).padStart(2, "0")}` : ""}`);
  const sourcesArb = fc.array(codeArb, { minLength: 1, maxLength: 5 }).map((codes) => codes.map((code, i): CitingSource => ({ key: `s${i}`, published: day(code) })));

  it("is the earliest of all candidates, one of them, never before a fact could be public, whatever their order", () => {
    fc.assert(
      fc.property(sourcesArb, fc.option(codeArb, { nil: undefined }), (sources, stated) => {
        const statement = stated ? { date: day(stated), sourceKey: "s0", quote: "q" } : null;
        const report = firstReport({ sources, stated: statement });
        const candidates = [...sources.map((s) => s.published.end), ...(statement ? [statement.date.end] : [])].map((d) => d.getTime());
        expect(report.on.getTime()).toBe(Math.min(...candidates));
        expect(firstReport({ sources: [...sources].reverse(), stated: statement }).on).toEqual(report.on);
      }),
    );
  });
});
