import { EVENT_ORDER, fuzzyDate, jsonList, occurred } from "./fragments";

/**
 * The floor: one hand-written statement per request, returning the `data` of Orchard's GraphQL
 * answer as JSON (same field names, same order of lists). Parameters follow requests.ts.
 */

const companyEvent = `json_build_object('node', json_build_object(
  'title', ev.title, 'type', ev.type, 'occurredOn', ${fuzzyDate(occurred("ev"), ["text"])},
  'figures', ${jsonList(`json_build_object('text', f.text, 'value', f.value::float8, 'unit', f.unit)`, `"Figure" f WHERE f."eventId" = ev.id`, "f.position")},
  'citations', ${jsonList(
    `json_build_object('quote', c.quote, 'stance', c.stance, 'source', json_build_object('title', s.title, 'language', s.language))`,
    `"Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."eventId" = ev.id`,
    `c."sourceId", c.id`,
  )}))`;

/** $1 = company slug. */
export const COMPANY_SQL = `
SELECT json_build_object('company', (
  SELECT json_build_object(
    'name', e.name, 'description', e.description, 'country', o.country,
    'aliases', ${jsonList(`json_build_object('name', a.name, 'language', a.language)`, `"Alias" a WHERE a."entityId" = e.id`, "a.language, a.name")},
    'labs', ${jsonList(`json_build_object('slug', l.slug, 'name', l.name)`, `peer."Entity_labs"(e) WITH ORDINALITY l`, "l.ordinality")},
    'models', ${jsonList(
      `json_build_object('slug', me.slug, 'name', me.name, 'status', m.status, 'access', m.access,
        'expectedRelease', (SELECT json_build_object('text', f.text) FROM peer.expected_release(me.id, peer.today()) f))`,
      `peer."Entity_scopeModels"(e) WITH ORDINALITY me JOIN "AiModel" m ON m."entityId" = me.id`,
      "me.ordinality",
    )},
    'roles', ${jsonList(
      `json_build_object('title', r.title, 'person', json_build_object('name', p.name))`,
      `peer."Entity_organizationRoles"(e) WITH ORDINALITY r JOIN "Entity" p ON p.id = r."personId"`,
      "r.ordinality",
    )},
    'events', json_build_object(
      'totalCount', (SELECT count(DISTINCT p."eventId") FROM "EventParticipant" p WHERE p."entityId" = e.id),
      'edges', ${jsonList(companyEvent, `(SELECT * FROM peer."Entity_events"(e) WITH ORDINALITY LIMIT 20) ev`, "ev.ordinality")}))
  FROM "Entity" e JOIN "Organization" o ON o."entityId" = e.id
  WHERE e.slug = $1 AND o.kind IN ('COMPANY', 'INVESTOR'))) AS data`;

/** $1 = page size. */
export const EVENTS_SQL = `
SELECT json_build_object('events', json_build_object(
  'totalCount', (SELECT count(*) FROM "Event"),
  'edges', ${jsonList(
    `json_build_object('node', json_build_object(
      'title', ev.title, 'type', ev.type, 'status', ev.status, 'confidence', ev.confidence, 'occurredOn', ${fuzzyDate(occurred("ev"), ["text"])},
      'participants', ${jsonList(
        `json_build_object('role', p.role, 'entity', json_build_object('slug', pe.slug, 'name', pe.name))`,
        `"EventParticipant" p JOIN "Entity" pe ON pe.id = p."entityId" WHERE p."eventId" = ev.id`,
        "p.id",
      )},
      'figures', ${jsonList(
        `json_build_object('kind', f.kind, 'metric', f.metric, 'value', f.value::float8, 'unit', f.unit, 'text', f.text)`,
        `"Figure" f WHERE f."eventId" = ev.id`,
        "f.position",
      )},
      'citations', ${jsonList(
        `json_build_object('quote', c.quote, 'stance', c.stance,
          'attributedTo', CASE WHEN c."attributedToId" IS NOT NULL THEN json_build_object('name', ae.name) END,
          'source', json_build_object('title', s.title, 'language', s.language, 'publishedOn', s."publishedOn"))`,
        `"Citation" c JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Entity" ae ON ae.id = c."attributedToId" WHERE c."eventId" = ev.id`,
        `c."sourceId", c.id`,
      )}))`,
    `(SELECT *, row_number() OVER (ORDER BY ${EVENT_ORDER('"Event"')}) AS n FROM "Event" ORDER BY ${EVENT_ORDER('"Event"')} LIMIT $1) ev`,
    "ev.n",
  )})) AS data`;
