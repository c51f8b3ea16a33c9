import { postGraphQL } from "./measure";
import { DEEP_PAGE, EVENT_CURSORS, META_FILTER, PAGE_SIZE } from "./requests";

/**
 * The cursor of page DEEP_PAGE of meta's events (PAGE_SIZE per page), reached by following the
 * cursors 100 events at a time (only `pageInfo` asked), as a client paging far would. On a database
 * where meta has fewer events, the deepest page there is.
 */
export interface DeepCursor {
  after: string | null;
  /** Events before the page (DEEP_PAGE − 1 pages when there are enough). */
  depth: number;
  walkSeconds: number;
  requests: number;
}

const STEP = 100;

export async function walkToDeepPage(url: string): Promise<DeepCursor> {
  const started = Date.now();
  const wanted = (DEEP_PAGE - 1) * PAGE_SIZE;
  let after: string | null = null;
  let depth = 0;
  let requests = 0;
  while (depth < wanted) {
    const first = Math.min(STEP, wanted - depth);
    const answer = await postGraphQL(url, JSON.stringify({ query: EVENT_CURSORS, variables: { first, after, filter: META_FILTER } }));
    requests++;
    if (answer.errors.length) throw new Error(`walking meta's events at depth ${depth}: ${answer.errors.join(", ")}`);
    const page = (JSON.parse(answer.text) as { data: { events: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } }).data.events.pageInfo;
    if (!page.endCursor) break;
    // Stop one page short of the end, so that the measured page is not empty.
    if (!page.hasNextPage) break;
    after = page.endCursor;
    depth += first;
  }
  return { after, depth, walkSeconds: (Date.now() - started) / 1000, requests };
}
