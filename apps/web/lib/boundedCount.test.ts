import { countInAll, countOf } from "./boundedCount";

describe("countOf", () => {
  it("reads an exact count as plural does, and a stopped one as at least that many", () => {
    expect(countOf({ value: 1, exact: true }, "event", "events")).toBe("1 event");
    expect(countOf({ value: 65, exact: true }, "event", "events")).toBe("65 events");
    expect(countOf({ value: 10_000, exact: false }, "event", "events")).toBe("10,000+ events");
    expect(countOf({ value: 1, exact: false }, "event", "events")).toBe("1+ events");
  });
});

describe("countInAll", () => {
  it("says 'in all' only of an exact count, and 'over' of one that stopped", () => {
    expect(countInAll({ value: 1_210, exact: true })).toBe("1,210 in all");
    expect(countInAll({ value: 0, exact: true })).toBe("0 in all");
    expect(countInAll({ value: 10_000, exact: false })).toBe("over 10,000");
  });
});
