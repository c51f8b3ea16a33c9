/**
 * The as-of rule (apps/api/src/common/as-of.ts, docs/trust.md) in schema `peer`: what had been
 * reported by a day, and how a role or a model's claims stood then. The comparison's functions
 * (compare.ts) and the expected release below are built from these; when Orchard's rule changes,
 * change them here. Installed after peer-schema.ts (they use its period helpers).
 */
export const AS_OF_SQL = String.raw`
-- visibleAsOf.entity / .role: reported on or before the day; a row no dated source speaks of (no
-- first-reported day) is shown at every date. (An event is visible from its first report, which
-- every event has: ev."firstReportedOn" <= day.)
CREATE FUNCTION peer.reported_by(first_reported date, as_of date) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT first_reported IS NULL OR first_reported <= as_of $$;

-- visibleAsOf.figure: from the figure's own first report, else its event's.
CREATE FUNCTION peer.figure_reported_by(figure_reported date, event_reported date, as_of date) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(figure_reported, event_reported) <= as_of $$;

-- modelClaimsAsOf: a model's status and access once a source had reported them, else UNKNOWN.
CREATE FUNCTION peer."AiModel_statusAsOf"(m "AiModel", as_of date) RETURNS "ModelStatus"
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN peer.reported_by(m."statusReportedOn", as_of) THEN m.status ELSE 'UNKNOWN'::"ModelStatus" END
$$;

CREATE FUNCTION peer."AiModel_accessAsOf"(m "AiModel", as_of date) RETURNS "ModelAccess"
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN peer.reported_by(m."accessReportedOn", as_of) THEN m.access ELSE 'UNKNOWN'::"ModelAccess" END
$$;

-- roleAsOf.endVisible: the end shows once reported (its own report, else the role's).
CREATE FUNCTION peer."Role_endVisible"(r "Role", as_of date) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT r."endDate" IS NOT NULL AND peer.reported_by(coalesce(r."endReportedOn", r."firstReportedOn"), as_of)
$$;

-- roleAsOf.ended: the end reported by the day and its period begun (the end is stored as the
-- period's last day; an unknown precision counts as three months), or at once for an end the
-- sources only bound (a "former" title).
CREATE FUNCTION peer."Role_ended"(r "Role", as_of date) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT peer."Role_endVisible"(r, as_of)
    AND (r."endIsUpperBound" OR peer.period_start(r."endDate", coalesce(r."endPrecision", 'QUARTER')) <= as_of)
$$;

-- roleAsOf.isCurrent: started by the day (or start unknown) and not ended.
CREATE FUNCTION peer."Role_isCurrent"(r "Role", as_of date) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT (r."startDate" IS NULL OR r."startDate" <= as_of) AND NOT peer."Role_ended"(r, as_of)
$$;

-- model.service.ts EXPECTED_RELEASES: the expected_release figure of an event the model is the
-- subject of, reported and in effect on as_of (its effective day, else its own first report, else
-- its event's), latest first; none once the model is reported shelved or released by then.
CREATE FUNCTION peer.expected_release(model_id int, as_of date) RETURNS SETOF "Figure"
LANGUAGE sql STABLE ROWS 1 AS $$
  SELECT f.* FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId" JOIN "AiModel" m ON m."entityId" = model_id
  WHERE f.metric = 'expected_release'
    AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = f."eventId" AND p."entityId" = model_id AND p.role = 'subject')
    AND peer.figure_reported_by(f."firstReportedOn", ev."firstReportedOn", as_of)
    AND coalesce(f."effectiveStart", f."firstReportedOn", ev."firstReportedOn") <= as_of
    AND peer."AiModel_statusAsOf"(m, as_of) NOT IN ('SHELVED', 'RELEASED')
  ORDER BY coalesce(f."effectiveStart", f."firstReportedOn", ev."firstReportedOn") DESC, f.id DESC
  LIMIT 1
$$;
`;
