import { countFigures, moneyFigures, percentFigures } from "./amounts";
import { dateFigures } from "./dates";
import type { Figure, FigureContext, FigureKind } from "./types";

export { parseDigits, parseHanNumeral } from "./numbers";
export type { DatePrecision, Figure, FigureContext, FigureKind, FuzzyDate } from "./types";

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu;

const KIND_PRIORITY: Record<FigureKind, number> = { MONEY: 0, PERCENT: 1, COUNT: 2, DATE: 3 };

/** Overlapping readings: the longer span wins, then money over percent over count over date. */
function resolveOverlaps(figures: Figure[]): Figure[] {
  const ordered = [...figures].sort((a, b) => b.end - b.start - (a.end - a.start) || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || a.start - b.start);
  const kept: Figure[] = [];
  for (const figure of ordered) if (!kept.some((other) => figure.start < other.end && other.start < figure.end)) kept.push(figure);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Money, percentages, head counts and dates in an article, with normalized values: 14.3e9 USD for
 * "14,3 miliardi di dollari", 7.0e10–7.2e10 USD for "700 – 720 亿美元", 2026-Q1 for "2026 年第一季度".
 */
export function extractFigures(text: string, context: FigureContext): Figure[] {
  const language = context.language;
  // Numbers inside web addresses ("nypost.com/2025/12/17/...") are not figures of the article.
  const urls = [...text.matchAll(URL)].map((url) => ({ start: url.index, end: url.index + url[0].length }));
  const outsideUrls = (figure: Figure) => !urls.some((url) => figure.start < url.end && url.start < figure.end);
  return resolveOverlaps([...moneyFigures(text, language), ...percentFigures(text, language), ...countFigures(text, language), ...dateFigures(text, context)].filter(outsideUrls));
}
