import type { Metadata } from "next";
import Link from "../../_components/Link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { runQuery } from "../../../lib/api";
import { citationAnchor, citationKeyAnchor, citationNumber, collectCitations } from "../../../lib/citations";
import { enumLabel, formatConfidence, formatFigure, formatIsoDate, metricLabel } from "../../../lib/format";
import { fuzzyDateOriginal } from "../../../lib/fuzzyDate";
import { graphql } from "../../../src/gql";
import { CitationBlock } from "../../_components/Citation";
import { Empty, EntityLink, ErrorNotice, StatusTag, Tag, TypeTag, When } from "../../_components/ui";

export const dynamic = "force-dynamic";

const EventDocument = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      key
      type
      title
      summary
      status
      confidence
      firstReportedOn
      occurredOn {
        text
        start
        end
        precision
      }
      participants {
        role
        entity {
          __typename
          slug
          name
        }
      }
      figures {
        kind
        metric
        value
        valueMax
        unit
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
          ...CitationFields
        }
      }
      citations {
        ...CitationFields
      }
    }
  }
`);

/** Cached per request: generateMetadata and the page share one API call. */
const load = cache(async (id: string) => {
  const result = await runQuery(EventDocument, { id });
  // An ID the API cannot decode is as unknown as one it cannot find.
  if (!result.ok && result.code === "BAD_USER_INPUT") notFound();
  return result;
});

export async function generateMetadata(props: PageProps<"/events/[id]">): Promise<Metadata> {
  const { id } = await props.params;
  const result = await load(decodeURIComponent(id));
  return { title: result.ok && result.data.event ? `${result.data.event.title} · Orchard` : "Event · Orchard" };
}

export default async function EventPage(props: PageProps<"/events/[id]">) {
  const { id } = await props.params;
  const result = await load(decodeURIComponent(id));
  if (!result.ok) return <ErrorNotice title="Could not load this event." message={result.message} />;
  const event = result.data.event;
  if (!event) notFound();

  const citations = collectCitations(event);
  const denials = citations.filter((c) => c.stance === "DENIES").length;

  return (
    <article>
      <p className="muted small">
        <Tag>{enumLabel(event.type)}</Tag> <StatusTag status={event.status} />
      </p>
      <h1>{event.title}</h1>
      {event.summary ? <p>{event.summary}</p> : null}
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {event.occurredOn ? (
            <>
              <When date={event.occurredOn} />{" "}
              <span className="muted small">
                (to the {enumLabel(event.occurredOn.precision).toLowerCase()}
                {fuzzyDateOriginal(event.occurredOn) ? `; as written: “${event.occurredOn.text}”` : ""})
              </span>
            </>
          ) : (
            "Not dated"
          )}
        </dd>
        <dt>First reported</dt>
        <dd>{formatIsoDate(event.firstReportedOn)}</dd>
        <dt>Confidence</dt>
        <dd>
          {formatConfidence(event.confidence)}{" "}
          <span className="muted small">
            from {citations.length} {citations.length === 1 ? "citation" : "citations"}
            {denials > 0 ? `, ${denials} denying` : ""}
          </span>
        </dd>
        <dt>Key</dt>
        <dd>
          <code>{event.key}</code>
        </dd>
      </dl>

      <h2>Who is involved</h2>
      {event.participants.length === 0 ? (
        <Empty>No participants recorded.</Empty>
      ) : (
        <ul className="plain">
          {event.participants.map((p) => (
            <li key={`${p.entity.slug}-${p.role}`}>
              <EntityLink entity={p.entity} /> <TypeTag typename={p.entity.__typename} />
              <span className="muted small">{enumLabel(p.role.toUpperCase())}</span>
            </li>
          ))}
        </ul>
      )}

      <h2 id="figures">Figures</h2>
      {event.figures.length === 0 ? (
        <Empty>No figures reported with this event.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Value</th>
              <th scope="col">As written</th>
              <th scope="col">Effective</th>
              <th scope="col">Cited in</th>
            </tr>
          </thead>
          <tbody>
            {event.figures.map((figure, i) => (
              <tr key={i}>
                <td>{metricLabel(figure.metric)}</td>
                <td className="figure">{formatFigure(figure)}</td>
                <td lang={figure.citations[0]?.source.language}>{figure.text}</td>
                <td>{figure.effectiveOn ? <When date={figure.effectiveOn} /> : "—"}</td>
                <td>
                  {figure.citations.length === 0
                    ? "—"
                    : figure.citations.map((c) => {
                        const n = citationNumber(event, c) ?? 0;
                        return (
                          <a key={n} href={`#${citationAnchor(n)}`} aria-label={`Citation ${n}`}>
                            [{n}]
                          </a>
                        );
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="citations">Citations</h2>
      {citations.length === 0 ? (
        <Empty>No citations.</Empty>
      ) : (
        <ol className="plain">
          {citations.map((citation, i) => (
            <li key={citationKeyAnchor(citation)}>
              <span className="small muted">[{i + 1}]</span>
              <CitationBlock citation={citation} anchor={citationAnchor(i + 1)} />
            </li>
          ))}
        </ol>
      )}
      <p className="small">
        <Link href="/">← Latest events</Link>
      </p>
    </article>
  );
}
