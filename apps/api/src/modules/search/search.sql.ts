import { sql, type SqlReader } from "../../db/sql-reader";
import { ENTITY_JOINS, SOURCE_COLUMNS, entityColumns, eventColumns, type EntityFlatRow, type EventRow, type SourceRow } from "../../common/read-rows";
import { isCurrentDay, visibleAsOf, type AsOfDay } from "../../common/as-of";
import { KINDS_BY_TYPE } from "../organization/organization.service";
import type { QueryKeys } from "./search.query";

/**
 * The statements behind search: entities by name and alias (exact, prefix, infix and trigram
 * similarity for typos through the trigram indexes; inflected forms and names inside the query
 * through the compact-name indexes), events and sources by full text. Each is a named statement
 * with a fixed text, prepared once per connection on PostgreSQL.
 */

export const SEARCHABLE_TYPES = ["COMPANY", "LAB", "MEDIA_OUTLET", "INSTITUTION", "MODEL", "PERSON", "PRODUCT", "FACILITY"] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

export type MatchKind = "EXACT" | "PREFIX" | "WORD" | "INFIX" | "CONTAINED" | "FUZZY";

export interface EntityMatchRow {
  row: EntityFlatRow;
  matched: string;
  language: string;
  score: number;
  match: MatchKind;
}

const TIER_MATCH: Array<[number, MatchKind]> = [
  [0.95, "EXACT"],
  [0.8, "PREFIX"],
  [0.7, "WORD"],
  [0.5, "INFIX"],
  [0.3, "CONTAINED"],
];

const ORG_TYPES = { COMPANY: KINDS_BY_TYPE.Company, LAB: KINDS_BY_TYPE.Lab, MEDIA_OUTLET: KINDS_BY_TYPE.MediaOutlet, INSTITUTION: KINDS_BY_TYPE.Institution } as const;

/**
 * Every name and alias that contains the folded query ($1), starts with it once spaces are ignored
 * ($3: "scaleai" → "scale ai"), is trigram-similar to it (typos: "avocdo", "alexander wang"), or,
 * spaces ignored, is one of the query's keys ($12): the whole query with a possessive, ending,
 * particle or proclitic taken off ($13: "metas", "메타의", "меты", "وجوجل"), or a run of words or
 * CJK characters inside it ("la famiglia llama"). Scored in tiers that never overlap across exact,
 * contained and fuzzy: exact (1, inflected 0.96) > prefix > word prefix > infix (0.4–0.84, as
 * before) > a name inside the query (0.3–0.4, the longer the better) > fuzzy (below 0.3; a name with a
 * word that starts with the query's last word, the one still being typed, first: "Alexander Wa"
 * reaches Alexandr Wang before Alexander Karp). The best
 * name per entity (between equals, the one written as typed ($2), then the latest alias). $6 is
 * null for every kind, else the organization kinds wanted, with $7–$10 switching models, people,
 * products and facilities on. Only entities reported by the as-of day ($11), as they stood then.
 */
