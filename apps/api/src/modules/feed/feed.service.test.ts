import { matchesFeedFilter } from "./feed.service";

describe("feed filters", () => {
  const event = { type: "HIRE", confidence: 0.6, participantSlugs: ["meta", "mark-chen"] };

  it("match everything when empty", () => {
    expect(matchesFeedFilter(null, event)).toBe(true);
    expect(matchesFeedFilter({}, event)).toBe(true);
    expect(matchesFeedFilter({ types: [], entities: [] }, event)).toBe(true);
  });

  it("need every condition: a listed type, any listed entity, enough confidence", () => {
    expect(matchesFeedFilter({ types: ["HIRE", "LAYOFF"] }, event)).toBe(true);
    expect(matchesFeedFilter({ types: ["LAYOFF"] }, event)).toBe(false);
    expect(matchesFeedFilter({ entities: ["openai", "mark-chen"] }, event)).toBe(true);
    expect(matchesFeedFilter({ entities: ["openai"] }, event)).toBe(false);
    expect(matchesFeedFilter({ minConfidence: 0.6 }, event)).toBe(true);
    expect(matchesFeedFilter({ minConfidence: 0.61 }, event)).toBe(false);
    expect(matchesFeedFilter({ types: ["HIRE"], entities: ["meta"], minConfidence: 0.9 }, event)).toBe(false);
  });
});
