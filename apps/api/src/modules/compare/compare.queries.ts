import type { Figure, Role } from "../../db/prisma";
import { sql, type SqlReader } from "../../db/sql-reader";
import { toIsoDay } from "../../common/fuzzy-date";
import { ENTITY_COLUMNS, ENTITY_FROM, ENTITY_JOINS, EVENT_COLUMNS, entityNodeFromRow, type EntityFlatRow, type EventRow } from "../../common/read-rows";
import { toEntityNode, type EntityNode } from "../../common/nodes";

/** The statements behind a comparison page: a fixed number, whatever the number of companies. */
const STATEMENTS = {
  /** The compared entities and every organization below them, each with the compared root it belongs to. */
  scope: sql(
    "compare_scope",
    `WITH RECURSIVE tree(root, id) AS (
       SELECT e.id, e.id FROM "Entity" e WHERE e.slug = ANY($1::text[])
       UNION
       SELECT tree.root, o."entityId" FROM "Organization" o JOIN tree ON o."parentId" = tree.id
     )
     SELECT tree.root AS "rootId", ${ENTITY_COLUMNS} FROM tree JOIN "Entity" e ON e.id = tree.id ${ENTITY_JOINS}`,
  ),
  /** Models of the scopes that a source had named by the as-of date (mentioned, or cited by an event). */
  models: sql(
    "compare_models",
    `SELECT ${ENTITY_COLUMNS} ${ENTITY_FROM}
     WHERE (m."ownerId" = ANY($1::int[]) OR m."developerId" = ANY($1::int[]))
       AND (EXISTS (SELECT 1 FROM "Mention" mn JOIN "Source" s ON s.id = mn."sourceId" WHERE mn."entityId" = e.id AND s."publishedOn" <= $2::date)
         OR EXISTS (SELECT 1 FROM "EventParticipant" p JOIN "Event" ev ON ev.id = p."eventId" WHERE p."entityId" = e.id AND ev."firstReportedOn" <= $2::date))
     ORDER BY e.name`,
  ),
  /** Every role of everyone who ever held a role inside the compared scopes (for talent flow). */
  roles: sql(
    "compare_roles",
    `SELECT r.*, e.slug AS "personSlug", e.name AS "personName", e.description AS "personDescription"
     FROM "Role" r JOIN "Entity" e ON e.id = r."personId"
     WHERE r."personId" IN (SELECT "personId" FROM "Role" WHERE "organizationId" = ANY($1::int[]))
     ORDER BY r."startDate" ASC NULLS FIRST, r.id`,
  ),
  /** Events reported by the as-of date in which a scope organization or one of its models takes part. */
  events: sql(
    "compare_events",
    `SELECT ${EVENT_COLUMNS}, ARRAY(SELECT p."entityId" FROM "EventParticipant" p WHERE p."eventId" = ev.id) AS "participantIds"
     FROM "Event" ev
     WHERE ev."firstReportedOn" <= $2::date
       AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ANY($1::int[]))
     ORDER BY ev."occurredStart" DESC NULLS LAST, ev."firstReportedOn" DESC, ev.id DESC`,
  ),
  moneyFigures: sql(
    "compare_money_figures",
    `SELECT f.* FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId"
     WHERE f.kind = 'MONEY' AND ev."firstReportedOn" <= $2::date
       AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ANY($1::int[]))
     ORDER BY f."eventId", f.position`,
  ),
};

export interface ScopeRow extends EntityFlatRow {
  rootId: number;
}

export type CompareRole = Role & { person: EntityNode };

export async function loadScope(reader: SqlReader, slugs: string[]) {
  const rows = await reader.query<ScopeRow>(STATEMENTS.scope, [slugs]);
  return rows.map((row) => ({ rootId: row.rootId, node: entityNodeFromRow(row) }));
}

export async function loadModels(reader: SqlReader, orgIds: number[], asOf: Date): Promise<EntityNode[]> {
  return (await reader.query<EntityFlatRow>(STATEMENTS.models, [orgIds, toIsoDay(asOf)])).map(entityNodeFromRow);
}

export async function loadRoles(reader: SqlReader, orgIds: number[]): Promise<CompareRole[]> {
  const rows = await reader.query<Role & { personSlug: string; personName: string; personDescription: string | null }>(STATEMENTS.roles, [orgIds]);
  const people = new Map<number, EntityNode>();
  return rows.map(({ personSlug, personName, personDescription, ...role }) => {
    let person = people.get(role.personId);
    if (!person) {
      person = toEntityNode({ id: role.personId, slug: personSlug, name: personName, description: personDescription, organization: null, model: null });
      people.set(role.personId, person);
    }
    return { ...role, person };
  });
}

export type CompareEventRow = EventRow & { participantIds: number[] };

export async function loadEvents(reader: SqlReader, participantIds: number[], asOf: Date) {
  const values = [participantIds, toIsoDay(asOf)];
  const [events, figures] = await Promise.all([
    reader.query<CompareEventRow>(STATEMENTS.events, values),
    reader.query<Figure>(STATEMENTS.moneyFigures, values),
  ]);
  return { events, figures };
}
