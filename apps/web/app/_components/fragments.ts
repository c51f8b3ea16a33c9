import { graphql } from "../../src/gql";

/** What profile pages need of an event: the timeline, the list, the sources. */
export const ProfileEventFields = graphql(`
  fragment ProfileEventFields on Event {
    id
    title
    type
    status
    firstReportedOn
    occurredOn {
      text
      start
      end
      precision
    }
    citations {
      source {
        id
        title
        language
        publishedOn
        publisher {
          name
        }
      }
    }
  }
`);

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    quote
    quoteStart
    stance
    publicSince
    attributedTo {
      slug
      name
    }
    source {
      id
      title
      language
      publishedOn
      url
      publisher {
        name
      }
    }
  }
`);

/** What every organization profile (company, lab) shows: names, the organization tree, people. */
export const OrganizationProfileFields = graphql(`
  fragment OrganizationProfileFields on Organization {
    slug
    name
    description
    kind
    aliases {
      name
      language
      kind
    }
    parent {
      __typename
      slug
      name
    }
    children {
      __typename
      slug
      name
      children {
        __typename
        slug
        name
      }
    }
    roleCount
    roles {
      title
      isCurrent
      start {
        text
        start
        precision
      }
      end {
        text
        start
        precision
      }
      person {
        __typename
        slug
        name
      }
    }
  }
`);
