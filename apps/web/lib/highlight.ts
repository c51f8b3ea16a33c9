/**
 * Splits a source text into segments on two layers: cited passages (highlighted, with an anchor)
 * and entity mentions (linked). Mentions sit inside or across passages, so the text is cut at every
 * boundary of either layer and each piece knows both.
 */

export interface PassageRange {
  start: number;
  end: number;
  /** Anchor id, e.g. the citation's `q-<offset>`. */
  id: string;
}

export interface MentionRange<M> {
  start: number;
  end: number;
  mention: M;
}

export interface Segment<M> {
  text: string;
  /** The passage this piece lies in (overlapping passages are merged), or null. */
  passage: string | null;
  /** Anchor ids of the passages that begin with this piece. */
  anchors: string[];
  /** The mention this piece belongs to, or null; a mention cut by a passage edge spans two pieces. */
  mention: M | null;
}

function mergePassages(text: string, passages: readonly PassageRange[]) {
  const clipped = passages
    .map((p) => ({ start: Math.max(0, p.start), end: Math.min(text.length, p.end), id: p.id }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number; ids: string[] }> = [];
  for (const p of clipped) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) {
      last.end = Math.max(last.end, p.end);
      last.ids.push(p.id);
    } else merged.push({ start: p.start, end: p.end, ids: [p.id] });
  }
  return merged;
}

/** Mentions that overlap an earlier one are dropped; both layers are clipped to the text. */
export function layeredSegments<M>(text: string, passages: readonly PassageRange[], mentions: readonly MentionRange<M>[]): Segment<M>[] {
  const merged = mergePassages(text, passages);
  const kept: MentionRange<M>[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, m.start);
    const end = Math.min(text.length, m.end);
    if (end <= start || (kept.length > 0 && start < kept[kept.length - 1].end)) continue;
    kept.push({ ...m, start, end });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...merged, ...kept]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  let passageIndex = 0;
  let mentionIndex = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    while (passageIndex < merged.length && merged[passageIndex].end <= from) passageIndex++;
    while (mentionIndex < kept.length && kept[mentionIndex].end <= from) mentionIndex++;
    const passage = merged[passageIndex] && merged[passageIndex].start <= from ? merged[passageIndex] : null;
    const mention = kept[mentionIndex] && kept[mentionIndex].start <= from ? kept[mentionIndex].mention : null;
    segments.push({
      text: text.slice(from, to),
      passage: passage ? passage.ids[0] : null,
      anchors: passage && passage.start === from ? passage.ids : [],
      mention,
    });
  }
  return segments;
}
