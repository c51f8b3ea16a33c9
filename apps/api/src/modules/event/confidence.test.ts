import { computeConfidence } from "./confidence";

describe("computeConfidence", () => {
  it("grows with independent sources, not with repeated quotes from one source", () => {
    const one = computeConfidence([{ sourceId: 1, stance: "SUPPORTS", attributed: false }]);
    const sameSourceTwice = computeConfidence([
      { sourceId: 1, stance: "SUPPORTS", attributed: false },
      { sourceId: 1, stance: "SUPPORTS", attributed: false },
    ]);
    const four = computeConfidence([1, 2, 3, 4].map((sourceId) => ({ sourceId, stance: "SUPPORTS" as const, attributed: false })));
    expect(one).toBe(0.5);
    expect(sameSourceTwice).toBe(0.5);
    expect(four).toBe(0.94);
  });

  it("weighs a report the article attributes to a named outlet higher", () => {
    expect(computeConfidence([{ sourceId: 1, stance: "SUPPORTS", attributed: true }])).toBe(0.6);
  });

  it("lowers confidence for each denying source", () => {
    const supported = [{ sourceId: 1, stance: "SUPPORTS" as const, attributed: true }];
    expect(computeConfidence([...supported, { sourceId: 1, stance: "DENIES", attributed: false }])).toBe(0.51);
  });

  it("is zero without support", () => {
    expect(computeConfidence([])).toBe(0);
  });
});
