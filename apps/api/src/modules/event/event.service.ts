import DataLoader from "dataloader";
import type { Figure } from "../../db/prisma";
import { fuzzyDateFromColumns } from "../../common/fuzzy-date.type";
import { periodEnd } from "../../common/fuzzy-date";
import { toEventNode, type EntityNode, type EventNode } from "../../common/nodes";
import { toCountedLazilyConnection, type ConnectionShape, type Page } from "../../common/pagination";
import type { Loaders } from "../../common/loaders";
import type { EventRow } from "../../common/read-rows";
import type { AsOfDay } from "../../common/as-of";
import { SqlParams, shapedStatement, whereClause, type SqlReader } from "../../db/sql-reader";
import { NO_PREFETCH, eventPageColumns, primeEventLoaders, type EventPrefetch, type PrefetchedColumns } from "./event.prefetch";
import { entityEventSelection, eventDay, eventSelection } from "./event.query";
import { afterCondition, encodeCursor, keyColumnsSql, keysOfRow, orderBySql, orderSignature } from "../../common/cursor";
import { queryPage } from "../../common/sql-page";
import { badUserInput } from "../../common/global-id";
import type { EventFilter, EventOrder, FigureType } from "./event.type";

/** Resolves `filter.entities` to ids; an unknown slug is the client's error. */
export async function resolveEntitySlugs(loaders: Loaders, slugs: string[] | null | undefined): Promise<number[] | null> {
  if (!slugs?.length) return null;
  const nodes = await loaders.entityBySlug.loadMany(slugs);
  const missing = slugs.filter((_slug, index) => !nodes[index] || nodes[index] instanceof Error);
  if (missing.length) throw badUserInput(`Unknown entity slug(s) in filter.entities: ${missing.join(", ")}`, { argument: "filter.entities" });
  return nodes.map((node) => (node as EntityNode).entityId);
}

export interface EventListOptions {
  reader: SqlReader;
  loaders: Loaders;
  filter?: EventFilter | null;
  orderBy?: EventOrder | null;
  page: Page;
  /** The as-of day (common/as-of.ts): only events reported by then, as they stood then. */
  asOf: AsOfDay;
  /** Relations the query selects on the events, fetched in the page's own statement. */
  prefetch?: EventPrefetch;
}

/** One page of events in one statement; the count runs only when `totalCount` is asked for. */
export async function listEvents(options: EventListOptions): Promise<ConnectionShape<EventNode>> {
  const { reader, loaders, filter, orderBy, page, asOf, prefetch = NO_PREFETCH } = options;
  const params = new SqlParams();
  const at = eventDay(params, asOf);
  const { from, conditions, order, count } = eventSelection(filter, await resolveEntitySlugs(loaders, filter?.entities), orderBy, params, at);
  return queryPage({
    reader,
    name: "events",
    columns: eventPageColumns(prefetch, at.d, at.current),
    from,
    conditions,
    count,
    params,
    order,
    page,
    toNode: (row: EventRow & PrefetchedColumns) => toEventNode(row, asOf),
    onRows: (rows) => primeEventLoaders(loaders.at(asOf), prefetch, rows),
  });
}

/**
 * `Entity.events` for many entities at once: one statement cuts each entity's page (a lateral
 * subquery per entity), another counts them when asked.
 */
export function createEntityEventsLoader(options: EventListOptions) {
  const { reader, loaders, filter, orderBy, page, asOf, prefetch = NO_PREFETCH } = options;
  // The statements' parts, the same for every batch: the entity is the lateral `k.eid`.
  const shape = async () => {
    const params = new SqlParams();
    params.add(null); // $1: the entity ids, set per batch
    const at = eventDay(params, asOf); // $2: the as-of day
    const selection = entityEventSelection("k.eid", filter, await resolveEntitySlugs(loaders, filter?.entities), orderBy, params, at);
    return { params, at, selection, signature: orderSignature("entity_events", selection.order) };
  };
  let shaped: ReturnType<typeof shape> | undefined;
  const counts = new DataLoader<number, number>(async (entityIds) => {
    const { params, selection } = await (shaped ??= shape());
    const counted = selection.count ?? { from: selection.from, conditions: selection.conditions, expression: "*" };
    const statement = shapedStatement(
      "entity_events_count",
      `SELECT k.eid AS "entityId", (SELECT count(${counted.expression})::int FROM ${counted.from} ${whereClause(counted.conditions)}) AS count FROM unnest($1::int[]) AS k(eid)`,
    );
    const rows = await reader.query<{ entityId: number; count: number }>(statement, [entityIds, ...params.values.slice(1)]);
    const byEntity = new Map(rows.map((row) => [row.entityId, row.count]));
    return entityIds.map((id) => byEntity.get(id) ?? 0);
  });
  return new DataLoader<number, ConnectionShape<EventNode>>(async (entityIds) => {
    const { params, at, selection, signature } = await (shaped ??= shape());
    const { from, conditions, order } = selection;
    const pageParams = new SqlParams();
    pageParams.values.push(entityIds, ...params.values.slice(1));
    const seek = page.after ? afterCondition(page.after, signature, order, pageParams) : null;
    const limit = pageParams.add(page.limit + 1, "::int");
    const offset = seek ? "" : ` OFFSET ${pageParams.add(page.offset, "::int")}`;
    const statement = shapedStatement(
      "entity_events_page",
      `SELECT k.eid AS "entityId", x.* FROM unnest($1::int[]) AS k(eid)
       CROSS JOIN LATERAL (SELECT ${eventPageColumns(prefetch, at.d, at.current)}${keyColumnsSql(order)} FROM ${from}
         ${whereClause(seek ? [...conditions, seek] : conditions)} ORDER BY ${orderBySql(order)} LIMIT ${limit}${offset}) x`,
    );
    const rows = await reader.query<EventRow & PrefetchedColumns & { entityId: number }>(statement, pageParams.values);
    primeEventLoaders(loaders.at(asOf), prefetch, rows);
    return entityIds.map((entityId) => {
      const own = rows.filter((row) => row.entityId === entityId);
      return toCountedLazilyConnection(
        own.map((row) => toEventNode(row, asOf)),
        page,
        () => counts.load(entityId),
        (index) => encodeCursor({ offset: page.offset + index, order: signature, keys: keysOfRow(own[index], order) }),
      );
    });
  });
}

export function toFigure(row: Figure, asOf: AsOfDay): FigureType {
  return {
    figureId: row.id,
    eventId: row.eventId,
    asOf,
    kind: row.kind,
    metric: row.metric,
    qualifier: row.qualifier,
    value: row.value == null ? null : Number(row.value),
    valueMax: row.valueMax == null ? null : Number(row.valueMax),
    unit: row.unit,
    text: row.text,
    date: fuzzyDateFromColumns(row.dateText, row.dateStart, row.dateEnd, row.datePrecision),
    effectiveOn: fuzzyDateFromColumns(
      row.effectiveText,
      row.effectiveStart,
      row.effectiveStart && row.effectivePrecision ? periodEnd(row.effectiveStart, row.effectivePrecision) : null,
      row.effectivePrecision,
    ),
  };
}
