-- Issue 9 (search speed): the names and aliases a search could match, found through their indexes
-- only. pg_trgm prices its similarity operators (%, <%) like an integer comparison, so on a small
-- knowledge base (the seed: about 1,200 entities and 3,000 aliases) the planner preferred reading
-- every name and computing its trigrams: 8 ms a search, against under 1 ms through the trigram and
-- compact-name indexes. Its functions belong to the superuser who installed the extension, so their
-- cost cannot be corrected here; instead this lookup runs with sequential scans priced out, which
-- changes nothing at a million names (the indexes win there anyway). PL/pgSQL keeps the plan per
-- connection. The scoring stays in apps/api/src/modules/search/search.sql.ts, which calls this.
--   folded      the folded query ("open ai")
--   compact     the folded query without spaces ("openai"): names that start with it
--   pattern     the LIKE pattern the caller built ("%open ai%", or "谷歌%" under three characters)
--   name_keys   space-free forms the query could stand for (inflections taken off, runs inside it)
CREATE FUNCTION search_name_candidates(folded text, compact text, pattern text, name_keys text[])
RETURNS TABLE (candidate_entity integer, candidate_alias integer, candidate_name text, candidate_language text, candidate_norm text)
LANGUAGE plpgsql STABLE ROWS 50
SET enable_seqscan = off
AS $$
BEGIN
  RETURN QUERY
    SELECT e.id, 0, e.name, 'en'::text, e."normalizedName"
    FROM "Entity" e
    WHERE e."normalizedName" LIKE pattern OR e."normalizedName" % folded OR folded <% e."normalizedName"
      OR replace(e."normalizedName", ' ', '') LIKE compact || '%' OR replace(e."normalizedName", ' ', '') = ANY (name_keys)
    UNION ALL
    SELECT a."entityId", a.id, a.name, a.language, a.normalized
    FROM "Alias" a
    WHERE a.normalized LIKE pattern OR a.normalized % folded OR folded <% a.normalized
      OR replace(a.normalized, ' ', '') LIKE compact || '%' OR replace(a.normalized, ' ', '') = ANY (name_keys);
END
$$;
