-- Issue 14 (search): search (apps/api/src/modules/search/search.sql.ts) also looks names and
-- aliases up by their space-free form among a list of keys drawn from the query: the query with a
-- possessive, case ending, particle or proclitic taken off ("metas", "메타의", "وجوجل"), and the runs
-- of words or CJK characters inside it, for a name within a phrase ("la famiglia llama"). An
-- equality against a list (= ANY) is a B-tree probe per key; the trigram indexes cannot serve it.
-- Expression indexes cannot be declared in schema.prisma; they live here only.
CREATE INDEX "Entity_normalizedName_compact_idx" ON "Entity" (replace("normalizedName", ' ', ''));
CREATE INDEX "Alias_normalized_compact_idx" ON "Alias" (replace("normalized", ' ', ''));
