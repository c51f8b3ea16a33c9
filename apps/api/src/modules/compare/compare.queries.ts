import type { EventType, Figure } from "../../db/prisma";
import { sql, type SqlReader } from "../../db/sql-reader";
import { isCurrentDay, roleAsOf, roleColumnsAsOf, visibleAsOf, type AsOfDay } from "../../common/as-of";
import { ENTITY_JOINS, ENTITY_FROM, entityColumns, entityNodeFromRow, eventColumns, type EntityFlatRow, type EventRow, type RoleRow } from "../../common/read-rows";
import { toEntityNode, type EntityNode } from "../../common/nodes";
import type { CompareLimits } from "./compare.limits";
import { leadershipTierSql } from "../organization/organization.roles";

/**
 * The roles in which a participant is what an event is about (its subject, the developer of what it
 * releases, the investor or target of a deal, the employer of a hire): a company's figures are those
 * of events where it or one of its labs takes part in such a role. A competitor, partner, former
 * employer or an affected party is only mentioned.
 */
export const SUBJECT_ROLES = ["subject", "developer", "investor", "acquirer", "target", "employer", "new_employer", "announcer"] as const;

/** The newest public day (on or before the day `d`) among the citations `where` selects. */
const newestCitation = (where: string, d: string) =>
  `(SELECT max(s."publicOn") FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE ${where} AND ${visibleAsOf.source("s", d)})`;

/** Each compared company's scope as (root, id) pairs: `$1` the roots, `$2` the members, in step. */
const SCOPE = `scope AS (SELECT * FROM unnest($1::int[], $2::int[]) AS s(root, id)), roots AS (SELECT DISTINCT root FROM scope)`;

/**
 * The events' default order on the participation copies of the event's keys. On a table alias it is
 * written as EventParticipant_entity_event_order_idx is (undated last by coalesce), so a scan of one
 * entity's range comes out in order; on output columns (no alias) it is the same order in plain
 * columns, as a SELECT DISTINCT needs.
 */
const PARTICIPATION_ORDER = (p?: string) =>
  p
    ? `coalesce(${p}."occurredStart", '-infinity'::date) DESC, ${p}."firstReportedOn" DESC, ${p}."eventId" DESC`
    : `"occurredStart" DESC NULLS LAST, "firstReportedOn" DESC, "eventId" DESC`;

/**
 * The newest `limit` rows per company of what `pick` selects from one scope member's participations
 * (`p`, already visible on the day): every member's newest first, from its own index range
 * (EventParticipant_entity_event_order_idx, in `seek`: the order on `p`), then merged by `order` (on output
 * columns). Bounded by limit × members, whatever the
 * number of events, where probing each event of a 40k-event company took seconds.
 */
