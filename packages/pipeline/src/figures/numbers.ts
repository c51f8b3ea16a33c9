// Numbers as articles write them: digits with either decimal convention, Han numerals, number words, myriad units and scale words.

const COMMA_DECIMAL_LANGUAGES = new Set(["it", "fr", "de", "es", "id", "pt", "nl", "ru", "tr", "pl"]);
/** "1,000.5", "14,3", "1'000'000" (Swiss), "1 700 000" (French and Russian groups of three, after folding). */
export const DIGITS = String.raw`(?:\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,']\d+)*)`;
const HAN_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億";
export const HAN_NUMERAL = `[${HAN_NUMERAL_CHARS}]+`;

/** "14,3" is 14.3 in Italian and "1,000" is 1000 in English: the separator followed by three digits is a thousands mark. */
export function parseDigits(raw: string, language: string): number {
  // Spaces and apostrophes only ever group thousands.
  const written = raw.replace(/[ ']/g, "");
  const commaDecimal = COMMA_DECIMAL_LANGUAGES.has(language.split("-")[0]);
  const separators = written.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(written);
  const last = Math.max(written.lastIndexOf("."), written.lastIndexOf(","));
  const lastSeparator = written[last];
  const digitsAfter = written.length - last - 1;
  const mixed = new Set(separators).size > 1;
  const repeated = separators.filter((s) => s === lastSeparator).length > 1;
  const isDecimal = mixed || (!repeated && (digitsAfter !== 3 || (lastSeparator === "," ? commaDecimal : !commaDecimal)));
  const integerPart = (isDecimal ? written.slice(0, last) : written).replace(/[.,]/g, "");
  return isDecimal ? Number(`${integerPart}.${written.slice(last + 1)}`) : Number(integerPart);
}

const HAN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HAN_LARGE_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** 四十九 → 49, 两千亿 → 2e11, 十二 → 12. */
export function parseHanNumeral(written: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of written) {
    if (char in HAN_DIGIT) digit = HAN_DIGIT[char];
    else if (char in HAN_SMALL_UNIT) {
      section += (digit === 0 ? 1 : digit) * HAN_SMALL_UNIT[char];
      digit = 0;
    } else if (char in HAN_LARGE_UNIT) {
      total = (total + section + digit) * HAN_LARGE_UNIT[char];
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Spelled-out small numbers, for head counts such as "quattordici ricercatori" or "eleven researchers". */
// prettier-ignore
const NUMBER_WORDS: Record<string, number> = {
  // it
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, venti: 20, trenta: 30, cento: 100,
  // en
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, hundred: 100,
  // fr
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quatorze: 14, quinze: 15, vingt: 20, trente: 30,
  // de
  zwei: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, "zwölf": 12, zwanzig: 20,
  // es
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, catorce: 14, quince: 15, veinte: 20,
  // pt (the forms es and it do not share)
  dois: 2, duas: 2, "três": 3, quatro: 4, sete: 7, oito: 8, dez: 10, doze: 12, vinte: 20, trinta: 30, cem: 100,
  // ru
  "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сто": 100,
  // id
  dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, "dua belas": 12, "empat belas": 14, "dua puluh": 20,
};
export const NUMBER_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const MYRIAD_UNIT: Record<string, number> = { 兆: 1e12, 조: 1e12, 億: 1e8, 亿: 1e8, 억: 1e8, 万: 1e4, 萬: 1e4, 만: 1e4, 千: 1e3, 천: 1e3 };

/** 2億5000万 → 2.5e8: each group of digits times the unit that follows it. */
function parseCompound(written: string): number {
  let total = 0;
  for (const [, digits, unit] of written.matchAll(/(\d+)\s?([兆조億亿억万萬만千천])/gu)) total += Number(digits) * MYRIAD_UNIT[unit];
  return total;
}

export function parseNumberToken(written: string, language: string): number {
  const trimmed = written.trim();
  if (WHOLE_CJK_COMPOUND.test(trimmed)) return parseCompound(trimmed);
  if (/^\d/.test(trimmed)) return parseDigits(trimmed, language);
  if (WHOLE_HAN_NUMERAL.test(trimmed)) return parseHanNumeral(trimmed);
  return NUMBER_WORDS[trimmed.toLowerCase()] ?? Number.NaN;
}

/** Digits with East Asian myriad units inside: 2億5000万, 1兆2000億, 2억5000만, 8萬3千 (the whole amount, no separate scale word). */
const CJK_COMPOUND = String.raw`\d+\s?[兆조億亿억万萬만]\s?\d+\s?[億亿억万萬만千천]`;
const WHOLE_CJK_COMPOUND = new RegExp(`^${CJK_COMPOUND}$`, "u");
const WHOLE_HAN_NUMERAL = new RegExp(`^${HAN_NUMERAL}$`, "u");
export const NUMBER = `(?:${CJK_COMPOUND}|${DIGITS}|${HAN_NUMERAL})`;
/** Between the two ends of a range: dashes, "to", "至", and the Romance "da 66 a 72" / "de 66 à 72". */
export const RANGE = String.raw`\s?(?:[-–—~〜～]|至|到|to|a|à|bis|hingga|sampai|y)\s?`;
export const MORE = "(?:多|余|餘|여)?";

// The left edge must not cut a longer number or Latin word (Han text runs straight into numbers: "超過140億美元").
// "數百億" / "几十万" (several hundred…) are vague amounts, not figures.
export const LEFT_EDGE = `(?<![\\p{Script=Latin}\\p{N}$€£¥數数几幾${HAN_NUMERAL_CHARS}])(?<!\\d[.,])`;
/** The end of a word in an alphabetic script; CJK text runs on without spaces ("49%的", "2億ドル規模", "달러다"). */
export const WORD_END = String.raw`(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Devanagari}\p{M}])`;
/** The start of a word in an alphabetic script (Han and kana run on: "该公司周三", "公司昨天"). */
export const ALPHABETIC_CHAR = String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Hangul}\p{M}\p{N}]`;
export const WORD_START = `(?<!${ALPHABETIC_CHAR})`;
