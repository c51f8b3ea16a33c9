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
