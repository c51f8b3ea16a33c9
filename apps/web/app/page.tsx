import Link from "./_components/Link";
import { runQueryOrThrow } from "../lib/api";
import { buildCompareHref, DEFAULT_COMPARE_SLUGS } from "../lib/compareUrl";
import { countInAll, countOf } from "../lib/boundedCount";
import { countryName } from "../lib/format";
import { graphql } from "../src/gql";
import { Empty, ErrorNotice, EventList } from "./_components/ui";
import { SearchBox } from "./_components/SearchBox";

export const dynamic = "force-dynamic";

const HomeDocument = graphql(`
  query Home {
    events(first: 10) {
      boundedCount {
        ...BoundedCountFields
      }
      edges {
        node {
          id
          title
          type
          status
          firstReportedOn
          occurredOn {
            text
            start
            precision
          }
        }
      }
    }
    labs(first: 1) {
      boundedCount {
        ...BoundedCountFields
      }
    }
    models(first: 1) {
      boundedCount {
        ...BoundedCountFields
      }
    }
    people(first: 1) {
      boundedCount {
        ...BoundedCountFields
      }
    }
    sources(first: 1) {
      boundedCount {
        ...BoundedCountFields
      }
    }
    companies(first: 50) {
      boundedCount {
        ...BoundedCountFields
      }
      edges {
        node {
          slug
          name
          country
          description
        }
      }
    }
  }
`);

export default async function HomePage() {
  const result = await runQueryOrThrow(HomeDocument, {});
  const defaultCompare = buildCompareHref({ slugs: [...DEFAULT_COMPARE_SLUGS], asOf: null });

  return (
    <section>
      <h1>Orchard</h1>
      <p className="muted">A sourced knowledge graph of the AI industry: companies, labs, models, people, and who reported what, when, in which language.</p>
      <SearchBox id="home-q" size="big" placeholder="Meta, 汪滔, 牛油果, Yann LeCun…" label="Search by any name or alias, in any language" />
      <p>
        <Link href={defaultCompare} className="card cta">
          Compare Meta, OpenAI, Google and Mistral side by side →
        </Link>
      </p>

      {result.ok ? (
        <nav aria-label="Browse" className="browse-links">
          {(
            [
              ["/companies", "Companies", result.data.companies.boundedCount],
              ["/labs", "Labs and teams", result.data.labs.boundedCount],
              ["/models", "Models and products", result.data.models.boundedCount],
              ["/people", "People", result.data.people.boundedCount],
              ["/events", "Events", result.data.events.boundedCount],
              ["/sources", "Sources", result.data.sources.boundedCount],
            ] as const
          ).map(([href, label, count]) => (
            <Link key={href} href={href}>
              {label}
              <span className="small">{countInAll(count)}</span>
            </Link>
          ))}
        </nav>
      ) : null}
      {!result.ok ? (
        <ErrorNotice title="Could not load data from the Orchard API." message={result.message} />
      ) : (
        <div className="two-col">
          <div>
            <h2>Latest events</h2>
            <EventList events={result.data.events.edges.map((e) => e.node)} empty="No events recorded yet." />
            <p className="small">
              <Link href="/events">All {countOf(result.data.events.boundedCount, "event", "events")} →</Link>
            </p>
          </div>
          <div>
            <h2>Companies</h2>
            {result.data.companies.edges.length === 0 ? (
              <Empty>No companies yet.</Empty>
            ) : (
              <ul className="plain">
                {result.data.companies.edges.map(({ node }) => (
                  <li key={node.slug}>
                    <Link href={`/companies/${node.slug}`}>{node.name}</Link> <span className="small muted">{countryName(node.country)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
