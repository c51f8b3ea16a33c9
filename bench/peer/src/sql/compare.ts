/**
 * compare.service.ts compareCompanies in SQL, one function per section of a comparison column so
 * that PostGraphile can serve each as a root field and the floor can aggregate them in one
 * statement. Every function takes the compared slugs (in page order) and the as-of date, and
 * returns rows tagged with their company and an `ord` that carries Orchard's order.
 * They are PL/pgSQL (one RETURN QUERY each) rather than SQL functions: PostgreSQL does not inline
 * them into the calling statement, so each section is computed once rather than once per row of the
 * caller, and their plans are cached per connection instead of being made at every call.
 */
function setReturning(signature: string, query: string): string {
  // ROWS: a realistic size; the default estimate (1000 rows) inflates the caller's plan cost past
  // jit_above_cost, and JIT compilation then costs seconds on a query that runs in milliseconds.
  return `CREATE FUNCTION ${signature} LANGUAGE plpgsql STABLE ROWS 20 AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY ${query.trim()};
END
$$;`;
}

/**
 * The models a compare column keeps out of `rows` (with company_ord, name, model_id, status, access,
 * released_start), as Orchard's compare.service.ts newestModels does: at most 40 per company, the
 * released ones newest first, then those with a reported status or access, then by name.
 */
export function compareModelsKept(rows: string): string {
  return `SELECT * FROM (
    SELECT r.*, row_number() OVER (PARTITION BY r.company_ord
      ORDER BY r.released_start DESC NULLS LAST, (r.status <> 'UNKNOWN' OR r.access <> 'UNKNOWN') DESC, r.name, r.model_id) AS kept_rank
    FROM ${rows} r) ranked WHERE kept_rank <= 40`;
}

