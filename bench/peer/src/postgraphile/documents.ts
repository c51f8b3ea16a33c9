/**
 * PostGraphile's documents for the five requests: the same records Orchard returns, asked the way a
 * PostGraphile client would (relations, computed columns and `peer` functions). Variables are
 * Orchard's (requests.ts), renamed where PostGraphile's arguments differ.
 */
const CITATION_ORDER = "orderBy: [SOURCE_ID_ASC, ROW_ID_ASC]";

export const PG_COMPANY = `query CompanyPage($slug: String!) {
  entityBySlug(slug: $slug) { typeName name description
    organizationByEntityId { country }
    aliasesByEntityId(orderBy: [LANGUAGE_ASC, NAME_ASC]) { nodes { name language } }
    labs { nodes { slug name } }
    scopeModels { nodes { slug name aiModelByEntityId { status access expectedRelease { text } } } }
    organizationRoles { nodes { title personByPersonId { entityByEntityId { name } } } }
    events(first: 20) { totalCount nodes { title type occurredOnText
      figuresByEventId(orderBy: POSITION_ASC) { nodes { text value unit } }
      citationsByEventId(${CITATION_ORDER}) { nodes { quote stance sourceBySourceId { title language } } } } } } }`;

export const PG_COMPARE = `query Compare($slugs: [String!]!, $asOf: Date!) {
  companies: peerCompareCompanies(slugs: $slugs, asOf: $asOf) { nodes { slug name } }
  labs: peerCompareLabs(slugs: $slugs, asOf: $asOf) { nodes { companySlug slug } }
  models: peerCompareModels(slugs: $slugs, asOf: $asOf) { nodes { companySlug slug name status access expectedRelease } }
  keyPeople: peerCompareKeyPeople(slugs: $slugs, asOf: $asOf) { nodes { companySlug title personName } }
  capex: peerCompareCapexGuidance(slugs: $slugs, asOf: $asOf) { nodes { companySlug text value effectiveText } }
  counts: peerCompareEventCounts(slugs: $slugs, asOf: $asOf) { nodes { companySlug type count } }
  recent: peerCompareRecentEvents(slugs: $slugs, asOf: $asOf) { nodes { companySlug title occurredText } }
  flows: peerCompareTalentFlows(slugs: $slugs, asOf: $asOf) { nodes { personName fromSlug toSlug } } }`;

export const PG_EVENTS = `query Events($first: Int!) {
  peerEventsNewestFirst(first: $first) { totalCount nodes { title type status confidence occurredOnText
    eventParticipantsByEventId(orderBy: ROW_ID_ASC) { nodes { role entityByEntityId { slug name } } }
    figuresByEventId(orderBy: POSITION_ASC) { nodes { kind metric value unit text } }
    citationsByEventId(${CITATION_ORDER}) { nodes { quote stance organizationByAttributedToId { entityByEntityId { name } }
      sourceBySourceId { title language publishedOn } } } } } }`;

const LINEAGE_CITATIONS = `citationsByLineageId(${CITATION_ORDER}) { nodes { quote quoteStart stance
  organizationByAttributedToId { entityByEntityId { slug name } }
  sourceBySourceId { rowId title language publishedOn url organizationByPublisherId { entityByEntityId { name } } } } }`;

export const PG_MODEL = `query ModelPage($slug: String!) {
  entityBySlug(slug: $slug) { typeName slug name description
    aiModelByEntityId { kind modality status access
      aiModelByFamilyId { entityByEntityId { slug name } }
      organizationByDeveloperId { entityByEntityId { typeName slug name } }
      organizationByOwnerId { entityByEntityId { typeName slug name } }
      releasedOnText releasedStart releasedPrecision
      expectedRelease { kind metric text dateOnText dateStart datePrecision effectiveOnText effectiveStart effectivePrecision
        eventByEventId { rowId firstReportedOn } }
      modelLineagesByModelId(orderBy: ROW_ID_ASC) { nodes { relation aiModelByTargetId { entityByEntityId { slug name } } ${LINEAGE_CITATIONS} } }
      modelLineagesByTargetId(orderBy: ROW_ID_ASC) { nodes { relation aiModelByModelId { entityByEntityId { slug name } } ${LINEAGE_CITATIONS} } } }
    aliasesByEntityId(orderBy: [LANGUAGE_ASC, NAME_ASC]) { nodes { name language kind } }
    events(first: 20) { totalCount nodes { rowId title type status firstReportedOn occurredOnText occurredStart occurredEnd occurredPrecision
      citationsByEventId(${CITATION_ORDER}) { nodes { sourceBySourceId { rowId title language publishedOn
        organizationByPublisherId { entityByEntityId { name } } } } } } } } }`;

export const PG_SEARCH = `query Search($query: String!, $first: Int!) {
  peerSearch(query: $query, maxHits: $first) { nodes { matchedAlias language score typeName slug name description } } }`;

/** PostGraphile's document and variables for each request of requests.ts. */
export const POSTGRAPHILE_DOCUMENTS: Record<string, { query: string; variables: (orchard: Record<string, unknown>) => Record<string, unknown> }> = {
  company: { query: PG_COMPANY, variables: (v) => ({ slug: v.slug }) },
  compare: { query: PG_COMPARE, variables: (v) => ({ slugs: v.slugs, asOf: v.asOf }) },
  events: { query: PG_EVENTS, variables: (v) => ({ first: v.first }) },
  model: { query: PG_MODEL, variables: (v) => ({ slug: v.slug }) },
  search: { query: PG_SEARCH, variables: (v) => ({ query: v.query, first: v.first }) },
};
