import { highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("returns the whole text when nothing is highlighted", () => {
    expect(highlightSegments("abc", [])).toEqual([{ text: "abc", highlighted: false, ids: [] }]);
  });

  it("splits around ranges and keeps their ids", () => {
    const segments = highlightSegments("Meta delays Avocado", [{ start: 12, length: 7, id: "c1" }]);
    expect(segments).toEqual([
      { text: "Meta delays ", highlighted: false, ids: [] },
      { text: "Avocado", highlighted: true, ids: ["c1"] },
    ]);
  });

  it("merges overlapping ranges and clips to the text", () => {
    const segments = highlightSegments("0123456789", [
      { start: 2, length: 3, id: "a" },
      { start: 4, length: 3, id: "b" },
      { start: 8, length: 10 },
    ]);
    expect(segments.map((s) => [s.text, s.highlighted])).toEqual([
      ["01", false],
      ["23456", true],
      ["7", false],
      ["89", true],
    ]);
    expect(segments[1].ids).toEqual(["a", "b"]);
  });

  it("handles CJK text by UTF-16 offsets", () => {
    const segments = highlightSegments("据报道，汪滔加入Meta", [{ start: 4, length: 2 }]);
    expect(segments[1]).toEqual({ text: "汪滔", highlighted: true, ids: [] });
  });
});
