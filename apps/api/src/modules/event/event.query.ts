import { toIsoDay } from "../../common/fuzzy-date";
import { eventAssessmentAsOf, isCurrentDay, visibleAsOf, type AsOfDay } from "../../common/as-of";
import type { SqlParams } from "../../db/sql-reader";
import type { KeysetOrder } from "../../common/cursor";
import type { EventFilter, EventOrder } from "./event.type";

/*
 * The events filter and order as SQL over `"Event" ev`, for the read path. Values travel as
 * parameters; the statement text depends only on which filters are present, so each shape is
 * prepared once per connection.
 */

/** The as-of day of an events statement: its placeholder, and whether it is today (stored status). */
export interface EventDay {
  day: AsOfDay;
  d: string;
  current: boolean;
}

export function eventDay(params: SqlParams, day: AsOfDay): EventDay {
  return { day, d: params.add(day, "::date"), current: isCurrentDay(day) };
}

/**
 * The filter's conditions (ANDed), always with the as-of rule: only events reported by the day, their
 * status and confidence as they stood then. `entityIds` are the resolved `filter.entities`.
 */
export function eventConditions(filter: EventFilter | null | undefined, entityIds: number[] | null, params: SqlParams, at: EventDay): string[] {
  const conditions = [visibleAsOf.event("ev", at.d)];
  if (filter?.types?.length) conditions.push(`ev.type = ANY(${params.add(filter.types, '::text[]::"EventType"[]')})`);
  conditions.push(...assessedConditions(filter, entityIds, params, at));
  return conditions;
}

