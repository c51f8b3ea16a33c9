/**
 * Computed columns for PostGraphile (functions whose first argument is a table row become fields
 * of that table's type): the derived values Orchard's resolvers compute, as SQL. The floor's
 * statements call the same functions.
 */
export const COMPUTED_SQL = String.raw`
-- Entity.__typename (Company, Lab, AiModel, Person, …).
CREATE FUNCTION peer."Entity_typeName"(e "Entity") RETURNS text LANGUAGE sql STABLE AS $$ SELECT peer.entity_type(e.id) $$;

-- Company.labs: labs, teams and divisions anywhere below, in tree order.
CREATE FUNCTION peer."Entity_labs"(e "Entity") RETURNS SETOF "Entity" LANGUAGE sql STABLE ROWS 10 AS $$
  SELECT child.* FROM peer.descendants(e.id) WITH ORDINALITY AS d(id, n)
  JOIN "Entity" child ON child.id = d.id JOIN "Organization" o ON o."entityId" = d.id
  WHERE peer.organization_type(o.kind) = 'Lab' ORDER BY d.n
$$;

-- Company.models: models owned or developed by the company or any organization below it, by name
-- (Orchard sorts them with localeCompare: ICU collation).
CREATE FUNCTION peer."Entity_scopeModels"(e "Entity") RETURNS SETOF "Entity" LANGUAGE sql STABLE ROWS 20 AS $$
  SELECT me.* FROM "AiModel" m JOIN "Entity" me ON me.id = m."entityId"
  WHERE m."ownerId" IN (SELECT e.id UNION ALL SELECT peer.descendants(e.id))
     OR m."developerId" IN (SELECT e.id UNION ALL SELECT peer.descendants(e.id))
  ORDER BY me.name COLLATE "und-x-icu", me.id
$$;

-- Organization.roles: roles held at this organization itself, oldest first (unknown starts first).
CREATE FUNCTION peer."Entity_organizationRoles"(e "Entity") RETURNS SETOF "Role" LANGUAGE sql STABLE ROWS 10 AS $$
  SELECT * FROM "Role" WHERE "organizationId" = e.id ORDER BY "startDate" ASC NULLS FIRST, id
$$;

-- Entity.events: events the entity takes part in, newest first (occurred, then first reported).
CREATE FUNCTION peer."Entity_events"(e "Entity") RETURNS SETOF "Event" LANGUAGE sql STABLE ROWS 20 AS $$
  SELECT ev.* FROM "Event" ev
  WHERE EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = ev.id AND p."entityId" = e.id)
  ORDER BY ev."occurredStart" DESC NULLS LAST, ev."firstReportedOn" DESC, ev.id DESC
$$;

-- Query.events with no filter: every event, newest first.
CREATE FUNCTION peer.events_newest_first() RETURNS SETOF "Event" LANGUAGE sql STABLE ROWS 100 AS $$
  SELECT * FROM "Event" ORDER BY "occurredStart" DESC NULLS LAST, "firstReportedOn" DESC, id DESC
$$;

CREATE FUNCTION peer."Event_occurredOnText"(ev "Event") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT peer.date_text(ev."occurredText", ev."occurredStart", ev."occurredEnd", ev."occurredPrecision")
$$;

CREATE FUNCTION peer."Figure_dateOnText"(f "Figure") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT peer.date_text(f."dateText", f."dateStart", f."dateEnd", f."datePrecision")
$$;

CREATE FUNCTION peer."Figure_effectiveOnText"(f "Figure") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT peer.date_text(f."effectiveText", f."effectiveStart", peer.period_end(f."effectiveStart", f."effectivePrecision"), f."effectivePrecision")
$$;

CREATE FUNCTION peer."AiModel_releasedOnText"(m "AiModel") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT peer.date_text(m."releasedText", m."releasedStart", m."releasedEnd", m."releasedPrecision")
$$;

-- AiModel.expectedRelease(asOf): the expected_release figure in effect then (default: today, UTC).
CREATE FUNCTION peer."AiModel_expectedRelease"(m "AiModel", as_of date DEFAULT NULL) RETURNS "Figure" LANGUAGE sql STABLE AS $$
  SELECT * FROM peer.expected_release(m."entityId", coalesce(as_of, peer.today()))
$$;
`;
