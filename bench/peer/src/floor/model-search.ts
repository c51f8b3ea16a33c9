import { fuzzyDate, jsonList, occurred } from "./fragments";

const entityRef = (alias: string, withType: boolean) =>
  `json_build_object(${withType ? `'__typename', peer.entity_type(${alias}.id), ` : ""}'slug', ${alias}.slug, 'name', ${alias}.name)`;

/** Orchard's CitationFields on a lineage edge. */
const lineageCitations = (lineage: string) =>
  jsonList(
    `json_build_object('quote', c.quote, 'quoteStart', c."quoteStart", 'stance', c.stance,
      'attributedTo', CASE WHEN c."attributedToId" IS NOT NULL THEN json_build_object('slug', ae.slug, 'name', ae.name) END,
      'source', json_build_object('id', peer.global_id('Source', s.id), 'title', s.title, 'language', s.language,
        'publishedOn', s."publishedOn", 'url', s.url,
        'publisher', CASE WHEN s."publisherId" IS NOT NULL THEN json_build_object('name', pub.name) END))`,
    `"Citation" c JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Entity" ae ON ae.id = c."attributedToId"
      LEFT JOIN "Entity" pub ON pub.id = s."publisherId" WHERE c."lineageId" = ${lineage}.id`,
    `c."sourceId", c.id`,
  );

const lineageEdge = (outgoing: boolean) =>
  `SELECT json_build_object('relation', l.relation, 'outgoing', ${outgoing}, 'model', ${entityRef("other", false)},
      'citations', ${lineageCitations("l")}) AS edge, ${outgoing ? 0 : 1} AS side, l.id
    FROM "ModelLineage" l JOIN "Entity" other ON other.id = l.${outgoing ? '"targetId"' : '"modelId"'}
    WHERE l.${outgoing ? '"modelId"' : '"targetId"'} = e.id`;

const dateOf = (alias: string, prefix: "date" | "effective") =>
  prefix === "date"
    ? { text: `${alias}."dateText"`, start: `${alias}."dateStart"`, end: `${alias}."dateEnd"`, precision: `${alias}."datePrecision"` }
    : {
        text: `${alias}."effectiveText"`,
        start: `${alias}."effectiveStart"`,
        end: `peer.period_end(${alias}."effectiveStart", ${alias}."effectivePrecision")`,
        precision: `${alias}."effectivePrecision"`,
      };

const modelEvent = `json_build_object('node', json_build_object(
  'id', peer.global_id('Event', ev.id), 'title', ev.title, 'type', ev.type, 'status', ev.status, 'firstReportedOn', ev."firstReportedOn",
  'occurredOn', ${fuzzyDate(occurred("ev"), ["text", "start", "end", "precision"])},
  'citations', ${jsonList(
    `json_build_object('source', json_build_object('id', peer.global_id('Source', s.id), 'title', s.title, 'language', s.language,
      'publishedOn', s."publishedOn", 'publisher', CASE WHEN s."publisherId" IS NOT NULL THEN json_build_object('name', pub.name) END))`,
    `"Citation" c JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Entity" pub ON pub.id = s."publisherId" WHERE c."eventId" = ev.id`,
    `c."sourceId", c.id`,
  )}))`;

/** $1 = model slug. */
export const MODEL_SQL = `
SELECT json_build_object('model', (
  SELECT json_build_object(
    'slug', e.slug, 'name', e.name, 'description', e.description, 'kind', m.kind, 'modality', m.modality, 'status', m.status, 'access', m.access,
    'family', (SELECT ${entityRef("fe", false)} FROM "Entity" fe WHERE fe.id = m."familyId"),
    'developer', (SELECT ${entityRef("de", true)} FROM "Entity" de WHERE de.id = m."developerId"),
    'owner', (SELECT ${entityRef("oe", true)} FROM "Entity" oe WHERE oe.id = m."ownerId"),
    'releasedOn', ${fuzzyDate({ text: 'm."releasedText"', start: 'm."releasedStart"', end: 'm."releasedEnd"', precision: 'm."releasedPrecision"' }, ["text", "start", "precision"])},
    'expectedRelease', (SELECT json_build_object('kind', f.kind, 'metric', f.metric, 'text', f.text,
        'date', ${fuzzyDate(dateOf("f", "date"), ["text", "start", "precision"])},
        'effectiveOn', ${fuzzyDate(dateOf("f", "effective"), ["text", "start", "precision"])},
        'event', json_build_object('id', peer.global_id('Event', fev.id), 'firstReportedOn', fev."firstReportedOn"))
      FROM peer.expected_release(e.id, peer.today()) f JOIN "Event" fev ON fev.id = f."eventId"),
    'aliases', ${jsonList(`json_build_object('name', a.name, 'language', a.language, 'kind', a.kind)`, `"Alias" a WHERE a."entityId" = e.id`, "a.language, a.name")},
    'lineage', ${jsonList("edges.edge", `(${lineageEdge(true)} UNION ALL ${lineageEdge(false)}) edges`, "edges.side, edges.id")},
    'events', json_build_object(
      'totalCount', (SELECT count(DISTINCT p."eventId") FROM "EventParticipant" p WHERE p."entityId" = e.id),
      'edges', ${jsonList(modelEvent, `(SELECT * FROM peer."Entity_events"(e) WITH ORDINALITY LIMIT 20) ev`, "ev.ordinality")}))
  FROM "Entity" e JOIN "AiModel" m ON m."entityId" = e.id WHERE e.slug = $1)) AS data`;

/** $1 = query text, $2 = number of hits. */
export const SEARCH_SQL = `
SELECT json_build_object('search', ${jsonList(
  `json_build_object('matchedAlias', h.matched_alias, 'language', h.language, 'score', h.score,
    'entity', json_build_object('__typename', h.type_name, 'slug', h.slug, 'name', h.name, 'description', h.description))`,
  "peer.search($1, $2) WITH ORDINALITY h",
  "h.ordinality",
)}) AS data`;
