import { CURRENCY_WORD, SYMBOL, currencyFor } from "./currencies";
import { DIGITS, HAN_NUMERAL, LEFT_EDGE, MORE, NUMBER, RANGE, WORD_END, parseDigits, parseNumberToken } from "./numbers";
import { SCALE, scaleFor } from "./scales";
import type { Figure } from "./types";

const MONEY_SYMBOL_FIRST = new RegExp(
  `${LEFT_EDGE}(?<sym>${SYMBOL})\\s?(?<n1>${DIGITS})(?:\\s?(?<sc1>${SCALE})(?![\\p{L}\\p{M}\\p{N}]))?(?:${RANGE}(?:${SYMBOL})?\\s?(?<n2>${DIGITS})(?:\\s?(?<sc2>${SCALE})(?![\\p{L}\\p{M}\\p{N}]))?)?`,
  "giu",
);
// "1,7 milliard d'euros", "5 млрд рублей", "٥ مليارات دولار", "855 करोड़ रुपये", "2억5000만 달러".
const MONEY_NUMBER_FIRST = new RegExp(
  `${LEFT_EDGE}(?<n1>${NUMBER})${MORE}\\s?(?<sc1>${SCALE})?(?:${RANGE}(?<n2>${NUMBER})${MORE}\\s?(?<sc2>${SCALE})?)?\\s?(?:di |de |d'|of |dei |des |do |da )?(?<cur>${CURRENCY_WORD})${WORD_END}`,
  "giu",
);

const PERCENT_WORD = [
  // Percentage points first: "4 punti percentuali" is a percent figure, not "4 punti" and a stray word.
  "punti percentuali|percentage points?|points? de pourcentage|prozentpunkte?n?|puntos porcentuales|pontos percentuais|poin persentase|процентн(?:ых|ого|ые) пункт(?:а|ов)?|نقاط مئوية|نقطة مئوية|प्रतिशत अंक|个百分点|個百分點|百分点|百分點|%p|퍼센트포인트|%ポイント",
  "%",
  "per ?cento",
  "percento",
  "pour ?cent",
  "prozent",
  "por ?ciento",
  "por ?cento",
  "persen",
  "percent",
  "per cent",
  "pct",
  "パーセント",
  "퍼센트",
  "процент(?:ов|а)?",
  "प्रतिशत",
  "फ़ीसदी|फीसदी",
  "في الم(?:ائ|ئ)ة|بالم(?:ائ|ئ)ة",
]
  .join("|")
  .normalize("NFKC");
// "49%", "20–30 %", "49 процентов", "百分之四十九", "30 في المائة".
const PERCENT = new RegExp(
  `${LEFT_EDGE}(?:(?<n>${DIGITS})(?:\\s?%)?(?:${RANGE}(?<n2>${DIGITS}))?\\s?(?:${PERCENT_WORD})${WORD_END}|百分之(?<han>${HAN_NUMERAL}|${DIGITS}))`,
  "giu",
);

/** A currency written before the number in Chinese text, with 元 after the amount: "新台幣3,674.7億元", "人民币50亿元". */
const HAN_CURRENCY_FIRST = new RegExp(`(?<cur>新台幣|新台币|台幣|台币|人民幣|人民币|港幣|港币|日幣|日币|美金)\\s?(?<n1>${NUMBER})${MORE}\\s?(?<sc1>${SCALE})?(?:元|圓|圆)?`, "gu");
/** The part of a symbol-first amount before any range: kept alone when the "range" ends lower than it starts ("US$ 1,7 miliar hingga 2028"). */
const MONEY_SYMBOL_SINGLE = new RegExp(`(?:${SYMBOL})\\s?(?:${DIGITS})(?:\\s?(?:${SCALE})(?![\\p{L}\\p{M}\\p{N}]))?`, "iuy");

export function moneyFigures(text: string, language: string): Figure[] {
  const figures: Figure[] = [];
  const add = (match: RegExpMatchArray, currency: string | undefined) => {
    const g = match.groups ?? {};
    if (!currency || match.index === undefined) return;
    // In "$70–$72 billion" the scale written once applies to both ends.
    const upperScale = scaleFor(g.sc2, language);
    const lowerScale = g.sc1 ? scaleFor(g.sc1, language) : upperScale;
    const low = parseNumberToken(g.n1 ?? "", language) * lowerScale;
    let high = g.n2 ? parseNumberToken(g.n2, language) * upperScale : undefined;
    if (Number.isNaN(low)) return;
    let written = match[0].trim();
    if (high !== undefined && !(high > low)) {
      MONEY_SYMBOL_SINGLE.lastIndex = match.index;
      const single = MONEY_SYMBOL_SINGLE.exec(text);
      if (!single) return;
      written = single[0];
      high = undefined;
    }
    figures.push({
      kind: "MONEY",
      start: match.index,
      end: match.index + written.length,
      text: written,
      value: low,
      ...(high !== undefined && !Number.isNaN(high) ? { valueMax: high } : {}),
      unit: currency,
      currency,
    });
  };
  for (const match of text.matchAll(MONEY_SYMBOL_FIRST)) add(match, currencyFor(match.groups?.sym ?? "", "symbol", language));
  for (const match of text.matchAll(MONEY_NUMBER_FIRST)) add(match, currencyFor(match.groups?.cur ?? "", "word", language));
  if (/\p{Script=Han}/u.test(text)) for (const match of text.matchAll(HAN_CURRENCY_FIRST)) add(match, currencyFor(match.groups?.cur ?? "", "word", language));
  return figures;
}

export function percentFigures(text: string, language: string): Figure[] {
  return [...text.matchAll(PERCENT)].map((match) => {
    const g = match.groups ?? {};
    const value = g.han ? parseNumberToken(g.han, language) : parseDigits(g.n ?? "", language);
    const valueMax = g.n2 ? parseDigits(g.n2, language) : undefined;
    return { kind: "PERCENT" as const, start: match.index, end: match.index + match[0].length, text: match[0], value, ...(valueMax !== undefined ? { valueMax } : {}), unit: "%" };
  });
}
