import { layeredSegments } from "./highlight";

const text = "Meta delays Avocado to 2026, said Alexandr Wang.";

describe("layeredSegments", () => {
  it("returns the whole text when there is nothing to show", () => {
    expect(layeredSegments("abc", [], [])).toEqual([{ text: "abc", passage: null, anchors: [], mention: null }]);
  });

  it("cuts at both layers and tells each piece its passage and mention", () => {
    const segments = layeredSegments(
      text,
      [{ start: 0, end: 27, id: "q-0" }],
      [
        { start: 0, end: 4, mention: "meta" },
        { start: 12, end: 19, mention: "avocado" },
        { start: 34, end: 47, mention: "alexandr-wang" },
      ],
    );
    expect(segments).toEqual([
      { text: "Meta", passage: "q-0", anchors: ["q-0"], mention: "meta" },
      { text: " delays ", passage: "q-0", anchors: [], mention: null },
      { text: "Avocado", passage: "q-0", anchors: [], mention: "avocado" },
      { text: " to 2026", passage: "q-0", anchors: [], mention: null },
      { text: ", said ", passage: null, anchors: [], mention: null },
      { text: "Alexandr Wang", passage: null, anchors: [], mention: "alexandr-wang" },
      { text: ".", passage: null, anchors: [], mention: null },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("merges overlapping passages under the first anchor and keeps every anchor", () => {
    const segments = layeredSegments(
      "0123456789",
      [
        { start: 2, end: 5, id: "a" },
        { start: 4, end: 7, id: "b" },
        { start: 8, end: 20, id: "c" },
      ],
      [],
    );
    expect(segments).toEqual([
      { text: "01", passage: null, anchors: [], mention: null },
      { text: "23456", passage: "a", anchors: ["a", "b"], mention: null },
      { text: "7", passage: null, anchors: [], mention: null },
      { text: "89", passage: "c", anchors: ["c"], mention: null },
    ]);
  });

  it("splits a mention that crosses a passage edge and drops overlapping mentions", () => {
    const segments = layeredSegments(
      "abcdefgh",
      [{ start: 0, end: 4, id: "q" }],
      [
        { start: 2, end: 6, mention: 1 },
        { start: 3, end: 5, mention: 2 },
      ],
    );
    expect(segments.filter((s) => s.mention !== null).map((s) => [s.text, s.passage, s.mention])).toEqual([
      ["cd", "q", 1],
      ["ef", null, 1],
    ]);
  });

  it("works on Han text (UTF-16 offsets)", () => {
    const han = "据报道，汪滔加入了Meta。";
    const segments = layeredSegments(han, [], [{ start: 4, end: 6, mention: "alexandr-wang" }]);
    expect(segments[1]).toEqual({ text: "汪滔", passage: null, anchors: [], mention: "alexandr-wang" });
  });
});
