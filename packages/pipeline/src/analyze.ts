import { proposeEvents, type CandidateEvent } from "./candidates";
import { cleanDocument } from "./clean";
import { fingerprint, type Fingerprint } from "./dedup";
import { discoverEntities, type DiscoveryProposal } from "./discovery";
import { extractFigures, type Figure } from "./figures";
import { detectLanguage } from "./language";
import type { AliasMatcher, EntityKind, Mention } from "./matcher";
import { linkTransliterations, type TransliterationIndex } from "./transliteration";

export interface AnalyzedDocument {
  /** The cleaned text; every offset below refers to it. */
  text: string;
  language: string;
  contentHash: string;
  fingerprint: Fingerprint;
  mentions: Mention[];
  figures: Figure[];
  candidates: CandidateEvent[];
  /** Names the linker could not link, proposed as new entities (merge many documents' with mergeProposals). */
  entityProposals: DiscoveryProposal[];
}

/** The whole database-free pipeline for one article: clean, identify the language, link, extract, propose events and entities. */
export function analyzeDocument(input: {
  raw: string;
  format: "text" | "html";
  language?: string | null;
  publishedOn: string;
  matcher: AliasMatcher;
  entityKinds: Map<number, EntityKind>;
  /** Known Latin names by sound (buildTransliterationIndex): without it only exact aliases are linked. */
  transliterations?: TransliterationIndex;
}): AnalyzedDocument {
  const { text } = cleanDocument({ raw: input.raw, format: input.format });
  const language = detectLanguage(text, input.language);
  const documentFingerprint = fingerprint(text);
  const exact = input.matcher.findMentions(text);
  const mentions = input.transliterations ? linkTransliterations({ text, language, mentions: exact, index: input.transliterations }) : exact;
  const figures = extractFigures(text, { language, publishedOn: input.publishedOn });
  const candidates = proposeEvents({ text, language, mentions, figures, entityKinds: input.entityKinds });
  const entityProposals = discoverEntities({ text, language, mentions, entityKinds: input.entityKinds });
  return { text, language, contentHash: documentFingerprint.contentHash, fingerprint: documentFingerprint, mentions, figures, candidates, entityProposals };
}
