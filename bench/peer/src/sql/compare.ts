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

// prettier-ignore
export const COMPARE_SQL = String.raw`
-- The compared companies, in the order given (unknown or non-company slugs are dropped).
${setReturning(`peer.compare_companies(slugs text[]) RETURNS SETOF "Entity"`, `
  SELECT e.* FROM unnest(slugs) WITH ORDINALITY AS s(slug, ord)
  JOIN "Entity" e ON e.slug = s.slug JOIN "Organization" o ON o."entityId" = e.id
  WHERE o.kind IN ('COMPANY', 'INVESTOR') ORDER BY s.ord`)}

-- Each company's scope: itself and every organization below it (an organization under two
-- compared companies belongs to the later one, as in Orchard's map).
${setReturning(`peer.compare_scope(slugs text[])
RETURNS TABLE (company_id int, company_slug text, company_ord int, org_id int, org_ord int)`, `
  WITH companies AS (
    SELECT e.id, e.slug, row_number() OVER () ::int AS ord FROM peer.compare_companies(slugs) e
  ), members AS (
    SELECT c.id AS company_id, c.slug, c.ord, c.id AS org_id, 0 AS org_ord FROM companies c
    UNION ALL
    SELECT c.id, c.slug, c.ord, d.id, d.n::int FROM companies c, peer.descendants(c.id) WITH ORDINALITY AS d(id, n)
  )
  SELECT DISTINCT ON (org_id) company_id, slug, ord, org_id, org_ord FROM members ORDER BY org_id, ord DESC`)}

${setReturning(`peer.compare_labs(slugs text[]) RETURNS TABLE (company_slug text, ord bigint, slug text, name text)`, `
  SELECT s.company_slug, row_number() OVER (ORDER BY s.company_ord, s.org_ord), e.slug, e.name
  FROM peer.compare_scope(slugs) s JOIN "Entity" e ON e.id = s.org_id JOIN "Organization" o ON o."entityId" = e.id
  WHERE peer.organization_type(o.kind) = 'Lab' ORDER BY 2`)}

-- Models owned or developed inside a scope (the owner's company first), by name.
${setReturning(`peer.compare_model_rows(slugs text[])
RETURNS TABLE (company_id int, company_slug text, company_ord int, model_id int, slug text, name text, status "ModelStatus", access "ModelAccess")`, `
  WITH scope AS MATERIALIZED (SELECT * FROM peer.compare_scope(slugs))
  SELECT owner_scope.company_id, owner_scope.company_slug, owner_scope.company_ord, e.id, e.slug, e.name, m.status, m.access
  FROM "AiModel" m JOIN "Entity" e ON e.id = m."entityId"
  CROSS JOIN LATERAL (
    SELECT s.company_id, s.company_slug, s.company_ord FROM scope s
    WHERE s.org_id IN (m."ownerId", m."developerId") ORDER BY s.org_id = m."ownerId" DESC LIMIT 1
  ) owner_scope`)}

${setReturning(`peer.compare_models(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, slug text, name text, status "ModelStatus", access "ModelAccess", expected_release text)`, `
  SELECT m.company_slug, row_number() OVER (ORDER BY m.company_ord, m.name, m.model_id), m.slug, m.name, m.status, m.access,
    (SELECT f.text FROM peer.expected_release(m.model_id, as_of) f)
  FROM peer.compare_model_rows(slugs) m ORDER BY 2`)}

-- Events reported by as_of in which the company, its organizations or its models take part, newest first.
${setReturning(`peer.compare_events(slugs text[], as_of date)
RETURNS TABLE (company_slug text, company_ord int, ord bigint, event_id int, type "EventType", title text, occurred_text text)`, `
  WITH members AS (
    SELECT company_id, company_slug, company_ord, org_id AS entity_id FROM peer.compare_scope(slugs)
    UNION SELECT company_id, company_slug, company_ord, model_id FROM peer.compare_model_rows(slugs)
  ), mine AS (
    SELECT DISTINCT m.company_slug, m.company_ord, ev.*
    FROM members m JOIN "EventParticipant" p ON p."entityId" = m.entity_id JOIN "Event" ev ON ev.id = p."eventId"
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

-- Money figures of those events with metric capex_guidance, oldest first (stable on event order).
${setReturning(`peer.compare_capex_guidance(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, text text, value float8, effective_text text)`, `
  SELECT e.company_slug,
    row_number() OVER (ORDER BY e.company_ord,
      coalesce(f."effectiveStart", ev."occurredStart", ev."firstReportedOn"), e.ord, f.position),
    f.text, f.value::float8,
    peer.date_text(f."effectiveText", f."effectiveStart", peer.period_end(f."effectiveStart", f."effectivePrecision"), f."effectivePrecision")
  FROM peer.compare_events(slugs, as_of) e JOIN "Event" ev ON ev.id = e.event_id JOIN "Figure" f ON f."eventId" = e.event_id
  WHERE f.kind = 'MONEY' AND f.metric = 'capex_guidance' ORDER BY 2`)}

-- People with a role current on as_of (started by then or unknown start, not ended before) in a scope.
${setReturning(`peer.compare_key_people(slugs text[], as_of date)
RETURNS TABLE (company_slug text, ord bigint, title text, person_name text)`, `
  SELECT s.company_slug, row_number() OVER (ORDER BY s.company_ord, r."startDate" ASC NULLS FIRST, r.id), r.title, p.name
  FROM peer.compare_scope(slugs) s JOIN "Role" r ON r."organizationId" = s.org_id JOIN "Entity" p ON p.id = r."personId"
  WHERE (r."startDate" IS NULL OR r."startDate" <= as_of) AND NOT (r."endDate" IS NOT NULL AND r."endDate" < as_of)
  ORDER BY 2`)}

-- Talent flow: a role left (ended by as_of) at one compared company, and per other company the
-- first role taken there after it began; oldest departure first.
${setReturning(`peer.compare_talent_flows(slugs text[], as_of date)
RETURNS TABLE (ord bigint, person_name text, from_slug text, to_slug text)`, `
  WITH scope AS (SELECT * FROM peer.compare_scope(slugs)),
  roles AS (
    SELECT r.*, s.company_id, s.company_slug, row_number() OVER (ORDER BY r."startDate" ASC NULLS FIRST, r.id) AS rank
    FROM "Role" r LEFT JOIN scope s ON s.org_id = r."organizationId"
    WHERE r."personId" IN (SELECT r2."personId" FROM "Role" r2 JOIN scope s2 ON s2.org_id = r2."organizationId")
  ), person_order AS (SELECT "personId", min(rank) AS first_rank FROM roles GROUP BY 1),
  moves AS (
    SELECT DISTINCT ON (l.id, j.company_id) l."personId", l.company_slug AS from_slug, j.company_slug AS to_slug, l.rank AS left_rank,
      CASE WHEN l."endPrecision" IS NULL THEN DATE '1970-01-01' ELSE peer.period_start(l."endDate", l."endPrecision") END AS left_end,
      min(j.rank) OVER (PARTITION BY l.id, j.company_id) AS first_seen
    FROM roles l JOIN roles j ON j."personId" = l."personId"
    WHERE l.company_id IS NOT NULL AND l."endDate" IS NOT NULL AND l."endDate" <= as_of
      AND j.company_id IS NOT NULL AND j.company_id <> l.company_id
      AND NOT (j."startDate" IS NOT NULL AND (j."startDate" > as_of OR j."startDate" < coalesce(l."startDate", l."endDate")))
      AND NOT (j."endDate" IS NOT NULL AND j."endDate" <= coalesce(l."startDate", l."endDate"))
    ORDER BY l.id, j.company_id, j."startDate" ASC NULLS LAST, j.rank
  )
  SELECT row_number() OVER (ORDER BY m.left_end, po.first_rank, m.left_rank, m.first_seen), p.name, m.from_slug, m.to_slug
  FROM moves m JOIN person_order po USING ("personId") JOIN "Entity" p ON p.id = m."personId" ORDER BY 1`)}
`;
