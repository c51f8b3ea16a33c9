import DataLoader from "dataloader";
import { groupBy } from "./group-by";
import type { Alias, EventParticipant, Figure, ModelLineage, SourceFigure } from "../db/prisma";
import { sql, type SqlReader, type SqlStatement } from "../db/sql-reader";
import { citationColumns, eventCitationsSql, isCurrentDay, lastReportedSql, roleColumnsAsOf, todayDay, visibleAsOf, type AsOfDay } from "./as-of";
import { toEventNode, toSourceNode, type EntityNode, type EventNode, type SourceNode } from "./nodes";
import {
  ENTITY_FROM,
  SOURCE_COLUMNS,
  entitiesById,
  entitiesBySlug,
  entityColumns,
  entityJsonSql,
  entityNodeFromRow,
  entityRowFromJson,
  eventColumns,
  type CitationRow,
  type EntityFlatRow,
  type EntityJson,
  type EventCitationRow,
  type EventRow,
  type RoleRow,
  type SourceRow,
} from "./read-rows";

/** The as-of day's placeholder in every dated statement below: $1 holds the keys, $2 the day. */
const D = "$2::date";

const BATCHING = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** A loader of "many rows per key": one statement per batch, the keys as one array parameter. */
function manyLoader<V, R = V>(query: (keys: readonly number[]) => Promise<R[]>, keyOf: (item: V) => number | null, map?: (row: R) => V) {
  return new DataLoader<number, V[]>(async (keys) => {
    const rows = await query(keys);
    const groups = groupBy(map ? rows.map(map) : (rows as unknown as V[]), keyOf);
    return keys.map((key) => groups.get(key) ?? []);
  }, BATCHING);
}

