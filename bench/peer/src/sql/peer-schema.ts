/**
 * Schema `peer`: SQL the benchmark adds beside Orchard's tables (never through Orchard's
 * migrations) so that PostGraphile and the floor can express Orchard's derived values: fuzzy-date
 * wording, global IDs, the organization tree, the expected release as of a date, search scoring and
 * the comparison's talent flow. Each function mirrors one piece of apps/api named in its comment;
 * when Orchard's answer changes on purpose, change the function here.
 */
export const PEER_SCHEMA_SQL = String.raw`
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;

-- common/fuzzy-date.ts describeFuzzyDate: English wording of a period when the source gave none.
CREATE FUNCTION peer.describe_date(first_day date, last_day date, prec "DatePrecision") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE prec
    WHEN 'DAY' THEN to_char(first_day, 'YYYY-MM-DD')
    WHEN 'MONTH' THEN to_char(first_day, 'FMMonth') || ' ' || extract(year FROM first_day)::int
    WHEN 'QUARTER' THEN 'Q' || extract(quarter FROM first_day)::int || ' ' || extract(year FROM first_day)::int
    WHEN 'HALF' THEN CASE WHEN extract(month FROM first_day) <= 6 THEN 'H1 ' ELSE 'H2 ' END || extract(year FROM first_day)::int
    WHEN 'YEAR' THEN extract(year FROM first_day)::int::text
    ELSE CASE
      WHEN extract(month FROM first_day) = 1 AND extract(month FROM last_day) = 4 THEN 'early '
      WHEN extract(month FROM first_day) = 9 AND extract(month FROM last_day) = 12 THEN 'end of '
      ELSE coalesce(CASE extract(month FROM first_day)::int WHEN 3 THEN 'spring' WHEN 6 THEN 'summer' WHEN 9 THEN 'autumn' WHEN 12 THEN 'winter' END, 'season') || ' '
    END || extract(year FROM first_day)::int
  END
$$;

-- common/fuzzy-date.type.ts fuzzyDateFromColumns: the text of a fuzzy date (null when unknown).
CREATE FUNCTION peer.date_text(written text, first_day date, last_day date, prec "DatePrecision") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN first_day IS NULL OR prec IS NULL THEN NULL
    ELSE coalesce(written, peer.describe_date(first_day, coalesce(last_day, first_day), prec)) END
$$;

-- common/fuzzy-date.ts periodEnd: a period's last day from its first day (seasons taken as three months).
CREATE FUNCTION peer.period_end(first_day date, prec "DatePrecision") RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN first_day IS NULL OR prec IS NULL THEN NULL WHEN prec = 'DAY' THEN first_day
    ELSE (date_trunc('month', first_day)
      + make_interval(months => CASE prec WHEN 'MONTH' THEN 1 WHEN 'HALF' THEN 6 WHEN 'YEAR' THEN 12 ELSE 3 END)
      - interval '1 day')::date END
$$;

-- common/fuzzy-date.ts periodStart: a period's first day from its last day.
CREATE FUNCTION peer.period_start(last_day date, prec "DatePrecision") RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN last_day IS NULL OR prec IS NULL THEN NULL WHEN prec = 'DAY' THEN last_day
    ELSE (date_trunc('month', last_day)
      + make_interval(months => 1 - CASE prec WHEN 'MONTH' THEN 1 WHEN 'HALF' THEN 6 WHEN 'YEAR' THEN 12 ELSE 3 END))::date END
$$;

-- common/global-id.ts toGlobalId: base64url("Type:id") without padding.
CREATE FUNCTION peer.global_id(type_name text, local_id int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT rtrim(translate(encode(convert_to(type_name || ':' || local_id, 'UTF8'), 'base64'), '+/', '-_'), '=')
$$;

-- common/nodes.ts organizationTypeName.
CREATE FUNCTION peer.organization_type(kind "OrganizationKind") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN kind IN ('COMPANY', 'INVESTOR') THEN 'Company' WHEN kind IN ('LAB', 'TEAM', 'DIVISION') THEN 'Lab'
    WHEN kind = 'MEDIA_OUTLET' THEN 'MediaOutlet' ELSE 'Institution' END
$$;

-- GraphQL __typename of any entity row.
CREATE FUNCTION peer.entity_type(entity_id int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE e.kind WHEN 'MODEL' THEN 'AiModel' WHEN 'PERSON' THEN 'Person' ELSE peer.organization_type(o.kind) END
  FROM "Entity" e LEFT JOIN "Organization" o ON o."entityId" = e.id WHERE e.id = entity_id
$$;

-- organization.service.ts descendantsOf: every organization below a root (not the root itself).
CREATE FUNCTION peer.descendants(root int) RETURNS SETOF int
LANGUAGE sql STABLE ROWS 10 AS $$
  WITH RECURSIVE tree(id) AS (
    SELECT "entityId" FROM "Organization" WHERE "parentId" = root
    UNION
    SELECT child."entityId" FROM "Organization" child JOIN tree ON child."parentId" = tree.id
  )
  SELECT id FROM tree
$$;

-- model.service.ts createExpectedReleaseLoader: the expected_release figure in effect on as_of
-- (its effective date, else its event's first report), latest first.
CREATE FUNCTION peer.expected_release(model_id int, as_of date) RETURNS SETOF "Figure"
LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT f.* FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId"
  WHERE f.metric = 'expected_release'
    AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = f."eventId" AND p."entityId" = model_id)
    AND coalesce(f."effectiveStart", ev."firstReportedOn") <= as_of
  ORDER BY coalesce(f."effectiveStart", ev."firstReportedOn") DESC, f.id DESC
  LIMIT 1
$$;

-- Set-returning functions here declare a realistic ROWS: the default estimate (1000) inflates plan
-- costs past jit_above_cost, and JIT compilation then takes longer than the query itself.

-- "Today" as Orchard sees it: the current UTC day.
CREATE FUNCTION peer.today() RETURNS date LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;
`;
