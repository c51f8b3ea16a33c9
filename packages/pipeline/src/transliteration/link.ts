import type { Mention } from "../matcher";
import type { TransliterationIndex } from "./names-index";
import { visitTransliterationCandidates } from "./spans";

/** Scripts this stage reads; a document without any of them costs one regular-expression test. */
const SOUND_WRITTEN = /[\p{sc=Katakana}\p{sc=Hangul}\p{sc=Han}]/u;
/** A phonetic link is a proposal: below an exact alias match (confidence absent, read as 1) whatever its similarity. */
const CONFIDENCE_SCALE = 0.9;

interface Proposal {
  start: number;
  end: number;
  parts: number;
  needsSupport: boolean;
  entityId: number;
  slug: string;
  similarity: number;
}

/**
 * Adds to the exact alias mentions of a document the katakana, Hangul and (in Chinese) Han names whose sound is
 * close to a known Latin name, marked `linkedBy: "transliteration"` with a confidence below 1. Only text no exact
 * mention covers is read; of overlapping proposals the most similar is kept.
 */
export function linkTransliterations(input: { text: string; language: string; mentions: Mention[]; index: TransliterationIndex }): Mention[] {
  const { text, mentions, index } = input;
  if (!SOUND_WRITTEN.test(text)) return mentions;
  const linked = new Uint8Array(text.length);
  for (const mention of mentions) linked.fill(1, mention.start, mention.end);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (linked[i] !== 0) return false;
    return true;
  };

  const proposals: Proposal[] = [];
  visitTransliterationCandidates(text, input.language, (candidate) => {
    if (!free(candidate.start, candidate.end)) return;
    const match = index.lookup(candidate);
    if (match) proposals.push({ start: candidate.start, end: candidate.end, parts: candidate.parts, ...match });
  });
  if (proposals.length === 0) return mentions;

  const added: Mention[] = [];
  const unsupported = new Set<Mention>();
  // Most similar first; then the full name over a part of it; then the shorter span, which leaves a particle out
  // (엔비디아의 and 엔비디아 have one key: the particle's vowel joins the name's last one).
  const ranked = proposals.sort((a, b) => b.similarity - a.similarity || b.parts - a.parts || a.end - a.start - (b.end - b.start) || a.start - b.start);
  for (const proposal of ranked) {
    if (!free(proposal.start, proposal.end)) continue;
    linked.fill(1, proposal.start, proposal.end);
    const mention: Mention = {
      entityId: proposal.entityId,
      slug: proposal.slug,
      start: proposal.start,
      end: proposal.end,
      surface: text.slice(proposal.start, proposal.end),
      linkedBy: "transliteration",
      confidence: Math.round(CONFIDENCE_SCALE * proposal.similarity * 100) / 100,
    };
    added.push(mention);
    if (proposal.needsSupport) unsupported.add(mention);
  }
  // A surname alone (그로스 is also "growth") names a person only when the document names them otherwise too.
  const anchored = new Set([...mentions, ...added.filter((mention) => !unsupported.has(mention))].map((mention) => mention.entityId));
  return [...mentions, ...added.filter((mention) => anchored.has(mention.entityId))].sort((a, b) => a.start - b.start);
}
