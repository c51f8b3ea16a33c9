/**
 * Reshapes PostGraphile's answers into Orchard's answer shape (field names, nesting, global IDs,
 * numbers), so that one normaliser compares all three contenders. Pure reshaping: no sorting, no
 * filtering beyond Orchard's type check of a slug, no computation of values.
 */
// PostGraphile answers are untyped JSON here; each mapper reads the fields its document asks for.
type Json = any;

/** common/global-id.ts toGlobalId. */
export const globalId = (type: string, rowId: number) => Buffer.from(`${type}:${rowId}`, "utf8").toString("base64url");
/** BigFloat (numeric) comes as a string; Orchard answers a Float. */
const float = (value: string | number | null) => (value == null ? null : Number(value));
const textOnly = (text: string | null) => (text == null ? null : { text });
const nodes = (connection: Json): Json[] => connection?.nodes ?? [];
const entityName = (org: Json) => org?.entityByEntityId ?? null;

function fuzzy(text: string | null, start: string | null, end: string | null | undefined, precision: string | null, fields: string[]) {
  if (start == null || precision == null) return null;
  const all: Record<string, unknown> = { text, start, end: end ?? start, precision };
  return Object.fromEntries(fields.map((field) => [field, all[field]]));
}

function company(data: Json) {
  const e = data.entityBySlug;
  if (!e || e.typeName !== "Company") return { company: null };
  return {
    company: {
      name: e.name,
      description: e.description,
      country: e.organizationByEntityId?.country ?? null,
      aliases: nodes(e.aliasesByEntityId),
      labs: nodes(e.labs),
      models: nodes(e.scopeModels).map((m) => ({
        slug: m.slug,
        name: m.name,
        status: m.aiModelByEntityId.status,
        access: m.aiModelByEntityId.access,
        expectedRelease: m.aiModelByEntityId.expectedRelease ? { text: m.aiModelByEntityId.expectedRelease.text } : null,
      })),
      roles: nodes(e.organizationRoles).map((r) => ({ title: r.title, person: { name: r.personByPersonId.entityByEntityId.name } })),
      events: {
        totalCount: e.events.totalCount,
        edges: nodes(e.events).map((ev) => ({
          node: {
            title: ev.title,
            type: ev.type,
            occurredOn: textOnly(ev.occurredOnText),
            figures: nodes(ev.figuresByEventId).map((f) => ({ text: f.text, value: float(f.value), unit: f.unit })),
            citations: nodes(ev.citationsByEventId).map((c) => ({ quote: c.quote, stance: c.stance, source: c.sourceBySourceId })),
          },
        })),
      },
    },
  };
}

function compare(data: Json, variables: Json) {
  const of = (list: Json, slug: string) => nodes(list).filter((row) => row.companySlug === slug);
  return {
    compare: {
      asOf: variables.asOf,
      companies: nodes(data.companies).map(({ slug, name }) => ({
        slug,
        name,
        labs: of(data.labs, slug).map((l) => ({ slug: l.slug })),
        models: of(data.models, slug).map((m) => ({
          model: { slug: m.slug, name: m.name },
          status: m.status,
          access: m.access,
          expectedRelease: textOnly(m.expectedRelease),
        })),
        keyPeople: of(data.keyPeople, slug).map((p) => ({ title: p.title, person: { name: p.personName } })),
        capexGuidance: of(data.capex, slug).map((c) => ({ text: c.text, value: float(c.value), effectiveOn: textOnly(c.effectiveText) })),
        eventCounts: of(data.counts, slug).map((c) => ({ type: c.type, count: c.count })),
        recentEvents: of(data.recent, slug).map((r) => ({ title: r.title, occurredOn: textOnly(r.occurredText) })),
      })),
      talentFlows: nodes(data.flows).map((f) => ({ person: { name: f.personName }, fromCompany: { slug: f.fromSlug }, toCompany: { slug: f.toSlug } })),
    },
  };
}

