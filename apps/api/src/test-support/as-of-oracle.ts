import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from "graphql";
import type { PrismaClient } from "../db/prisma";
import { fromGlobalId } from "../common/global-id";
import { groupBy } from "../common/group-by";
import { assessEvidence, evidenceOf, type DerivedStatus } from "../modules/event/confidence";

/**
 * What the database says about when each fact became public, read with plain Prisma queries, so the
 * as-of property test judges the API's answers against data and not against the read path's SQL.
 */
export interface AsOfOracle {
  entities: Map<string, { day: Date | null; kind: string; typename: string }>;
  events: Map<number, { day: Date; participants: Array<{ entityId: number; role: string }>; title: string }>;
  sources: Map<number, Date>;
  /** Keyed `person|organization|title` (slugs). */
  roles: Map<string, { day: Date | null; endDay: Date | null; hasEnd: boolean }>;
  /** Keyed `eventId|metric|text`. */
  figures: Map<string, { day: Date; kind: string; metric: string; eventId: number; effective: Date | null }>;
  models: Map<
    string,
    { entityId: number; status: string; statusDay: Date | null; accessDay: Date | null; releasedDay: Date | null; ownerId: number | null; developerId: number | null }
  >;
  idOfSlug: Map<string, number>;
  /** The event's citations with their evidence and source day, for its status as of a day. */
  eventEvidence: Map<number, Array<{ day: Date; evidence: ReturnType<typeof evidenceOf>[number] }>>;
  /** Every organization's parent (id → parent id). */
  parents: Map<number, number | null>;
  /** Lineage edges: the earliest day among their citations' sources. */
  lineage: Array<{ modelId: number; targetId: number; day: Date }>;
  /**
   * Citations of events and figures, keyed `sourceId@quoteStart`: the event they back (directly or
   * through a figure), their source's public day, and for a stating passage the day it states.
   */
  citations: Map<string, Array<{ eventId: number; sourceDay: Date; stated: Date | null }>>;
}

const TYPENAME: Record<string, string> = { COMPANY: "Company", INVESTOR: "Company", LAB: "Lab", TEAM: "Lab", DIVISION: "Lab", MEDIA_OUTLET: "MediaOutlet" };

