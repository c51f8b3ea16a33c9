-- Issue 10 (counts that stay cheap at a million events): `events(filter: {language})` keeps the
-- events with a citation from a source in that language. Its bounded count walks the events and
-- asks, for each, whether one of its citations has such a source; both steps read a heap row per
-- citation and per source (17k of each to find 1,000 Japanese-cited events: 206-330 ms). The first
-- two covering indexes answer both from the index alone (55 ms). A count that must find them all
-- (the exact count, or a bound above how many there are) starts from the sources instead: the
-- last two find them and their citations' events without reading a source's or citation's row.
-- Hand-written like the keyset indexes: Prisma's schema cannot declare INCLUDE columns.
CREATE INDEX "Citation_eventId_sourceId_idx" ON "Citation" ("eventId") INCLUDE ("sourceId");
CREATE INDEX "Source_id_language_publicOn_idx" ON "Source" (id) INCLUDE (language, "publicOn");
CREATE INDEX "Source_language_publicOn_idx" ON "Source" (language, "publicOn") INCLUDE (id);
CREATE INDEX "Citation_sourceId_eventId_idx" ON "Citation" ("sourceId") INCLUDE ("eventId");
