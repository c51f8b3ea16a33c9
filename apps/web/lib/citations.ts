/** Numbering of an event's citations, so that every figure can link to `/events/[id]#citation-n`. */

export interface CitationKey {
  quoteStart: number;
  source: { id: string };
}

export interface EventCitations<C extends CitationKey> {
  citations: readonly C[];
  figures: ReadonlyArray<{ citations: readonly C[] }>;
}

export function citationKey(citation: CitationKey): string {
  return `${citation.source.id}@${citation.quoteStart}`;
}

/**
 * The event's citations followed by any figure citation not already among them, de-duplicated.
 * Position + 1 is the citation's number on the event page.
 */
export function collectCitations<C extends CitationKey>(event: EventCitations<C>): C[] {
  const seen = new Set<string>();
  const all: C[] = [];
  for (const citation of [...event.citations, ...event.figures.flatMap((f) => f.citations)]) {
    const key = citationKey(citation);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(citation);
  }
  return all;
}

export function citationAnchor(n: number): string {
  return `citation-${n}`;
}

/** 1-based number of `citation` among the event's collected citations, or null. */
export function citationNumber<C extends CitationKey>(event: EventCitations<C>, citation: CitationKey): number | null {
  const key = citationKey(citation);
  const index = collectCitations(event).findIndex((c) => citationKey(c) === key);
  return index === -1 ? null : index + 1;
}

/** An anchor id that only depends on the citation itself: `cite-<source>-<offset>`. */
export function citationKeyAnchor(citation: CitationKey): string {
  return `cite-${citation.source.id.replace(/[^A-Za-z0-9_-]/g, "_")}-${citation.quoteStart}`;
}

/**
 * Where a number should link: its event's page, at the figure's first citation when it has one.
 * The anchor depends only on the citation, so callers need not fetch the event's other citations.
 */
export function figureHref(eventId: string, figureCitations: readonly CitationKey[]): string {
  const base = `/events/${encodeURIComponent(eventId)}`;
  const first = figureCitations[0];
  return first ? `${base}#${citationKeyAnchor(first)}` : `${base}#figures`;
}

export interface ValueLike {
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
}

/**
 * Consecutive figures with the same value (several reports of one guidance) in one group, so a
 * revision history reads 66–72 → 70 → 72 while every report stays linked.
 */
export function groupConsecutiveValues<F extends ValueLike>(figures: readonly F[]): F[][] {
  const groups: F[][] = [];
  for (const figure of figures) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (head && head.value === figure.value && (head.valueMax ?? null) === (figure.valueMax ?? null) && (head.unit ?? null) === (figure.unit ?? null)) {
      last.push(figure);
    } else {
      groups.push([figure]);
    }
  }
  return groups;
}
