import { toIsoDay } from "./fuzzy-date";

/**
 * The as-of rule (docs/trust.md), in one place for the whole read path: a fact is visible as of day D
 * if and only if it was public on or before D. Every read statement builds its conditions and its
 * as-of projections (a model's status, a role's end, an event's status) from the fragments below; the
 * services never compare dates themselves.
 *
 * An as-of day travels with every node a query returns (`asOf` on entity, event and source nodes), so
 * a page asked for as of D shows its nested roles, events, figures, citations and models as of D too.
 * A field with its own `asOf` argument sees the earlier of the two days. The default is today.
 */
export type AsOfDay = string;

export function todayDay(): AsOfDay {
  return toIsoDay(new Date());
}

/** The as-of day of a read: the earliest of the days given (a page's day, a field's asOf), else today. */
export function asOfDay(...days: ReadonlyArray<Date | AsOfDay | null | undefined>): AsOfDay {
  const given = days.filter((day): day is Date | AsOfDay => day != null).map((day) => (typeof day === "string" ? day : toIsoDay(day)));
  return given.length === 0 ? todayDay() : given.reduce((earliest, day) => (day < earliest ? day : earliest));
}

/** The options of an `asOf: Date` argument, documented once for every field that takes it. */
export const AS_OF_ARGUMENT = {
  nullable: true,
  description: "Shows it as it stood on this day: only what had been reported by then (default today); nested fields follow.",
} as const;

export const dayToDate = (day: AsOfDay) => new Date(`${day}T00:00:00Z`);

/** Today or later: the stored current values are the values as of that day (no source is dated later). */
export const isCurrentDay = (day: AsOfDay) => day >= todayDay();

/**
 * The day a stating citation (claim "publicSince") says its fact became public: its event's or its
 * figure's `publicSince` (the last day of the stated period). Null for every other citation.
 */
const statedPublicSince = (c: string) =>
  `CASE WHEN ${c}.claim = 'publicSince' THEN COALESCE((SELECT se."publicSince" FROM "Event" se WHERE se.id = ${c}."eventId"), (SELECT sf."publicSince" FROM "Figure" sf WHERE sf.id = ${c}."figureId")) END`;

/** A citation's columns: the row and, for a stating citation, the day it states (`publicSince`). */
export const citationColumns = (c: string) => `${c}.*, ${statedPublicSince(c)} AS "publicSince"`;

/**
 * SQL fragments. Each takes the alias of its table and `d`, the placeholder of the as-of day (a
 * `date` parameter, e.g. `$2::date`).
 */
export const visibleAsOf = {
  /** A source, from the last day of its publication period (an article of "May 2025" from 31 May). */
  source: (s: string, d: string) => `${s}."publicOn" <= ${d}`,
  /** An event, from the earliest of its sources' days and any day a source states it became public. */
  event: (ev: string, d: string) => `${ev}."firstReportedOn" <= ${d}`,
  /** A figure, from its own first-reported day (its event's when it has none); `ev` is its event. */
  figure: (f: string, ev: string, d: string) => `COALESCE(${f}."firstReportedOn", ${ev}."firstReportedOn") <= ${d}`,
  /**
   * A citation, once its source is public; a passage cited for the day its fact became public (a
   * December article: guidance "given in July") from that stated day on, since the fact shows from
   * then and rests on that passage until a source reporting it is public.
   */
  citation: (c: string, d: string) => `(EXISTS (SELECT 1 FROM "Source" cs WHERE cs.id = ${c}."sourceId" AND cs."publicOn" <= ${d}) OR ${statedPublicSince(c)} <= ${d})`,
  /** A role (that the person held the title there), from its first report. */
  role: (r: string, d: string) => `(${r}."firstReportedOn" IS NULL OR ${r}."firstReportedOn" <= ${d})`,
  /**
   * An entity, from the first day a source named it or reported a fact about it. An entity no dated
   * source speaks of is an identifier only: shown at every date.
   */
  entity: (e: string, d: string) => `(${e}."firstReportedOn" IS NULL OR ${e}."firstReportedOn" <= ${d})`,
  /** A lineage edge, from its earliest citing source. */
  lineage: (l: string, d: string) => `EXISTS (SELECT 1 FROM "Citation" lc JOIN "Source" ls ON ls.id = lc."sourceId" WHERE lc."lineageId" = ${l}.id AND ls."publicOn" <= ${d})`,
  /** A mention, once its source is public. */
  mention: (mn: string, d: string) => `EXISTS (SELECT 1 FROM "Source" ms WHERE ms.id = ${mn}."sourceId" AND ms."publicOn" <= ${d})`,
};

