import DataLoader from "dataloader";
import type { Alias, Citation, EventParticipant, Figure, ModelLineage, PrismaClient, Role, SourceFigure } from "../db/prisma";
import {
  entityInclude,
  toEntityNode,
  toEventNode,
  toSourceNode,
  type EntityNode,
  type EventNode,
  type SourceNode,
} from "./nodes";
import { descendantsOf } from "../modules/organization/organization.service";

function groupBy<K, V>(rows: V[], keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** A loader of "many rows per key", one SQL statement per batch. */
function manyLoader<V>(fetch: (keys: number[]) => Promise<V[]>, keyOf: (row: V) => number | null) {
  return new DataLoader<number, V[]>(async (keys) => {
    const groups = groupBy(await fetch([...keys]), keyOf);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader of "one row per key", one SQL statement per batch. */
function oneLoader<K, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Per-request loaders: a query's statement count stays flat however many items it returns. */
export function createLoaders(prisma: PrismaClient) {
  const citationsBy = (field: "eventId" | "figureId" | "roleId" | "lineageId" | "aliasId") =>
    manyLoader<Citation>(
      (ids) => prisma.citation.findMany({ where: { [field]: { in: ids } }, orderBy: [{ sourceId: "asc" }, { id: "asc" }] }),
      (row) => row[field],
    );
  return {
    entity: oneLoader<number, EntityNode>(
      async (ids) => (await prisma.entity.findMany({ where: { id: { in: ids } }, include: entityInclude })).map(toEntityNode),
      (node) => node.entityId,
    ),
    entityBySlug: oneLoader<string, EntityNode>(
      async (slugs) => (await prisma.entity.findMany({ where: { slug: { in: slugs } }, include: entityInclude })).map(toEntityNode),
      (node) => node.slug,
    ),
    aliasesByEntity: manyLoader<Alias>(
      (ids) => prisma.alias.findMany({ where: { entityId: { in: ids } }, orderBy: [{ language: "asc" }, { name: "asc" }] }),
      (row) => row.entityId,
    ),
    childOrganizations: manyLoader<EntityNode>(
      async (ids) =>
        (
          await prisma.entity.findMany({
            where: { organization: { parentId: { in: ids } } },
            include: entityInclude,
            orderBy: { name: "asc" },
          })
        ).map(toEntityNode),
      (node) => ("parentId" in node ? node.parentId : null),
    ),
    modelsByOwner: manyLoader<EntityNode>(
      async (ids) =>
        (await prisma.entity.findMany({ where: { model: { ownerId: { in: ids } } }, include: entityInclude, orderBy: { name: "asc" } })).map(
          toEntityNode,
        ),
      (node) => (node.__typename === "AiModel" ? node.ownerId : null),
    ),
    modelsByDeveloper: manyLoader<EntityNode>(
      async (ids) =>
        (
          await prisma.entity.findMany({ where: { model: { developerId: { in: ids } } }, include: entityInclude, orderBy: { name: "asc" } })
        ).map(toEntityNode),
      (node) => (node.__typename === "AiModel" ? node.developerId : null),
    ),
    lineageByModel: manyLoader<ModelLineage>(
      (ids) => prisma.modelLineage.findMany({ where: { modelId: { in: ids } }, orderBy: { id: "asc" } }),
      (row) => row.modelId,
    ),
    lineageByTarget: manyLoader<ModelLineage>(
      (ids) => prisma.modelLineage.findMany({ where: { targetId: { in: ids } }, orderBy: { id: "asc" } }),
      (row) => row.targetId,
    ),
    rolesByPerson: manyLoader<Role>(
      (ids) => prisma.role.findMany({ where: { personId: { in: ids } }, orderBy: [{ startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }] }),
      (row) => row.personId,
    ),
    rolesByOrganization: manyLoader<Role>(
      (ids) => prisma.role.findMany({ where: { organizationId: { in: ids } }, orderBy: [{ startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }] }),
      (row) => row.organizationId,
    ),
    event: oneLoader<number, EventNode>(
      async (ids) => (await prisma.event.findMany({ where: { id: { in: ids } } })).map(toEventNode),
      (node) => node.eventId,
    ),
    participantsByEvent: manyLoader<EventParticipant>(
      (ids) => prisma.eventParticipant.findMany({ where: { eventId: { in: ids } }, orderBy: { id: "asc" } }),
      (row) => row.eventId,
    ),
    figuresByEvent: manyLoader<Figure>(
      (ids) => prisma.figure.findMany({ where: { eventId: { in: ids } }, orderBy: [{ eventId: "asc" }, { position: "asc" }] }),
      (row) => row.eventId,
    ),
    citationsByEvent: citationsBy("eventId"),
    citationsByFigure: citationsBy("figureId"),
    citationsByRole: citationsBy("roleId"),
    citationsByLineage: citationsBy("lineageId"),
    citationsByAlias: citationsBy("aliasId"),
    figuresBySource: manyLoader<SourceFigure>(
      (ids) => prisma.sourceFigure.findMany({ where: { sourceId: { in: ids } }, orderBy: [{ sourceId: "asc" }, { position: "asc" }] }),
      (row) => row.sourceId,
    ),
    eventCitationsBySource: manyLoader<Citation>(
      (ids) => prisma.citation.findMany({ where: { sourceId: { in: ids }, eventId: { not: null } }, orderBy: [{ quoteStart: "asc" }, { id: "asc" }] }),
      (row) => row.sourceId,
    ),
    descendants: new DataLoader<number, number[]>(async (ids) => {
      const tree = await descendantsOf(prisma, ids);
      return ids.map((id) => tree.get(id) ?? []);
    }),
    source: oneLoader<number, SourceNode>(
      async (ids) => (await prisma.source.findMany({ where: { id: { in: ids } } })).map(toSourceNode),
      (node) => node.sourceId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
