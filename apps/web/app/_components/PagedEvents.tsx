import Link from "./Link";
import { hrefWith, pagingFrom } from "../../lib/browse";
import { familyTypes, isEventFamily } from "../../lib/compare/eventGroups";
import { countOf } from "../../lib/boundedCount";
import { paramValue, type SearchParamRecord } from "../../lib/compareUrl";
import { EventResults, FamilyChips } from "./EventBrowser";
import type { ProfileEvent } from "./profile";
import { Timeline, toTimelineEvent } from "./Timeline";

const PAGE_SIZE = 20;

/**
 * An entity page's events: the timeline of the latest ones, then every event in date order, newest
 * first, a page at a time, filtered by family of types; the state is in the page's URL.
 */
export async function PagedEvents({
  name,
  path,
  entities,
  latest,
  params,
}: {
  name: string;
  path: string;
  entities: string[];
  latest: readonly ProfileEvent[];
  params: SearchParamRecord;
}) {
  const familyParam = paramValue(params.family);
  const family = isEventFamily(familyParam) ? familyParam : null;
  const paging = pagingFrom(params);
  const { count, body, pager } = await EventResults({
    path,
    filter: { entities, types: familyTypes(family) },
    orderBy: { field: "OCCURRED_ON", direction: "DESC" },
    filters: { family },
    paging,
    pageSize: PAGE_SIZE,
    empty: family ? "No events of this kind." : "No events recorded.",
  });
  const browseAll = hrefWith("/events", { entities: entities.slice(0, 60).join(","), types: familyTypes(family)?.join(",") ?? null });
  return (
    <section aria-labelledby="events">
      <h2 id="events">Events</h2>
      {latest.length > 0 ? <Timeline lanes={[{ key: path, label: name, events: latest.map(toTimelineEvent) }]} asOf={null} title={`Latest events of ${name} over time`} /> : null}
      <FamilyChips path={path} family={family} anchor="events" />
      <p className="small muted">
        {count === null ? "" : `${countOf(count, "event", "events")}, newest first. `}
        <Link href={browseAll}>Filter and download them →</Link>
      </p>
      {body}
      {pager}
    </section>
  );
}
