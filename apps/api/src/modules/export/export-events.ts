import type { PrismaClient } from "../../db/prisma";
import { shapedStatement, SqlParams, whereClause, type SqlReader } from "../../db/sql-reader";
import { asOfDay, type AsOfDay } from "../../common/as-of";
import { toEventNode } from "../../common/nodes";
import { eventColumns, type EventRow } from "../../common/read-rows";
import { keyColumnsSql, keysOfRow, orderBySql, rowsAfter } from "../../common/cursor";
import { eventDay, eventSelection } from "../event/event.query";
import type { ExportFilter, ExportRow } from "./export.service";
import { day, entityIds, fuzzy } from "./export-values";

type EventExportRow = EventRow & { participants: string | null };

/**
 * The events export: the `events` query's own SQL (conditions, as-of status, keyset order), so an
 * export equals paging the API. Each batch resumes after the sort keys of the previous one's last
 * row: an index seek, so the last batch of a million rows costs what the first does (an offset
 * would sort and skip everything before it, and compute participants for every skipped row).
 */
export async function* eventBatches(options: { prisma: PrismaClient; reader: SqlReader; filter: ExportFilter; size: number }): AsyncGenerator<ExportRow[]> {
  const { prisma, reader, filter, size } = options;
  const ids = await entityIds(prisma, filter.entities);
  let after: string[] | null = null;
  for (;;) {
    const params = new SqlParams();
    const at = eventDay(params, asOfDay(filter.asOf));
    const { from, conditions, order } = eventSelection(filter, ids, null, params, at);
    if (after) conditions.push(rowsAfter(order, after, params));
    // Through the read path's driver, as a prepared statement: Prisma's raw queries tag and convert
    // every value, which was most of an export's CPU.
    const statement = shapedStatement(
      "export_events",
      `SELECT ${eventColumns(at.d, at.current)}${keyColumnsSql(order)},
         (SELECT string_agg(p.role || ':' || e.slug, ' ' ORDER BY p.id) FROM "EventParticipant" p JOIN "Entity" e ON e.id = p."entityId" WHERE p."eventId" = ev.id) AS participants
       FROM ${from} ${whereClause(conditions)} ORDER BY ${orderBySql(order)}
       LIMIT ${params.add(size, "::int")}`,
    );
    const rows = await reader.query<EventExportRow>(statement, params.values);
    if (rows.length) yield rows.map((row) => exportRow(row, at.day));
    if (rows.length < size) return;
    after = keysOfRow(rows[rows.length - 1], order);
  }
}

function exportRow(row: EventExportRow, asOf: AsOfDay): ExportRow {
  const node = toEventNode(row, asOf);
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
}
