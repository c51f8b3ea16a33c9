import { jsonList } from "./fragments";
import { compareModelsKept } from "../sql/compare";

/**
 * The floor's comparison: one statement that builds each company's scope, models, members and
 * events once (materialized) and cuts every section from them, the same rules as the `peer.compare_*`
 * functions PostGraphile serves (sql/compare.ts, as of the day by sql/as-of.ts) without recomputing
 * shared parts per section. $1 = slugs (text[]), $2 = as-of date.
 */
const section = (item: string, from: string) => jsonList(item, `${from} x WHERE x.company_slug = co.slug`, "x.ord");

export const COMPARE_SQL = `
WITH scope AS MATERIALIZED (SELECT * FROM peer.compare_scope($1, $2)),
  orgs AS MATERIALIZED (SELECT DISTINCT ON (org_id) * FROM scope ORDER BY org_id, company_ord DESC),
  models AS MATERIALIZED (
    SELECT c.company_slug, c.company_ord, e.id AS model_id, e.slug, e.name,
      peer."AiModel_statusAsOf"(m, $2) AS status, peer."AiModel_accessAsOf"(m, $2) AS access,
      CASE WHEN peer.reported_by(m."releasedReportedOn", $2) THEN m."releasedStart" END AS released_start
    FROM "AiModel" m JOIN "Entity" e ON e.id = m."entityId"
    JOIN orgs c ON c.org_id = coalesce((SELECT o.org_id FROM orgs o WHERE o.org_id = m."ownerId"), m."developerId")
    WHERE peer.reported_by(e."firstReportedOn", $2)),
  members AS MATERIALIZED (
    SELECT company_slug, company_ord, org_id AS entity_id FROM scope UNION SELECT company_slug, company_ord, model_id FROM models),
  events AS MATERIALIZED (
    SELECT mine.*, row_number() OVER (ORDER BY mine.company_ord, mine."occurredStart" DESC NULLS LAST, mine."firstReportedOn" DESC, mine.id DESC) AS ord
    FROM (
      SELECT DISTINCT m.company_slug, m.company_ord, ev.*
      FROM members m JOIN "EventParticipant" p ON p."entityId" = m.entity_id JOIN "Event" ev ON ev.id = p."eventId"
      WHERE ev."firstReportedOn" <= $2
    ) mine),
  labs AS (
    SELECT s.company_slug, row_number() OVER (ORDER BY s.company_ord, s.org_ord) AS ord, e.slug
    FROM scope s JOIN "Entity" e ON e.id = s.org_id JOIN "Organization" o ON o."entityId" = e.id
    WHERE peer.organization_type(o.kind) = 'Lab'),
  model_rows AS (
    SELECT m.*, row_number() OVER (ORDER BY m.company_ord, m.name, m.model_id) AS ord,
      (SELECT f.text FROM peer.expected_release(m.model_id, $2) f) AS expected_release
    FROM (${compareModelsKept("models")}) m),
  people AS (
    SELECT s.company_slug, row_number() OVER (ORDER BY s.company_ord, r."startDate" ASC NULLS FIRST, r.id) AS ord, r.title, p.name AS person_name
    FROM scope s JOIN "Role" r ON r."organizationId" = s.org_id JOIN "Entity" p ON p.id = r."personId"
    WHERE peer.reported_by(r."firstReportedOn", $2) AND peer."Role_isCurrent"(r, $2)),
  capex AS (
    SELECT mine.company_slug,
      row_number() OVER (ORDER BY mine.company_ord, peer.figure_time(f."effectiveStart", f."effectivePrecision", ev."occurredStart", ev."firstReportedOn"),
        ev."occurredStart" DESC NULLS LAST, ev."firstReportedOn" DESC, ev.id DESC, f.position) AS ord,
      f.text, f.value::float8 AS value,
      peer.date_text(f."effectiveText", f."effectiveStart", peer.period_end(f."effectiveStart", f."effectivePrecision"), f."effectivePrecision") AS effective_text
    FROM (
      SELECT DISTINCT m.company_slug, m.company_ord, f.id AS figure_id
      FROM members m JOIN "EventParticipant" p ON p."entityId" = m.entity_id AND p.role = ANY(peer.subject_roles())
      JOIN "Figure" f ON f."eventId" = p."eventId"
      WHERE f.kind = 'MONEY' AND f.metric = 'capex_guidance'
    ) mine JOIN "Figure" f ON f.id = mine.figure_id JOIN "Event" ev ON ev.id = f."eventId"
    WHERE peer.figure_reported_by(f."firstReportedOn", ev."firstReportedOn", $2)),
  counts AS (
    SELECT company_slug, row_number() OVER (ORDER BY company_ord, count(*) DESC, type::text COLLATE "und-x-icu") AS ord, type, count(*)::int AS count
    FROM events GROUP BY company_slug, company_ord, type),
  recent AS (
    SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.company_slug ORDER BY e.ord) AS nth FROM events e) ranked WHERE nth <= 5)
SELECT json_build_object('compare', json_build_object(
  'asOf', $2::date,
  'companies', ${jsonList(
    `json_build_object('slug', co.slug, 'name', co.name,
      'labs', ${section(`json_build_object('slug', x.slug)`, "labs")},
      'models', ${section(
        `json_build_object('model', json_build_object('slug', x.slug, 'name', x.name), 'status', x.status, 'access', x.access,
          'expectedRelease', CASE WHEN x.expected_release IS NOT NULL THEN json_build_object('text', x.expected_release) END)`,
        "model_rows",
      )},
      'keyPeople', ${section(`json_build_object('title', x.title, 'person', json_build_object('name', x.person_name))`, "people")},
      'capexGuidance', ${section(
        `json_build_object('text', x.text, 'value', x.value, 'effectiveOn', CASE WHEN x.effective_text IS NOT NULL THEN json_build_object('text', x.effective_text) END)`,
        "capex",
      )},
      'eventCounts', ${section(`json_build_object('type', x.type, 'count', x.count)`, "counts")},
      'recentEvents', ${section(
        `json_build_object('title', x.title, 'occurredOn', CASE WHEN peer.date_text(x."occurredText", x."occurredStart", x."occurredEnd", x."occurredPrecision") IS NOT NULL
          THEN json_build_object('text', peer.date_text(x."occurredText", x."occurredStart", x."occurredEnd", x."occurredPrecision")) END)`,
        "recent",
      )})`,
    "peer.compare_companies($1, $2) WITH ORDINALITY co",
    "co.ordinality",
  )},
  'talentFlows', ${jsonList(
    `json_build_object('person', json_build_object('name', t.person_name), 'fromCompany', json_build_object('slug', t.from_slug),
      'toCompany', json_build_object('slug', t.to_slug))`,
    "peer.compare_talent_flows($1, $2) t",
    "t.ord",
  )})) AS data`;