function events(data: Json) {
  const list = data.peerEventsNewestFirst;
  return {
    events: {
      totalCount: list.totalCount,
      edges: nodes(list).map((ev) => ({
        node: {
          title: ev.title,
          type: ev.type,
          status: ev.status,
          confidence: ev.confidence,
          occurredOn: textOnly(ev.occurredOnText),
          participants: nodes(ev.eventParticipantsByEventId).map((p) => ({ role: p.role, entity: p.entityByEntityId })),
          figures: nodes(ev.figuresByEventId).map((f) => ({ kind: f.kind, metric: f.metric, value: float(f.value), unit: f.unit, text: f.text })),
          citations: nodes(ev.citationsByEventId).map((c) => ({
            quote: c.quote,
            stance: c.stance,
            attributedTo: entityName(c.organizationByAttributedToId),
            source: c.sourceBySourceId,
          })),
        },
      })),
    },
  };
}

const source = (s: Json, fields: string[]) => {
  const all: Record<string, unknown> = {
    id: globalId("Source", s.rowId),
    title: s.title,
    language: s.language,
    publishedOn: s.publishedOn,
    url: s.url,
    publisher: s.organizationByPublisherId ? { name: s.organizationByPublisherId.entityByEntityId.name } : null,
  };
  return Object.fromEntries(fields.map((field) => [field, all[field]]));
};

const lineageEdge = (edge: Json, outgoing: boolean, other: Json) => ({
  relation: edge.relation,
  outgoing,
  model: other.entityByEntityId,
  citations: nodes(edge.citationsByLineageId).map((c) => ({
    quote: c.quote,
    quoteStart: c.quoteStart,
    stance: c.stance,
    attributedTo: entityName(c.organizationByAttributedToId),
    source: source(c.sourceBySourceId, ["id", "title", "language", "publishedOn", "url", "publisher"]),
  })),
});

const typed = (e: Json) => (e ? { __typename: e.typeName, slug: e.slug, name: e.name } : null);

function model(data: Json) {
  const e = data.entityBySlug;
  if (!e || e.typeName !== "AiModel") return { model: null };
  const m = e.aiModelByEntityId;
  const f = m.expectedRelease;
  return {
    model: {
      slug: e.slug,
      name: e.name,
      description: e.description,
      kind: m.kind,
      modality: m.modality,
      status: m.status,
      access: m.access,
      family: m.aiModelByFamilyId?.entityByEntityId ?? null,
      developer: typed(entityName(m.organizationByDeveloperId)),
      owner: typed(entityName(m.organizationByOwnerId)),
      releasedOn: fuzzy(m.releasedOnText, m.releasedStart, null, m.releasedPrecision, ["text", "start", "precision"]),
      expectedRelease: f && {
        kind: f.kind,
        metric: f.metric,
        text: f.text,
        date: fuzzy(f.dateOnText, f.dateStart, null, f.datePrecision, ["text", "start", "precision"]),
        effectiveOn: fuzzy(f.effectiveOnText, f.effectiveStart, null, f.effectivePrecision, ["text", "start", "precision"]),
        event: { id: globalId("Event", f.eventByEventId.rowId), firstReportedOn: f.eventByEventId.firstReportedOn },
      },
      aliases: nodes(e.aliasesByEntityId),
      lineage: [
        ...nodes(m.modelLineagesByModelId).map((edge) => lineageEdge(edge, true, edge.aiModelByTargetId)),
        ...nodes(m.modelLineagesByTargetId).map((edge) => lineageEdge(edge, false, edge.aiModelByModelId)),
      ],
      events: {
        totalCount: e.events.totalCount,
        edges: nodes(e.events).map((ev) => ({
          node: {
            id: globalId("Event", ev.rowId),
            title: ev.title,
            type: ev.type,
            status: ev.status,
            firstReportedOn: ev.firstReportedOn,
            occurredOn: fuzzy(ev.occurredOnText, ev.occurredStart, ev.occurredEnd, ev.occurredPrecision, ["text", "start", "end", "precision"]),
            citations: nodes(ev.citationsByEventId).map((c) => ({
              source: source(c.sourceBySourceId, ["id", "title", "language", "publishedOn", "publisher"]),
            })),
          },
        })),
      },
    },
  };
}

function search(data: Json) {
  return {
    search: nodes(data.peerSearch).map((h) => ({
      matchedAlias: h.matchedAlias,
      language: h.language,
      score: h.score,
      entity: { __typename: h.typeName, slug: h.slug, name: h.name, description: h.description },
    })),
  };
}

/** Orchard's `data` for a PostGraphile `data`, per request name. */
export const TO_ORCHARD_SHAPE: Record<string, (data: Json, orchardVariables: Json) => unknown> = { company, compare, events, model, search };