export async function loadOracle(prisma: PrismaClient): Promise<AsOfOracle> {
  const [entities, events, sources, roles, figures, citations, lineage] = await Promise.all([
    prisma.entity.findMany({ include: { organization: true, model: true } }),
    prisma.event.findMany({ include: { participants: true } }),
    prisma.source.findMany({ select: { id: true, publicOn: true, publisherId: true } }),
    prisma.role.findMany({ include: { person: { include: { entity: true } }, organization: { include: { entity: true } } } }),
    prisma.figure.findMany({ include: { event: { select: { firstReportedOn: true } } } }),
    prisma.citation.findMany({
      where: { OR: [{ eventId: { not: null } }, { figureId: { not: null } }] },
      include: {
        source: { select: { publicOn: true, publisherId: true } },
        event: { select: { publicSince: true } },
        figure: { select: { eventId: true, publicSince: true } },
      },
    }),
    prisma.modelLineage.findMany({ include: { citations: { include: { source: { select: { publicOn: true } } } } } }),
  ]);
  const typenameOf = (e: (typeof entities)[number]) =>
    e.organization ? (TYPENAME[e.organization.kind] ?? "Institution") : e.model ? "AiModel" : e.kind === "PRODUCT" ? "Product" : e.kind === "FACILITY" ? "Facility" : "Person";
  const eventEvidence = new Map<number, Array<{ day: Date; evidence: ReturnType<typeof evidenceOf>[number] }>>();
  for (const [eventId, group] of groupBy(
    citations.filter((c) => c.eventId !== null),
    (c) => c.eventId!,
  )) {
    const evidence = evidenceOf(
      group.map((c) => ({ source: c.sourceId, stance: c.stance, attributedTo: c.attributedToId, official: c.official, publisher: c.source.publisherId })),
    );
    eventEvidence.set(
      eventId,
      group.map((c, index) => ({ day: c.source.publicOn, evidence: evidence[index] })),
    );
  }
  return {
    entities: new Map(entities.map((e) => [e.slug, { day: e.firstReportedOn, kind: e.kind, typename: typenameOf(e) }])),
    events: new Map(events.map((e) => [e.id, { day: e.firstReportedOn, participants: e.participants, title: e.title }])),
    sources: new Map(sources.map((s) => [s.id, s.publicOn])),
    roles: new Map(
      roles.map((r) => [
        `${r.person.entity.slug}|${r.organization.entity.slug}|${r.title}`,
        { day: r.firstReportedOn, endDay: r.endReportedOn ?? r.firstReportedOn, hasEnd: r.endDate !== null },
      ]),
    ),
    figures: new Map(
      figures.map((f) => [
        `${f.eventId}|${f.metric}|${f.text}`,
        { day: f.firstReportedOn ?? f.event.firstReportedOn, kind: f.kind, metric: f.metric, eventId: f.eventId, effective: f.effectiveStart },
      ]),
    ),
    models: new Map(
      entities
        .filter((e) => e.model)
        .map((e) => [
          e.slug,
          {
            entityId: e.id,
            status: e.model!.status,
            statusDay: e.model!.statusReportedOn,
            accessDay: e.model!.accessReportedOn,
            releasedDay: e.model!.releasedReportedOn,
            ownerId: e.model!.ownerId,
            developerId: e.model!.developerId,
          },
        ]),
    ),
    idOfSlug: new Map(entities.map((e) => [e.slug, e.id])),
    eventEvidence,
    parents: new Map(entities.filter((e) => e.organization).map((e) => [e.id, e.organization!.parentId])),
    citations: groupBy(
      citations.map((c) => ({
        eventId: c.eventId ?? c.figure!.eventId,
        sourceDay: c.source.publicOn,
        stated: c.claim === "publicSince" ? (c.event?.publicSince ?? c.figure?.publicSince ?? null) : null,
        key: `${c.sourceId}@${c.quoteStart}`,
      })),
      (c) => c.key,
    ),
    lineage: lineage.map((l) => ({ modelId: l.modelId, targetId: l.targetId, day: new Date(Math.min(...l.citations.map((c) => c.source.publicOn.getTime()))) })),
  };
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const after = (day: Date | null | undefined, asOf: string) => day != null && isoDay(day) > asOf;

/** An entity is visible when no dated source speaks of it, or one did by the day. */
export const entityVisible = (oracle: AsOfOracle, slug: string, asOf: string) => !after(oracle.entities.get(slug)?.day, asOf);

/**
 * The event's status and confidence as they stood on the day, from its citations public by then (or,
 * for a fact public from a stated day before any of its sources, from its earliest source's).
 */
export function eventStatusAsOf(oracle: AsOfOracle, eventId: number, asOf: string): { status: DerivedStatus; confidence: number } {
  const cited = oracle.eventEvidence.get(eventId) ?? [];
  const earliest = cited.map((c) => isoDay(c.day)).sort()[0] ?? asOf;
  const cutoff = asOf > earliest ? asOf : earliest;
  return assessEvidence(cited.filter((c) => isoDay(c.day) <= cutoff).map((c) => c.evidence));
}

/** The query with `__typename` in every selection set, so that the walk knows what each object is. */
export function withTypenames(query: string): string {
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };
  return print(
    visit(parse(query), {
      SelectionSet: (node: SelectionSetNode) =>
        node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename") ? undefined : { ...node, selections: [typename, ...node.selections] },
    }),
  );
}

type Json = Record<string, any>;

const ENTITY_TYPENAMES = new Set(["Company", "Lab", "MediaOutlet", "Institution", "AiModel", "Person", "Product", "Facility"]);

/**
 * Everything in an answer that had not been reported by the day: entities, events, sources, roles and
 * their ends, figures, model claims, events' status and confidence, "as reported up to" dates. Each
 * problem is a readable line; an empty list is a pass.
 */
