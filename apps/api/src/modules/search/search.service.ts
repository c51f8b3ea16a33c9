import type { SqlReader } from "../../db/sql-reader";
import { foldForSearch } from "../../common/text-fold";
import { badUserInput } from "../../common/global-id";
import { boundedArgument } from "../../common/list-bounds";
import { toEventNode, toSourceNode, type EntityNode, type EventNode, type SourceNode } from "../../common/nodes";
import { entityNodeFromRow } from "../../common/read-rows";
import type { AsOfDay } from "../../common/as-of";
import { matchEntities, matchText, SEARCHABLE_TYPES, type MatchKind, type SearchableType } from "./search.sql";
import { normalizeQuery, queryKeys } from "./search.query";

export { SEARCHABLE_TYPES, type SearchableType };

export interface SearchHitResult {
  entity: EntityNode;
  matchedAlias: string;
  language: string;
  score: number;
  match: MatchKind;
}

function prepare(query: string, first: number, max: number): { folded: string; asTyped: string; cleaned: string } {
  const cleaned = normalizeQuery(query);
  const folded = foldForSearch(cleaned);
  if (!folded) throw badUserInput("`query` must contain at least one letter or digit", { argument: "query" });
  if (query.length > 200) throw badUserInput("`query` must be at most 200 characters", { argument: "query" });
  boundedArgument({ argument: "first", value: first, bounds: { default: first, max } });
  return { folded, asTyped: cleaned.toLowerCase(), cleaned };
}

/**
 * Entities by any name or alias, in any script (folded: NFKC, Traditional→Simplified, accents,
 * case), forgiving typos, possessives, case endings, particles and run-together words, and names
 * inside a longer phrase; one hit per entity, its best name. One SQL statement.
 */
export async function searchEntities(options: {
  reader: SqlReader;
  query: string;
  types?: readonly SearchableType[] | null;
  first: number;
  asOf: AsOfDay;
}): Promise<SearchHitResult[]> {
  const { reader, types, first, asOf } = options;
  const { folded, asTyped } = prepare(options.query, first, 50);
  const rows = await matchEntities({ reader, folded, keys: queryKeys(folded), asTyped, types, limit: first, asOf });
  return rows.map((r) => ({ entity: entityNodeFromRow(r.row, asOf), matchedAlias: r.matched, language: r.language, score: r.score, match: r.match }));
}

const GROUP_ORDER: SearchableType[] = ["COMPANY", "LAB", "MODEL", "PERSON", "PRODUCT", "FACILITY", "MEDIA_OUTLET", "INSTITUTION"];
const TYPE_OF: Record<EntityNode["__typename"], SearchableType> = {
  Company: "COMPANY",
  Lab: "LAB",
  MediaOutlet: "MEDIA_OUTLET",
  Institution: "INSTITUTION",
  AiModel: "MODEL",
  Person: "PERSON",
  Product: "PRODUCT",
  Facility: "FACILITY",
};

export interface SearchResultsValue {
  query: string;
  groups: Array<{ type: SearchableType; hits: SearchHitResult[] }>;
  events: Array<{ event: EventNode; score: number }>;
  sources: Array<{ source: SourceNode; score: number; snippet: string }>;
  fuzzy: boolean;
}

/**
 * Everything a search page or a suggestion box shows: entities grouped by kind (at most `first`
 * per kind), events by title and summary, sources by their text, all as of the day. Three SQL
 * statements.
 */
export async function searchAll(options: {
  reader: SqlReader;
  query: string;
  types?: readonly SearchableType[] | null;
  first: number;
  asOf: AsOfDay;
}): Promise<SearchResultsValue> {
  const { reader, types, first, asOf } = options;
  const { folded, asTyped, cleaned } = prepare(options.query, first, 20);
  const [entities, text] = await Promise.all([
    matchEntities({ reader, folded, keys: queryKeys(folded), asTyped, types, limit: first * GROUP_ORDER.length, asOf }),
    matchText({ reader, query: cleaned, limit: first, asOf }),
  ]);
  const hits = entities.map((r) => ({ entity: entityNodeFromRow(r.row, asOf), matchedAlias: r.matched, language: r.language, score: r.score, match: r.match }));
  const groups = GROUP_ORDER.map((type) => ({ type, hits: hits.filter((h) => TYPE_OF[h.entity.__typename] === type).slice(0, options.first) })).filter((g) => g.hits.length > 0);
  return {
    query: options.query,
    groups,
    events: text.events.map((e) => ({ event: toEventNode(e.row, asOf), score: e.score })),
    sources: text.sources.map((s) => ({ source: toSourceNode(s.row, asOf), score: s.score, snippet: s.snippet })),
    fuzzy: hits.length > 0 && hits.every((h) => h.match === "FUZZY"),
  };
}
