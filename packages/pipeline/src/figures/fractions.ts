import { ALPHABETIC_CHAR, HAN_NUMERAL, WORD_END, parseHanNumeral } from "./numbers";
import type { Figure } from "./types";

// Shares written as fractions in words ("a third of", "la metà", "三分之一", "3割"): PERCENT figures.

const HALF = 50;
const THIRD = 100 / 3;
const QUARTER = 25;
const FIFTH = 20;
/** A Romance fraction is a share when a noun phrase follows ("un tiers des fonds", "metade deles") or an approximation ("un tiers environ"); that part stays out of the figure. */
const OF_ROMANCE = "(?=\\s(?:d\\p{L}*|environ|circa|aproximadamente)(?![\\p{L}]))";

/** Each phrase with its share; Latin-script phrases need "of"/"de"/"di" or an article so that "half an hour" stays out. */
// prettier-ignore
const FRACTION_PHRASES: Array<[string, number]> = [
  // en
  ["half of|a half of", HALF], ["two[- ]thirds of", 2 * THIRD], ["(?:a|one)[- ]third of", THIRD], ["three[- ]quarters of", 3 * QUARTER], ["(?:a|one)[- ]quarter of", QUARTER], ["(?:a|one)[- ]fifth of", FIFTH],
  // it
  ["la metà|metà" + OF_ROMANCE, HALF], ["due terzi", 2 * THIRD], ["un terzo" + OF_ROMANCE, THIRD], ["tre quarti", 3 * QUARTER], ["un quarto" + OF_ROMANCE, QUARTER], ["un quinto" + OF_ROMANCE, FIFTH],
  // fr
  ["la moitié", HALF], ["deux tiers", 2 * THIRD], ["un tiers" + OF_ROMANCE, THIRD], ["trois quarts", 3 * QUARTER], ["un quart" + OF_ROMANCE, QUARTER], ["un cinquième" + OF_ROMANCE, FIFTH],
  // de
  ["die Hälfte|der Hälfte", HALF], ["zwei Drittel", 2 * THIRD], ["ein Drittel|einem Drittel", THIRD], ["drei Viertel", 3 * QUARTER], ["ein Viertel|einem Viertel", QUARTER], ["ein Fünftel|einem Fünftel", FIFTH],
  // es, pt
  ["la mitad|a metade|metade" + OF_ROMANCE, HALF], ["dos tercios|dois terços", 2 * THIRD], ["(?:un tercio|um terço)" + OF_ROMANCE, THIRD], ["tres cuartos|três quartos", 3 * QUARTER], ["(?:un cuarto|um quarto)" + OF_ROMANCE, QUARTER], ["(?:un quinto|um quinto)" + OF_ROMANCE, FIFTH],
  // id
  ["separuh|setengah(?! jam| hari| tahun)", HALF], ["dua pertiga", 2 * THIRD], ["sepertiga", THIRD], ["tiga perempat", 3 * QUARTER], ["seperempat", QUARTER], ["seperlima", FIFTH],
  // ru
  ["половин(?:а|у|ы|ой)", HALF], ["две трети|двух третей", 2 * THIRD], ["треть|трети", THIRD], ["три четверти", 3 * QUARTER], ["четверть|четверти", QUARTER],
  // ar (not "النصف الأول", the first half of a year)
  ["(?:ال)?نصف(?! الأول| الثاني)", HALF], ["(?:ال)?ثلثي|(?:ال)?ثلثا", 2 * THIRD], ["(?:ال)?ثلث", THIRD], ["ثلاثة أرباع", 3 * QUARTER], ["(?:ال)?ربع(?! الأول| الثاني| الثالث| الرابع)", QUARTER],
  // hi
  ["आधे|आधा|आधी", HALF], ["दो[- ]तिहाई", 2 * THIRD], ["एक[- ]तिहाई", THIRD], ["तीन[- ]चौथाई", 3 * QUARTER], ["एक[- ]चौथाई", QUARTER],
  // zh, ja, ko
  ["一半|半数|半數|半分|절반", HALF],
];

// "The second half of the year", "во второй половине", "segunda metade do ano" are periods, not shares.
// Checked on the match rather than as a lookbehind, which would run at every position of the text.
const WORD_BEFORE = new RegExp(`${ALPHABETIC_CHAR}$`, "u");
const PERIOD_BEFORE = /(?:first|second|latter|primeira|segunda|перв\p{L}*|втор\p{L}*)\s$/iu;
const HAN_DIGIT_BEFORE = /[\d零〇一二两兩三四五六七八九十百千万萬亿億]$/u;
const LATIN_EDGE_AFTER = `${WORD_END}(?!\\p{Script=Arabic})`;
// The value of a phrase is looked up on its matched words, without the look-ahead that follows it.
const PHRASES = FRACTION_PHRASES.map(([pattern, share]) => ({ whole: new RegExp(`^(?:${pattern.replaceAll(OF_ROMANCE, "").normalize("NFKC")})$`, "iu"), share }));
const PHRASE = FRACTION_PHRASES.map(([pattern]) => pattern.normalize("NFKC")).join("|");

// "三分之一", "3分の1", "3분의 1", "三成" (tenths, Chinese), "3割" (tenths, Japanese).
const NUMERAL = `(?:\\d+|${HAN_NUMERAL})`;
const FRACTION = new RegExp(
  `(?<phrase>${PHRASE})${LATIN_EDGE_AFTER}` +
    `|(?<den>${NUMERAL})\\s?(?:分之|分の|분의)\\s?(?<num>${NUMERAL})` +
    `|(?<tenths>[1-9]|[一二两兩三四五六七八九])(?<unit>成|割)(?![为為立功长長本员員果交绩績熟不是会會可能])`,
  "giu",
);

const numeral = (written: string) => (/^\d+$/.test(written) ? Number(written) : parseHanNumeral(written));

export function fractionFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FRACTION)) {
    const g = match.groups ?? {};
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (g.phrase && (WORD_BEFORE.test(before) || PERIOD_BEFORE.test(before))) continue;
    if (g.tenths && HAN_DIGIT_BEFORE.test(before)) continue;
    let value: number | undefined;
    if (g.phrase) value = PHRASES.find((phrase) => phrase.whole.test(g.phrase ?? ""))?.share;
    else if (g.den && g.num) value = (100 * numeral(g.num)) / numeral(g.den);
    else if (g.tenths) value = 10 * numeral(g.tenths);
    if (value === undefined || !Number.isFinite(value) || value <= 0 || value > 100) continue;
    figures.push({ kind: "PERCENT", start: match.index, end: match.index + match[0].length, text: match[0], value, unit: "%" });
  }
  return figures;
}
