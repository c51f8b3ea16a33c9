/** Split a text into plain and highlighted segments from (start, length) ranges. */

export interface HighlightRange {
  start: number;
  length: number;
  /** Carried through to the segment, e.g. a citation anchor. */
  id?: string;
}

export interface Segment {
  text: string;
  highlighted: boolean;
  /** Ids of the ranges that start in this segment. */
  ids: string[];
}

/** Ranges are clipped to the text; overlapping ranges are merged into one highlight. */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.start + r.length), id: r.id }))
    .filter((r) => r.end > r.start)
    .sort((x, y) => x.start - y.start);

  const merged: Array<{ start: number; end: number; ids: string[] }> = [];
  for (const r of clipped) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (r.id) last.ids.push(r.id);
    } else {
      merged.push({ start: r.start, end: r.end, ids: r.id ? [r.id] : [] });
    }
  }

  const segments: Segment[] = [];
  let pos = 0;
  for (const m of merged) {
    if (m.start > pos) segments.push({ text: text.slice(pos, m.start), highlighted: false, ids: [] });
    segments.push({ text: text.slice(m.start, m.end), highlighted: true, ids: m.ids });
    pos = m.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), highlighted: false, ids: [] });
  return segments;
}