export function leaksIn(data: unknown, asOf: string, oracle: AsOfOracle): string[] {
  const problems: string[] = [];
  /** `statedSource`: the value is the source of a stating citation shown for its stated day. */
  const walk = (value: unknown, eventId: number | null, statedSource = false) => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, eventId));
    if (!value || typeof value !== "object") return;
    const o = value as Json;
    let context = eventId;
    let stating = false;
    if (ENTITY_TYPENAMES.has(o.__typename) && o.slug) {
      const entity = oracle.entities.get(o.slug);
      if (!entity || entity.typename !== o.__typename) problems.push(`${o.__typename} ${o.slug} is not a ${entity?.typename ?? "known entity"}`);
      else if (after(entity.day, asOf)) problems.push(`entity ${o.slug} first reported ${isoDay(entity.day!)}`);
    }
    if (o.__typename === "AiModel" && o.slug) {
      const model = oracle.models.get(o.slug)!;
      if (o.status && o.status !== "UNKNOWN" && after(model.statusDay, asOf)) problems.push(`status of ${o.slug} reported ${isoDay(model.statusDay!)}`);
      if (o.access && o.access !== "UNKNOWN" && after(model.accessDay, asOf)) problems.push(`access of ${o.slug} reported ${isoDay(model.accessDay!)}`);
      if (o.releasedOn && after(model.releasedDay, asOf)) problems.push(`release date of ${o.slug} reported ${isoDay(model.releasedDay!)}`);
    }
    for (const field of ["lastReportedOn", "knownAsOf"]) if (typeof o[field] === "string" && o[field] > asOf) problems.push(`${o.__typename}.${field} ${o[field]}`);
    if (o.__typename === "Event" && o.id) {
      const id = fromGlobalId(o.id)!.localId;
      context = id;
      if (after(oracle.events.get(id)!.day, asOf)) problems.push(`event ${id} first reported ${isoDay(oracle.events.get(id)!.day)}`);
      else if (o.status !== undefined) {
        const expected = eventStatusAsOf(oracle, id, asOf);
        if (o.status !== expected.status || (o.confidence !== undefined && o.confidence !== expected.confidence))
          problems.push(`event ${id} shows ${o.status}/${o.confidence}, stood ${expected.status}/${expected.confidence}`);
      }
    }
    if (o.__typename === "Source" && o.id && !statedSource) {
      const id = fromGlobalId(o.id)!.localId;
      if (after(oracle.sources.get(id), asOf)) problems.push(`source ${id} public ${isoDay(oracle.sources.get(id)!)}`);
    }
    // A citation from a later source only as the passage stating its fact's public day, and from that day.
    if (o.__typename === "Citation" && o.source?.id && o.quoteStart !== undefined) {
      const sourceId = fromGlobalId(o.source.id)!.localId;
      if (after(oracle.sources.get(sourceId), asOf)) {
        const stated = (oracle.citations.get(`${sourceId}@${o.quoteStart}`) ?? []).filter((c) => c.stated && isoDay(c.stated) === o.publicSince);
        if (stated.length === 0 || o.publicSince > asOf)
          problems.push(`citation of source ${sourceId}@${o.quoteStart}, public ${isoDay(oracle.sources.get(sourceId)!)}, states ${o.publicSince}`);
        else stating = true;
      }
    }
    // Every fact shown cites a quote shown with it.
    if (["Event", "Figure", "Role", "ModelLineageEdge"].includes(o.__typename) && Array.isArray(o.citations) && o.citations.length === 0)
      problems.push(`${o.__typename} ${o.id ?? o.metric ?? o.title ?? o.model?.slug} shown with no citation`);
    if (o.__typename === "Role" && o.person?.slug && o.organization?.slug) {
      const role = oracle.roles.get(`${o.person.slug}|${o.organization.slug}|${o.title}`);
      if (!role) problems.push(`unknown role ${o.person.slug} at ${o.organization.slug}`);
      else {
        if (after(role.day, asOf)) problems.push(`role ${o.person.slug} at ${o.organization.slug} reported ${isoDay(role.day!)}`);
        if (o.end && after(role.endDay, asOf)) problems.push(`end of ${o.person.slug} at ${o.organization.slug} reported ${isoDay(role.endDay!)}`);
      }
    }
    if (o.__typename === "Figure" && o.metric) {
      const owner = o.event?.id ? fromGlobalId(o.event.id)!.localId : eventId;
      const figure = oracle.figures.get(`${owner}|${o.metric}|${o.text}`);
      if (!figure) problems.push(`unknown figure ${o.metric} "${o.text}" of event ${owner}`);
      else if (after(figure.day, asOf)) problems.push(`figure ${o.metric} "${o.text}" first reported ${isoDay(figure.day)}`);
    }
    for (const [key, child] of Object.entries(o)) if (key !== "__typename") walk(child, context, stating && key === "source");
  };
  walk(data, null);
  return problems;
}
