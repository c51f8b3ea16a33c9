-- Issue 10 (scale): indexes in the exact filters and orders of the read path's SQL, so that a page
-- is read from an index instead of sorting every matching row. Checked with EXPLAIN on a generated
-- corpus by bench/scale/src/entity-pages.int.test.ts.

-- Events in the default order (occurredOn newest first, undated last; apps/api/src/modules/event/
-- event.query.ts eventOrderSql), one index per direction: NULLS LAST does not reverse.
CREATE INDEX "Event_occurred_order_desc_idx" ON "Event" ("occurredStart" DESC NULLS LAST, "firstReportedOn" DESC, "id" DESC);
CREATE INDEX "Event_occurred_order_asc_idx" ON "Event" ("occurredStart" ASC NULLS LAST, "firstReportedOn" ASC, "id" ASC);

-- Events by confidence (ties: newest first report), per direction; they replace the index on
-- confidence alone. Ordered by first report: "Event_firstReportedOn_id_idx" already serves both ways.
DROP INDEX "Event_confidence_idx";
CREATE INDEX "Event_confidence_desc_idx" ON "Event" ("confidence" DESC, "firstReportedOn" DESC, "id" DESC);
CREATE INDEX "Event_confidence_asc_idx" ON "Event" ("confidence" ASC, "firstReportedOn" DESC, "id" ASC);

-- Search (apps/api/src/modules/search/search.sql.ts): names and aliases that start with the query
-- once spaces are ignored ("scaleai" finds "scale ai"). With these, every branch of the name match
-- is served by a trigram index and the match is a bitmap OR instead of a scan of every alias.
CREATE INDEX "Entity_normalizedName_compact_trgm_idx" ON "Entity" USING GIN (replace("normalizedName", ' ', '') gin_trgm_ops);
CREATE INDEX "Alias_normalized_compact_trgm_idx" ON "Alias" USING GIN (replace("normalized", ' ', '') gin_trgm_ops);