/** The conditions that need the event row itself: all but the as-of rule and the types. */
function assessedConditions(filter: EventFilter | null | undefined, entityIds: number[] | null, params: SqlParams, at: EventDay): string[] {
  const conditions: string[] = [];
  if (!filter) return conditions;
  const { status, confidence } = eventAssessmentAsOf("ev", at.d, at.current);
  if (filter.status?.length) conditions.push(`${status} = ANY(${params.add(filter.status, '::text[]::"EventStatus"[]')})`);
  if (filter.minConfidence != null) conditions.push(`${confidence} >= ${params.add(filter.minConfidence, "::float8")}`);
  if (filter.language)
    conditions.push(
      `EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."eventId" = ev.id AND s.language = ${params.add(filter.language)} AND ${visibleAsOf.source("s", at.d)})`,
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
  if (entityIds) conditions.push(`EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ANY(${params.add(entityIds, "::int[]")}))`);
  return conditions;
}

/**
 * The filter's conditions for one entity's participations `ep` joined to their events `ev`: the
 * as-of rule and the types on the participation's copies of the event's columns, the rest on the
 * event (a page adds FIRST_PARTICIPATION). When nothing needs the event, a count reads the
 * participations alone (PARTICIPATION_COUNT), from the index: at a million events, joining the
 * events and excluding twins made counting meta's 42k events take 0.3–1 s, and this takes 20 ms.
 */
function participationConditions(
  entity: string,
  filter: EventFilter | null | undefined,
  entityIds: number[] | null,
  params: SqlParams,
  at: EventDay,
): { onParticipation: string[]; onEvent: string[] } {
  const onParticipation = [entity, visibleAsOf.event("ep", at.d)];
  if (filter?.types?.length) onParticipation.push(`ep."eventType" = ANY(${params.add(filter.types, '::text[]::"EventType"[]')})`);
  return { onParticipation, onEvent: assessedConditions(filter, entityIds, params, at) };
}

/**
 * The public event order as a keyset: occurredOn, newest first, undated last (an undated event
 * sorts as if at the far end of time, so every key is non-null and one row comparison seeks).
 */
function eventOrder(order: EventOrder | null | undefined, at: Pick<EventDay, "d" | "current">): KeysetOrder {
  const direction = (order?.direction ?? "DESC") === "ASC" ? "ASC" : "DESC";
  const reported = { expr: 'ev."firstReportedOn"', cast: "::date" } as const;
  const id = { expr: "ev.id", cast: "::int" } as const;
  switch (order?.field ?? "OCCURRED_ON") {
    case "FIRST_REPORTED_ON":
      return { direction, keys: [reported, id] };
    case "CONFIDENCE":
      // The confidence as it stood on the as-of day (the stored one today).
      return { direction, keys: [{ expr: eventAssessmentAsOf("ev", at.d, at.current).confidence, cast: "::float8" }, reported, id] };
    case "OCCURRED_ON": {
      const undated = direction === "DESC" ? "-infinity" : "infinity";
      return { direction, keys: [{ expr: `coalesce(ev."occurredStart", '${undated}'::date)`, cast: "::date" }, reported, id] };
    }
  }
}

/**
 * The events of one entity in the default order (occurredOn, newest first), read from the entity's
 * participations (`ep`, joined to `ev`): their copies of the event's keys are in
 * EventParticipant_entity_event_order_idx, so a page is one index range however many events the
 * database holds. Scanning every event in order and probing for the entity read the whole table for
 * a rarely named one (and 1M probes for an export of meta's events).
 */
const ENTITY_EVENTS_FROM = `"EventParticipant" ep JOIN "Event" ev ON ev.id = ep."eventId"`;
/** Counting an entity's events from its participations alone: each event once, however many roles. */
const PARTICIPATION_COUNT = { from: `"EventParticipant" ep`, expression: `DISTINCT ep."eventId"` };

/** An entity named in two roles of one event lists the event once: only its first participation counts. */
const FIRST_PARTICIPATION = `NOT EXISTS (SELECT 1 FROM "EventParticipant" twin WHERE twin."eventId" = ep."eventId" AND twin."entityId" = ep."entityId" AND twin.id < ep.id)`;

/** Whether an order is the one the participation index answers. */
function followsParticipationOrder(order: EventOrder | null | undefined): boolean {
  return (order?.field ?? "OCCURRED_ON") === "OCCURRED_ON" && (order?.direction ?? "DESC") === "DESC";
}

/** `eventOrder`'s default on the participation copies (equal to the event's own keys, kept by triggers). */
function participationOrder(): KeysetOrder {
  return {
    direction: "DESC",
    keys: [
      { expr: `coalesce(ep."occurredStart", '-infinity'::date)`, cast: "::date" },
      { expr: 'ep."firstReportedOn"', cast: "::date" },
      { expr: 'ep."eventId"', cast: "::int" },
    ],
  };
}

/** An events statement's parts: FROM body, conditions and order, and what its count reads when that is less. */
export interface EventSelection {
  from: string;
  conditions: string[];
  order: KeysetOrder;
  count?: { from: string; conditions: string[]; expression: string };
}

/**
 * The parts of an events statement: through the participations of the one entity `filter.entities`
 * names when the order allows, otherwise over every event in order.
 */
export function eventSelection(
  filter: EventFilter | null | undefined,
  entityIds: number[] | null,
  orderBy: EventOrder | null | undefined,
  params: SqlParams,
  at: EventDay,
): EventSelection {
  if (entityIds?.length === 1 && followsParticipationOrder(orderBy)) return entityEventSelection(params.add(entityIds[0], "::int"), filter, null, orderBy, params, at);
  return { from: `"Event" ev`, conditions: eventConditions(filter, entityIds, params, at), order: eventOrder(orderBy, at) };
}

/**
 * The parts of a statement over the events of the entity whose id is the SQL `entityId` (a
 * placeholder, or a lateral column): through its participations when the order allows, otherwise
 * over every event it takes part in. `alsoOf` are the resolved `filter.entities`.
 */
export function entityEventSelection(
  entityId: string,
  filter: EventFilter | null | undefined,
  alsoOf: number[] | null,
  orderBy: EventOrder | null | undefined,
  params: SqlParams,
  at: EventDay,
): EventSelection {
  if (followsParticipationOrder(orderBy)) {
    const { onParticipation, onEvent } = participationConditions(`ep."entityId" = ${entityId}`, filter, alsoOf, params, at);
    return {
      from: ENTITY_EVENTS_FROM,
      conditions: [...onParticipation, FIRST_PARTICIPATION, ...onEvent],
      order: participationOrder(),
      // Counted on the participations alone when no condition needs the event.
      count: onEvent.length ? undefined : { ...PARTICIPATION_COUNT, conditions: onParticipation },
    };
  }
  const takesPart = `EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = ${entityId})`;
  return { from: `"Event" ev`, conditions: [takesPart, ...eventConditions(filter, alsoOf, params, at)], order: eventOrder(orderBy, at) };
}
