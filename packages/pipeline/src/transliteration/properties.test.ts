import fc from "fast-check";
import { convert as hangulRomanization } from "hangul-romanization";
import { toRomaji } from "wanakana";
import { buildTransliterationIndex, latinKey, romanizeHangul, romanizeKatakana, romanizedKey } from ".";
import { keyDistance, skeleton } from "./phonetic";

const CONSONANTS = ["k", "g", "s", "z", "t", "d", "n", "m", "b", "p", "r"] as const;
const VOWELS = ["a", "i", "e", "o"] as const;
type Consonant = (typeof CONSONANTS)[number];
type Vowel = (typeof VOWELS)[number];

// Our own katakana and Hangul spelling of a consonant-vowel syllable, as a loanword would write it.
// prettier-ignore
const KATAKANA: Record<Consonant, Record<Vowel, string>> = {
  k: { a: "カ", i: "キ", e: "ケ", o: "コ" }, g: { a: "ガ", i: "ギ", e: "ゲ", o: "ゴ" }, s: { a: "サ", i: "スィ", e: "セ", o: "ソ" },
  z: { a: "ザ", i: "ズィ", e: "ゼ", o: "ゾ" }, t: { a: "タ", i: "ティ", e: "テ", o: "ト" }, d: { a: "ダ", i: "ディ", e: "デ", o: "ド" },
  n: { a: "ナ", i: "ニ", e: "ネ", o: "ノ" }, m: { a: "マ", i: "ミ", e: "メ", o: "モ" }, b: { a: "バ", i: "ビ", e: "ベ", o: "ボ" },
  p: { a: "パ", i: "ピ", e: "ペ", o: "ポ" }, r: { a: "ラ", i: "リ", e: "レ", o: "ロ" },
};
const HANGUL_INITIAL: Record<Consonant, number> = { k: 15, g: 0, s: 9, z: 12, t: 16, d: 3, n: 2, m: 6, b: 7, p: 17, r: 5 };
const HANGUL_MEDIAL: Record<Vowel, number> = { a: 0, i: 20, e: 5, o: 8 };
const hangulSyllable = (consonant: Consonant, vowel: Vowel) => String.fromCharCode(0xac00 + HANGUL_INITIAL[consonant] * 588 + HANGUL_MEDIAL[vowel] * 28);

/**
 * Names of three to six consonant-vowel syllables. English spelling reads some of them otherwise than a loanword
 * would (soft g in "gi", a silent final e), and Japanese drops the o of "to" before a consonant, so those are left out.
 */
const syllable = fc.tuple(fc.constantFrom(...CONSONANTS), fc.constantFrom(...VOWELS)).filter(([c, v]) => !(c === "g" && (v === "i" || v === "e")));
const latinName = fc
  .array(syllable, { minLength: 3, maxLength: 6 })
  .filter((syllables) => syllables[syllables.length - 1][1] !== "e" && syllables.every(([c, v]) => !((c === "t" || c === "d") && v === "o")));
const spell = (syllables: Array<[Consonant, Vowel]>) => syllables.map(([c, v]) => c + v).join("");
const capitalized = (name: string) => name[0].toUpperCase() + name.slice(1);

describe("phonetic key properties", () => {
  it("is the same when l and r are swapped in a romanisation", () => {
    const swapped = (word: string) => word.replace(/[lr]/g, (letter) => (letter === "l" ? "r" : "l"));
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,16}$/), (word) => romanizedKey(word) === romanizedKey(swapped(word))));
  });

  it("keeps its consonant skeleton whatever the vowels, and costs at most half a consonant per vowel changed", () => {
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(...VOWELS), { minLength: 8, maxLength: 8 }), (syllables, vowels) => {
        const changed = syllables.map(([c], i): [Consonant, Vowel] => [c, vowels[i]]);
        const [a, b] = [romanizedKey(spell(syllables)), romanizedKey(spell(changed))];
        return skeleton(a) === skeleton(b) && keyDistance(a, b) <= 0.5 * syllables.length;
      }),
    );
  });

  it("agrees with wanakana's romaji and the hangul-romanization package on every key", () => {
    // Our tables drop the script's epenthetic vowels, which the packages keep; the skeleton is what must agree.
    const katakanaWord = fc.array(syllable, { minLength: 1, maxLength: 6 }).map((syllables) => syllables.map(([c, v]) => KATAKANA[c][v]).join(""));
    fc.assert(fc.property(katakanaWord, (word) => skeleton(romanizedKey(romanizeKatakana(word))) === skeleton(romanizedKey(toRomaji(word)))));
    const hangulWord = fc.array(syllable, { minLength: 1, maxLength: 6 }).map((syllables) => syllables.map(([c, v]) => hangulSyllable(c, v)).join(""));
    fc.assert(fc.property(hangulWord, (word) => skeleton(romanizedKey(romanizeHangul(word))) === skeleton(romanizedKey(hangulRomanization(word).replace(/eo/g, "o")))));
  });
});

describe("transliteration index properties", () => {
  it("maps a Latin name written in katakana or Hangul back to itself", () => {
    fc.assert(
      fc.property(latinName, (syllables) => {
        const name = capitalized(spell(syllables));
        const index = buildTransliterationIndex([{ entityId: 1, slug: "generated", name, language: "en", kind: "name" }]);
        const katakana = syllables.map(([c, v]) => KATAKANA[c][v]).join("");
        const hangul = syllables.map(([c, v]) => hangulSyllable(c, v)).join("");
        return (
          index.lookup({ key: romanizedKey(romanizeKatakana(katakana)), parts: 1 })?.slug === "generated" &&
          index.lookup({ key: romanizedKey(romanizeHangul(hangul)), parts: 1 })?.slug === "generated"
        );
      }),
    );
  });

  it("never links a name whose consonants differ from the known one's in two places or more", () => {
    fc.assert(
      fc.property(latinName, latinName, (known, other) => {
        const [a, b] = [skeleton(latinKey(spell(known))), skeleton(latinKey(spell(other)))];
        const positionsDiffering = [...a].filter((sound, i) => b[i] !== sound).length + Math.abs(a.length - b.length);
        fc.pre(positionsDiffering >= 2 && a.length === b.length);
        const index = buildTransliterationIndex([{ entityId: 1, slug: "known", name: capitalized(spell(known)), language: "en", kind: "name" }]);
        const katakana = other.map(([c, v]) => KATAKANA[c][v]).join("");
        return index.lookup({ key: romanizedKey(romanizeKatakana(katakana)), parts: 1 }) === undefined;
      }),
    );
  });
});
