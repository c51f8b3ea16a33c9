export { offsetOf, pairUp, scores, sumScores, type Scores } from "./scores";
export { occurrencesOf, overlaps, projectSpans, type Span } from "./spans";
export { evaluateSeeds, type Evaluation, type SeedGold } from "./seeds";
export {
  combineResults,
  discovery,
  evaluateDevset,
  scoreDiscovery,
  tableByLanguage,
  type DevsetError,
  type DevsetGold,
  type DevsetResult,
  type Discovery,
  type EntityProposal,
  type UnknownEntityType,
} from "./devset";
