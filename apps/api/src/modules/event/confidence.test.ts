import fc from "fast-check";
import { assessEvidence, assessOverTime, CONFIRMED_FLOOR, evidenceOf, type CitationEvidence } from "./confidence";

const report = (origin: string, extra: Partial<CitationEvidence> = {}): CitationEvidence => ({
  sourceId: origin,
  origin,
  stance: "SUPPORTS",
  attributed: false,
  ...extra,
});

const citationArb: fc.Arbitrary<CitationEvidence> = fc.record({
  sourceId: fc.integer({ min: 1, max: 6 }),
  origin: fc.constantFrom("cnbc", "ifanr", "tencent-tech", "winbuzzer", "source:5"),
  stance: fc.constantFrom("SUPPORTS" as const, "DENIES" as const),
  attributed: fc.boolean(),
  official: fc.boolean(),
  publisherKnown: fc.boolean(),
});
const citationsArb = fc.array(citationArb, { maxLength: 8 });

describe("assessEvidence: examples", () => {
  it("counts independent origins, not repeated quotes", () => {
    expect(assessEvidence([report("ifanr")])).toMatchObject({ confidence: 0.5, status: "REPORTED", supportingOrigins: 1 });
    expect(assessEvidence([report("ifanr"), report("ifanr")])).toMatchObject({ confidence: 0.5, status: "REPORTED" });
    expect(assessEvidence(["a", "b", "c", "d"].map((origin) => report(origin)))).toMatchObject({ confidence: 0.94, status: "CONFIRMED" });
  });

  it("confirms with two independent origins or one checkable official statement", () => {
    expect(assessEvidence([report("ifanr"), report("tencent-tech")])).toMatchObject({ confidence: 0.75, status: "CONFIRMED" });
    expect(assessEvidence([report("ifanr", { official: true })])).toMatchObject({ confidence: 0.9, status: "CONFIRMED", officiallyStated: true });
  });

  it("does not confirm an official statement relayed by an unidentified publisher (the Llama-authors article)", () => {
    const relayed = report("source:llama-authors-exodus", { official: true, publisherKnown: false });
    expect(assessEvidence([relayed, relayed])).toMatchObject({ confidence: 0.5, status: "REPORTED", officiallyStated: false });
  });

  it("weighs a report attributed to a named outlet higher, and two articles relaying one outlet as one origin", () => {
    expect(assessEvidence([report("cnbc", { attributed: true })]).confidence).toBe(0.6);
    const viaTwoArticles = [report("cnbc", { sourceId: 1, attributed: true }), report("cnbc", { sourceId: 2, attributed: true })];
    expect(assessEvidence(viaTwoArticles)).toMatchObject({ supportingOrigins: 1, status: "REPORTED" });
  });

  it("disputes a supported fact that someone denies, more so when the denial is official", () => {
    const supported = [report("cnbc", { attributed: true }), report("tencent-tech")];
    expect(assessEvidence([...supported, report("ifanr", { stance: "DENIES" })])).toMatchObject({ confidence: 0.68, status: "DISPUTED" });
    expect(assessEvidence([...supported, report("ifanr", { stance: "DENIES", official: true })])).toMatchObject({ confidence: 0.56, status: "DISPUTED" });
  });

  it("denies what only denials speak of, and is zero without support", () => {
    expect(assessEvidence([report("meta", { stance: "DENIES", official: true })])).toMatchObject({ confidence: 0, status: "DENIED" });
    expect(assessEvidence([])).toMatchObject({ confidence: 0, status: "REPORTED" });
  });

  it("defaults the origin to the article when none is given (ingestion's call)", () => {
    expect(
      assessEvidence([
        { sourceId: 1, stance: "SUPPORTS", attributed: false },
        { sourceId: 2, stance: "SUPPORTS", attributed: false },
      ]).confidence,
    ).toBe(0.75);
  });
});

