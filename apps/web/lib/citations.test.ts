import { citationKeyAnchor, citationNumber, collectCitations, figureHref, groupConsecutiveValues } from "./citations";

const a = { quoteStart: 10, source: { id: "S1" } };
const b = { quoteStart: 99, source: { id: "S1" } };
const c = { quoteStart: 10, source: { id: "S2" } };

const event = {
  citations: [a, b],
  figures: [{ citations: [a] }, { citations: [c, b] }],
};

describe("collectCitations", () => {
  it("lists event citations first, then new figure citations, without duplicates", () => {
    expect(collectCitations(event)).toEqual([a, b, c]);
  });
});

describe("citationNumber", () => {
  it("is 1-based and matches by source and offset", () => {
    expect(citationNumber(event, { quoteStart: 99, source: { id: "S1" } })).toBe(2);
    expect(citationNumber(event, c)).toBe(3);
    expect(citationNumber(event, { quoteStart: 1, source: { id: "S9" } })).toBeNull();
  });
});

describe("figureHref", () => {
  it("links to the figure's first citation on the event page", () => {
    expect(figureHref("RXZlbnQ6Mg", [c, a])).toBe("/events/RXZlbnQ6Mg#cite-S2-10");
  });
  it("makes global IDs safe for anchors", () => {
    expect(citationKeyAnchor({ quoteStart: 5, source: { id: "U291=/+" } })).toBe("cite-U291___-5");
  });
  it("links to the event's figures when the figure has no citation", () => {
    expect(figureHref("a/b", [])).toBe("/events/a%2Fb#figures");
  });
});

describe("groupConsecutiveValues", () => {
  it("merges consecutive equal values and keeps later revisions apart", () => {
    const f = (value: number, valueMax: number | null = null) => ({ value, valueMax, unit: "USD" });
    const groups = groupConsecutiveValues([f(66e9, 72e9), f(70e9), f(70e9), f(70e9, 72e9), f(72e9), f(72e9), f(70e9)]);
    expect(groups.map((g) => g.length)).toEqual([1, 2, 1, 2, 1]);
  });
  it("handles an empty list", () => {
    expect(groupConsecutiveValues([])).toEqual([]);
  });
});