/** A loader of "one row per key": one statement per batch. */
function oneLoader<K, V, R>(query: (keys: readonly K[]) => Promise<R[]>, keyOf: (node: V) => K, map: (row: R) => V) {
  return new DataLoader<K, V | null>(async (keys) => {
    const nodes = (await query(keys)).map(map);
    const byKey = new Map(nodes.map((node) => [keyOf(node), node]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, BATCHING);
}

/** The rows a citation can back besides events, each with its own key column. */
const CITED_ROWS = ["figureId", "roleId", "lineageId"] as const;
export type CitedRow = (typeof CITED_ROWS)[number];

/**
 * The citations of figures, roles and lineage edges in one statement: a level of the selection that
 * shows several kinds (a model page's figures and lineage) costs one round trip, not one per kind.
 * Their ids are $1, $3 and $4 ($2 is the day, as everywhere here).
 */
const CITATIONS_OF_ROWS = sql(
  "citations_of_rows",
  `SELECT ${citationColumns("c")} FROM "Citation" c
   WHERE (c."figureId" = ANY($1::int[]) OR c."roleId" = ANY($3::int[]) OR c."lineageId" = ANY($4::int[])) AND ${visibleAsOf.citation("c", D)}
   ORDER BY c."sourceId", c.id`,
);

/** Loads the citations of `${kind}:${id}` keys, every kind of one batch in one statement. */
function citationsOfRowsLoader(reader: SqlReader, day: AsOfDay) {
  return new DataLoader<string, CitationRow[]>(async (keys) => {
    const ids: Record<CitedRow, number[]> = { figureId: [], roleId: [], lineageId: [] };
    for (const key of keys) {
      const [kind, id] = key.split(":");
      ids[kind as CitedRow].push(Number(id));
    }
    const rows = await reader.query<CitationRow>(CITATIONS_OF_ROWS, [ids.figureId, day, ids.roleId, ids.lineageId]);
    const groups = new Map(
      CITED_ROWS.flatMap((kind) => [
        ...groupBy(
          rows.filter((row) => row[kind] != null),
          (row) => `${kind}:${row[kind]}`,
        ),
      ]),
    );
    return keys.map((key) => groups.get(key) ?? []);
  }, BATCHING);
}

/** A lineage edge as lineage_of_model reads it: with both of its models, for the entity loader. */
type LineageRow = ModelLineage & { modelEntity: EntityJson | null; targetEntity: EntityJson | null };

/** A model's lineage edges both ways, `outgoing` (it is the edge's model) and `incoming` (its target). */
interface LineageOfModel {
  outgoing: ModelLineage[];
  incoming: ModelLineage[];
}

const entitiesWhere = (name: string, condition: string) =>
  sql(name, `SELECT ${entityColumns(D)} ${ENTITY_FROM} WHERE ${condition} AND ${visibleAsOf.entity("e", D)} ORDER BY e.name`);

const rolesWhere = (name: string, condition: string, order: string) =>
  sql(name, `SELECT ${roleColumnsAsOf("r", D)} FROM "Role" r WHERE ${condition} AND ${visibleAsOf.role("r", D)} ORDER BY ${order}`);

/** Statements that take only the keys: identifiers and parts of a fact shown with it. */
const UNDATED = {
  aliasesByEntity: sql("aliases_by_entity", `SELECT * FROM "Alias" WHERE "entityId" = ANY($1::int[]) ORDER BY language, name`),
  participantsByEvent: sql("participants_by_event", `SELECT * FROM "EventParticipant" WHERE "eventId" = ANY($1::int[]) ORDER BY id`),
  figuresBySource: sql("figures_by_source", `SELECT * FROM "SourceFigure" WHERE "sourceId" = ANY($1::int[]) ORDER BY "sourceId", position`),
  sourceTexts: sql("source_texts", `SELECT id, text FROM "Source" WHERE id = ANY($1::int[])`),
  // The source of a citation shown on the day: public by then, or later for a passage cited for the
  // day its fact became public (as-of.ts visibleAsOf.citation); the citation is shown with it.
  citedSources: sql("cited_sources_by_id", `SELECT ${SOURCE_COLUMNS} FROM "Source" s WHERE s.id = ANY($1::int[])`),
};

/** Statements of the as-of day ($2): only what had been reported by then, as it stood then. */
const DATED = {
  childOrganizations: entitiesWhere("child_organizations", `o."parentId" = ANY($1::int[])`),
  modelsByDeveloper: entitiesWhere("models_by_developer", `m."developerId" = ANY($1::int[])`),
  // Each edge brings both of its models, which the edge's `model` field shows.
  lineageOfModel: sql(
    "lineage_of_model",
    `SELECT l.*, ${entityJsonSql('l."modelId"', D)} AS "modelEntity", ${entityJsonSql('l."targetId"', D)} AS "targetEntity"
     FROM "ModelLineage" l WHERE (l."modelId" = ANY($1::int[]) OR l."targetId" = ANY($1::int[])) AND ${visibleAsOf.lineage("l", D)} ORDER BY l.id`,
  ),
  // A person's roles in the order the sources give them (an organization's: organization.roles.ts).
  rolesByPerson: rolesWhere("roles_by_person", `r."personId" = ANY($1::int[])`, `r."personId", r.position, r.id`),
  figuresByEvent: sql(
    "figures_by_event",
    `SELECT f.* FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId"
     WHERE f."eventId" = ANY($1::int[]) AND ${visibleAsOf.figure("f", "ev", D)} ORDER BY f."eventId", f.position`,
  ),
  citationsByEvent: sql("citations_by_event", `SELECT * FROM (${eventCitationsSql((column) => `${column} = ANY($1::int[])`, D)}) c ORDER BY c."ofEvent", c."sourceId", c.id`),
  eventCitationsBySource: sql(
    "event_citations_by_source",
    `SELECT ${citationColumns("c")} FROM "Citation" c WHERE c."sourceId" = ANY($1::int[]) AND c."eventId" IS NOT NULL AND ${visibleAsOf.citation("c", D)} ORDER BY c."quoteStart", c.id`,
  ),
  sources: sql("sources_by_id", `SELECT ${SOURCE_COLUMNS} FROM "Source" s WHERE s.id = ANY($1::int[]) AND ${visibleAsOf.source("s", D)}`),
  lastReportedOn: sql("last_reported_on", `SELECT k.id AS "entityId", ${lastReportedSql("k.id", D)} AS day FROM unnest($1::int[]) AS k(id)`),
};

/** Events by id, as of the day: two shapes, today's (stored status) and an earlier day's. */
const EVENTS_BY_ID = {
  current: sql("events_by_id", `SELECT ${eventColumns(D, true)} FROM "Event" ev WHERE ev.id = ANY($1::int[]) AND ${visibleAsOf.event("ev", D)}`),
  past: sql("events_by_id_as_of", `SELECT ${eventColumns(D, false)} FROM "Event" ev WHERE ev.id = ANY($1::int[]) AND ${visibleAsOf.event("ev", D)}`),
};

/** The loaders of one as-of day: a query's statement count stays flat however many items it returns. */
function datedLoaders(reader: SqlReader, day: AsOfDay) {
  const undated =
    <R>(statement: SqlStatement) =>
    (keys: readonly unknown[]) =>
      reader.query<R>(statement, [keys]);
  const dated =
    <R>(statement: SqlStatement) =>
    (keys: readonly unknown[]) =>
      reader.query<R>(statement, [keys, day]);
  const citationsOfRows = citationsOfRowsLoader(reader, day);
  const entity = oneLoader<number, EntityNode, EntityFlatRow>(
    dated(entitiesById),
    (node) => node.entityId,
    (row) => entityNodeFromRow(row, day),
  );
  /** An entity a row brought along (`entityJsonSql`), so `entity.load` needs no statement for it. */
  const primeEntity = (json: EntityJson | null) => {
    if (json) entity.prime(json.id, entityNodeFromRow(entityRowFromJson(json), day));
  };
  const entityList = (statement: SqlStatement, keyOf: (node: EntityNode) => number | null) =>
    manyLoader<EntityNode, EntityFlatRow>(dated(statement), keyOf, (row) => entityNodeFromRow(row, day));
  return {
    day,
    entity,
    primeEntity,
    entityBySlug: oneLoader<string, EntityNode, EntityFlatRow>(
      dated(entitiesBySlug),
      (node) => node.slug,
      (row) => entityNodeFromRow(row, day),
    ),
    aliasesByEntity: manyLoader<Alias>(undated(UNDATED.aliasesByEntity), (row) => row.entityId),
    childOrganizations: entityList(DATED.childOrganizations, (node) => ("parentId" in node ? node.parentId : null)),
    modelsByDeveloper: entityList(DATED.modelsByDeveloper, (node) => (node.__typename === "AiModel" ? node.developerId : null)),
    lineageOfModel: new DataLoader<number, LineageOfModel>(async (keys) => {
      const rows = (await dated<LineageRow>(DATED.lineageOfModel)(keys)).map(({ modelEntity, targetEntity, ...edge }) => {
        primeEntity(modelEntity);
        primeEntity(targetEntity);
        return edge;
      });
      const outgoing = groupBy(rows, (row) => row.modelId);
      const incoming = groupBy(rows, (row) => row.targetId);
      return keys.map((key) => ({ outgoing: outgoing.get(key) ?? [], incoming: incoming.get(key) ?? [] }));
    }, BATCHING),
    rolesByPerson: manyLoader<RoleRow>(dated(DATED.rolesByPerson), (row) => row.personId),
    event: oneLoader<number, EventNode, EventRow>(
      dated(isCurrentDay(day) ? EVENTS_BY_ID.current : EVENTS_BY_ID.past),
      (node) => node.eventId,
      (row) => toEventNode(row, day),
    ),
    participantsByEvent: manyLoader<EventParticipant>(undated(UNDATED.participantsByEvent), (row) => row.eventId),
    figuresByEvent: manyLoader<Figure>(dated(DATED.figuresByEvent), (row) => row.eventId),
    citationsByEvent: manyLoader<EventCitationRow>(dated(DATED.citationsByEvent), (row) => row.ofEvent),
    /** The citations of a figure, role or lineage edge. */
    citationsOf: (kind: CitedRow, id: number) => citationsOfRows.load(`${kind}:${id}`),
    figuresBySource: manyLoader<SourceFigure>(undated(UNDATED.figuresBySource), (row) => row.sourceId),
    eventCitationsBySource: manyLoader<CitationRow>(dated(DATED.eventCitationsBySource), (row) => row.sourceId),
    source: oneLoader<number, SourceNode, SourceRow>(
      dated(DATED.sources),
      (node) => node.sourceId,
      (row) => toSourceNode(row, day),
    ),
    citedSource: oneLoader<number, SourceNode, SourceRow>(
      undated(UNDATED.citedSources),
      (node) => node.sourceId,
      (row) => toSourceNode(row, day),
    ),
    sourceText: oneLoader<number, { id: number; text: string }, { id: number; text: string }>(
      undated(UNDATED.sourceTexts),
      (row) => row.id,
      (row) => row,
    ),
    lastReportedOn: oneLoader<number, { entityId: number; day: Date | null }, { entityId: number; day: Date | null }>(
      dated(DATED.lastReportedOn),
      (row) => row.entityId,
      (row) => row,
    ),
  };
}

export type DatedLoaders = ReturnType<typeof datedLoaders>;

/**
 * Per-request loaders: today's directly (`loaders.event.load(id)`), another day's through
 * `loaders.at(day)`; each day's set is made once per request.
 */
export function createLoaders(reader: SqlReader): DatedLoaders & { at(day: AsOfDay): DatedLoaders } {
  const byDay = new Map<AsOfDay, DatedLoaders>();
  const at = (day: AsOfDay) => {
    let loaders = byDay.get(day);
    if (!loaders) byDay.set(day, (loaders = datedLoaders(reader, day)));
    return loaders;
  };
  return { ...at(todayDay()), at };
}

export type Loaders = ReturnType<typeof createLoaders>;