describe("assessEvidence: properties", () => {
  it("stays in [0, 1] with two decimals, and does not depend on the order of citations", () => {
    fc.assert(
      fc.property(citationsArb, fc.integer(), (citations, seed) => {
        const result = assessEvidence(citations);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(Math.round(result.confidence * 100) / 100).toBe(result.confidence);
        const shuffled = [...citations].sort((a, b) => ((citations.indexOf(a) * 7919 + seed) % 13) - ((citations.indexOf(b) * 7919 + seed) % 13));
        expect(assessEvidence(shuffled)).toEqual(result);
      }),
    );
  });

  it("is unchanged by repeating a citation", () => {
    fc.assert(
      fc.property(citationsArb, fc.nat(), (citations, pick) => {
        fc.pre(citations.length > 0);
        const repeated = [...citations, citations[pick % citations.length]];
        expect(assessEvidence(repeated)).toEqual(assessEvidence(citations));
      }),
    );
  });

  it("never loses confidence from a new supporting origin, never gains from a denial", () => {
    fc.assert(
      fc.property(citationsArb, citationArb, (citations, extra) => {
        const before = assessEvidence(citations).confidence;
        const freshOrigin = { ...extra, origin: "a-new-origin", sourceId: 99 };
        const after = assessEvidence([...citations, freshOrigin]).confidence;
        if (extra.stance === "SUPPORTS") expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it("keeps status and confidence consistent: CONFIRMED ≥ 0.75 > 0.6 ≥ REPORTED; disputed only with a denial", () => {
    fc.assert(
      fc.property(citationsArb, (citations) => {
        const { status, confidence, supportingOrigins, denyingOrigins, officiallyStated } = assessEvidence(citations);
        if (status === "CONFIRMED") {
          expect(confidence).toBeGreaterThanOrEqual(CONFIRMED_FLOOR);
          expect(supportingOrigins >= 2 || officiallyStated).toBe(true);
        }
        if (status === "REPORTED") expect(confidence).toBeLessThanOrEqual(0.6);
        expect(status === "DISPUTED").toBe(supportingOrigins > 0 && denyingOrigins > 0);
        expect(status === "DENIED").toBe(supportingOrigins === 0 && denyingOrigins > 0);
      }),
    );
  });
});

describe("evidenceOf: where each piece of evidence comes from", () => {
  it("credits the attributed outlet, relays it for the article's other quotes, else the publisher, else the article", () => {
    const evidence = evidenceOf([
      { source: "a", stance: "SUPPORTS", attributedTo: "cnbc", official: false, publisher: "ifanr" },
      { source: "a", stance: "SUPPORTS", attributedTo: null, official: false, publisher: "ifanr" },
      { source: "b", stance: "SUPPORTS", attributedTo: null, official: false, publisher: "tencent-tech" },
      { source: "c", stance: "SUPPORTS", attributedTo: null, official: true, publisher: null },
    ]);
    expect(evidence.map((e) => [e.origin, e.attributed, e.publisherKnown])).toEqual([
      ["outlet:cnbc", true, true],
      ["outlet:cnbc", true, true],
      ["publisher:tencent-tech", false, true],
      ["source:c", false, false],
    ]);
  });
});

describe("assessOverTime: status and confidence as they stood", () => {
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));
  const datedArb = fc.array(fc.record({ evidence: citationArb, day: fc.integer({ min: 0, max: 20 }).map(day) }), { minLength: 1, maxLength: 8 });

  it("one assessment per source day, each from the citations public by then, the last from all of them", () => {
    fc.assert(
      fc.property(datedArb, fc.integer({ min: 0, max: 20 }).map(day), (cited, stated) => {
        const history = assessOverTime(cited, stated);
        const days = [...new Set(cited.map((c) => c.day.getTime()))].sort((a, b) => a - b);
        expect(history).toHaveLength(days.length);
        expect(history.slice(1).map((h) => h.fromDay.getTime())).toEqual(days.slice(1));
        // The first holds from the earlier of the stated day and the earliest source.
        expect(history[0].fromDay.getTime()).toBe(Math.min(days[0], stated.getTime()));
        for (const [index, assessment] of history.entries()) {
          const { status, confidence } = assessEvidence(cited.filter((c) => c.day.getTime() <= days[index]).map((c) => c.evidence));
          expect(assessment).toMatchObject({ status, confidence });
        }
        const all = assessEvidence(cited.map((c) => c.evidence));
        expect(history[history.length - 1]).toMatchObject({ status: all.status, confidence: all.confidence });
      }),
    );
  });
});
