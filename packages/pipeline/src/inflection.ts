/**
 * Where a name may begin and end when the language glues grammar onto it: German and English genitives
 * ("Metas"), Indonesian "-nya", Russian case endings ("Гугла", "Меты"), Korean particles ("메타의"),
 * Japanese text around katakana names ("メタは" but not "メタバース") and Arabic proclitics ("وجوجل").
 * Pure functions over the text and a span; nothing here compiles a pattern per document.
 */

const HANGUL = /\p{Script=Hangul}/u;
/** Katakana plus the prolonged sound mark and voicing marks, which continue a katakana word. */
const KATAKANA_WORD = /[\p{Script=Katakana}ー゛゜]/u;
const HAN = /\p{Script=Han}/u;
/**
 * Kanji that follow a company or person name in Japanese (メタ社, メタ氏, メタ製, メタ側, メタ傘下, メタ幹部…). A short
 * katakana name is also a common prefix (メタ認知, メタ分析), so before any other kanji it is not read as a name.
 */
const JAPANESE_NAME_SUFFIX = /[社氏製側傘幹首創最本会]/u;
const ARABIC_LETTER = /[\p{Script=Arabic}ـ]/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ALPHABETIC = /[\p{L}\p{N}\p{M}]/u;

const KOREAN_PARTICLES = [
  "의",
  "가",
  "이",
  "는",
  "은",
  "를",
  "을",
  "와",
  "과",
  "에",
  "에서",
  "로",
  "으로",
  "도",
  "만",
  "에게",
  "께서",
  "까지",
  "부터",
  "보다",
  "처럼",
  "이나",
  "나",
  "랑",
  "이랑",
  "하고",
  "이다",
  "이며",
  "라는",
  "이라는",
  "측",
  "씨",
];
/** A particle may be followed by a topic, additive, genitive or exclusive particle ("에서는", "와의", "에도"). */
const KOREAN_PARTICLE_RUNS = new Set([...KOREAN_PARTICLES, ...KOREAN_PARTICLES.flatMap((first) => ["는", "은", "도", "의", "만"].map((second) => first + second))]);

/** و (and), ف (so), then ب (with), ل (for), ك (like), then the article ال; لل is ل + ال. A tatweel may join them. */
const ARABIC_PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)ـ?$/u;

/** Latin endings glued to a name: the German genitive and English plural "-s", Indonesian "-nya". */
const LATIN_SUFFIXES = ["nya", "s"];
/** Russian case endings after a name that ends in a consonant: genitive, dative, instrumental, prepositional, plural. */
const RUSSIAN_CONSONANT_ENDINGS = ["ом", "а", "у", "е", "ы"];

function codePointBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

function codePointAt(text: string, index: number): string | undefined {
  return index >= text.length ? undefined : String.fromCodePoint(text.codePointAt(index) ?? 0);
}

const test = (pattern: RegExp, char: string | undefined) => char !== undefined && pattern.test(char);

/** The run of characters of one class that ends at (or starts at) an index. */
function runBefore(text: string, index: number, pattern: RegExp): string {
  let start = index;
  while (test(pattern, codePointBefore(text, start))) start -= codePointBefore(text, start)?.length ?? 1;
  return text.slice(start, index);
}

function runAfter(text: string, index: number, pattern: RegExp): string {
  let end = index;
  while (test(pattern, codePointAt(text, end))) end += codePointAt(text, end)?.length ?? 1;
  return text.slice(index, end);
}

/**
 * Whether a name may start here, for scripts with their own rules; `undefined` leaves the decision to the
 * generic word-boundary rule. Korean is written with spaces, so a Hangul name glued to Hangul before it is
 * part of another word; a katakana name must not continue a katakana word; an Arabic name may carry proclitics.
 */
export function scriptStartAllowed(text: string, start: number): boolean | undefined {
  const first = codePointAt(text, start);
  const before = codePointBefore(text, start);
  if (test(HANGUL, first)) return !test(HANGUL, before);
  if (test(KATAKANA_WORD, first)) return !test(KATAKANA_WORD, before);
  if (test(ARABIC_LETTER, first) && test(ARABIC_LETTER, before)) return ARABIC_PROCLITICS.test(runBefore(text, start, ARABIC_LETTER));
  return undefined;
}

/**
 * Where the mention of a name that ends at `end` really ends: `end` itself, further on when an inflectional
 * ending is glued to it (the span covers the word as written: "Metas", "Гуглом"), or `undefined` when the name
 * is only the beginning of a longer word ("Metal", "메타버스", "メタバース", "삼성동").
 */
export function inflectedEnd(text: string, end: number, requiredEndings?: readonly string[]): number | undefined {
  const last = codePointBefore(text, end);
  const next = codePointAt(text, end);
  if (requiredEndings) return endingThenBoundary(text, end, requiredEndings);
  if (test(HANGUL, last) && test(HANGUL, next)) return KOREAN_PARTICLE_RUNS.has(runAfter(text, end, HANGUL)) ? end : undefined;
  if (test(KATAKANA_WORD, last)) {
    if (test(KATAKANA_WORD, next)) return undefined;
    const shortName = [...runBefore(text, end, KATAKANA_WORD)].length <= 2;
    return shortName && test(HAN, next) && !test(JAPANESE_NAME_SUFFIX, next) ? undefined : end;
  }
  if (!isAlphabetic(last) || !isAlphabetic(next)) return end;
  if (test(LATIN, last)) return last !== "s" && runBefore(text, end, LATIN).length >= 3 ? endingThenBoundary(text, end, LATIN_SUFFIXES) : undefined;
  if (test(CYRILLIC, last)) return endingThenBoundary(text, end, RUSSIAN_CONSONANT_ENDINGS);
  return undefined;
}

function isAlphabetic(char: string | undefined): boolean {
  return test(ALPHABETIC, char) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char ?? "");
}

function endingThenBoundary(text: string, end: number, endings: readonly string[]): number | undefined {
  for (const ending of endings) {
    if (text.slice(end, end + ending.length).toLowerCase() !== ending) continue;
    if (!isAlphabetic(codePointAt(text, end + ending.length))) return end + ending.length;
  }
  return undefined;
}

/**
 * Russian names ending in a vowel change it when declined ("Мета" → "Меты", "Мете"; "Антропия" → "Антропии"):
 * the stem to search for and the endings that may follow it, or `undefined` for names that keep their form.
 */
export function russianDeclension(name: string): { stem: string; endings: string[] } | undefined {
  if (!/^[\p{Script=Cyrillic}\s-]+$/u.test(name) || name.length < 3) return undefined;
  const lower = name.toLowerCase();
  if (lower.endsWith("ия")) return { stem: name.slice(0, -1), endings: ["ей", "я", "и", "ю"] };
  if (lower.endsWith("я")) return { stem: name.slice(0, -1), endings: ["ей", "я", "и", "е", "ю"] };
  if (lower.endsWith("а")) return { stem: name.slice(0, -1), endings: ["ой", "ою", "а", "ы", "и", "е", "у"] };
  return undefined;
}
