/**
 * The read workload whose answers are pinned by golden files (src/__golden__): every benchmark
 * query, as-of variants and pagination edges. Shared by the golden test and the statement-count test.
 */
export interface ReadQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const CITATION = `quote quoteStart stance attributedTo { slug name } source { id key title language publishedOn url publisher { slug name } }`;
const FUZZY = `text start end precision`;
const FIGURE = `kind metric value valueMax unit text date { ${FUZZY} } effectiveOn { ${FUZZY} } citations { ${CITATION} }`;
const EVENT = `id key type title summary occurredOn { ${FUZZY} } firstReportedOn status confidence
  participants { role entity { __typename slug name } }
  figures { ${FIGURE} }
  citations { ${CITATION} }`;
const ROLE = `title isCurrent start { ${FUZZY} } end { ${FUZZY} } organization { __typename slug name } person { slug name } citations { ${CITATION} }`;
const ENTITY = `__typename id slug name description aliases { name language kind }`;

export const COMPANY_PAGE = `query CompanyPage($slug: String!) { company(slug: $slug) { ${ENTITY} kind country
  parent { slug } children { slug name } labs { slug name kind }
  models { slug name status access expectedRelease { text } }
  roles { ${ROLE} }
  events(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${EVENT} } } } } }`;

export const COMPARE = `query Compare($slugs: [String!]!, $asOf: Date) { compare(slugs: $slugs, asOf: $asOf) { asOf
  companies { slug name company { slug } labs { slug name }
    models { model { slug name } status access expectedRelease { text metric date { ${FUZZY} } event { id firstReportedOn } } releasedOn { ${FUZZY} } }
    keyPeople { ${ROLE} }
    moneyFigures { ${FIGURE} event { id } }
    capexGuidance { value valueMax unit text effectiveOn { ${FUZZY} } event { id firstReportedOn } }
    eventCounts { type count } totalEvents
    recentEvents { id title occurredOn { text } citations { quote } } }
  talentFlows { person { slug name } fromCompany { slug } toCompany { slug } fromOrganization { slug } toOrganization { slug }
    left { title start { text } end { text } } joined { title start { text } end { text } } } } }`;

export const EVENTS = `query Events($first: Int, $after: String, $filter: EventFilter, $orderBy: EventOrder) {
  events(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${EVENT} } } } }`;

export const MODEL_PAGE = `query ModelPage($slug: String!, $asOf: Date) { model(slug: $slug) { ${ENTITY} kind modality status access
  family { slug name } developer { __typename slug name } owner { __typename slug name }
  releasedOn { ${FUZZY} }
  expectedRelease(asOf: $asOf) { ${FIGURE} event { id firstReportedOn } }
  lineage { relation outgoing model { slug name } citations { ${CITATION} } }
  events(first: 20) { totalCount edges { node { ${EVENT} } } }
  mentions(first: 10) { totalCount edges { node { surface start end source { key } } } } } }`;

export const PERSON_PAGE = `query PersonPage($slug: String!, $asOf: Date) { person(slug: $slug) { ${ENTITY}
  roles(asOf: $asOf) { ${ROLE} }
  events(first: 10) { totalCount edges { node { id title type } } } } }`;

export const LAB_PAGE = `query LabPage($slug: String!) { lab(slug: $slug) { ${ENTITY} kind country company { slug } parent { slug }
  children { slug } models { slug name } roles { title person { slug } } events(first: 5) { totalCount edges { node { id title } } } } }`;

export const SEARCH = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) {
  entity { __typename slug name } matchedAlias language score } }`;

export const LISTS = `query Lists { companies(first: 100) { totalCount edges { cursor node { slug name kind country } } }
  labs(first: 100) { totalCount edges { node { slug name kind } } }
  models(first: 100) { totalCount edges { node { __typename slug name } } }
  people(first: 100) { totalCount edges { node { slug name } } }
  sources(first: 100) { totalCount edges { node { id key title language publishedOn url contentHash publisher { slug } } } } }`;

export const SOURCE_PAGE = `query SourcePage { sources(first: 2) { edges { node { id key title language publishedOn text
  citations { quote quoteStart stance event { id title } }
  extractedFigures { kind text } mentions(first: 5) { totalCount edges { node { surface start end entity { slug } } } } } } } }`;

const COMPARED = ["meta", "openai", "google", "mistral"];

export const READ_QUERIES: ReadQuery[] = [
  { name: "company-meta", query: COMPANY_PAGE, variables: { slug: "meta" } },
  { name: "company-openai", query: COMPANY_PAGE, variables: { slug: "openai" } },
  { name: "company-unknown", query: COMPANY_PAGE, variables: { slug: "no-such-company" } },
  { name: "compare-four-2026-01-01", query: COMPARE, variables: { slugs: COMPARED, asOf: "2026-01-01" } },
  { name: "compare-four-2025-11-01", query: COMPARE, variables: { slugs: COMPARED, asOf: "2025-11-01" } },
  { name: "compare-four-2025-07-31", query: COMPARE, variables: { slugs: COMPARED, asOf: "2025-07-31" } },
  { name: "compare-meta-alphabet-2026-01-01", query: COMPARE, variables: { slugs: ["meta", "alphabet"], asOf: "2026-01-01" } },
  { name: "events-50", query: EVENTS, variables: { first: 50 } },
  { name: "events-1", query: EVENTS, variables: { first: 1 } },
  { name: "events-100", query: EVENTS, variables: { first: 100 } },
  { name: "events-page-2", query: EVENTS, variables: { first: 20, after: "b2Zmc2V0OjE5" } },
  { name: "events-past-the-end", query: EVENTS, variables: { first: 5, after: "b2Zmc2V0OjY2" } },
  { name: "events-asof-2025-11-01", query: EVENTS, variables: { first: 100, filter: { asOf: "2025-11-01" } } },
  { name: "events-meta-types", query: EVENTS, variables: { first: 30, filter: { entities: ["meta"], types: ["CAPEX_GUIDANCE", "RELEASE", "DELAY"] } } },
  { name: "events-filtered", query: EVENTS, variables: { first: 30, filter: { from: "2025-06-01", to: "2025-12-31", minConfidence: 0.5, language: "it" } } },
  { name: "events-by-confidence", query: EVENTS, variables: { first: 10, orderBy: { field: "CONFIDENCE", direction: "ASC" } } },
  { name: "events-by-reported", query: EVENTS, variables: { first: 10, orderBy: { field: "FIRST_REPORTED_ON", direction: "DESC" } } },
  { name: "model-avocado", query: MODEL_PAGE, variables: { slug: "avocado" } },
  { name: "model-avocado-2025-11-01", query: MODEL_PAGE, variables: { slug: "avocado", asOf: "2025-11-01" } },
  { name: "model-llama-4-behemoth", query: MODEL_PAGE, variables: { slug: "llama-4-behemoth" } },
  { name: "person-alexandr-wang", query: PERSON_PAGE, variables: { slug: "alexandr-wang" } },
  { name: "person-yann-lecun-2025-06-01", query: PERSON_PAGE, variables: { slug: "yann-lecun", asOf: "2025-06-01" } },
  { name: "lab-tbd-lab", query: LAB_PAGE, variables: { slug: "tbd-lab" } },
  { name: "search-open", query: SEARCH, variables: { query: "open", first: 10 } },
  { name: "search-zuckerberg-zh", query: SEARCH, variables: { query: "扎克伯格" } },
  { name: "search-lecun-zh-hant", query: SEARCH, variables: { query: "楊立昆" } },
  { name: "lists", query: LISTS },
  { name: "source-page", query: SOURCE_PAGE },
];
