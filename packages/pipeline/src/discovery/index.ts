import { foldPreservingOffsets } from "../fold";
import type { EntityKind, Mention } from "../matcher";
import { typeByCoordination } from "./coordination";
import { maskMentions, typeByCjkNoun } from "./cjk-latin";
import { findChineseNames, findJapaneseNames } from "./han-kana";
import { findChineseListNames } from "./han-lists";
import { findKoreanNames } from "./hangul";
import { findCasedNames, type FoundName } from "./latin";
import { sentenceSpans } from "./sentences";
import { findUncasedNames } from "./uncased";
import type { DiscoveryProposal } from "./types";

export { mergeProposals, type EntityCandidate } from "./merge";
export type { DiscoveredType, DiscoveryProposal } from "./types";

/** Scripts whose capitals carry no grammar: there a capitalised Latin word at a sentence start is still a name. */
const UNCASED_LANGUAGE = /^(?:zh|ja|ko)/u;
const KEY_NOISE = /[\s\-_.·・•‧'’]/gu;

/** The folded key under which spellings of one name meet: "DeepSeek V3.2", "deepseek-v3.2" and "DeepSeek-V3.2" agree. */
export const discoveryKey = (surface: string) => foldPreservingOffsets(surface).replace(KEY_NOISE, "");

function findNames(text: string, language: string, sentenceStarts: ReadonlySet<number>, mentions: Mention[], entityKinds?: ReadonlyMap<number, EntityKind>): FoundName[] {
  const cased = findCasedNames({
    text,
    language,
    sentenceStarts: UNCASED_LANGUAGE.test(language) ? new Set() : sentenceStarts,
    grammaticalCapitals: !UNCASED_LANGUAGE.test(language),
    mentions,
  });
  if (language.startsWith("zh")) {
    const folded = foldPreservingOffsets(text);
    return [...typeByCjkNoun(text, cased), ...findChineseNames(maskMentions(folded, mentions)), ...findChineseListNames(folded, mentions, entityKinds)];
  }
  if (language === "ja") return [...typeByCjkNoun(text, cased), ...findJapaneseNames(maskMentions(text, mentions))];
  if (language === "ko") return [...typeByCjkNoun(text, cased), ...findKoreanNames(maskMentions(text, mentions))];
  return [...cased, ...findUncasedNames(text, language, mentions, entityKinds)];
}

// A dateline opens a line with a place in capitals, maybe its region, then a dash ("SEATTLE, Wash. — ", "ZÜRICH –").
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:, ?[\p{L}. ]{2,20}?)? ?(?=[—–-]|\()/gmu;

function outsideDatelines(text: string, names: FoundName[]): FoundName[] {
  const datelines = [...text.matchAll(DATELINE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (datelines.length === 0) return names;
  return names.filter((name) => !datelines.some((line) => name.start < line.end && line.start < name.end));
}

/** Longest first, then earliest; a name overlapping one already kept is dropped. */
function nonOverlapping(names: FoundName[]): FoundName[] {
  const kept: FoundName[] = [];
  for (const name of [...names].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((other) => name.start < other.end && other.start < name.end)) kept.push(name);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Proposes entity candidates for the names in one document that the linker did not link. A name overlapping a
 * linked mention is not proposed, except a model name that extends a known one with its version ("Claude Opus 4.5").
 * Within a document every sighting of a name takes the type its cued sightings give it.
 */
export function discoverEntities(input: {
  text: string;
  language: string;
  mentions: Mention[];
  /** Kinds of the linked entities, by id: a name listed with a known product is a product. */
  entityKinds?: ReadonlyMap<number, EntityKind>;
}): DiscoveryProposal[] {
  const { text, language } = input;
  const sentences = sentenceSpans(text);
  const names = outsideDatelines(text, findNames(text, language, new Set(sentences.map((sentence) => sentence.start)), input.mentions, input.entityKinds)).filter((name) =>
    input.mentions.every((m) => !(name.start < m.end && m.start < name.end) || (name.extendsKnown === true && name.start <= m.start && m.end < name.end)),
  );
  // Names and sentences are both in text order: one pass pairs them.
  let next = 0;
  const proposals = nonOverlapping(names).map((name): DiscoveryProposal => {
    const surface = text.slice(name.start, name.end);
    while (next < sentences.length && sentences[next].end < name.end) next++;
    const candidate = sentences[next];
    const sentence = candidate && candidate.start <= name.start ? candidate : { start: name.start, end: name.end };
    return {
      key: discoveryKey(surface),
      type: name.type,
      surface,
      language,
      start: name.start,
      end: name.end,
      quote: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
      cue: name.cue,
    };
  });
  const typed = typeByCoordination(text, proposals, input.mentions, input.entityKinds);
  const cuedType = new Map<string, DiscoveryProposal["type"]>();
  for (const proposal of typed) if (proposal.cue !== undefined && !cuedType.has(proposal.key)) cuedType.set(proposal.key, proposal.type);
  return typed.map((proposal) => ({ ...proposal, type: cuedType.get(proposal.key) ?? proposal.type }));
}
