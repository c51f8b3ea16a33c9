import type { GraphQLResolveInfo } from "graphql";
import type { EventParticipant, Figure } from "../../db/prisma";
import type { DatedLoaders } from "../../common/loaders";
import { selectedFieldNames } from "../../common/selection";
import { eventCitationsSql, visibleAsOf } from "../../common/as-of";
import { eventColumns, type EventCitationRow } from "../../common/read-rows";

/**
 * Lookahead for event pages: when a query asks for the events' participants, figures or citations,
 * the page's own statement brings them along as JSON columns and primes the per-request loaders, so
 * a page of events costs one statement instead of one per level. Nothing is fetched unless selected.
 */
export interface EventPrefetch {
  participants: boolean;
  figures: boolean;
  citations: boolean;
}

export const NO_PREFETCH: EventPrefetch = { participants: false, figures: false, citations: false };

/** What the connection below `info` selects on its nodes. */
export function eventPrefetchFor(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments"> | undefined): EventPrefetch {
  if (!info) return NO_PREFETCH;
  const fields = selectedFieldNames(info, ["edges", "node"]);
  return { participants: fields.has("participants"), figures: fields.has("figures"), citations: fields.has("citations") };
}

/**
 * The SELECT columns of an events page over `"Event" ev`: the event's own (eventColumns) and its
 * prefetched relations, as of the day whose placeholder is `d` (`current`: the day is today).
 */
export function eventPageColumns(prefetch: EventPrefetch, d: string, current: boolean): string {
  return `${eventColumns(d, current)}${prefetchColumns(prefetch, d)}`;
}

/**
 * Extra SELECT columns for the prefetched relations, in the loaders' orders, as of the day whose
 * placeholder is `d` (the same rows the day's loaders would read).
 */
function prefetchColumns(prefetch: EventPrefetch, d: string): string {
  const columns: string[] = [];
  if (prefetch.participants) columns.push(`(SELECT json_agg(p ORDER BY p.id) FROM "EventParticipant" p WHERE p."eventId" = ev.id) AS "prefetchedParticipants"`);
  if (prefetch.figures)
    columns.push(`(SELECT json_agg(f ORDER BY f.position) FROM "Figure" f WHERE f."eventId" = ev.id AND ${visibleAsOf.figure("f", "ev", d)}) AS "prefetchedFigures"`);
  if (prefetch.citations)
    columns.push(`(SELECT json_agg(c ORDER BY c."sourceId", c.id) FROM (${eventCitationsSql((column) => `${column} = ev.id`, d)}) c) AS "prefetchedCitations"`);
  return columns.length ? `, ${columns.join(", ")}` : "";
}

export interface PrefetchedColumns {
  id: number;
  prefetchedParticipants?: EventParticipant[] | null;
  prefetchedFigures?: JsonFigure[] | null;
  prefetchedCitations?: JsonCitation[] | null;
}

/** A figure row as json_agg renders it: dates as ISO strings. */
type JsonFigure = Omit<Figure, "dateStart" | "dateEnd" | "effectiveStart"> & { dateStart: string | null; dateEnd: string | null; effectiveStart: string | null };

/** A citation row as json_agg renders it: its stated day as an ISO string. */
type JsonCitation = Omit<EventCitationRow, "publicSince"> & { publicSince: string | null };

const day = (value: string | null) => (value == null ? null : new Date(`${value}T00:00:00Z`));

/** Hands the prefetched rows to the loaders (of the rows' as-of day) that the field resolvers read from. */
export function primeEventLoaders(loaders: DatedLoaders, prefetch: EventPrefetch, rows: PrefetchedColumns[]): void {
  for (const row of rows) {
    if (prefetch.participants) loaders.participantsByEvent.prime(row.id, row.prefetchedParticipants ?? []);
    if (prefetch.figures)
      loaders.figuresByEvent.prime(
        row.id,
        (row.prefetchedFigures ?? []).map((figure) => ({
          ...figure,
          dateStart: day(figure.dateStart),
          dateEnd: day(figure.dateEnd),
          effectiveStart: day(figure.effectiveStart),
        })),
      );
    if (prefetch.citations)
      loaders.citationsByEvent.prime(
        row.id,
        (row.prefetchedCitations ?? []).map((citation) => ({ ...citation, publicSince: day(citation.publicSince) })),
      );
  }
}
