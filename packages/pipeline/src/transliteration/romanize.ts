import { HAN_PINYIN } from "./han-pinyin";
import { soundClasses } from "./phonetic";

/**
 * Romanisers for the three scripts that write foreign names by sound, each dropping the vowels that only
 * exist because the script cannot end a syllable on a consonant (Japanese ス of "st", Korean 스, Chinese 斯):
 * a Latin cluster has no vowel there, so keeping them would make every cluster look like a different name.
 * They work mora by mora (syllable by syllable) from tables, not through general-purpose converters: the stage
 * runs on every unlinked katakana and Hangul word of a document, and wanakana takes ~80 µs per word.
 */

interface Mora {
  consonant: string;
  vowel: string;
}

// Hepburn-style romaji of the katakana syllabary; small kana and ン, ッ, ー are handled in katakanaMorae.
// prettier-ignore
const KATAKANA_ROWS: Array<[string, string]> = [
  ["", "アイウエオ"],
  ["k", "カキクケコ"], ["g", "ガギグゲゴ"], ["s", "サシスセソ"], ["z", "ザジズゼゾ"],
  ["t", "タチツテト"], ["d", "ダヂヅデド"], ["n", "ナニヌネノ"], ["h", "ハヒフヘホ"],
  ["b", "バビブベボ"], ["p", "パピプペポ"], ["m", "マミムメモ"], ["r", "ラリルレロ"],
  ["y", "ヤ_ユ_ヨ"], ["w", "ワヰ_ヱヲ"],
];
const VOWELS = ["a", "i", "u", "e", "o"];
/** Where Hepburn spells a consonant differently before a vowel (shi, chi, tsu, fu, ji). */
const HEPBURN: Readonly<Record<string, string>> = { シ: "sh", チ: "ch", ツ: "ts", フ: "f", ジ: "j", ヂ: "j", ヅ: "z", ヲ: "" };
const KATAKANA = new Map<string, Mora>();
for (const [consonant, row] of KATAKANA_ROWS)
  [...row].forEach((kana, index) => {
    if (kana !== "_" && !KATAKANA.has(kana)) KATAKANA.set(kana, { consonant: HEPBURN[kana] ?? consonant, vowel: VOWELS[index] });
  });
KATAKANA.set("ヴ", { consonant: "v", vowel: "u" });
/** Small kana replace the vowel of the mora before them (ティ ti, ファ fa, キャ kya). */
const SMALL: Readonly<Record<string, string>> = { ァ: "a", ィ: "i", ゥ: "u", ェ: "e", ォ: "o", ャ: "ya", ュ: "yu", ョ: "yo", ヮ: "wa" };

function katakanaMorae(word: string): Mora[] {
  const morae: Mora[] = [];
  for (const kana of word) {
    const last = morae[morae.length - 1];
    if (SMALL[kana] !== undefined) {
      // シュ is "shu", not "shyu": the y of ャュョ is already in sh, ch and j.
      if (last && last.vowel !== "") last.vowel = /^(?:sh|ch|j)$/.test(last.consonant) ? SMALL[kana].replace("y", "") : SMALL[kana];
      else morae.push({ consonant: "", vowel: SMALL[kana] });
    } else if (kana === "ン") morae.push({ consonant: "n", vowel: "" });
    // ッ is kept as an empty mora: the vowel before a doubled consonant is a real one (ブック is "book").
    else if (kana === "ッ") morae.push({ consonant: "", vowel: "" });
    else if (kana === "ー" && last) last.vowel += last.vowel.slice(-1);
    else {
      const mora = KATAKANA.get(kana);
      if (mora) morae.push({ ...mora });
    }
  }
  return morae;
}

/** A mora that a vowel opens (or ン, ッ) continues the one before; one that a consonant opens starts a new syllable. */
const opensWithConsonant = (mora: Mora | undefined) => mora === undefined || (mora.consonant !== "" && mora.vowel !== "");

/** Katakana to romaji without the epenthetic u (ス of "st", グ of "-g") and o after t or d (ト of "-t"); ə for a u before ン. */
export function romanizeKatakana(word: string): string {
  const morae = katakanaMorae(word);
  return morae
    .map((mora, index) => {
      const epenthetic = mora.consonant !== "" && (mora.vowel === "u" || (mora.vowel === "o" && /^[td]$/.test(mora.consonant)));
      const next = morae[index + 1];
      // Between two consonants of one class the vowel stays (ドタ is not "dta", which would read as one t), and where
      // leaving it out would spell a digraph (トサ is not "tsa", スハ not "sha").
      const joinable =
        next === undefined || (soundClasses(next.consonant) !== soundClasses(mora.consonant) && !/^(?:ts|sh|ch)$/.test(mora.consonant.slice(-1) + next.consonant[0]));
      if (epenthetic && opensWithConsonant(next) && joinable) return mora.consonant;
      // ウン/プン/ルン… write an English reduced vowel before n (オープン "open"), as Korean 픈 does with eu.
      return mora.consonant + (mora.vowel === "u" && next?.consonant === "n" && next.vowel === "" ? "ə" : mora.vowel);
    })
    .join("");
}

