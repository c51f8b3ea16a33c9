/**
 * search.service.ts searchEntities in SQL: names and aliases whose folded form contains the folded
 * query, or is near it by trigrams, one hit per entity (its best-scoring name), best first. Differences, on purpose: the query
 * is folded with lower() and punctuation collapsing only (Orchard also maps Traditional to
 * Simplified Chinese and strips accents with OpenCC in JS); stored names are already folded.
 */
export const SEARCH_SQL = String.raw`
CREATE FUNCTION peer.fold(query text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(lower(normalize(query, NFKC)), '[[:punct:][:space:]]+', ' ', 'g'))
$$;

-- search.service.ts scoreMatch: exact > prefix > word prefix > anywhere, closer length higher.
CREATE FUNCTION peer.score_match(q text, name text) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN strpos(name, q) = 0 THEN 0::float8 ELSE
    floor(((CASE WHEN name = q THEN 1 WHEN starts_with(name, q) THEN 0.8
                 WHEN strpos(q, ' ') = 0 AND strpos(name, ' ' || q) > 0 THEN 0.7 ELSE 0.5 END)::float8 * 0.8
           + (length(q)::float8 / length(name)::float8) * 0.2) * 1000 + 0.5) / 1000 END
$$;

-- search.sql.ts, a name that does not contain the query but is near it (pg_trgm: similarity at
-- least 0.3 or word similarity at least 0.6, the operators' default thresholds): 0.3 × (0.6 × the
-- nearness, + 0.4 when a word of the name starts with the query's last word), below 0.3.
CREATE FUNCTION peer.score_near(q text, name text) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
  SELECT floor(least(0.299, 0.3 * (0.6 * greatest(similarity(name, q), word_similarity(q, name))::float8
    + CASE WHEN strpos(' ' || name, ' ' || substring(q from '[^ ]+$')) > 0 THEN 0.4 ELSE 0 END)) * 1000 + 0.5) / 1000
$$;

CREATE TYPE peer.search_hit AS (
  entity_id int, type_name text, slug text, name text, description text,
  matched_alias text, language text, score float8
);

CREATE FUNCTION peer.search(query text, max_hits int DEFAULT 10) RETURNS SETOF peer.search_hit
LANGUAGE sql STABLE ROWS 10 AS $$
  WITH q AS (SELECT peer.fold(query) AS folded, lower(btrim(normalize(query, NFKC))) AS typed),
  offers AS (
    SELECT e.id AS entity_id, e.name AS matched, 'en' AS language, peer.score_match(q.folded, e."normalizedName") AS score, 0 AS offered
    FROM "Entity" e, q WHERE strpos(e."normalizedName", q.folded) > 0
    UNION ALL
    SELECT a."entityId", a.name, a.language, peer.score_match(q.folded, a.normalized), a.id
    FROM "Alias" a, q WHERE strpos(a.normalized, q.folded) > 0
    UNION ALL
    SELECT e.id, e.name, 'en', peer.score_near(q.folded, e."normalizedName"), 0
    FROM "Entity" e, q WHERE strpos(e."normalizedName", q.folded) = 0 AND (e."normalizedName" % q.folded OR q.folded <% e."normalizedName")
    UNION ALL
    SELECT a."entityId", a.name, a.language, peer.score_near(q.folded, a.normalized), a.id
    FROM "Alias" a, q WHERE strpos(a.normalized, q.folded) = 0 AND (a.normalized % q.folded OR q.folded <% a.normalized)
  ),
  -- Per entity: the best score; between equals, one written exactly as typed, then the last alias (search.sql.ts: alias id descending, the name itself last).
  best AS (
    SELECT DISTINCT ON (o.entity_id) o.*
    FROM offers o, q
    ORDER BY o.entity_id, o.score DESC, (lower(o.matched) = q.typed) DESC, o.offered DESC
  )
  SELECT e.id, peer.entity_type(e.id), e.slug, e.name, e.description, b.matched, b.language, b.score
  FROM best b JOIN "Entity" e ON e.id = b.entity_id
  ORDER BY b.score DESC, e.name COLLATE "und-x-icu", e.id
  LIMIT max_hits
$$;
`;
