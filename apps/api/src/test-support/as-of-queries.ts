/**
 * Every read query of the API asked "as of" a day, for the as-of property test: pages with their
 * nested events, figures, roles, models and citations, lists, compare, sources, search, expected
 * releases and talent flows. Figures outside an event name their event, roles their person and
 * organization, so that the test can look each one up in the database.
 */
const CITATION = `quote quoteStart publicSince stance attributedTo { slug } source { id publishedOn publisher { slug } }`;
const FIGURE = `kind metric value valueMax unit text qualifier citations { ${CITATION} }`;
const EVENT = `id type title firstReportedOn status confidence participants { role entity { slug } } figures { ${FIGURE} } citations { ${CITATION} }`;
const ROLE = `title isCurrent start { text } end { text } organization { slug } person { slug } citations { ${CITATION} }`;
const MODEL = `slug status access releasedOn { text } expectedRelease { metric text event { id firstReportedOn } citations { ${CITATION} } }`;

export const AS_OF_QUERIES = {
  company: `query ($slug: String!, $asOf: Date) { company(slug: $slug, asOf: $asOf) { slug lastReportedOn parent { slug } children { slug }
    labs { slug lastReportedOn } models { ${MODEL} } roles { ${ROLE} }
    events(first: 100) { totalCount edges { node { ${EVENT} } } }
    mentions(first: 100) { totalCount edges { node { surface source { id } } } } } }`,
  lab: `query ($slug: String!, $asOf: Date) { lab(slug: $slug, asOf: $asOf) { slug lastReportedOn company { slug } parent { slug } children { slug }
    models { ${MODEL} } roles { ${ROLE} } events(first: 100) { totalCount edges { node { ${EVENT} } } } } }`,
  model: `query ($slug: String!, $asOf: Date) { model(slug: $slug, asOf: $asOf) { ${MODEL} lastReportedOn family { slug } developer { slug } owner { slug }
    lineage { relation outgoing model { slug } citations { ${CITATION} } }
    events(first: 100) { totalCount edges { node { ${EVENT} } } } } }`,
  person: `query ($slug: String!, $asOf: Date) { person(slug: $slug, asOf: $asOf) { slug lastReportedOn roles { ${ROLE} }
    events(first: 100) { totalCount edges { node { ${EVENT} } } } } }`,
  events: `query ($asOf: Date, $entities: [String!]) { events(first: 100, filter: { asOf: $asOf, entities: $entities }) { totalCount edges { node { ${EVENT} } } } }`,
  lists: `query ($asOf: Date) {
    companies(first: 100, filter: { asOf: $asOf }) { totalCount edges { node { slug lastReportedOn } } }
    labs(first: 100, filter: { asOf: $asOf }) { totalCount edges { node { slug } } }
    models(first: 100, filter: { asOf: $asOf }) { totalCount edges { node { ${MODEL} } } }
    people(first: 100, filter: { asOf: $asOf }) { totalCount edges { node { slug } } }
    current: people(first: 100, filter: { asOf: $asOf, currentOnly: true }) { totalCount edges { node { slug roles { ${ROLE} } } } }
    sources(first: 100, filter: { asOf: $asOf }) { totalCount edges { node { id publishedOn citations { quote event { id status confidence } } } } } }`,
  compare: `query ($slugs: [String!]!, $asOf: Date) { compare(slugs: $slugs, asOf: $asOf) { asOf knownAsOf
    companies { slug labs { slug } models { model { slug } status access releasedOn { text } expectedRelease { metric text event { id } } }
      keyPeople { ${ROLE} } moneyFigures { ${FIGURE} event { id } } capexGuidance { metric text event { id } }
      eventCounts { type count } totalEvents recentEvents { ${EVENT} } }
    talentFlows { person { slug } fromCompany { slug } toCompany { slug } fromOrganization { slug } toOrganization { slug } left { ${ROLE} } joined { ${ROLE} } } } }`,
  search: `query ($query: String!, $asOf: Date) { search(query: $query, asOf: $asOf, first: 50) { matchedAlias entity { slug } }
    searchAll(query: $query, asOf: $asOf, first: 20) { groups { hits { entity { slug } } } events { event { id title status confidence } } sources { source { id } } } }`,
  node: `query ($id: ID!, $asOf: Date) { node(id: $id, asOf: $asOf) { id ... on Company { slug models { slug status } } ... on Event { status confidence } ... on Source { publishedOn } } }`,
};

/** The companies compared in the property test: every talent flow of the seed runs between them. */
export const COMPARED = ["meta", "openai", "google", "mistral", "salesforce", "scale-ai"];
