import { foldForSearch } from "../../common/text-fold";

/**
 * What a query may mean besides itself, as folded, space-free search keys (the form the compact
 * name indexes hold): the whole query with a possessive, case ending, particle or proclitic taken
 * off ("metas", "메타의", "меты", "وجوجل"), and every run of whole words, or of Chinese and Japanese
 * characters, that could be a name inside a phrase ("la famiglia llama" → "llama").
 */

/**
 * What people type before folding: possessives go ("Meta's" → "Meta", "Zuckerberg’s" →
 * "Zuckerberg"), so they match the name itself; the Arabic tatweel, which only stretches a word
 * ("لـ" before a name), goes too.
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize("NFKC")
    .replace(/\u0640/g, "")
    .replace(/(\p{L})['’]s\b/gu, "$1")
    .replace(/(\p{L}s)['’](?=\s|$)/gu, "$1")
    .trim();
}

// The affix lists (space-separated) are grammar, not names; they are folded as names are, so that
// they compare with folded text (folding drops Japanese voicing marks and Cyrillic breves: が → か,
// ой → ои).
const fold = (list: string) => [...new Set(list.split(" ").map(foldForSearch))].sort((a, b) => b.length - a.length);

// Glued to the end of a Latin-script name: English and German genitive -s ("Metas", "OpenAIs"),
// the Indonesian possessive -nya ("Metanya").
const LATIN_SUFFIXES = fold("s nya");
// Korean case and topic particles and their common compounds (메타의, 저커버그가, 메타는, 구글과의).
const HANGUL_SUFFIXES = fold(
  "의 이 가 은 는 을 를 와 과 도 만 에 에서 에게 께서 로 으로 와의 과의 에서의 으로의 이나 나 랑 이랑 한테 까지 부터 보다 처럼 라는 이라는 에는 에도 씨 측",
);
// Japanese particles and the honorifics and company suffix news text glues to a name (メタの,
// グーグルは, ザッカーバーグ氏, メタ社); Chinese possessive 的 and 公司 ("company").
const CJK_SUFFIXES = fold("の は が を に で と も へ や から まで より には では とは への との での 社 氏 さん 的 公司");
// Russian case endings, and the nominative endings a stem may take back ("Меты" → "мет" → "мета").
const CYRILLIC_ENDINGS = fold("ами ями ого его ому ему ом ем ой ей ою ею ам ям ах ях ов ев у ю а я ы и е");
const CYRILLIC_NOMINATIVE = fold("а я ь й о");
// Arabic proclitics written on the name: and, so, with, for, as, the, and their combinations (وجوجل).
const ARABIC_PREFIXES = fold("وال فال بال كال لل ال وب ول وك فب فل و ف ب ل ك");

const CJK_CHAR = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々]";
const UNIT = new RegExp(`${CJK_CHAR}|(?:(?!${CJK_CHAR})[^ ])+`, "gu");

const IS = {
  latin: /[\p{Script=Latin}\p{Nd}]$/u,
  hangul: /\p{Script=Hangul}$/u,
  cjk: new RegExp(`${CJK_CHAR}$`, "u"),
  cyrillic: /\p{Script=Cyrillic}$/u,
  arabic: /^\p{Script=Arabic}/u,
};

/** What is left of a key once one of the suffixes is taken off: at least two characters of it. */
const cut = (key: string, suffixes: string[]) => suffixes.filter((s) => key.endsWith(s) && key.length - s.length >= 2).map((s) => key.slice(0, -s.length));

function stripEnd(key: string): string[] {
  if (IS.latin.test(key)) return cut(key, LATIN_SUFFIXES);
  if (IS.hangul.test(key)) return cut(key, HANGUL_SUFFIXES);
  // Japanese stacks them: "メタ社の" → "メタ社" → "メタ".
  if (IS.cjk.test(key)) return cut(key, CJK_SUFFIXES).flatMap((rest) => [rest, ...cut(rest, CJK_SUFFIXES)]);
  if (IS.cyrillic.test(key)) return cut(key, CYRILLIC_ENDINGS).flatMap((stem) => [stem, ...CYRILLIC_NOMINATIVE.map((ending) => stem + ending)]);
  return [];
}

function stripStart(key: string): string[] {
  if (!IS.arabic.test(key)) return [];
  return ARABIC_PREFIXES.filter((p) => key.startsWith(p) && key.length - p.length >= 2).map((p) => key.slice(p.length));
}

/** A search key and what it is with its affixes taken off. */
function forms(key: string): string[] {
  const ends = [key, ...stripEnd(key)];
  return [...ends, ...ends.flatMap(stripStart)];
}

// Bounds that keep the candidate list (one index probe each) small for any query up to 200
// characters: names of up to 12 words or Chinese/Japanese characters, in the first 64 of them.
const MAX_UNITS = 64;
const MAX_SPAN = 12;
const MAX_CANDIDATES = 1024;

/**
 * The units a name inside a phrase starts and ends on: whole words in spaced scripts (so "meta"
 * is not found in "metaverse"), single characters in Chinese and Japanese, which have no spaces.
 */
function units(folded: string): string[] {
  return folded
    .split(" ")
    .flatMap((word) => word.match(UNIT) ?? [])
    .slice(0, MAX_UNITS);
}

export interface QueryKeys {
  /** The folded query without spaces. */
  compact: string;
  /** The whole query with an affix taken off: a name matching one of these is an exact match. */
  variants: string[];
  /** `variants`, then every run of units in the query and its forms: names found inside the query. */
  candidates: string[];
}

export function queryKeys(folded: string): QueryKeys {
  const compact = folded.replace(/ /g, "");
  const variants = [...new Set(forms(compact))].filter((key) => key !== compact);
  const found = new Set([compact, ...variants]);
  const parts = units(folded);
  for (let start = 0; start < parts.length && found.size < MAX_CANDIDATES; start++) {
    let span = "";
    for (let end = start; end < Math.min(parts.length, start + MAX_SPAN); end++) {
      span += parts[end];
      if (span.length >= 2) for (const key of forms(span)) found.add(key);
    }
  }
  return { compact, variants, candidates: [...found].slice(0, MAX_CANDIDATES) };
}
