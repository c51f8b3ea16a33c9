import DataLoader from "dataloader";
import { groupBy } from "./group-by";
import type { Alias, Citation, EventParticipant, Figure, ModelLineage, Role, SourceFigure } from "../db/prisma";
import { sql, type SqlReader, type SqlStatement } from "../db/sql-reader";
import { toEventNode, toSourceNode, type EntityNode, type EventNode, type SourceNode } from "./nodes";
import {
  ENTITY_COLUMNS,
  ENTITY_FROM,
  EVENT_COLUMNS,
  SOURCE_COLUMNS,
  entitiesById,
  entitiesBySlug,
  entityNodeFromRow,
  type EntityFlatRow,
  type EventRow,
  type SourceRow,
} from "./read-rows";

/** A loader of "many rows per key": one statement per batch, the keys as one array parameter. */
function manyLoader<V, R = V>(reader: SqlReader, statement: SqlStatement, keyOf: (item: V) => number | null, map?: (row: R) => V) {
  return new DataLoader<number, V[]>(async (keys) => {
    const rows = await reader.query<R>(statement, [keys]);
    const groups = groupBy(map ? rows.map(map) : (rows as unknown as V[]), keyOf);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader of "one row per key": one statement per batch. */
function oneLoader<K, V, R>(reader: SqlReader, statement: SqlStatement, keyOf: (node: V) => K, map: (row: R) => V) {
  return new DataLoader<K, V | null>(async (keys) => {
    const nodes = (await reader.query<R>(statement, [keys])).map(map);
    const byKey = new Map(nodes.map((node) => [keyOf(node), node]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

const CITATIONS_BY = (field: string) =>
  sql(`citations_by_${field}`, `SELECT * FROM "Citation" WHERE "${field}" = ANY($1::int[]) ORDER BY "sourceId", id`);

const STATEMENTS = {
  aliasesByEntity: sql("aliases_by_entity", `SELECT * FROM "Alias" WHERE "entityId" = ANY($1::int[]) ORDER BY language, name`),
  childOrganizations: sql("child_organizations", `SELECT ${ENTITY_COLUMNS} ${ENTITY_FROM} WHERE o."parentId" = ANY($1::int[]) ORDER BY e.name`),
  modelsByOwner: sql("models_by_owner", `SELECT ${ENTITY_COLUMNS} ${ENTITY_FROM} WHERE m."ownerId" = ANY($1::int[]) ORDER BY e.name`),
  modelsByDeveloper: sql("models_by_developer", `SELECT ${ENTITY_COLUMNS} ${ENTITY_FROM} WHERE m."developerId" = ANY($1::int[]) ORDER BY e.name`),
  lineageByModel: sql("lineage_by_model", `SELECT * FROM "ModelLineage" WHERE "modelId" = ANY($1::int[]) ORDER BY id`),
  lineageByTarget: sql("lineage_by_target", `SELECT * FROM "ModelLineage" WHERE "targetId" = ANY($1::int[]) ORDER BY id`),
  rolesByPerson: sql("roles_by_person", `SELECT * FROM "Role" WHERE "personId" = ANY($1::int[]) ORDER BY "startDate" ASC NULLS FIRST, id`),
  rolesByOrganization: sql(
    "roles_by_organization",
    `SELECT * FROM "Role" WHERE "organizationId" = ANY($1::int[]) ORDER BY "startDate" ASC NULLS FIRST, id`,
  ),
  events: sql("events_by_id", `SELECT ${EVENT_COLUMNS} FROM "Event" ev WHERE ev.id = ANY($1::int[])`),
  participantsByEvent: sql("participants_by_event", `SELECT * FROM "EventParticipant" WHERE "eventId" = ANY($1::int[]) ORDER BY id`),
  figuresByEvent: sql("figures_by_event", `SELECT * FROM "Figure" WHERE "eventId" = ANY($1::int[]) ORDER BY "eventId", position`),
  figuresBySource: sql("figures_by_source", `SELECT * FROM "SourceFigure" WHERE "sourceId" = ANY($1::int[]) ORDER BY "sourceId", position`),
  eventCitationsBySource: sql(
    "event_citations_by_source",
    `SELECT * FROM "Citation" WHERE "sourceId" = ANY($1::int[]) AND "eventId" IS NOT NULL ORDER BY "quoteStart", id`,
  ),
  sources: sql("sources_by_id", `SELECT ${SOURCE_COLUMNS} FROM "Source" s WHERE s.id = ANY($1::int[])`),
  sourceTexts: sql("source_texts", `SELECT id, text FROM "Source" WHERE id = ANY($1::int[])`),
  descendants: sql(
    "descendants",
    `WITH RECURSIVE tree(root, id) AS (
       SELECT "parentId", "entityId" FROM "Organization" WHERE "parentId" = ANY($1::int[])
       UNION
       SELECT tree.root, child."entityId" FROM "Organization" child JOIN tree ON child."parentId" = tree.id
     )
     SELECT root, id FROM tree`,
  ),
};

/** Every descendant organization of each root (Meta → MSL → TBD Lab …), in one recursive statement. */
export async function descendantsOf(reader: SqlReader, rootIds: readonly number[]): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>(rootIds.map((id) => [id, []]));
  if (rootIds.length === 0) return result;
  for (const row of await reader.query<{ root: number; id: number }>(STATEMENTS.descendants, [rootIds])) result.get(row.root)?.push(row.id);
  return result;
}

/** Per-request loaders: a query's statement count stays flat however many items it returns. */
export function createLoaders(reader: SqlReader) {
  const citationsBy = (field: "eventId" | "figureId" | "roleId" | "lineageId" | "aliasId") =>
    manyLoader<Citation>(reader, CITATIONS_BY(field), (row) => row[field]);
  const entityList = (statement: SqlStatement, keyOf: (node: EntityNode) => number | null) =>
    manyLoader<EntityNode, EntityFlatRow>(reader, statement, keyOf, entityNodeFromRow);
  return {
    entity: oneLoader<number, EntityNode, EntityFlatRow>(reader, entitiesById, (node) => node.entityId, entityNodeFromRow),
    entityBySlug: oneLoader<string, EntityNode, EntityFlatRow>(reader, entitiesBySlug, (node) => node.slug, entityNodeFromRow),
    aliasesByEntity: manyLoader<Alias>(reader, STATEMENTS.aliasesByEntity, (row) => row.entityId),
    childOrganizations: entityList(STATEMENTS.childOrganizations, (node) => ("parentId" in node ? node.parentId : null)),
    modelsByOwner: entityList(STATEMENTS.modelsByOwner, (node) => (node.__typename === "AiModel" ? node.ownerId : null)),
    modelsByDeveloper: entityList(STATEMENTS.modelsByDeveloper, (node) => (node.__typename === "AiModel" ? node.developerId : null)),
    lineageByModel: manyLoader<ModelLineage>(reader, STATEMENTS.lineageByModel, (row) => row.modelId),
    lineageByTarget: manyLoader<ModelLineage>(reader, STATEMENTS.lineageByTarget, (row) => row.targetId),
    rolesByPerson: manyLoader<Role>(reader, STATEMENTS.rolesByPerson, (row) => row.personId),
    rolesByOrganization: manyLoader<Role>(reader, STATEMENTS.rolesByOrganization, (row) => row.organizationId),
    event: oneLoader<number, EventNode, EventRow>(reader, STATEMENTS.events, (node) => node.eventId, toEventNode),
    participantsByEvent: manyLoader<EventParticipant>(reader, STATEMENTS.participantsByEvent, (row) => row.eventId),
    figuresByEvent: manyLoader<Figure>(reader, STATEMENTS.figuresByEvent, (row) => row.eventId),
    citationsByEvent: citationsBy("eventId"),
    citationsByFigure: citationsBy("figureId"),
    citationsByRole: citationsBy("roleId"),
    citationsByLineage: citationsBy("lineageId"),
    citationsByAlias: citationsBy("aliasId"),
    figuresBySource: manyLoader<SourceFigure>(reader, STATEMENTS.figuresBySource, (row) => row.sourceId),
    eventCitationsBySource: manyLoader<Citation>(reader, STATEMENTS.eventCitationsBySource, (row) => row.sourceId),
    descendants: new DataLoader<number, number[]>(async (ids) => {
      const tree = await descendantsOf(reader, ids);
      return ids.map((id) => tree.get(id) ?? []);
    }),
    source: oneLoader<number, SourceNode, SourceRow>(reader, STATEMENTS.sources, (node) => node.sourceId, toSourceNode),
    sourceText: oneLoader<number, { id: number; text: string }, { id: number; text: string }>(
      reader,
      STATEMENTS.sourceTexts,
      (row) => row.id,
      (row) => row,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
