// Figure text folded to one way of writing digits and separators, without changing its length, so that the
// rules are written once for every script and the offsets they find are valid in the original text.

/** Zero of each decimal digit block articles use: Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu), Devanagari, full-width. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10];

const SEPARATORS: Record<string, string> = {
  // Arabic decimal and thousands separators.
  "\u066B": ".",
  "\u066C": ",",
  // Typographic apostrophes: Swiss thousands marks ("1’000") and elisions ("d’euros").
  "\u2018": "'",
  "\u2019": "'",
  "\u02BC": "'",
  "\u2032": "'",
  // No-break, thin and narrow no-break spaces (French and Russian thousands groups) when the text was not NFKC-normalized.
  "\u00A0": " ",
  "\u2009": " ",
  "\u202F": " ",
  "\u3000": " ",
  // Full-width punctuation around numbers.
  "\uFF05": "%",
  "\uFF0C": ",",
  "\uFF0E": ".",
  "\u066A": "%",
};

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String.fromCharCode(0x30 + code - zero);
  return SEPARATORS[char] ?? char;
}

const FOLDABLE = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uFF10-\uFF19\u066A-\u066C\u2018\u2019\u02BC\u2032\u00A0\u2009\u202F\u3000\uFF05\uFF0C\uFF0E]/gu;

/** "١٫٥ مليار" → "1.5 مليار", "1’000" → "1'000": the same length, character for character. */
export function foldFigureText(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}
