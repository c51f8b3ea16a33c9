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

export function moneyFigures(text: string, language: string): Figure[] {
  const figures: Figure[] = [];
  const add = (match: RegExpMatchArray, currency: string | undefined) => {
    const g = match.groups ?? {};
    if (!currency || match.index === undefined) return;
    // In "$70–$72 billion" the scale written once applies to both ends.
    const upperScale = scaleFor(g.sc2, language);
    const lowerScale = g.sc1 ? scaleFor(g.sc1, language) : upperScale;
    const low = parseNumberToken(g.n1 ?? "", language) * lowerScale;
    const high = g.n2 ? parseNumberToken(g.n2, language) * upperScale : undefined;
    if (Number.isNaN(low)) return;
    const written = match[0].trim();
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
