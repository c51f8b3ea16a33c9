import fc from "fast-check";
import { KeywordAutomaton } from "./automaton";

/** Every occurrence by brute force, in the order the automaton reports them: by end, then longest first. */
function naiveOccurrences(keywords: string[], text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  keywords.forEach((keyword, index) => {
    for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) found.push([at + keyword.length - 1, index]);
  });
  return found.sort(([endA, a], [endB, b]) => endA - endB || keywords[b].length - keywords[a].length);
}

function occurrences(keywords: string[], text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  new KeywordAutomaton(keywords).search(text, (last, keyword) => found.push([last, keyword]));
  return found;
}

describe("KeywordAutomaton", () => {
  it("finds overlapping and nested keywords, longest first at each end", () => {
    const keywords = ["he", "she", "his", "hers", "meta", "a"];
    expect(occurrences(keywords, "ushers meta")).toEqual([
      [3, 1],
      [3, 0],
      [5, 3],
      [10, 4],
      [10, 5],
    ]);
  });

  it("works on code units of any script, surrogate pairs included", () => {
    expect(occurrences(["汪滔", "滔", "😀x"], "汪滔😀x")).toEqual([
      [1, 0],
      [1, 1],
      [4, 2],
    ]);
  });

  it("reports what a brute-force search reports", () => {
    const alphabet = fc.constantFrom("a", "b", "c", "é", "汪", "\uD83D", "\uDE00");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }), (keywords, chars) => {
        const text = chars.join("");
        expect(occurrences(keywords, text)).toEqual(naiveOccurrences(keywords, text));
      }),
    );
  });
});