/**
 * The citations an event shows as of the day, with `citationColumns` and "ofEvent" (the event they
 * are shown for); `eventIs` says which events (`${column} = ANY($1::int[])`, `${column} = ev.id`). Its
 * own citations visible then; while none is, its figures': an event shown from a figure's stated
 * public day (guidance "given in July") rests on that figure's stating passage, and a shown fact
 * never goes without a quote.
 */
export function eventCitationsSql(eventIs: (column: string) => string, d: string): string {
  return `SELECT ${citationColumns("c")}, c."eventId" AS "ofEvent" FROM "Citation" c WHERE ${eventIs(`c."eventId"`)} AND ${visibleAsOf.citation("c", d)}
    UNION ALL
    SELECT ${citationColumns("c")}, f."eventId" AS "ofEvent" FROM "Figure" f JOIN "Citation" c ON c."figureId" = f.id
    WHERE ${eventIs(`f."eventId"`)} AND ${visibleAsOf.citation("c", d)}
      AND NOT EXISTS (SELECT 1 FROM "Citation" oc WHERE oc."eventId" = f."eventId" AND ${visibleAsOf.citation("oc", d)})`;
}

/** A claim column shown only once its first-reported column is on or before the day (else `otherwise`). */
const claimAsOf = (reportedOn: string, value: string, d: string, otherwise = "NULL") =>
  `CASE WHEN ${reportedOn} IS NULL OR ${reportedOn} <= ${d} THEN ${value} ELSE ${otherwise} END`;

/** A model's status and access as of the day: shown once a source had reported them, else UNKNOWN. */
export function modelClaimsAsOf(m: string, d: string): { status: string; access: string } {
  return {
    status: claimAsOf(`${m}."statusReportedOn"`, `${m}.status`, d, `'UNKNOWN'::"ModelStatus"`),
    access: claimAsOf(`${m}."accessReportedOn"`, `${m}.access`, d, `'UNKNOWN'::"ModelAccess"`),
  };
}

/**
 * A model's status, access and release date as of the day: each claim shows once a source had
 * reported it, else as not reported (UNKNOWN, or no date). Columns over `m` ("AiModel").
 */
export function modelColumnsAsOf(m: string, d: string): string {
  const { status, access } = modelClaimsAsOf(m, d);
  const released = (column: string) => `${claimAsOf(`${m}."releasedReportedOn"`, `${m}."${column}"`, d)} AS "${column}"`;
  return [`${status} AS status`, `${access} AS access`, released("releasedText"), released("releasedStart"), released("releasedEnd"), released("releasedPrecision")].join(", ");
}

/**
 * An event's status and confidence as they stood on the day: the latest assessment on or before it
 * (EventAssessment), the stored values when there is none or the day is `current` (today or later).
 */
export function eventAssessmentAsOf(ev: string, d: string, current: boolean): { status: string; confidence: string } {
  if (current) return { status: `${ev}.status`, confidence: `${ev}.confidence` };
  const latest = (column: string) => `(SELECT a.${column} FROM "EventAssessment" a WHERE a."eventId" = ${ev}.id AND a."fromDay" <= ${d} ORDER BY a."fromDay" DESC LIMIT 1)`;
  return { status: `COALESCE(${latest("status")}, ${ev}.status)`, confidence: `COALESCE(${latest("confidence")}, ${ev}.confidence)` };
}

/** First day of the period that ends on a role's stored end day (the end is stored as its last day). */
const endPeriodStart = (r: string) =>
  `CASE ${r}."endPrecision" WHEN 'DAY' THEN ${r}."endDate"
     ELSE (date_trunc('month', ${r}."endDate") - make_interval(months => CASE ${r}."endPrecision" WHEN 'MONTH' THEN 0 WHEN 'HALF' THEN 5 WHEN 'YEAR' THEN 11 ELSE 2 END))::date END`;

