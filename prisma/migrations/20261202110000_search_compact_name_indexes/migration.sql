-- Issue 10 (scale): search (apps/api/src/modules/search/search.sql.ts) also matches names and
-- aliases that start with the query once spaces are ignored ("scaleai" finds "scale ai"). That was
-- the one branch of the name match no index served, so every search read every alias; with these,
-- each branch has a trigram index and the match can be a bitmap OR. Expression indexes cannot be
-- declared in schema.prisma; they live here only.
CREATE INDEX "Entity_normalizedName_compact_trgm_idx" ON "Entity" USING GIN (replace("normalizedName", ' ', '') gin_trgm_ops);
CREATE INDEX "Alias_normalized_compact_trgm_idx" ON "Alias" USING GIN (replace("normalized", ' ', '') gin_trgm_ops);
