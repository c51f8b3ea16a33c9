/**
 * The five requests of `bench:peer`, as Orchard's GraphQL documents and variables. Self-contained
 * (no imports), so other suites can reuse them: the first three are `bench:api`'s queries, the
 * model page and search follow what the web app's pages ask (apps/web/app/models, /search).
 */
export interface BenchRequest {
  /** Short name used in the report and in BENCH_QUERIES. */
  name: string;
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

export const COMPANY_PAGE = `query CompanyPage($slug: String!) {
  company(slug: $slug) { name description country aliases { name language }
    labs { slug name } models { slug name status access expectedRelease { text } }
    roles { title person { name } }
    events(first: 20) { totalCount edges { node { title type occurredOn { text } figures { text value unit }
      citations { quote stance source { title language } } } } } } }`;

export const COMPARE = `query Compare($slugs: [String!]!, $asOf: Date) {
  compare(slugs: $slugs, asOf: $asOf) { asOf
    companies { slug name labs { slug } models { model { slug name } status access expectedRelease { text } }
      keyPeople { title person { name } } capexGuidance { text value effectiveOn { text } } eventCounts { type count }
      recentEvents { title occurredOn { text } } }
    talentFlows { person { name } fromCompany { slug } toCompany { slug } } } }`;

export const EVENTS = `query Events($first: Int!) {
  events(first: $first) { totalCount edges { node { title type status confidence occurredOn { text }
    participants { role entity { slug name } } figures { kind metric value unit text }
    citations { quote stance attributedTo { name } source { title language publishedOn } } } } } }`;

export const MODEL_PAGE = `query ModelPage($slug: String!) {
  model(slug: $slug) { slug name description kind modality status access
    family { slug name } developer { __typename slug name } owner { __typename slug name }
    releasedOn { text start precision }
    expectedRelease { kind metric text date { text start precision } effectiveOn { text start precision } event { id firstReportedOn } }
    aliases { name language kind }
    lineage { relation outgoing model { slug name }
      citations { quote quoteStart stance attributedTo { slug name } source { id title language publishedOn url publisher { name } } } }
    events(first: 20) { totalCount edges { node { id title type status firstReportedOn occurredOn { text start end precision }
      citations { source { id title language publishedOn publisher { name } } } } } } } }`;

export const SEARCH = `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) { matchedAlias language score entity { __typename slug name description } } }`;

export const BENCH_REQUESTS: BenchRequest[] = [
  { name: "company", label: "company page (meta)", query: COMPANY_PAGE, variables: { slug: "meta" } },
  {
    name: "compare",
    label: "compare meta/openai/google/mistral",
    query: COMPARE,
    variables: { slugs: ["meta", "openai", "google", "mistral"], asOf: "2026-01-01" },
  },
  { name: "events", label: "50 events with citations and figures", query: EVENTS, variables: { first: 50 } },
  { name: "model", label: "model page (avocado)", query: MODEL_PAGE, variables: { slug: "avocado" } },
  { name: "search", label: 'search "open"', query: SEARCH, variables: { query: "open", first: 50 } },
];

/**
 * More answers compared by the same-answer check (never timed): the same documents on other
 * variables, where the as-of rule and the comparison's attributions show (Orchard's golden answers
 * in apps/api/src/__golden__ cover the same cases). A contender that drifts from Orchard's rules on
 * a day or a company the timed requests do not reach fails here.
 */
export const CHECK_VARIANTS: BenchRequest[] = [
  ...["2025-07-31", "2025-11-01", "2025-06-01"].map((asOf) => ({
    name: "compare",
    label: `compare meta/openai/google/mistral as of ${asOf}`,
    query: COMPARE,
    variables: { slugs: ["meta", "openai", "google", "mistral"], asOf },
  })),
  { name: "compare", label: "compare meta/alphabet/google", query: COMPARE, variables: { slugs: ["meta", "alphabet", "google"], asOf: "2026-01-01" } },
  { name: "company", label: "company page (openai)", query: COMPANY_PAGE, variables: { slug: "openai" } },
  { name: "model", label: "model page (llama-4-behemoth)", query: MODEL_PAGE, variables: { slug: "llama-4-behemoth" } },
  { name: "search", label: 'search "meta"', query: SEARCH, variables: { query: "meta", first: 20 } },
];