/**
 * A role as of the day. Its end shows once reported; it had ended by the day when its end was
 * reported by then and its period had begun, or at once for an end the sources only bound (a
 * "former" title: ended by its report). Current: started (or start unknown) and not ended.
 */
export const roleAsOf = {
  endVisible(r: string, d: string): string {
    const endReported = `COALESCE(${r}."endReportedOn", ${r}."firstReportedOn")`;
    return `(${r}."endDate" IS NOT NULL AND (${endReported} IS NULL OR ${endReported} <= ${d}))`;
  },
  ended(r: string, d: string): string {
    return `(${roleAsOf.endVisible(r, d)} AND (${r}."endIsUpperBound" OR ${endPeriodStart(r)} <= ${d}))`;
  },
  isCurrent(r: string, d: string): string {
    return `((${r}."startDate" IS NULL OR ${r}."startDate" <= ${d}) AND NOT ${roleAsOf.ended(r, d)})`;
  },
};

/** A role's columns as of the day: its end masked until reported, `ended` and `isCurrent` judged then. */
export function roleColumnsAsOf(r: string, d: string): string {
  const end = (column: string) => `CASE WHEN ${roleAsOf.endVisible(r, d)} THEN ${r}."${column}" END AS "${column}"`;
  return [
    `${r}.id, ${r}."personId", ${r}."organizationId", ${r}.title, ${r}.position`,
    `${r}."startText", ${r}."startDate", ${r}."startPrecision", ${r}."startIsUpperBound"`,
    end("endText"),
    end("endDate"),
    end("endPrecision"),
    `${r}."endIsUpperBound"`,
    `${roleAsOf.ended(r, d)} AS ended`,
    `${roleAsOf.isCurrent(r, d)} AS "isCurrent"`,
  ].join(", ");
}

/**
 * "As reported up to" for an entity, on or before the day: the newest public day of the sources
 * behind it (its mentions, the citations of the events it takes part in and of their figures, of its
 * roles as the person or the organization, of its own claims and of its lineage edges), or the newest
 * first report of its events and figures when later (public from a day a later source states).
 * `k` is the entity's id.
 */
export function lastReportedSql(k: string, d: string): string {
  const newest = (from: string, where: string) => `(SELECT max(s."publicOn") FROM ${from} JOIN "Source" s ON s.id = c."sourceId" WHERE ${where} AND s."publicOn" <= ${d})`;
  const reported = `COALESCE(f."firstReportedOn", ev."firstReportedOn")`;
  return `GREATEST(
    (SELECT max(ev."firstReportedOn") FROM "EventParticipant" p JOIN "Event" ev ON ev.id = p."eventId" WHERE p."entityId" = ${k} AND ${visibleAsOf.event("ev", d)}),
    (SELECT max(${reported}) FROM "EventParticipant" p JOIN "Event" ev ON ev.id = p."eventId" JOIN "Figure" f ON f."eventId" = ev.id
      WHERE p."entityId" = ${k} AND ${reported} <= ${d}),
    ${newest(`"Mention" c`, `c."entityId" = ${k}`)},
    ${newest(`"EventParticipant" p JOIN "Citation" c ON c."eventId" = p."eventId"`, `p."entityId" = ${k}`)},
    ${newest(`"EventParticipant" p JOIN "Figure" f ON f."eventId" = p."eventId" JOIN "Citation" c ON c."figureId" = f.id`, `p."entityId" = ${k}`)},
    ${newest(`"Role" r JOIN "Citation" c ON c."roleId" = r.id`, `r."personId" = ${k}`)},
    ${newest(`"Role" r JOIN "Citation" c ON c."roleId" = r.id`, `r."organizationId" = ${k}`)},
    ${newest(`"Citation" c`, `c."entityId" = ${k}`)},
    ${newest(`"ModelLineage" l JOIN "Citation" c ON c."lineageId" = l.id`, `l."modelId" = ${k}`)},
    ${newest(`"ModelLineage" l JOIN "Citation" c ON c."lineageId" = l.id`, `l."targetId" = ${k}`)})`;
}
