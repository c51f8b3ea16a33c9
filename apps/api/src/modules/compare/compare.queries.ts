import type { Figure } from "../../db/prisma";
import { sql, type SqlReader } from "../../db/sql-reader";
import { isCurrentDay, roleColumnsAsOf, visibleAsOf, type AsOfDay } from "../../common/as-of";
import { ENTITY_JOINS, ENTITY_FROM, entityColumns, entityNodeFromRow, eventColumns, type EntityFlatRow, type EventRow, type RoleRow } from "../../common/read-rows";
import { toEntityNode, type EntityNode } from "../../common/nodes";

/**
 * The roles in which a participant is what an event is about (its subject, the developer of what it
 * releases, the investor or target of a deal, the employer of a hire): a company's figures are those
 * of events where it or one of its labs takes part in such a role. A competitor, partner, former
 * employer or an affected party is only mentioned.
 */
export const SUBJECT_ROLES = ["subject", "developer", "investor", "acquirer", "target", "employer", "new_employer", "announcer"] as const;

const D = "$2::date";

/** The newest public day (on or before the day) among the citations `where` selects. */
const newestCitation = (where: string) => `(SELECT max(s."publicOn") FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE ${where} AND ${visibleAsOf.source("s", D)})`;

/** The statements behind a comparison page: a fixed number, whatever the number of companies. */
const STATEMENTS = {
  /**
   * The compared entities and every organization below them reported by the day, each with the
   * compared root it belongs to, in the order the tree is walked (kept through the join: a hash join
   * would otherwise reorder the labs from one plan to the next).
   */
  scope: sql(
    "compare_scope",
    `WITH RECURSIVE tree(root, id) AS (
       SELECT e.id, e.id FROM "Entity" e WHERE e.slug = ANY($1::text[])
       UNION
       SELECT tree.root, o."entityId" FROM "Organization" o JOIN tree ON o."parentId" = tree.id
     ),
     walked AS MATERIALIZED (SELECT root, id, row_number() OVER () AS step FROM tree)
     SELECT walked.root AS "rootId", ${entityColumns(D)} FROM walked JOIN "Entity" e ON e.id = walked.id ${ENTITY_JOINS}
     WHERE ${visibleAsOf.entity("e", D)} ORDER BY walked.step`,
  ),
  /** Models of the scopes that had been reported by the day, with the newest source of their claims. */
  models: sql(
    "compare_models",
    `SELECT ${entityColumns(D)}, ${newestCitation(`c."entityId" = e.id`)} AS "lastCitedOn" ${ENTITY_FROM}
     WHERE (m."ownerId" = ANY($1::int[]) OR m."developerId" = ANY($1::int[])) AND ${visibleAsOf.entity("e", D)}
     ORDER BY e.name`,
  ),
  /** Every role reported by the day of everyone who held a role inside the compared scopes (for talent flow). */
  roles: sql(
    "compare_roles",
    `SELECT ${roleColumnsAsOf("r", D)}, e.slug AS "personSlug", e.name AS "personName", e.description AS "personDescription",
       ${visibleAsOf.entity("e", D)} AS "personVisible",
       ${newestCitation(`c."roleId" = r.id`)} AS "lastCitedOn"
     FROM "Role" r JOIN "Entity" e ON e.id = r."personId"
     WHERE r."personId" IN (SELECT "personId" FROM "Role" WHERE "organizationId" = ANY($1::int[])) AND ${visibleAsOf.role("r", D)}
     ORDER BY r."startDate" ASC NULLS FIRST, r.id`,
  ),
  /** Money figures reported by the day of events in which a scope organization or model takes part in a subject role. */
  moneyFigures: sql(
    "compare_money_figures",
    `SELECT f.*, ARRAY(SELECT p."entityId" FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p.role = ANY($3::text[])) AS "subjectIds",
       ${newestCitation(`c."figureId" = f.id`)} AS "lastCitedOn"
     FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId"
     WHERE f.kind = 'MONEY' AND ${visibleAsOf.figure("f", "ev", D)}
       AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ANY($1::int[]) AND p.role = ANY($3::text[]))
     ORDER BY f."eventId", f.position`,
  ),
};

/** Events reported by the day in which a scope organization or one of its models takes part (two shapes: today's status or an earlier day's). */
const eventsStatement = (current: boolean) =>
  sql(
    current ? "compare_events" : "compare_events_as_of",
    `SELECT ${eventColumns(D, current)}, ARRAY(SELECT p."entityId" FROM "EventParticipant" p WHERE p."eventId" = ev.id) AS "participantIds",
       ${newestCitation(`c."eventId" = ev.id`)} AS "lastCitedOn"
     FROM "Event" ev
     WHERE ${visibleAsOf.event("ev", D)}
       AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ANY($1::int[]))
     ORDER BY ev."occurredStart" DESC NULLS LAST, ev."firstReportedOn" DESC, ev.id DESC`,
  );
const EVENTS = { current: eventsStatement(true), past: eventsStatement(false) };

/** The newest source day behind a row (its citations public by the day). */
export interface Cited {
  lastCitedOn: Date | null;
}

export interface ScopeRow extends EntityFlatRow {
  rootId: number;
}

/** `personVisible`: the person had been reported by the day (an entity lookup would find them). */
export type CompareRole = RoleRow & Cited & { person: EntityNode; personVisible: boolean };
export type CompareEventRow = EventRow & Cited & { participantIds: number[] };
export type CompareFigureRow = Figure & Cited & { subjectIds: number[] };

export async function loadScope(reader: SqlReader, slugs: string[], asOf: AsOfDay) {
  const rows = await reader.query<ScopeRow>(STATEMENTS.scope, [slugs, asOf]);
  return rows.map((row) => ({ rootId: row.rootId, node: entityNodeFromRow(row, asOf) }));
}

export async function loadModels(reader: SqlReader, orgIds: number[], asOf: AsOfDay): Promise<Array<{ node: EntityNode } & Cited>> {
  const rows = await reader.query<EntityFlatRow & Cited>(STATEMENTS.models, [orgIds, asOf]);
  return rows.map((row) => ({ node: entityNodeFromRow(row, asOf), lastCitedOn: row.lastCitedOn }));
}

export async function loadRoles(reader: SqlReader, orgIds: number[], asOf: AsOfDay): Promise<CompareRole[]> {
  const rows = await reader.query<RoleRow & Cited & { personSlug: string; personName: string; personDescription: string | null; personVisible: boolean }>(STATEMENTS.roles, [
    orgIds,
    asOf,
  ]);
  const people = new Map<number, EntityNode>();
  return rows.map(({ personSlug, personName, personDescription, ...role }) => {
    let person = people.get(role.personId);
    if (!person) {
      person = toEntityNode({ id: role.personId, slug: personSlug, name: personName, description: personDescription, organization: null, model: null }, asOf);
      people.set(role.personId, person);
    }
    return { ...role, person };
  });
}

export async function loadEvents(reader: SqlReader, participantIds: number[], asOf: AsOfDay) {
  const [events, figures] = await Promise.all([
    reader.query<CompareEventRow>(isCurrentDay(asOf) ? EVENTS.current : EVENTS.past, [participantIds, asOf]),
    reader.query<CompareFigureRow>(STATEMENTS.moneyFigures, [participantIds, asOf, SUBJECT_ROLES]),
  ]);
  return { events, figures };
}
