import { Prisma } from "../../db/prisma";

type Tx = Prisma.TransactionClient;

/**
 * Every entity's first-reported day (docs/trust.md): the earliest day a source Orchard holds named it
 * (a mention, an alias's source, a source it published or is credited in) or reported a fact about
 * it (an event it takes part in, a role, a claim, a lineage edge). Null when no dated source does: an
 * identifier only, shown at every date. The as-of rule reads it (common/as-of.ts visibleAsOf.entity).
 */
export const REFRESH_ENTITY_FIRST_REPORTED = `
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
WHERE earliest.id = e.id AND e."firstReportedOn" IS DISTINCT FROM earliest.day`;

/** Recomputes every entity's first-reported day from all the evidence (the seed, after its writes). */
export async function refreshEntityFirstReported(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(REFRESH_ENTITY_FIRST_REPORTED);
}

/**
 * Entities a newly stored source names (or an accepted event involves) were reported on `day` at the
 * latest: evidence is only ever added this way, so the earliest day is a running minimum.
 */
export async function noteEntitiesReported(tx: Tx, entityIds: readonly number[], day: Date): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.$executeRaw`UPDATE "Entity" SET "firstReportedOn" = LEAST(COALESCE("firstReportedOn", ${day}::date), ${day}::date)
    WHERE id = ANY(${[...new Set(entityIds)]}::int[])`;
}
