import DataLoader from "dataloader";
import type { Figure, Prisma, PrismaClient } from "../../db/prisma";
import { fuzzyDateFromColumns } from "../../common/fuzzy-date.type";
import { periodEnd } from "../../common/fuzzy-date";
import { toEventNode, type EventNode } from "../../common/nodes";
import type { Page } from "../../common/pagination";
import { badUserInput } from "../../common/global-id";
import type { EventFilter, EventOrder, FigureType } from "./event.type";

export interface EventListOptions {
  prisma: PrismaClient;
  filter?: EventFilter | null;
  orderBy?: EventOrder | null;
  page: Page;
}

/** Translates the public filter into a Prisma condition; unknown entity slugs are a user error. */
export async function buildEventWhere(prisma: PrismaClient, filter: EventFilter | null | undefined): Promise<Prisma.EventWhereInput> {
  if (!filter) return {};
  const conditions: Prisma.EventWhereInput[] = [];
  if (filter.types?.length) conditions.push({ type: { in: filter.types } });
  if (filter.status?.length) conditions.push({ status: { in: filter.status } });
  if (filter.minConfidence != null) conditions.push({ confidence: { gte: filter.minConfidence } });
  if (filter.asOf) conditions.push({ firstReportedOn: { lte: filter.asOf } });
  if (filter.language) conditions.push({ citations: { some: { source: { language: filter.language } } } });
  // Events with no known date fall back on their first report date.
  if (filter.from)
    conditions.push({ OR: [{ occurredEnd: { gte: filter.from } }, { occurredEnd: null, firstReportedOn: { gte: filter.from } }] });
  if (filter.to)
    conditions.push({ OR: [{ occurredStart: { lte: filter.to } }, { occurredStart: null, firstReportedOn: { lte: filter.to } }] });
  if (filter.entities?.length) {
    const entities = await prisma.entity.findMany({ where: { slug: { in: filter.entities } }, select: { id: true, slug: true } });
    const missing = filter.entities.filter((slug) => !entities.some((entity) => entity.slug === slug));
    if (missing.length) throw badUserInput(`Unknown entity slug(s) in filter.entities: ${missing.join(", ")}`, { argument: "filter.entities" });
    conditions.push({ participants: { some: { entityId: { in: entities.map((entity) => entity.id) } } } });
  }
  return conditions.length ? { AND: conditions } : {};
}

export function eventOrderBy(order: EventOrder | null | undefined): Prisma.EventOrderByWithRelationInput[] {
  const direction = (order?.direction ?? "DESC") === "ASC" ? "asc" : "desc";
  switch (order?.field ?? "OCCURRED_ON") {
    case "FIRST_REPORTED_ON":
      return [{ firstReportedOn: direction }, { id: direction }];
    case "CONFIDENCE":
      return [{ confidence: direction }, { firstReportedOn: "desc" }, { id: direction }];
    default:
      return [{ occurredStart: { sort: direction, nulls: "last" } }, { firstReportedOn: direction }, { id: direction }];
  }
}

export async function listEvents(options: EventListOptions): Promise<{ nodes: EventNode[]; totalCount: number }> {
  const { prisma, filter, orderBy, page } = options;
  const where = await buildEventWhere(prisma, filter);
  const [rows, totalCount] = await Promise.all([
    prisma.event.findMany({ where, orderBy: eventOrderBy(orderBy), skip: page.offset, take: page.limit }),
    prisma.event.count({ where }),
  ]);
  return { nodes: rows.map(toEventNode), totalCount };
}

/**
 * Events of many entities at once (one statement for the whole batch), for `Entity.events`:
 * every event touching any of the entities, then each entity's page cut from it.
 */
export function createEntityEventsLoader(options: Omit<EventListOptions, "page"> & { page: Page }) {
  const { prisma, filter, orderBy, page } = options;
  return new DataLoader<number, { nodes: EventNode[]; totalCount: number }>(async (entityIds) => {
    const where = await buildEventWhere(prisma, filter);
    const rows = await prisma.event.findMany({
      where: { AND: [where, { participants: { some: { entityId: { in: [...entityIds] } } } }] },
      orderBy: eventOrderBy(orderBy),
      include: { participants: { where: { entityId: { in: [...entityIds] } }, select: { entityId: true } } },
    });
    return entityIds.map((entityId) => {
      const mine = rows.filter((row) => row.participants.some((p) => p.entityId === entityId));
      return { nodes: mine.slice(page.offset, page.offset + page.limit).map(toEventNode), totalCount: mine.length };
    });
  });
}

export function toFigure(row: Figure): FigureType {
  return {
    figureId: row.id,
    eventId: row.eventId,
    kind: row.kind,
    metric: row.metric,
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