const ENTITY_MATCHES = sql(
  "search_entities",
  `WITH names AS (
     SELECT candidate_entity AS entity_id, candidate_alias AS alias_id, candidate_name AS matched, candidate_language AS language, candidate_norm AS norm
     FROM search_name_candidates($1, $3, $4, $12::text[])
   ),
   tiered AS (
     SELECT n.*,
       CASE
         WHEN n.norm = $1 OR replace(n.norm, ' ', '') = $3 THEN 1.0
         WHEN replace(n.norm, ' ', '') = ANY($13::text[]) THEN 0.95
         WHEN n.norm LIKE $1 || '%' OR replace(n.norm, ' ', '') LIKE $3 || '%' THEN 0.8
         WHEN n.norm LIKE '% ' || $1 || '%' THEN 0.7
         WHEN n.norm LIKE $4 THEN 0.5
         WHEN replace(n.norm, ' ', '') = ANY($12::text[]) THEN 0.3
         ELSE 0.0
       END AS tier,
       greatest(similarity(n.norm, $1), word_similarity($1, n.norm)) AS sim,
       strpos(' ' || n.norm, ' ' || substring($1 from '[^ ]+$')) > 0 AS last_word_starts
     FROM names n
   ),
   scored AS (
     SELECT t.*,
       CASE WHEN t.tier >= 0.5 THEN round((t.tier * 0.8 + 0.2 * least(1.0, length($1)::numeric / greatest(length(t.norm), 1)))::numeric, 3)
            WHEN t.tier > 0 THEN round((0.3 + 0.099 * least(1.0, length(replace(t.norm, ' ', ''))::numeric / greatest(length($3), 1)))::numeric, 3)
            ELSE round(least(0.299, 0.3 * (0.6 * t.sim + CASE WHEN t.last_word_starts THEN 0.4 ELSE 0 END))::numeric, 3) END::float8 AS score
     FROM tiered t
     WHERE t.tier > 0 OR t.sim >= 0.3
   ),
   best AS (
     SELECT s.*, row_number() OVER (PARTITION BY s.entity_id ORDER BY s.score DESC, (lower(s.matched) = $2) DESC, s.alias_id DESC) AS rank
     FROM scored s
   )
   SELECT b.score, b.tier::float8 AS tier, b.matched, b.language, ${entityColumns("$11::date")}
   FROM best b
   JOIN "Entity" e ON e.id = b.entity_id
   ${ENTITY_JOINS}
   WHERE b.rank = 1 AND ${visibleAsOf.entity("e", "$11::date")}
     AND ($6::text[] IS NULL OR o.kind::text = ANY($6::text[])
       OR ($7 AND m."entityId" IS NOT NULL) OR ($8 AND e.kind = 'PERSON')
       OR ($9 AND pr."entityId" IS NOT NULL) OR ($10 AND fa."entityId" IS NOT NULL))
   ORDER BY b.score DESC, e.name
   LIMIT $5`,
);

type EntityMatchSqlRow = EntityFlatRow & { score: number; tier: number; matched: string; language: string };

export async function matchEntities(options: {
  reader: SqlReader;
  folded: string;
  keys: QueryKeys;
  asTyped: string;
  types?: readonly SearchableType[] | null;
  limit: number;
  asOf: AsOfDay;
}): Promise<EntityMatchRow[]> {
  const { reader, folded, keys, asTyped, types, limit, asOf } = options;
  // pg_trgm finds a LIKE pattern in its index through whole trigrams only: an infix of under three
  // characters ("%谷歌%") has none, so it read every name and alias (865 ms at 300k aliases). Such a
  // short query matches the names that start with it, which the index answers.
  const escaped = folded.replace(/[\\%_]/g, "\\$&");
  const like = [...folded.replace(/\s/g, "")].length >= 3 ? `%${escaped}%` : `${escaped}%`;
  const filtered = types?.length ? types : null;
  const orgKinds = filtered ? filtered.flatMap((type) => (type in ORG_TYPES ? ORG_TYPES[type as keyof typeof ORG_TYPES] : [])) : null;
  const wants = (type: SearchableType) => filtered?.includes(type) ?? true;
  const rows = await reader.query<EntityMatchSqlRow>(ENTITY_MATCHES, [
    folded,
    asTyped,
    keys.compact,
    like,
    limit,
    orgKinds,
    wants("MODEL"),
    wants("PERSON"),
    wants("PRODUCT"),
    wants("FACILITY"),
    asOf,
    keys.candidates,
    keys.variants,
  ]);
  return rows.map(({ score, tier, matched, language, ...row }) => ({
    row,
    matched,
    language,
    score: Number(score),
    match: TIER_MATCH.find(([threshold]) => Number(tier) >= threshold)?.[1] ?? "FUZZY",
  }));
}

export interface TextMatchRows {
  events: Array<{ row: EventRow; score: number }>;
  sources: Array<{ row: SourceRow; score: number; snippet: string }>;
}

