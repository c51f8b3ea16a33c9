-- Issue 10 (scale): rows of the synthetic benchmark corpus (npm run corpus:generate) are marked, so
-- they are never mistaken for the knowledge base and a query can leave them out. Every other
-- generated row (participants, figures, citations, mentions, roles, aliases) hangs off a marked
-- entity, event or source.
-- Additive only: defaulted columns, no table rewrite.
ALTER TABLE "Entity" ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Event" ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Source" ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
