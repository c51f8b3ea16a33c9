// Scale words ("milliard", "млрд", "करोड़", "億") by language, each compiled once.

/**
 * Where languages disagree ("billion" is 1e12 in French and German, "bilião" in European Portuguese) the document
 * language decides. Longer forms come first so that the alternation takes "mil millones" before "mil".
 */
// prettier-ignore
const SCALE_WORDS: Array<{ pattern: string; value: number; languages?: string[] }> = [
  { pattern: "mila miliardi|migliaia di miliardi", value: 1e12 },
  { pattern: "mil millones|mil milhões", value: 1e9 },
  { pattern: "trillions?|tn|triliun|billones|billón|trilhões|trilhão|triliões|trilião|trillion[ae]n?|billionen", value: 1e12 },
  { pattern: "billions?|billion|bilhões|bilião|biliões", value: 1e12, languages: ["fr", "de", "pt-PT"] },
  { pattern: "billions?|bn|b|bilhões|bilhão|bi", value: 1e9 },
  { pattern: "miliardi|miliardo|milliards?|milliarden?|mrd\\.?|mds?|miliar|millardos?|md", value: 1e9 },
  { pattern: "millions?|mn|m|milioni|milione|millionen|mio\\.?|millones|millón|juta|milhões|milhão|mi", value: 1e6 },
  { pattern: "thousand|mila|mille|tausend|tsd\\.?|mil|ribu|k", value: 1e3 },
  // ru: abbreviations and case forms
  { pattern: "трлн\\.?|триллион(?:ов|а|ы)?", value: 1e12 },
  { pattern: "млрд\\.?|миллиард(?:ов|а|ы)?", value: 1e9 },
  { pattern: "млн\\.?|миллион(?:ов|а|ы)?", value: 1e6 },
  { pattern: "тыс\\.?|тысяч[аиу]?", value: 1e3 },
  // ar: singular, dual and plural forms
  { pattern: "تريليون|تريليونات", value: 1e12 },
  { pattern: "مليارات|ملياري|مليارا|مليار", value: 1e9 },
  { pattern: "ملايين|مليوني|مليونا|مليون", value: 1e6 },
  { pattern: "ألفا|ألف|آلاف|الف", value: 1e3 },
  // hi: the Indian system
  { pattern: "खरब", value: 1e11 },
  { pattern: "अरब", value: 1e9 },
  { pattern: "करोड़|करोड", value: 1e7 },
  { pattern: "लाख", value: 1e5 },
  { pattern: "हज़ार|हजार", value: 1e3 },
  // East Asian myriads
  { pattern: "万亿|萬億|兆|조", value: 1e12 },
  { pattern: "千亿|千億", value: 1e11 },
  { pattern: "百亿|百億", value: 1e10 },
  { pattern: "十亿|十億", value: 1e9 },
  { pattern: "亿|億|억", value: 1e8 },
  { pattern: "千万|千萬|천만", value: 1e7 },
  { pattern: "百万|百萬|백만", value: 1e6 },
  { pattern: "万|萬|만", value: 1e4 },
  { pattern: "千|천", value: 1e3 },
].map((scale) => ({ ...scale, pattern: scale.pattern.normalize("NFKC") }));

const COMPILED = SCALE_WORDS.map((scale) => ({ ...scale, whole: new RegExp(`^(?:${scale.pattern})$`, "iu") }));

export function scaleFor(word: string | undefined, language: string): number {
  if (!word) return 1;
  const base = language.split("-")[0];
  const lower = word.toLowerCase().trim();
  for (const scale of COMPILED) {
    if (scale.languages && !scale.languages.includes(base) && !scale.languages.includes(language)) continue;
    if (scale.whole.test(lower)) return scale.value;
  }
  return 1;
}

/** Every scale word; the regexes that use it backtrack into a longer alternative when a shorter one leaves a word cut. */
export const SCALE = SCALE_WORDS.map((scale) => scale.pattern).join("|");
