import { moneyFigures, percentFigures } from "./amounts";
import { anaphoricDays } from "./anaphora";
import { dateFigures } from "./dates";
import { foldFigureText } from "./digits";
import { ellipticFigures } from "./ellipsis";
import { fractionFigures } from "./fractions";
import { countFigures } from "./headcounts";
import { periodFigures } from "./periods";
import { qualify } from "./qualifiers";
import { relativeDateFigures } from "./relative-dates";
import type { Figure, FigureContext, FigureKind } from "./types";

export { parseDigits, parseHanNumeral } from "./numbers";
export type { DatePrecision, Figure, FigureContext, FigureKind, FigureQualifier, FuzzyDate } from "./types";

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
 * "14,3 miliardi di dollari", 7.0e10–7.2e10 USD for "700 – 720 亿美元", 2026-Q1 for "2026 年第一季度",
 * and the qualifier of each amount ("rund", "以上", "más de").
 */
export function extractFigures(text: string, context: FigureContext): Figure[] {
  const language = context.language;
  // The rules read one way of writing digits and separators ("١٫٥" → "1.5", "d’euros" → "d'euros"); the
  // folded text has the same length, so spans are valid in the original and the text shown is the original's.
  const folded = foldFigureText(text);
  // Numbers inside web addresses ("nypost.com/2025/12/17/...") are not figures of the article.
  const urls = [...folded.matchAll(URL)].map((url) => ({ start: url.index, end: url.index + url[0].length }));
  const outsideUrls = (figure: Figure) => !urls.some((url) => figure.start < url.end && url.start < figure.end);
  const found = [
    ...moneyFigures(folded, language),
    ...percentFigures(folded, language),
    ...fractionFigures(folded),
    ...countFigures(folded, language),
    // Before the calendar rules: of two equal spans the first found is kept, and a week beats chrono's "a week ago".
    ...relativeDateFigures(folded, context),
    ...periodFigures(folded, context),
    ...dateFigures(folded, context),
  ].filter(outsideUrls);
  // Figures whose unit is written on another figure ("dont 1,3 milliard", "contre environ 350") come once those are found.
  const resolved = resolveOverlaps([...found, ...ellipticFigures(folded, found, language).filter(outsideUrls)]);
  // "이날", "전날" refer to the last day named before them: resolved once every other date is known.
  const anaphoric = language.startsWith("ko") ? anaphoricDays(folded, resolved, context) : [];
  const figures = anaphoric.length > 0 ? [...resolved, ...anaphoric].sort((a, b) => a.start - b.start) : resolved;
  return qualify(folded, figures).map((figure) => ({ ...figure, text: text.slice(figure.start, figure.end) }));
}
