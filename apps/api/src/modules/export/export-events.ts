import type { PrismaClient } from "../../db/prisma";
import { SqlParams, whereClause } from "../../db/sql-reader";
import { asOfDay } from "../../common/as-of";
import { toEventNode } from "../../common/nodes";
import { eventColumns, type EventRow } from "../../common/read-rows";
import { eventConditions, eventDay, eventOrder } from "../event/event.query";
import { orderBySql } from "../../common/cursor";
import type { ExportFilter, ExportRow } from "./export.service";
import { day, entityIds, fuzzy } from "./export-values";

/** One batch of the events export: the `events` query's own SQL (conditions, as-of status, order), so an export equals paging the API. */
export async function eventsBatch(options: { prisma: PrismaClient; filter: ExportFilter; after: number; size: number }): Promise<{ rows: ExportRow[]; last: number | null }> {
  const { prisma, filter, after, size } = options;
  const params = new SqlParams();
  const at = eventDay(params, asOfDay(filter.asOf));
  const conditions = eventConditions(filter, await entityIds(prisma, filter.entities), params, at);
  const rows = await prisma.$queryRawUnsafe<Array<EventRow & { participants: string | null }>>(
    `SELECT ${eventColumns(at.d, at.current)},
       (SELECT string_agg(p.role || ':' || e.slug, ' ' ORDER BY p.id) FROM "EventParticipant" p JOIN "Entity" e ON e.id = p."entityId" WHERE p."eventId" = ev.id) AS participants
     FROM "Event" ev ${whereClause(conditions)} ORDER BY ${orderBySql(eventOrder(null, at))}
     LIMIT ${params.add(size, "::int")} OFFSET ${params.add(after, "::int")}`,
    ...params.values,
  );
  // The API's order has no unique key to resume from, so batches are offsets into it, as API pages are.
  return {
    last: rows.length === size ? after + rows.length : null,
    rows: rows.map((row) => {
      const node = toEventNode(row, at.day);
      return {
        id: node.id,
        key: node.key,
        type: node.type,
        title: node.title,
        summary: node.summary,
        ...fuzzy("occurredOn", node.occurredOn),
        firstReportedOn: day(node.firstReportedOn),
        status: node.status,
        confidence: node.confidence,
        participants: row.participants ?? "",
      };
    }),
  };
}