// Revised Romanization of the jamo, letter by letter (loanwords are spelt by sound, so no assimilation rules apply),
// with ə for eo and eu: the vowels Korean uses for the English reduced vowel.
// prettier-ignore
const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
// prettier-ignore
const MEDIALS = ["a", "ae", "ya", "yae", "ə", "e", "yə", "ye", "o", "wa", "wae", "oe", "yo", "u", "wə", "we", "wi", "yu", "ə", "əi", "i"];
// prettier-ignore
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t", "n", "t", "t", "k", "t", "p", "t"];
const EU = 18;
const SILENT_INITIAL = 11;
const RIEUL_INITIAL = 5;
const RIEUL_FINAL = 8;
const YU = 17;
/** ㅅ, ㅈ, ㅊ: before ㅠ at the end of a word they write a final "sh" or "ch" (멘슈 Mensch). */
const SIBILANT_INITIALS = new Set([9, 12, 14]);

/**
 * Hangul to Revised Romanization without the epenthetic eu: 스 of "st", 그 of "-g", and 글/클/플 of a final "-gle",
 * "-cle", "-ple" or an "l" cluster, where the l doubles into the next syllable (클로드 "Claude", 테슬라 "Tesla").
 * The final ㅇ is written n, as a Latin name's final "ng" is read. Other characters are skipped.
 */
export function romanizeHangul(word: string): string {
  const syllables = [...word].map((char) => char.charCodeAt(0) - 0xac00).filter((code) => code >= 0 && code < 11172);
  return syllables
    .map((code, index) => {
      const initial = Math.floor(code / 588);
      const medial = Math.floor((code % 588) / 28);
      const final = code % 28;
      const next = syllables[index + 1];
      const nextInitial = next === undefined ? undefined : Math.floor(next / 588);
      const epenthetic =
        medial === EU &&
        initial !== SILENT_INITIAL &&
        ((final === 0 && nextInitial !== SILENT_INITIAL && (nextInitial === undefined || soundClasses(INITIALS[nextInitial]) !== soundClasses(INITIALS[initial]))) ||
          (final === RIEUL_FINAL && (nextInitial === undefined || nextInitial === RIEUL_INITIAL)));
      const finalSibilant = medial === YU && final === 0 && SIBILANT_INITIALS.has(initial) && next === undefined;
      return INITIALS[initial] + (epenthetic || finalSibilant ? "" : MEDIALS[medial]) + FINALS[final];
    })
    .join("");
}

/** Pinyin syllables Chinese uses for a bare consonant of a foreign name (斯 s,特 t,克 k, 格 g, 德 d, 夫 f, 布 b, 姆 m). */
const PINYIN_CONSONANT_ONLY = new Set(["si", "zi", "ci", "shi", "te", "de", "ke", "ge", "le", "he", "fu", "pu", "bu", "mu", "ku", "tu", "du", "ri"]);
const PINYIN_INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;
/** Pinyin's letters as English-like spelling: its j, q, x, zh, ch, sh, z and c are all sibilants, r and 尔 (er) the liquid. */
const PINYIN_SPELLING: Readonly<Record<string, string>> = { zh: "s", ch: "s", sh: "s", j: "s", q: "s", x: "s", z: "s", c: "s", r: "l" };

/** The phonetic key of Han characters read as a transliterated foreign name (扎克伯格 zha-ke-bo-ge → Zuckerberg). */
export function hanKey(word: string): string {
  const syllables = [...word].map((char) => HAN_PINYIN[char] ?? "");
  const letters = syllables.map((syllable, index) => {
    if (syllable === "er") return "l";
    const [, initial = "", final] = PINYIN_INITIAL.exec(syllable) ?? [];
    const next = syllables[index + 1];
    const nextOpensWithConsonant = next === undefined || /^[bpmfdtnlgkhjqxrzcs]/.test(next);
    const vowel = PINYIN_CONSONANT_ONLY.has(syllable) && index > 0 && nextOpensWithConsonant ? "" : final.replace(/ng$/, "n").replace(/^e/, "ə");
    return (PINYIN_SPELLING[initial] ?? initial) + vowel;
  });
  return soundClasses(letters.join(""));
}

/** Lower-case romaji and Revised Romanization use the same consonant letters as English, with sh, ch, ts for sibilants. */
export const romanizedKey = (romanized: string) => soundClasses(romanized.replace(/sh|ch|ts/g, "s"));
