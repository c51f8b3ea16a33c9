// The database-free ingestion pipeline: what the API, its scripts and workers import.
export { analyzeDocument, type AnalyzedDocument } from "./analyze";
export { proposeEvents, splitSentences, type CandidateEvent, type EventType } from "./candidates";
export { cleanDocument, type CleanedDocument, type Removal, type RemovalReason } from "./clean";
export { contentHash, findNearDuplicate, fingerprint, similarity, type Fingerprint } from "./dedup";
export { extractFigures, parseDigits, parseHanNumeral, type DatePrecision, type Figure, type FigureContext, type FigureKind, type FuzzyDate } from "./figures";
export { detectLanguage } from "./language";
export { discoverEntities, discoveryKey, mergeProposals, type DiscoveredType, type DiscoveryProposal, type EntityCandidate } from "./discovery";
export { buildAliasMatcher, type AliasInput, type AliasMatcher, type EntityKind, type Mention } from "./matcher";
export { knowledgeBaseAliases, type KnowledgeBaseAliases, type KnowledgeBaseEntities } from "./knowledge-base-aliases";
export { buildTransliterationIndex, linkTransliterations, type TransliterationIndex } from "./transliteration";
export * from "./evaluation";