// prettier-ignore
export const COMPARE_SQL = String.raw`
-- compare.queries.ts SUBJECT_ROLES: the roles in which a participant is what an event is about
-- (a company's figures are those of events where it, one of its labs or models has one).
CREATE FUNCTION peer.subject_roles() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['subject', 'developer', 'investor', 'acquirer', 'target', 'employer', 'new_employer', 'announcer']
$$;

-- compare.service.ts figureTime: when a figure takes effect (its effective day, else its event's
-- occurrence, else its event's first report).
CREATE FUNCTION peer.figure_time(effective_start date, effective_precision "DatePrecision", occurred date, reported date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN effective_start IS NOT NULL AND effective_precision IS NOT NULL THEN effective_start ELSE coalesce(occurred, reported) END
$$;

-- The compared companies reported by as_of, in the order given, each once (unknown, unreported or
-- non-company slugs are dropped).
${setReturning(`peer.compare_companies(slugs text[], as_of date) RETURNS SETOF "Entity"`, `
  SELECT e.* FROM (SELECT slug, min(ord) AS ord FROM unnest(slugs) WITH ORDINALITY AS s(slug, ord) GROUP BY slug) s
  JOIN "Entity" e ON e.slug = s.slug JOIN "Organization" o ON o."entityId" = e.id
  WHERE o.kind IN ('COMPANY', 'INVESTOR') AND peer.reported_by(e."firstReportedOn", as_of) ORDER BY s.ord`)}

-- Each company's scope: itself and every organization below it reported by as_of (an organization
-- under two compared companies is in both scopes).
${setReturning(`peer.compare_scope(slugs text[], as_of date)
RETURNS TABLE (company_id int, company_slug text, company_ord int, org_id int, org_ord int)`, `
  WITH companies AS (
    SELECT e.id, e.slug, row_number() OVER () ::int AS ord FROM peer.compare_companies(slugs, as_of) e
  )
  SELECT c.id, c.slug, c.ord, c.id, 0 FROM companies c
  UNION ALL
  SELECT c.id, c.slug, c.ord, d.id, d.n::int
  FROM companies c, peer.descendants(c.id) WITH ORDINALITY AS d(id, n) JOIN "Entity" de ON de.id = d.id
  WHERE peer.reported_by(de."firstReportedOn", as_of)`)}

-- The one company an organization counts for when a model or a role is attributed: the later
-- compared company when it is under two (compare.service.ts companyOfOrg).
${setReturning(`peer.compare_org_company(slugs text[], as_of date)
RETURNS TABLE (org_id int, company_id int, company_slug text, company_ord int)`, `
  SELECT DISTINCT ON (s.org_id) s.org_id, s.company_id, s.company_slug, s.company_ord
  FROM peer.compare_scope(slugs, as_of) s ORDER BY s.org_id, s.company_ord DESC`)}

${setReturning(`peer.compare_labs(slugs text[], as_of date) RETURNS TABLE (company_slug text, ord bigint, slug text, name text)`, `
  SELECT s.company_slug, row_number() OVER (ORDER BY s.company_ord, s.org_ord), e.slug, e.name
  FROM peer.compare_scope(slugs, as_of) s JOIN "Entity" e ON e.id = s.org_id JOIN "Organization" o ON o."entityId" = e.id
  WHERE peer.organization_type(o.kind) = 'Lab' ORDER BY 2`)}

-- Models reported by as_of and owned or developed inside a scope, counted for the owner's company
-- (else the developer's), with their status and access as of the day.
${setReturning(`peer.compare_model_rows(slugs text[], as_of date)
RETURNS TABLE (company_id int, company_slug text, company_ord int, model_id int, slug text, name text, status "ModelStatus", access "ModelAccess", released_start date)`, `
  WITH orgs AS MATERIALIZED (SELECT * FROM peer.compare_org_company(slugs, as_of))
  SELECT c.company_id, c.company_slug, c.company_ord, e.id, e.slug, e.name, peer."AiModel_statusAsOf"(m, as_of), peer."AiModel_accessAsOf"(m, as_of),
    CASE WHEN peer.reported_by(m."releasedReportedOn", as_of) THEN m."releasedStart" END
  FROM "AiModel" m JOIN "Entity" e ON e.id = m."entityId"
  JOIN orgs c ON c.org_id = coalesce((SELECT o.org_id FROM orgs o WHERE o.org_id = m."ownerId"), m."developerId")
  WHERE peer.reported_by(e."firstReportedOn", as_of)`)}

-- What a company's column is about: its scope and its models.
${setReturning(`peer.compare_members(slugs text[], as_of date)
RETURNS TABLE (company_slug text, company_ord int, entity_id int)`, `
  SELECT company_slug, company_ord, org_id FROM peer.compare_scope(slugs, as_of)
  UNION SELECT company_slug, company_ord, model_id FROM peer.compare_model_rows(slugs, as_of)`)}

${setReturning(`peer.compare_models(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, slug text, name text, status "ModelStatus", access "ModelAccess", expected_release text)`, `
  SELECT m.company_slug, row_number() OVER (ORDER BY m.company_ord, m.name, m.model_id), m.slug, m.name, m.status, m.access,
    (SELECT f.text FROM peer.expected_release(m.model_id, as_of) f)
  FROM (${compareModelsKept("peer.compare_model_rows(slugs, as_of)")}) m ORDER BY 2`)}

-- Events reported by as_of in which a member takes part (any role), newest first.
${setReturning(`peer.compare_events(slugs text[], as_of date)
RETURNS TABLE (company_slug text, company_ord int, ord bigint, event_id int, type "EventType", title text, occurred_text text)`, `
  WITH mine AS (
    SELECT DISTINCT m.company_slug, m.company_ord, ev.*
    FROM peer.compare_members(slugs, as_of) m JOIN "EventParticipant" p ON p."entityId" = m.entity_id JOIN "Event" ev ON ev.id = p."eventId"
    WHERE ev."firstReportedOn" <= as_of
  )
  SELECT company_slug, company_ord,
    row_number() OVER (ORDER BY company_ord, "occurredStart" DESC NULLS LAST, "firstReportedOn" DESC, id DESC),
    id, type, title, peer.date_text("occurredText", "occurredStart", "occurredEnd", "occurredPrecision")
  FROM mine ORDER BY 3`)}

${setReturning(`peer.compare_event_counts(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, type "EventType", count int)`, `
  WITH counts AS (
    SELECT company_slug, company_ord, type, count(*)::int AS n FROM peer.compare_events(slugs, as_of) GROUP BY 1, 2, 3
  )
  SELECT company_slug, row_number() OVER (ORDER BY company_ord, n DESC, type::text COLLATE "und-x-icu"), type, n
  FROM counts ORDER BY 2`)}

${setReturning(`peer.compare_recent_events(slugs text[], as_of date, n int DEFAULT 5)
RETURNS TABLE (company_slug text, ord bigint, title text, occurred_text text)`, `
  SELECT company_slug, ord, title, occurred_text FROM (
    SELECT e.*, row_number() OVER (PARTITION BY e.company_slug ORDER BY e.ord) AS nth FROM peer.compare_events(slugs, as_of) e
  ) ranked WHERE nth <= n ORDER BY ord`)}

-- capex_guidance money figures reported by as_of, of events where a member takes part in a subject
-- role; oldest first by the day they take effect (else the event's), ties in event order.
${setReturning(`peer.compare_capex_guidance(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, text text, value float8, effective_text text)`, `
  WITH mine AS (
    SELECT DISTINCT m.company_slug, m.company_ord, f.id AS figure_id
    FROM peer.compare_members(slugs, as_of) m
    JOIN "EventParticipant" p ON p."entityId" = m.entity_id AND p.role = ANY(peer.subject_roles())
    JOIN "Figure" f ON f."eventId" = p."eventId"
    WHERE f.kind = 'MONEY' AND f.metric = 'capex_guidance'
  )
  SELECT mine.company_slug,
    row_number() OVER (ORDER BY mine.company_ord, peer.figure_time(f."effectiveStart", f."effectivePrecision", ev."occurredStart", ev."firstReportedOn"), ev."occurredStart" DESC NULLS LAST, ev."firstReportedOn" DESC, ev.id DESC, f.position),
    f.text, f.value::float8,
    peer.date_text(f."effectiveText", f."effectiveStart", peer.period_end(f."effectiveStart", f."effectivePrecision"), f."effectivePrecision")
  FROM mine JOIN "Figure" f ON f.id = mine.figure_id JOIN "Event" ev ON ev.id = f."eventId"
  WHERE peer.figure_reported_by(f."firstReportedOn", ev."firstReportedOn", as_of) ORDER BY 2`)}

-- People with a role reported by as_of and current then, inside a scope; oldest start first.
${setReturning(`peer.compare_key_people(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, title text, person_name text)`, `
  SELECT s.company_slug, row_number() OVER (ORDER BY s.company_ord, r."startDate" ASC NULLS FIRST, r.id), r.title, p.name
  FROM peer.compare_scope(slugs, as_of) s JOIN "Role" r ON r."organizationId" = s.org_id JOIN "Entity" p ON p.id = r."personId"
  WHERE peer.reported_by(r."firstReportedOn", as_of) AND peer."Role_isCurrent"(r, as_of)
  ORDER BY 2`)}

-- talent-flow.ts deriveMoves over the roles reported by as_of of everyone who held a role in a
-- scope: a role at one compared company ended by then, followed in the sources' order (position)
-- by a role at another compared company begun by then; per role left and destination company the
-- first such role. Earliest end first, then by name; ties in the order the roles were read
-- (people by their oldest role, then the sources' order).
${setReturning(`peer.compare_talent_flows(slugs text[], as_of date)
RETURNS TABLE (ord bigint, person_name text, from_slug text, to_slug text)`, `
  WITH orgs AS MATERIALIZED (SELECT * FROM peer.compare_org_company(slugs, as_of)),
  roles AS MATERIALIZED (
    SELECT r.id, r."personId", r.position, r."endDate", o.company_id, o.company_slug,
      peer."Role_ended"(r, as_of) AS ended, peer."Role_isCurrent"(r, as_of) AS is_current,
      row_number() OVER (ORDER BY r."startDate" ASC NULLS FIRST, r.id) AS rank
    FROM "Role" r LEFT JOIN orgs o ON o.org_id = r."organizationId"
    WHERE peer.reported_by(r."firstReportedOn", as_of)
      AND r."personId" IN (SELECT r2."personId" FROM "Role" r2 JOIN orgs o2 ON o2.org_id = r2."organizationId")
  ), person_order AS (SELECT "personId", min(rank) AS first_rank FROM roles GROUP BY 1),
  moves AS (
    SELECT DISTINCT ON (l.id, j.company_id) l."personId", l.company_slug AS from_slug, j.company_slug AS to_slug,
      l."endDate" AS left_end, l.position AS left_position, l.id AS left_id, j.position AS joined_position, j.id AS joined_id
    FROM roles l JOIN roles j ON j."personId" = l."personId" AND (j.position, j.id) > (l.position, l.id)
    WHERE l.company_id IS NOT NULL AND l.ended
      AND j.company_id IS NOT NULL AND j.company_id <> l.company_id AND (j.is_current OR j.ended)
    ORDER BY l.id, j.company_id, j.position, j.id
  )
  SELECT row_number() OVER (ORDER BY m.left_end, p.name COLLATE "und-x-icu", po.first_rank, m.left_position, m.left_id, m.joined_position, m.joined_id),
    p.name, m.from_slug, m.to_slug
  FROM moves m JOIN person_order po USING ("personId") JOIN "Entity" p ON p.id = m."personId" ORDER BY 1`)}
`;
