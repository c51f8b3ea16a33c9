/**
 * A phonetic key that a Latin name and its katakana, Hangul or Chinese rendering share. Each romanisation is
 * reduced to sound classes — P (b p v f), T (t d), K (k g c q), S (s z j x ch sh ts), L (l r), M, N, H, and Q
 * for the English th, which Japanese writes s and Korean t — because loanword phonology merges exactly these:
 * Japanese and Korean have one liquid, Korean writes f as p, Chinese z as zh. A run of vowels keeps only the
 * class of its first vowel: A (a), E (e i y), O (o u w), or X for a reduced vowel that loanwords render any way
 * (Korean ㅓ and ㅡ, pinyin e, written ə by the romanisers; English u and a vowel before a silent r: the u of
 * Zuckerberg is ザ and 저). Identical consonants side by side merge (ッ doubles a consonant).
 */

const CLASS: Readonly<Record<string, string>> = {
  a: "A",
  e: "E",
  i: "E",
  y: "E",
  o: "O",
  u: "O",
  w: "O",
  ə: "X",
  b: "P",
  p: "P",
  v: "P",
  f: "P",
  t: "T",
  d: "T",
  þ: "Q",
  k: "K",
  g: "K",
  c: "K",
  q: "K",
  s: "S",
  z: "S",
  j: "S",
  x: "S",
  l: "L",
  r: "L",
  m: "M",
  n: "N",
  h: "H",
};
const VOWEL_CLASSES = "AEOX";
const isVowel = (sound: string) => VOWEL_CLASSES.includes(sound);

/** Lower-case romanised letters to sound classes; letters without a class (apostrophes, digits) are skipped. */
export function soundClasses(letters: string): string {
  let key = "";
  for (const letter of letters) {
    const sound = CLASS[letter];
    const last = key[key.length - 1];
    if (sound !== undefined && last !== sound && !(isVowel(sound) && last !== undefined && isVowel(last))) key += sound;
  }
  return key;
}

/** Joins the keys of the words of one name, merging a class repeated across the join. */
export function joinKeys(keys: readonly string[]): string {
  let joined = "";
  for (const key of keys) joined += joined.endsWith(key[0] ?? "") ? key.slice(1) : key;
  return joined;
}

/**
 * One word of a Latin-script name as it is pronounced in English-like spelling, so that it can meet a
 * loanword rendering: accents stripped, digraphs (ch, sh, ph, th, ck, ts), soft c and g, silent final e, a
 * final ng, and a name that opens with a consonant pair no English word opens with read as its letter name
 * (Nvidia is エヌビディア, 엔비디아). An r or h after a vowel is silent in the non-rhotic reading (Zuckerberg is
 * ザッカーバーグ, 저커버그) and kept in the rhotic one (Karpathy is カルパシー): `rhotic` chooses.
 */
export function latinWordKey(word: string, rhotic = false): string {
  let s = word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  s = s.replace(/^([lmnr])(?![aeiouyh]|\1)|^f(?=[^aeiouylrh])/, "e$&");
  s = s
    .replace(/sch|tch|ch|sh|t[sz]/g, "s")
    .replace(/ph/g, "f")
    .replace(/th/g, "þ")
    .replace(/gh/g, "")
    .replace(/ck/g, "k")
    .replace(/a[uw]/g, "o")
    .replace(/x/g, "ks")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/(?<!g)g(?=[eiy])/g, "j")
    .replace(/ng(?![aeiouy])/g, "n")
    .replace(/u/g, "ə");
  if (s.length > 3) s = s.replace(/([^aeiouyə])e$/, "$1");
  s = s.replace(/([aeiouyə])h+(?![aeiouyə])/g, "$1");
  if (!rhotic) s = s.replace(/[aeiouyə]+r+(?![aeiouyə])/g, "ə");
  return soundClasses(s);
}

/** The keys of a Latin name: the non-rhotic reading, and the rhotic one when it differs. */
export function latinKeys(name: string): string[] {
  const words = name.split(/[\s\-‐–—_.·]+/u).filter((word) => word !== "");
  return [...new Set([false, true].map((rhotic) => joinKeys(words.map((word) => latinWordKey(word, rhotic)))))];
}

export const latinKey = (name: string) => latinKeys(name)[0];

export function consonantCount(key: string): number {
  let count = 0;
  for (let i = 0; i < key.length; i++) if (!isVowel(key[i])) count++;
  return count;
}

export const skeleton = (key: string) => key.replace(/[AEOX]/g, "");

/** Sounds that loanwords swap for one another: f becomes h, k and h, s and t. */
const NEAR = new Set(["ST", "TS", "PH", "HP", "KH", "HK"]);
const SAME = new Set(["QS", "SQ", "QT", "TQ"]);

function substitution(a: string, b: string, strict: boolean): number {
  if (a === b || SAME.has(a + b)) return 0;
  if (isVowel(a) && isVowel(b)) return (a === "X" || b === "X") && (!strict || a === "A" || b === "A") ? 0 : 0.5;
  if (isVowel(a) || isVowel(b)) return 1;
  return NEAR.has(a + b) ? 0.5 : 1;
}

/** A vowel put in or left out is the usual epenthesis disagreement; an h is often silent; any other consonant is a real difference. */
const indel = (sound: string, strict: boolean) => (isVowel(sound) ? (strict && sound !== "O" ? 0.5 : 0.3) : sound === "H" ? 0.75 : 1);

/**
 * Weighted edit distance between two keys (they are short: a two-row table is enough). `strict` lets the reduced
 * vowel X stand for A only (Musk is マスク, 머스크) and makes only the u and o that Japanese inserts cheap to
 * leave out, for short names where a looser match would meet too many words.
 */
export function keyDistance(a: string, b: string, strict = false): number {
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + indel(b[j - 1], strict);
  for (let i = 1; i <= a.length; i++) {
    current[0] = previous[0] + indel(a[i - 1], strict);
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + indel(a[i - 1], strict), current[j - 1] + indel(b[j - 1], strict), previous[j - 1] + substitution(a[i - 1], b[j - 1], strict));
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** 1 for the same key; each consonant of difference costs about one consonant's share of the longer name. */
export function keySimilarity(a: string, b: string): number {
  return Math.max(0, 1 - keyDistance(a, b) / (Math.max(consonantCount(a), consonantCount(b)) + 1));
}
