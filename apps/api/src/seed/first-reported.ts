import { describeFuzzyDate, type FuzzyDate } from "../common/fuzzy-date";

/**
 * The as-of basis of a fact (docs/trust.md): the day from which it was public. That is the earliest
 * of (a) the publication day of each citing source and (b) a day a citing source states for when the
 * fact became public ("guidance given on the July earnings call" is public from July even when the
 * article is from December). Fuzzy days count from the LAST day of their period: a source dated only
 * "May 2025" was surely public on 31 May, maybe not on 1 May; the as-of view never shows a fact
 * before it can have been public.
 */
export interface CitingSource {
  key: string;
  /** The source's publication period. */
  published: FuzzyDate;
}

export interface StatedPublicDate {
  /** The stated period ("2025-07"). */
  date: FuzzyDate;
  /** The source that states it, and the quote that does. */
  sourceKey: string;
  quote: string;
  /** Our words on how the date follows from the quote. */
  basis?: string;
}

export interface FirstReport {
  on: Date;
  from: "SOURCE_PUBLISHED" | "STATED_DATE";
  sourceKey: string;
  quote: string | null;
  basis: string;
}

export function reportFromSource(source: CitingSource): FirstReport {
  return {
    on: source.published.end,
    from: "SOURCE_PUBLISHED",
    sourceKey: source.key,
    quote: null,
    basis: `Publication date of ${source.key} (${describeFuzzyDate(source.published)}), the earliest citing source.`,
  };
}

export function reportFromStatement(stated: StatedPublicDate): FirstReport {
  const when = describeFuzzyDate(stated.date);
  return {
    on: stated.date.end,
    from: "STATED_DATE",
    sourceKey: stated.sourceKey,
    quote: stated.quote,
    basis: `Public since ${when}, as ${stated.sourceKey} states${stated.basis ? `: ${stated.basis}` : "."}`,
  };
}

/** The earliest report among the candidates; a source's own date wins a tie with a stated date. */
export function earliestReport(candidates: FirstReport[]): FirstReport {
  if (candidates.length === 0) throw new Error("a fact needs at least one citing source to have a first-reported date");
  return candidates.reduce((best, next) => {
    const difference = next.on.getTime() - best.on.getTime();
    if (difference < 0) return next;
    if (difference === 0 && best.from === "STATED_DATE" && next.from === "SOURCE_PUBLISHED") return next;
    return best;
  });
}

/** First report of a fact from its citing sources and an optional stated public date. */
export function firstReport(options: { sources: CitingSource[]; stated?: StatedPublicDate | null; also?: FirstReport[] }): FirstReport {
  const candidates = options.sources.map(reportFromSource);
  if (options.stated) candidates.push(reportFromStatement(options.stated));
  return earliestReport([...candidates, ...(options.also ?? [])]);
}
