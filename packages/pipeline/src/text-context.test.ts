import fc from "fast-check";
import { adjacentWord, isSentenceInitial } from "./text-context";

// The first formulation, with regular expressions over the whole prefix: what walking from the span must agree with.
function adjacentWordByPrefix(text: string, index: number, direction: -1 | 1): string | undefined {
  let i = index;
  const step = () => (direction === -1 ? text[i - 1] : text[i]);
  let sawSpace = false;
  while (step() === " ") {
    sawSpace = true;
    i += direction;
  }
  if (!sawSpace) return undefined;
  const match = direction === -1 ? /[\p{L}\p{N}]+$/u.exec(text.slice(0, i)) : /^[\p{L}\p{N}]+/u.exec(text.slice(i));
  return match?.[0];
}

function isSentenceInitialByPrefix(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s"“‘'«(]+$/u, "");
  return before === "" || /\n$/.test(text.slice(0, start).replace(/[ \t"“‘'«(]+$/u, "")) || /[.!?。！？…:]/u.test(before[before.length - 1]);
}

const textAndIndex = fc
  .string({
    unit: fc.constantFrom("a", "Z", "7", " ", "\t", "\n", ".", "!", "。", ":", "(", "«", '"', "“", "'", "-", "é", "汪", "\uD835\uDC00", "\uD800", "\u00A0"),
    maxLength: 30,
  })
  .chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length })));

describe("text context read in place", () => {
  it("finds the word next to a span as the prefix regex did", () => {
    fc.assert(
      fc.property(textAndIndex, fc.constantFrom(-1 as const, 1 as const), ([text, index], direction) => {
        expect(adjacentWord(text, index, direction)).toBe(adjacentWordByPrefix(text, index, direction));
      }),
      { numRuns: 3000 },
    );
    expect(adjacentWord("la divisione Fair", 13, -1)).toBe("divisione");
  });

  it("tells a sentence start as the prefix regex did", () => {
    fc.assert(
      fc.property(textAndIndex, ([text, start]) => expect(isSentenceInitial(text, start)).toBe(isSentenceInitialByPrefix(text, start))),
      { numRuns: 3000 },
    );
    expect(isSentenceInitial("Fine. « Fair", 8)).toBe(true);
    expect(isSentenceInitial("la ( Fair", 5)).toBe(false);
  });
});
