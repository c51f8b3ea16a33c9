import { COMPANY_PAGE, COMPARE, MODEL_PAGE, SEARCH } from "@orchard/bench-peer/dist/requests";

/**
 * What bench:scale asks, on the seed-only database and on the corpus: bench:peer's documents
 * (company page, compare, model page, search), a person page and event pages in the shape of
 * apps/api/src/test-support/read-queries.ts, and totalCount alone on large filters. Exports are
 * measured apart (export-run.ts).
 */
export interface ScaleRequest {
  name: string;
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** The "Done when" of issue #10 for this request at 10 connections, when it names one. */
  targetP99At10?: number;
}

export const PERSON_PAGE = `query PersonPage($slug: String!) { person(slug: $slug) { slug name description aliases { name language kind }
  roles { title isCurrent start { text } end { text } organization { __typename slug name } }
  events(first: 10) { totalCount edges { node { id title type occurredOn { text } } } } } }`;

/** An events page as the web app and notebooks read it: participants, figures and citations. */
export const EVENTS_PAGE = `query EventsPage($first: Int!, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { cursor node { title type status confidence
    occurredOn { text } participants { role entity { slug name } } figures { kind metric value unit text }
    citations { quote stance attributedTo { name } source { title language publishedOn } } } } } }`;

/** Only the cursors: how the benchmark walks to a deep page. */
export const EVENT_CURSORS = `query EventCursors($first: Int!, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } } }`;

export const EVENT_COUNT = `query EventCount($filter: EventFilter) { events(first: 1, filter: $filter) { totalCount } }`;

/** The same filters counted up to the default 10,000 only: the count a list page shows. */
export const EVENT_BOUNDED_COUNT = `query EventBoundedCount($filter: EventFilter) { events(first: 1, filter: $filter) { boundedCount { value exact } } }`;

export const META_FILTER = { entities: ["meta"] };
const TYPES_SINCE_2024 = { types: ["RELEASE", "FINANCING"], from: "2024-01-01" };
export const PAGE_SIZE = 50;
export const DEEP_PAGE = 500;

export const SCALE_REQUESTS: ScaleRequest[] = [
  { name: "company", label: "company page (meta)", query: COMPANY_PAGE, variables: { slug: "meta" }, targetP99At10: 100 },
  {
    name: "compare",
    label: "compare meta/openai/google/mistral",
    query: COMPARE,
    variables: { slugs: ["meta", "openai", "google", "mistral"], asOf: "2026-01-01" },
    targetP99At10: 100,
  },
  { name: "model", label: "model page (avocado)", query: MODEL_PAGE, variables: { slug: "avocado" }, targetP99At10: 100 },
  { name: "person", label: "person page (mark-zuckerberg)", query: PERSON_PAGE, variables: { slug: "mark-zuckerberg" } },
  { name: "events-first", label: "events of meta, first page (50)", query: EVENTS_PAGE, variables: { first: PAGE_SIZE, filter: META_FILTER } },
  // Its `after` cursor is found by walking the pages first (deep-page.ts).
  { name: "events-deep", label: `events of meta, page ${DEEP_PAGE}`, query: EVENTS_PAGE, variables: { first: PAGE_SIZE, filter: META_FILTER } },
  { name: "search-open", label: 'search "open"', query: SEARCH, variables: { query: "open", first: 50 }, targetP99At10: 50 },
  { name: "search-zuckerberg", label: 'search "Zuckerberg"', query: SEARCH, variables: { query: "Zuckerberg", first: 50 }, targetP99At10: 50 },
  { name: "search-cjk", label: 'search "谷歌"', query: SEARCH, variables: { query: "谷歌", first: 50 }, targetP99At10: 50 },
  { name: "count-all", label: "totalCount, all events", query: EVENT_COUNT, variables: {} },
  { name: "count-meta", label: "totalCount, events of meta", query: EVENT_COUNT, variables: { filter: META_FILTER } },
  { name: "count-types", label: "totalCount, releases+funding since 2024", query: EVENT_COUNT, variables: { filter: TYPES_SINCE_2024 } },
  { name: "count-language", label: "totalCount, events cited in Japanese", query: EVENT_COUNT, variables: { filter: { language: "ja" } } },
  { name: "bounded-all", label: "boundedCount, all events", query: EVENT_BOUNDED_COUNT, variables: {} },
  { name: "bounded-meta", label: "boundedCount, events of meta", query: EVENT_BOUNDED_COUNT, variables: { filter: META_FILTER } },
  { name: "bounded-types", label: "boundedCount, releases+funding since 2024", query: EVENT_BOUNDED_COUNT, variables: { filter: TYPES_SINCE_2024 } },
  { name: "bounded-language", label: "boundedCount, events cited in Japanese", query: EVENT_BOUNDED_COUNT, variables: { filter: { language: "ja" } } },
];

export function selectRequests(only: string[] | undefined): ScaleRequest[] {
  if (!only) return SCALE_REQUESTS;
  const unknown = only.filter((name) => !SCALE_REQUESTS.some((request) => request.name === name) && name !== "export");
  if (unknown.length) throw new Error(`BENCH_QUERIES: unknown request(s) ${unknown.join(", ")}; known: ${[...SCALE_REQUESTS.map((r) => r.name), "export"].join(", ")}`);
  return SCALE_REQUESTS.filter((request) => only.includes(request.name));
}
