import type { OrganizationKind, PrismaClient, Stance } from "../../db/prisma";
import { SqlParams, whereClause } from "../../db/sql-reader";
import { asOfDay, citationColumns, visibleAsOf } from "../../common/as-of";
import { toGlobalId } from "../../common/global-id";
import { eventConditions, eventDay } from "../event/event.query";
import type { ExportFilter, ExportRow } from "./export.service";
import { day, entityIds, organizationId, page } from "./export-values";

/** The filters that select citations by the event they back (directly or through a figure). */
const EVENT_FILTERS = ["types", "entities", "from", "to", "status", "minConfidence"] as const;

interface CitationExportRow {
  id: number;
  eventId: number | null;
  figureId: number | null;
  roleId: number | null;
  aliasId: number | null;
  lineageId: number | null;
  entityId: number | null;
  sourceId: number;
  quote: string;
  quoteStart: number;
  stance: Stance;
  attributedToId: number | null;
  publicSince: Date | null;
  factEventId: number | null;
  sourceLanguage: string;
  attributedToKind: OrganizationKind | null;
  attributedToSlug: string | null;
}

const factOf = (row: CitationExportRow) =>
  row.figureId != null ? "figure" : row.eventId != null ? "event" : row.roleId != null ? "role" : row.aliasId != null ? "alias" : row.lineageId != null ? "lineage" : "entity";

/**
 * One batch of the citations export: the citations the API shows as of the day (as-of.ts
 * visibleAsOf.citation), of events matching the `events` query's own conditions when an event filter
 * is given, so a status or confidence filter reads them as they stood on the as-of day. `language` is
 * the citing source's.
 */
export async function citationsBatch(options: { prisma: PrismaClient; filter: ExportFilter; after: number; size: number }): Promise<{ rows: ExportRow[]; last: number | null }> {
  const { prisma, filter, after, size } = options;
  const params = new SqlParams();
  const at = eventDay(params, asOfDay(filter.asOf));
  const conditions = [`c.id > ${params.add(after, "::int")}`, visibleAsOf.citation("c", at.d)];
  if (filter.language) conditions.push(`s.language = ${params.add(filter.language)}`);
  if (EVENT_FILTERS.some((name) => filter[name] != null)) {
    const matching = eventConditions({ ...filter, language: null }, await entityIds(prisma, filter.entities), params, at);
    conditions.push(`EXISTS (SELECT 1 FROM "Event" ev WHERE ev.id = COALESCE(c."eventId", f."eventId") AND ${matching.join(" AND ")})`);
  }
  const rows = await prisma.$queryRawUnsafe<CitationExportRow[]>(
    `SELECT ${citationColumns("c")}, COALESCE(c."eventId", f."eventId") AS "factEventId", s.language AS "sourceLanguage",
       o.kind::text AS "attributedToKind", oe.slug AS "attributedToSlug"
     FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Figure" f ON f.id = c."figureId"
     LEFT JOIN "Organization" o ON o."entityId" = c."attributedToId" LEFT JOIN "Entity" oe ON oe.id = c."attributedToId"
     ${whereClause(conditions)} ORDER BY c.id LIMIT ${params.add(size, "::int")}`,
    ...params.values,
  );
  return {
    ...page(rows, size),
    rows: rows.map((row) => ({
      fact: factOf(row),
      eventId: row.factEventId == null ? null : toGlobalId("Event", row.factEventId),
      sourceId: toGlobalId("Source", row.sourceId),
      quote: row.quote,
      quoteStart: row.quoteStart,
      stance: row.stance,
      attributedToId: organizationId(row.attributedToId, row.attributedToKind ?? undefined),
      attributedToSlug: row.attributedToSlug,
      sourceLanguage: row.sourceLanguage,
      publicSince: day(row.publicSince),
    })),
  };
}
