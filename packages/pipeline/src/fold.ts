import * as OpenCC from "opencc-js";

// opencc-js's typings import "./core" without a file extension, which ESM resolution cannot follow: its types come out
// as errors (any). The converter's real signature:
const converter = OpenCC.Converter as (options: { from: string; to: string }) => (text: string) => string;

// Traditional (Taiwan and Hong Kong variants) → Simplified, applied one character at a time so that
// folding never changes the length of the text (offsets found in the folded text are valid in the original).
const taiwanToSimplified = converter({ from: "tw", to: "cn" });
const hongKongToSimplified = converter({ from: "hk", to: "cn" });

const HAN = /\p{Script=Han}/u;
const foldedCharCache = new Map<string, string>();

/** Characters that mean the same in a name but are typed differently: apostrophes, dashes. */
const PUNCTUATION_VARIANTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u02BC": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
};

function foldCodePoint(char: string): string {
  const cached = foldedCharCache.get(char);
  if (cached !== undefined) return cached;
  let folded = PUNCTUATION_VARIANTS[char] ?? char;
  if (HAN.test(char)) folded = hongKongToSimplified(taiwanToSimplified(char));
  else {
    // Strip accents (é → e), then lower-case (É → é → e).
    const stripped = char.normalize("NFD").replace(/\p{Mn}/gu, "");
    folded = (stripped.length > 0 ? stripped : folded).toLowerCase();
  }
  // Only accept foldings that keep the UTF-16 length ("ß" → "ss", "İ" → "i̇" are left alone).
  const result = folded.length === char.length ? folded : char;
  foldedCharCache.set(char, result);
  return result;
}

/**
 * Case, accent and Traditional→Simplified folding that preserves length: position i of the result
 * corresponds to position i of the input, so matches found in the folded text are offsets into the original.
 */
export function foldPreservingOffsets(text: string): string {
  // ASCII folds to its lower case (no accent, no Han, no variant punctuation), so runs of it are lowered in one call.
  let folded = "";
  let asciiRunStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    if (asciiRunStart < i) folded += text.slice(asciiRunStart, i).toLowerCase();
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    folded += foldCodePoint(char);
    i += char.length;
    asciiRunStart = i;
  }
  return asciiRunStart < text.length ? folded + text.slice(asciiRunStart).toLowerCase() : folded;
}

const simplifiedToTraditional = converter({ from: "cn", to: "tw" });

/**
 * Counts the Han characters that exist only in Traditional script (they change under Traditional→Simplified)
 * and those that exist only in Simplified script (they change under Simplified→Traditional).
 */
/**
 * Which script a Han character belongs to only: 1 Traditional, -1 Simplified, 0 both. Converting
 * is costly and a text repeats its characters, so each character is classified once per process
 * (at most the few tens of thousands of Han characters in use).
 */
const hanScript = new Map<string, 1 | -1 | 0>();

function scriptOfHan(char: string): 1 | -1 | 0 {
  let script = hanScript.get(char);
  if (script === undefined) {
    script = hongKongToSimplified(taiwanToSimplified(char)) !== char ? 1 : simplifiedToTraditional(char) !== char ? -1 : 0;
    hanScript.set(char, script);
  }
  return script;
}

export function countScriptSpecificHan(text: string): { traditionalOnly: number; simplifiedOnly: number } {
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  for (const char of text) {
    if (!HAN.test(char)) continue;
    const script = scriptOfHan(char);
    if (script === 1) traditionalOnly++;
    else if (script === -1) simplifiedOnly++;
  }
  return { traditionalOnly, simplifiedOnly };
}
