import Link from "./Link";
import { runQuery } from "../../lib/api";
import { hrefWith, pageLinks, type Paging, type QueryState } from "../../lib/browse";
import { EVENT_FAMILIES, type EventFamily } from "../../lib/compare/eventGroups";
import { graphql } from "../../src/gql";
import type { EventFilter, EventOrder } from "../../src/gql/graphql";
import { Pager } from "./browse";
import { ErrorNotice, EventList } from "./ui";

const BrowseEventsDocument = graphql(`
  query BrowseEvents($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
    events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      boundedCount {
        ...BoundedCountFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          status
          firstReportedOn
          confidence
          occurredOn {
            text
            start
            precision
          }
        }
      }
    }
  }
`);

/** One page of events (date order by default) with the count and paging links that keep the filters. */
export async function EventResults({
  path,
  filter,
  orderBy,
  filters,
  paging,
  pageSize,
  empty,
}: {
  path: string;
  filter: EventFilter;
  orderBy: EventOrder;
  filters: QueryState;
  paging: Paging;
  pageSize: number;
  empty: string;
}) {
  const result = await runQuery(BrowseEventsDocument, { filter, orderBy, first: pageSize, after: paging.after });
  if (!result.ok) return { count: null, body: <ErrorNotice title="Could not load events." message={result.message} />, pager: null };
  const connection = result.data.events;
  const links = pageLinks(path, filters, paging, connection.pageInfo.endCursor ?? null, connection.pageInfo.hasNextPage);
  return {
    count: connection.boundedCount,
    body: <EventList events={connection.edges.map((e) => e.node)} empty={empty} />,
    pager: <Pager {...links} first={hrefWith(path, filters)} />,
  };
}

/** Family chips for an entity page's events: links, so they work without JavaScript. */
export function FamilyChips({ path, family, anchor }: { path: string; family: EventFamily | null; anchor: string }) {
  const chips: Array<[EventFamily | null, string]> = [[null, "All"], ...Object.entries(EVENT_FAMILIES).map(([k, v]) => [k as EventFamily, v.label] as [EventFamily, string])];
  return (
    <nav className="chips" aria-label="Filter events by type">
      {chips.map(([f, text]) => (
        <Link key={text} href={`${hrefWith(path, { family: f })}#${anchor}`} className="chip" aria-current={f === family ? "true" : undefined}>
          {text}
        </Link>
      ))}
    </nav>
  );
}
