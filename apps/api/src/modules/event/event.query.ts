import { createHash } from "node:crypto";
import { toIsoDay } from "../../common/fuzzy-date";
import { sql, type SqlStatement } from "../../db/sql-reader";
import type { EventFilter, EventOrder } from "./event.type";

/**
 * The events filter and order as SQL over `"Event" ev`, for the read path. Values travel as
 * parameters; the statement text depends only on which filters are present, so each shape is
 * prepared once per connection.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder. */
  add(value: unknown, cast = ""): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** Named statement for a dynamically shaped text: the name is a digest of the text. */
export function shapedStatement(prefix: string, text: string): SqlStatement {
  const digest = createHash("sha1").update(text).digest("base64url").slice(0, 16);
  return sql(`${prefix}_${digest}`, text);
}

/** The filter's conditions (ANDed); `entityIds` are the resolved `filter.entities`. */
export function eventConditions(filter: EventFilter | null | undefined, entityIds: number[] | null, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (!filter) return conditions;
  if (filter.types?.length) conditions.push(`ev.type = ANY(${params.add(filter.types, '::text[]::"EventType"[]')})`);
  if (filter.status?.length) conditions.push(`ev.status = ANY(${params.add(filter.status, '::text[]::"EventStatus"[]')})`);
  if (filter.minConfidence != null) conditions.push(`ev.confidence >= ${params.add(filter.minConfidence, "::float8")}`);
  if (filter.asOf) conditions.push(`ev."firstReportedOn" <= ${params.add(toIsoDay(filter.asOf), "::date")}`);
  if (filter.language)
    conditions.push(
      `EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."eventId" = ev.id AND s.language = ${params.add(filter.language)})`,
    );
  // Events with no known date fall back on their first report date.
  if (filter.from) {
    const from = params.add(toIsoDay(filter.from), "::date");
    conditions.push(`(ev."occurredEnd" >= ${from} OR (ev."occurredEnd" IS NULL AND ev."firstReportedOn" >= ${from}))`);
  }
  if (filter.to) {
    const to = params.add(toIsoDay(filter.to), "::date");
    conditions.push(`(ev."occurredStart" <= ${to} OR (ev."occurredStart" IS NULL AND ev."firstReportedOn" <= ${to}))`);
  }
  if (entityIds)
    conditions.push(`EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ANY(${params.add(entityIds, "::int[]")}))`);
  return conditions;
}

export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

/** ORDER BY for the public event order; the default is occurredOn, newest first, undated last. */
export function eventOrderSql(order: EventOrder | null | undefined): string {
  const direction = (order?.direction ?? "DESC") === "ASC" ? "ASC" : "DESC";
  switch (order?.field ?? "OCCURRED_ON") {
    case "FIRST_REPORTED_ON":
      return `ev."firstReportedOn" ${direction}, ev.id ${direction}`;
    case "CONFIDENCE":
      return `ev.confidence ${direction}, ev."firstReportedOn" DESC, ev.id ${direction}`;
    default:
      return `ev."occurredStart" ${direction} NULLS LAST, ev."firstReportedOn" ${direction}, ev.id ${direction}`;
  }
}
