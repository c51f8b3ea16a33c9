// Whether the words around a date speak of the future: a weekday, a month or a season without a year is the
// next one in an announcement ("will ship on Tuesday", "soll im Oktober folgen") and the last one in a report.

const phrase = (words: string) => words.normalize("NFKC");

/** Future tenses, plans and forecasts, and modal verbs of possibility ("could issue in December"). */
const FUTURE = new RegExp(
  phrase(
    "\\b(?:will|shall|is set to|is expected to|plans to|going to|might|wird|werden|soll|sollen|seront|vont|prévu|prévue|será|serán|irá|vai|deverá|deverão|sarà|saranno|previsto|prevista|akan|a partir d[eo]|à partir d[ue]|a partire da|ab dem|starting)\\b|будет|будут|состоится|планирует|ожидается|планируется|(?<!\\p{L})(?:سوف|سيتم)(?!\\p{L})|होगा|होगी|होंगे|जाएगा|जाएगी|करेगा|करेगी|सकती है|सकता है|सकते हैं|将|將|计划|計劃|预计|預計|目标|目標|予定|見通し|예정|계획",
  ),
  "iu",
);

const SENTENCE_END = /[!?。！？\n।॥؟]/u;
/** A full stop ends a sentence, a decimal point ("Gemini 2.5") does not. */
const endsSentence = (text: string, at: number) => SENTENCE_END.test(text[at]) || (text[at] === "." && !/\d/u.test(text[at + 1] ?? ""));

function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to++;
  return { from, to };
}

export function sentenceAround(text: string, start: number, end: number): string {
  const { from, to } = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

/**
 * Commas, semicolons, dashes and the words that open a reported clause ("said on Tuesday that it will…",
 * "a annoncé lundi qu'elle va…", "أعلنت يوم الاثنين أنها ستستثمر"): the reporting verb's tense is the date's.
 */
const CLAUSE_BREAK = new RegExp(phrase("[,;:–—]|\\squ'|\\s(?:that|que|dass|che|bahwa|что|कि|أن|أنه|أنها|إن)\\s"), "giu");

/** The clause of a sentence that holds [start, end); a clause of two words or fewer ("On Tuesday,") takes the next one too. */
export function clauseAround(text: string, start: number, end: number): string {
  const sentence = sentenceBounds(text, start, end);
  const breaks = [...text.slice(sentence.from, sentence.to).matchAll(CLAUSE_BREAK)].map((match) => ({
    start: sentence.from + match.index,
    end: sentence.from + match.index + match[0].length,
  }));
  const from = Math.max(sentence.from, ...breaks.filter((b) => b.end <= start).map((b) => b.end));
  const following = breaks.filter((b) => b.start >= end);
  let to = following[0]?.start ?? sentence.to;
  if (text.slice(from, to).trim().split(/\s+/u).length <= 2 && following.length > 0) to = following[1]?.start ?? sentence.to;
  return text.slice(from, to);
}

export const speaksOfFuture = (passage: string) => FUTURE.test(passage);
