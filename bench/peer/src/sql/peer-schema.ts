/**
 * Schema `peer`: SQL the benchmark adds beside Orchard's tables (never through Orchard's
 * migrations) so that PostGraphile and the floor can express Orchard's derived values: fuzzy-date
 * wording, global IDs, the organization tree and search scoring (the as-of rule is in as-of.ts, the
 * comparison in compare.ts). Each function mirrors one piece of apps/api named in its comment; when
 * Orchard's answer changes on purpose, change the function here.
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

-- common/nodes.ts toEntityNode: the GraphQL __typename of any entity, from the row that details it
-- (an organization, a model, a product, a facility; a person has none).
CREATE FUNCTION peer.entity_type(entity_id int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN o."entityId" IS NOT NULL THEN peer.organization_type(o.kind) WHEN m."entityId" IS NOT NULL THEN 'AiModel'
    WHEN pr."entityId" IS NOT NULL THEN 'Product' WHEN fa."entityId" IS NOT NULL THEN 'Facility' ELSE 'Person' END
  FROM "Entity" e LEFT JOIN "Organization" o ON o."entityId" = e.id LEFT JOIN "AiModel" m ON m."entityId" = e.id
    LEFT JOIN "Product" pr ON pr."entityId" = e.id LEFT JOIN "Facility" fa ON fa."entityId" = e.id
  WHERE e.id = entity_id
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

-- Set-returning functions here declare a realistic ROWS: the default estimate (1000) inflates plan
-- costs past jit_above_cost, and JIT compilation then takes longer than the query itself.

-- "Today" as Orchard sees it: the current UTC day.
CREATE FUNCTION peer.today() RETURNS date LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;
`;
