import { runQuery, type QueryOutcome } from "../../../lib/api";
import { formatIsoDate } from "../../../lib/format";
import { fuzzyDateLabel } from "../../../lib/fuzzyDate";
import { graphql } from "../../../src/gql";
import type { ModelReleaseHistoryQuery } from "../../../src/gql/graphql";
import { Empty, ErrorNotice, FigureValue } from "../../_components/ui";

const ReleaseHistoryDocument = graphql(`
  query ModelReleaseHistory($slug: String!) {
    events(filter: { entities: [$slug] }, first: 10) {
      edges {
        node {
          id
          firstReportedOn
          citations {
            quoteStart
            source {
              id
              language
            }
          }
          figures {
            kind
            metric
            text
            date {
              text
              start
              precision
            }
            effectiveOn {
              text
              start
              precision
            }
            citations {
              quoteStart
            }
          }
        }
      }
    }
  }
`);

export const loadReleaseHistory = (slug: string) => runQuery(ReleaseHistoryDocument, { slug });

/**
 * Every expected-release figure ever reported, oldest report first: what was believed, when.
 * (Figure citations are matched to the event's by offset: the API prices nested sources high.)
 */
function revisions(data: ModelReleaseHistoryQuery) {
  return data.events.edges
    .map((e) => e.node)
    .flatMap((event) =>
      event.figures
        .filter((f) => f.metric === "expected_release")
        .map((f) => ({
          figure: {
            ...f,
            event: { id: event.id },
            citations: f.citations.flatMap((fc) => event.citations.filter((c) => c.quoteStart === fc.quoteStart)),
          },
          reported: event.firstReportedOn,
        })),
    )
    .sort((a, b) => a.reported.localeCompare(b.reported) || (a.figure.effectiveOn?.start ?? "").localeCompare(b.figure.effectiveOn?.start ?? ""));
}

/** The expected release as reported over time; every revision but the latest is shown superseded. */
export function ReleaseHistory({ history }: { history: QueryOutcome<ModelReleaseHistoryQuery> }) {
  const list = history.ok ? revisions(history.data) : [];
  return (
    <section aria-labelledby="release-history">
      <h2 id="release-history">Expected release over time</h2>
      {!history.ok ? (
        <ErrorNotice title="Could not load the release history." message={history.message} />
      ) : list.length === 0 ? (
        <Empty>No release dates reported.</Empty>
      ) : (
        <ol className="plain revisions">
          {list.map(({ figure, reported }, i) => (
            <li key={i} className={i < list.length - 1 ? "superseded" : ""}>
              <FigureValue figure={figure} />{" "}
              <span className="small muted">
                reported {formatIsoDate(reported)}
                {figure.effectiveOn ? `, as of ${fuzzyDateLabel(figure.effectiveOn)}` : ""} · “<span lang={figure.citations[0]?.source.language}>{figure.text}</span>”
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
