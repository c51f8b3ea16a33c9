-- Issue 11 (answers you can trust): the as-of rule everywhere in the read path (docs/trust.md).
-- Additive: new columns (one NOT NULL, backfilled first), one new table; the backfills match what the
-- seed computes, so a database seeded before this migration reads as of a date without re-seeding.

-- A source is surely public from the last day of its publication period ("May 2025" → 31 May).
ALTER TABLE "Source" ADD COLUMN "publicOn" DATE;
UPDATE "Source" SET "publicOn" = CASE "publishedPrecision" WHEN 'DAY' THEN "publishedOn"
  ELSE ("publishedOn" + make_interval(months => CASE "publishedPrecision" WHEN 'MONTH' THEN 1 WHEN 'HALF' THEN 6 WHEN 'YEAR' THEN 12 ELSE 3 END) - interval '1 day')::date END;
ALTER TABLE "Source" ALTER COLUMN "publicOn" SET NOT NULL;
CREATE INDEX "Source_publicOn_id_idx" ON "Source"("publicOn", "id");

-- The first-reported days of a model's status, access and release-date claims.
ALTER TABLE "AiModel" ADD COLUMN "statusReportedOn" DATE,
ADD COLUMN "accessReportedOn" DATE,
ADD COLUMN "releasedReportedOn" DATE;
UPDATE "AiModel" m SET
  "statusReportedOn" = (SELECT min(s."publicOn") FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."entityId" = m."entityId" AND c.claim = 'status'),
  "accessReportedOn" = (SELECT min(s."publicOn") FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."entityId" = m."entityId" AND c.claim = 'access'),
  "releasedReportedOn" = (SELECT min(s."publicOn") FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."entityId" = m."entityId" AND c.claim = 'releasedOn');

-- An entity's first-reported day (apps/api/src/modules/entity/entity-reported.ts).
ALTER TABLE "Entity" ADD COLUMN "firstReportedOn" DATE;
WITH evidence(id, day) AS (
  SELECT mn."entityId", s."publicOn" FROM "Mention" mn JOIN "Source" s ON s.id = mn."sourceId"
  UNION ALL SELECT p."entityId", ev."firstReportedOn" FROM "EventParticipant" p JOIN "Event" ev ON ev.id = p."eventId"
  UNION ALL SELECT r."personId", r."firstReportedOn" FROM "Role" r
  UNION ALL SELECT r."organizationId", r."firstReportedOn" FROM "Role" r
  UNION ALL SELECT c."entityId", s."publicOn" FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."entityId" IS NOT NULL
  UNION ALL SELECT c."attributedToId", s."publicOn" FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."attributedToId" IS NOT NULL
  UNION ALL SELECT a."entityId", s."publicOn" FROM "Citation" c JOIN "Alias" a ON a.id = c."aliasId" JOIN "Source" s ON s.id = c."sourceId"
  UNION ALL SELECT l."modelId", s."publicOn" FROM "Citation" c JOIN "ModelLineage" l ON l.id = c."lineageId" JOIN "Source" s ON s.id = c."sourceId"
  UNION ALL SELECT l."targetId", s."publicOn" FROM "Citation" c JOIN "ModelLineage" l ON l.id = c."lineageId" JOIN "Source" s ON s.id = c."sourceId"
  UNION ALL SELECT s."publisherId", s."publicOn" FROM "Source" s WHERE s."publisherId" IS NOT NULL
),
earliest AS (SELECT e.id, min(evidence.day) AS day FROM "Entity" e LEFT JOIN evidence ON evidence.id = e.id GROUP BY e.id)
UPDATE "Entity" e SET "firstReportedOn" = earliest.day FROM earliest
WHERE earliest.id = e.id AND e."firstReportedOn" IS DISTINCT FROM earliest.day;

-- An event's status and confidence over time; until re-seeded, one row: the stored values.
CREATE TABLE "EventAssessment" (
    "eventId" INTEGER NOT NULL,
    "fromDay" DATE NOT NULL,
    "status" "EventStatus" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "EventAssessment_pkey" PRIMARY KEY ("eventId","fromDay")
);
ALTER TABLE "EventAssessment" ADD CONSTRAINT "EventAssessment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
INSERT INTO "EventAssessment" ("eventId", "fromDay", "status", "confidence") SELECT id, "firstReportedOn", status, confidence FROM "Event";

-- Figures written without a first-reported day (accepted candidates) were first reported with their event.
UPDATE "Figure" f SET "firstReportedOn" = ev."firstReportedOn" FROM "Event" ev WHERE ev.id = f."eventId" AND f."firstReportedOn" IS NULL;