/**
 * Events by title and summary: English full text ($1), then substring ($3) and trigram word
 * similarity ($2, lowered) for typos; only those reported by the as-of day ($5), as they stood then
 * (two shapes: today's stored status, or an earlier day's).
 */
const eventMatches = (current: boolean) =>
  sql(
    current ? "search_events" : "search_events_as_of",
    `SELECT ${eventColumns("$5::date", current)},
       (ts_rank(to_tsvector('english', ev.title || ' ' || coalesce(ev.summary, '')), websearch_to_tsquery('english', $1))
         + CASE WHEN lower(ev.title) LIKE $3 THEN 0.5 ELSE 0 END
         + 0.3 * word_similarity($2, lower(ev.title)))::float8 AS score
     FROM "Event" ev
     WHERE ${visibleAsOf.event("ev", "$5::date")}
       AND (to_tsvector('english', ev.title || ' ' || coalesce(ev.summary, '')) @@ websearch_to_tsquery('english', $1)
         OR lower(ev.title) LIKE $3
         OR (length($2) >= 4 AND word_similarity($2, lower(ev.title)) >= 0.6))
     ORDER BY score DESC, ev."firstReportedOn" DESC, ev.id
     LIMIT $4`,
  );
const EVENT_MATCHES = { current: eventMatches(true), past: eventMatches(false) };

/**
 * Sources by title and text, in their own language's configuration (Italian, Indonesian, English;
 * `simple` otherwise) or by substring, which is what finds Chinese text; a snippet around the hit.
 * Only sources public by the as-of day ($4).
 */
const SOURCE_MATCHES = sql(
  "search_sources",
  `WITH src AS (
     SELECT s.*, CASE s.language WHEN 'en' THEN 'english'::regconfig WHEN 'it' THEN 'italian'::regconfig
       WHEN 'id' THEN 'indonesian'::regconfig ELSE 'simple'::regconfig END AS cfg
     FROM "Source" s
     WHERE ${visibleAsOf.source("s", "$4::date")}
   )
   SELECT ${SOURCE_COLUMNS},
     CASE WHEN to_tsvector(s.cfg, s.title || ' ' || s.text) @@ websearch_to_tsquery(s.cfg, $1)
       THEN ts_headline(s.cfg, s.text, websearch_to_tsquery(s.cfg, $1), 'MaxWords=30, MinWords=12, MaxFragments=1, StartSel=«, StopSel=»')
       ELSE substr(s.text, greatest(strpos(lower(s.text), $2) - 40, 1), 120) END AS snippet,
     (ts_rank(to_tsvector(s.cfg, s.title || ' ' || s.text), websearch_to_tsquery(s.cfg, $1))
       + CASE WHEN strpos(lower(s.text), $2) > 0 THEN 0.2 ELSE 0 END)::float8 AS score
   FROM src s
   WHERE to_tsvector(s.cfg, s.title || ' ' || s.text) @@ websearch_to_tsquery(s.cfg, $1)
     OR strpos(lower(s.title || ' ' || s.text), $2) > 0
   ORDER BY score DESC, s.id
   LIMIT $3`,
);

export async function matchText(options: { reader: SqlReader; query: string; limit: number; asOf: AsOfDay }): Promise<TextMatchRows> {
  const { reader, query, limit, asOf } = options;
  const lowered = query.toLowerCase();
  const like = `%${lowered.replace(/[\\%_]/g, "\\$&")}%`;
  const [events, sources] = await Promise.all([
    reader.query<EventRow & { score: number }>(isCurrentDay(asOf) ? EVENT_MATCHES.current : EVENT_MATCHES.past, [query, lowered, like, limit, asOf]),
    reader.query<SourceRow & { score: number; snippet: string | null }>(SOURCE_MATCHES, [query, lowered, limit, asOf]),
  ]);
  return {
    events: events.map(({ score, ...row }) => ({ row, score: Number(score) })),
    sources: sources.map(({ score, snippet, ...row }) => ({ row, score: Number(score), snippet: (snippet ?? "").replace(/\s+/g, " ").trim() })),
  };
}
