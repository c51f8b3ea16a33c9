import fc from "fast-check";
import { foldPreservingOffsets } from "./fold";

describe("foldPreservingOffsets", () => {
  it("folds case, accents and Traditional Han, keeping the length (ß would grow, so it stays)", () => {
    expect(foldPreservingOffsets("Élan OpenAI 臉書 Straße")).toBe("elan openai 脸书 straße");
  });

  it("lowers ASCII and folds the rest one code point at a time, whatever the mix", () => {
    const text = fc.string({ unit: fc.constantFrom("A", "b", " ", "É", "ß", "İ", "臉", "’", "\uD83D\uDE00", "\uD800", "Ω"), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (left, right) => {
        const folded = foldPreservingOffsets(left + right);
        expect(folded).toHaveLength(left.length + right.length);
        expect(folded).toBe(foldPreservingOffsets(left) + foldPreservingOffsets(right));
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (ascii) => expect(foldPreservingOffsets(ascii)).toBe(ascii.toLowerCase())));
  });
});