function newestPerCompany(options: { columns: string; from: string; where: string; seek: string; order: string; limit: string }): string {
  const { columns, from, where, seek, order, limit } = options;
  return `SELECT roots.root, x.* FROM roots CROSS JOIN LATERAL (
    SELECT DISTINCT u.* FROM scope s CROSS JOIN LATERAL (
      SELECT ${columns} FROM ${from} WHERE p."entityId" = s.id AND ${where} ORDER BY ${seek} LIMIT ${limit}
    ) u WHERE s.root = roots.root ORDER BY ${order} LIMIT ${limit}
  ) x`;
}

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
     SELECT walked.root AS "rootId", ${entityColumns("$2::date")} FROM walked JOIN "Entity" e ON e.id = walked.id ${ENTITY_JOINS}
     WHERE ${visibleAsOf.entity("e", "$2::date")} ORDER BY walked.step`,
  ),
  /** Models of the scopes that had been reported by the day, with the newest source of their claims. */
  models: sql(
    "compare_models",
    `SELECT ${entityColumns("$2::date")}, ${newestCitation(`c."entityId" = e.id`, "$2::date")} AS "lastCitedOn" ${ENTITY_FROM}
     WHERE (m."ownerId" = ANY($1::int[]) OR m."developerId" = ANY($1::int[])) AND ${visibleAsOf.entity("e", "$2::date")}
     ORDER BY e.name`,
  ),
  /**
   * Roles reported by the day of two kinds. Every role of the people who held roles in two compared
   * companies (talent flow needs their whole history). And each company's key people: its current
   * roles, leadership first (leadershipTierSql), at most $4 (CompareLimits.keyPeople), with how many
   * there are in all.
   */
  roles: sql(
    "compare_roles",
    `WITH ${SCOPE},
     movers AS MATERIALIZED (
       SELECT ro."personId" FROM "Role" ro JOIN scope s ON s.id = ro."organizationId" GROUP BY ro."personId" HAVING count(DISTINCT s.root) >= 2
     ),
     key AS MATERIALIZED (
       SELECT x.id, array_agg(roots.root) AS "keyOf", array_agg(x.total::int) AS "keyTotals" FROM roots CROSS JOIN LATERAL (
         SELECT r.id, count(*) OVER () AS total FROM "Role" r JOIN scope s ON s.id = r."organizationId" AND s.root = roots.root
         WHERE ${visibleAsOf.role("r", "$3::date")} AND ${roleAsOf.isCurrent("r", "$3::date")}
         ORDER BY ${leadershipTierSql("r", "roots.root")}, r."startDate" ASC NULLS FIRST, r.id LIMIT $4::int
       ) x GROUP BY x.id
     ),
     wanted AS (SELECT id FROM key UNION SELECT ro.id FROM "Role" ro JOIN movers ON movers."personId" = ro."personId")
     SELECT ${roleColumnsAsOf("r", "$3::date")}, e.slug AS "personSlug", e.name AS "personName", e.description AS "personDescription",
       ${visibleAsOf.entity("e", "$3::date")} AS "personVisible",
       ${newestCitation(`c."roleId" = r.id`, "$3::date")} AS "lastCitedOn",
       key."keyOf", key."keyTotals", r."personId" IN (SELECT "personId" FROM movers) AS mover
     FROM wanted JOIN "Role" r ON r.id = wanted.id JOIN "Entity" e ON e.id = r."personId" LEFT JOIN key ON key.id = r.id
     WHERE ${visibleAsOf.role("r", "$3::date")}
     ORDER BY r."startDate" ASC NULLS FIRST, r.id`,
  ),
  /**
   * Money figures reported by the day of events in which a scope member takes part in a subject role
   * ($3): per company the newest $5 (CompareLimits.moneyFigures) of them, and the newest $6
   * (CompareLimits.capexGuidance) capex guidance figures, by their events' order; one more than shown
   * says the list was cut.
   */
  moneyFigures: sql(
    "compare_money_figures",
    `WITH ${SCOPE}, picked AS (
       SELECT 'money' AS list, * FROM (${newestPerCompany({
         columns: `f.id, p."occurredStart", p."firstReportedOn", p."eventId", f.position`,
         from: `"EventParticipant" p JOIN "Figure" f ON f."eventId" = p."eventId"`,
         where: `p.role = ANY($3::text[]) AND p."firstReportedOn" <= $4::date AND f.kind = 'MONEY' AND ${visibleAsOf.figure("f", "p", "$4::date")}`,
         seek: `${PARTICIPATION_ORDER("p")}, f.position`,
         order: `${PARTICIPATION_ORDER()}, position`,
         limit: "$5::int + 1",
       })}) money
       UNION ALL
       SELECT 'capex' AS list, * FROM (${newestPerCompany({
         columns: `f.id, p."occurredStart", p."firstReportedOn", p."eventId", f.position`,
         from: `"EventParticipant" p JOIN "Figure" f ON f."eventId" = p."eventId"`,
         where: `p.role = ANY($3::text[]) AND p."firstReportedOn" <= $4::date AND f.kind = 'MONEY' AND f.metric = 'capex_guidance' AND ${visibleAsOf.figure("f", "p", "$4::date")}`,
         seek: `${PARTICIPATION_ORDER("p")}, f.position`,
         order: `${PARTICIPATION_ORDER()}, position`,
         limit: "$6::int + 1",
       })}) capex
     )
     SELECT picked.root AS "rootId", picked.list, picked."occurredStart" AS "eventOccurredStart", picked."firstReportedOn" AS "eventReportedOn", f.*, ${newestCitation(`c."figureId" = f.id`, "$4::date")} AS "lastCitedOn"
     FROM picked JOIN "Figure" f ON f.id = picked.id
     ORDER BY picked.root, picked.list, ${PARTICIPATION_ORDER("picked")}, picked.position`,
  ),
};

/**
 * Per company: the event types of its newest $4 (CompareLimits.countedEvents) events reported by the day
 * (`capped` when it has more) and the newest day one of them was first reported, and its newest
 * $5 (CompareLimits.recentEvents) events in full (one row each; a company without events has no row).
 * The counted events' citations are not read: at a thousand events per company that alone took
 * seconds. The recent events' lookup says LIMIT 1 so that it stays one probe per row: flattened into
 * a join, the planner merge-joined the whole of "Event" by id. Two shapes: today's status or an
 * earlier day's.
 */
const eventsStatement = (current: boolean) =>
  sql(
    current ? "compare_events" : "compare_events_as_of",
    `WITH ${SCOPE},
     latest AS (
       SELECT n.root, n."eventId", n."eventType", n."firstReportedOn", row_number() OVER (PARTITION BY n.root ORDER BY ${PARTICIPATION_ORDER("n")}) AS rank
       FROM (${newestPerCompany({
         columns: `p."eventId", p."eventType", p."occurredStart", p."firstReportedOn"`,
         from: `"EventParticipant" p`,
         where: `p."firstReportedOn" <= $3::date`,
         seek: PARTICIPATION_ORDER("p"),
         order: PARTICIPATION_ORDER(),
         limit: "greatest($4::int + 1, $5::int)",
       })}) n
     ),
     counted AS (
       SELECT root, json_object_agg(type, n) AS "typeCounts", sum(n)::int AS counted, max(reported) AS "newestReportedOn"
       FROM (SELECT root, "eventType" AS type, count(*)::int AS n, max("firstReportedOn") AS reported
             FROM latest WHERE rank <= $4::int GROUP BY root, "eventType") t
       GROUP BY root
     )
     SELECT counted.root AS "rootId", counted."typeCounts", counted.counted, counted."newestReportedOn",
       EXISTS (SELECT 1 FROM latest l WHERE l.root = counted.root AND l.rank > $4::int) AS capped, recent.*
     FROM counted JOIN latest ON latest.root = counted.root AND latest.rank <= $5::int
     CROSS JOIN LATERAL (
       SELECT ${eventColumns("$3::date", current)}, ${newestCitation(`c."eventId" = ev.id`, "$3::date")} AS "lastCitedOn" FROM "Event" ev WHERE ev.id = latest."eventId"
       LIMIT 1
     ) recent
     ORDER BY counted.root, latest.rank`,
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
export type CompareFigureRow = Figure & Cited & { rootId: number; list: "money" | "capex"; eventOccurredStart: Date | null; eventReportedOn: Date };

/** The compared companies as (root, member) pairs, the two arrays the statements take as $1 and $2. */
export interface ScopePairs {
  roots: number[];
  members: number[];
}

export async function loadScope(reader: SqlReader, slugs: string[], asOf: AsOfDay) {
  const rows = await reader.query<ScopeRow>(STATEMENTS.scope, [slugs, asOf]);
  return rows.map((row) => ({ rootId: row.rootId, node: entityNodeFromRow(row, asOf) }));
}

export async function loadModels(reader: SqlReader, orgIds: number[], asOf: AsOfDay): Promise<Array<{ node: EntityNode } & Cited>> {
  const rows = await reader.query<EntityFlatRow & Cited>(STATEMENTS.models, [orgIds, asOf]);
  return rows.map((row) => ({ node: entityNodeFromRow(row, asOf), lastCitedOn: row.lastCitedOn }));
}

type RoleStatementRow = RoleRow &
  Cited & { personSlug: string; personName: string; personDescription: string | null; personVisible: boolean; keyOf: number[] | null; keyTotals: number[] | null; mover: boolean };

/** Movers' roles (for talent flow), and per company its key people and how many current roles it has in all. */
export async function loadRoles(reader: SqlReader, scope: ScopePairs, asOf: AsOfDay, limits: CompareLimits) {
  const rows = await reader.query<RoleStatementRow>(STATEMENTS.roles, [scope.roots, scope.members, asOf, limits.keyPeople]);
  const people = new Map<number, EntityNode>();
  const movers: CompareRole[] = [];
  const keyPeople = new Map<number, CompareRole[]>();
  const keyPeopleCount = new Map<number, number>();
  for (const { personSlug, personName, personDescription, keyOf, keyTotals, mover, ...role } of rows) {
    let person = people.get(role.personId);
    if (!person) {
      person = toEntityNode({ id: role.personId, slug: personSlug, name: personName, description: personDescription, organization: null, model: null }, asOf);
      people.set(role.personId, person);
    }
    const row = { ...role, person };
    if (mover) movers.push(row);
    for (const [index, root] of (keyOf ?? []).entries()) {
      keyPeople.set(root, [...(keyPeople.get(root) ?? []), row]);
      keyPeopleCount.set(root, keyTotals![index]);
    }
  }
  return { movers, keyPeople, keyPeopleCount };
}

type EventStatementRow = EventRow & Cited & { rootId: number; typeCounts: Partial<Record<EventType, number>>; counted: number; capped: boolean; newestReportedOn: Date | null };

/** One company's events as compare shows them: type counts of its newest events, and the newest few. */
export interface CompanyEvents {
  typeCounts: Partial<Record<EventType, number>>;
  counted: number;
  capped: boolean;
  /** The newest first-reported day among the counted events. */
  newestReportedOn: Date | null;
  recent: Array<EventRow & Cited>;
}

export async function loadEvents(reader: SqlReader, scope: ScopePairs, asOf: AsOfDay, limits: CompareLimits): Promise<Map<number, CompanyEvents>> {
  const statement = isCurrentDay(asOf) ? EVENTS.current : EVENTS.past;
  const rows = await reader.query<EventStatementRow>(statement, [scope.roots, scope.members, asOf, limits.countedEvents, limits.recentEvents]);
  const byCompany = new Map<number, CompanyEvents>();
  for (const { rootId, typeCounts, counted, capped, newestReportedOn, ...event } of rows) {
    const entry = byCompany.get(rootId) ?? { typeCounts, counted, capped, newestReportedOn, recent: [] };
    entry.recent.push(event);
    byCompany.set(rootId, entry);
  }
  return byCompany;
}

export async function loadMoneyFigures(reader: SqlReader, scope: ScopePairs, asOf: AsOfDay, limits: CompareLimits): Promise<CompareFigureRow[]> {
  return reader.query<CompareFigureRow>(STATEMENTS.moneyFigures, [scope.roots, scope.members, SUBJECT_ROLES, asOf, limits.moneyFigures, limits.capexGuidance]);
}
