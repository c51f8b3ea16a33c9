import { detect } from "tinyld";
import { countScriptSpecificHan } from "./fold";

/** BCP 47 codes Orchard treats specially; any other detected code is passed through as the detector gives it. */
export type KnownLanguage = "it" | "zh-Hans" | "zh-Hant" | "id" | "en" | "fr" | "de" | "es" | "ja" | "ko";

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/gu;

function countMatches(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Simplified or Traditional, by which script-specific characters dominate (ties read as Simplified). */
function chineseScript(text: string): "zh-Hans" | "zh-Hant" {
  const { traditionalOnly, simplifiedOnly } = countScriptSpecificHan(text);
  return traditionalOnly > simplifiedOnly ? "zh-Hant" : "zh-Hans";
}

/** Normalizes a caller-given tag ("zh-TW", "ZH_hans", "en-US"…) to the form Orchard stores. */
function normalizeGivenLanguage(given: string, text: string): string {
  const tag = given.trim().replace(/_/g, "-").toLowerCase();
  if (/^zh-(?:hant|tw|hk|mo)\b/.test(tag)) return "zh-Hant";
  if (/^zh-(?:hans|cn|sg)\b/.test(tag)) return "zh-Hans";
  if (tag === "zh" || tag.startsWith("zh-")) return chineseScript(text);
  if (tag === "in") return "id"; // the pre-1989 ISO code for Indonesian, still sent by some feeds
  return tag.split("-")[0];
}

/**
 * Characters read to decide: the opening of an article says its language as surely as the whole,
 * and the script counts and the statistical detector cost time in proportion to what they read.
 */
const SAMPLE_LENGTH = 4000;
const DETECTOR_SAMPLE_LENGTH = 1500;

function opening(text: string, length = SAMPLE_LENGTH): string {
  if (text.length <= length) return text;
  // Never end on the first half of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[length - 1]) ? length - 1 : length;
  return text.slice(0, end);
}

/**
 * The language of a document as a BCP 47 code, read from its opening. A language given by the caller wins; otherwise the
 * script decides for Japanese, Korean and Chinese (Japanese text also contains Han, so kana is the tell),
 * and the tinyld statistical detector decides between Latin-script languages.
 */
export function detectLanguage(document: string, given?: string | null): string {
  const text = opening(document);
  if (given && given.trim() !== "") return normalizeGivenLanguage(given, text);
  const kana = countMatches(text, KANA);
  const hangul = countMatches(text, HANGUL);
  const han = countMatches(text, HAN);
  // Letters as UTF-16 units: what is not a letter is removed in runs, which costs far less than
  // collecting every letter as a match.
  const letters = text.replace(/\P{L}+/gu, "").length;
  if (letters === 0) return "und";
  // Scripts are decisive once they make up a real share of the letters (Latin brand names are common in CJK news).
  if (hangul > 0 && hangul >= kana && hangul + han >= letters * 0.3) return "ko";
  if (kana > 0 && kana + han >= letters * 0.3 && kana >= han * 0.05) return "ja";
  if (han >= letters * 0.3) return chineseScript(text);
  // The statistical detector's cost grows with what it reads; a paragraph or two settles a language.
  const detected = detect(text.length > DETECTOR_SAMPLE_LENGTH ? opening(text, DETECTOR_SAMPLE_LENGTH) : text);
  if (detected === "zh") return chineseScript(text);
  return detected === "" ? "und" : detected;
}
