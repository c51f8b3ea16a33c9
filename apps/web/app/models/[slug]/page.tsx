import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runQuery } from "../../../lib/api";
import { enumLabel, formatIsoDate, modelAccessLabel } from "../../../lib/format";
import { fuzzyDateLabel } from "../../../lib/fuzzyDate";
import { graphql } from "../../../src/gql";
import { CitationBlock } from "../../_components/Citation";
import { PagedEvents } from "../../_components/PagedEvents";
import { CiteThis, ReportedUpTo } from "../../_components/CiteThis";

import { AliasSection, SourcesSection } from "../../_components/profile";
import { Empty, EntityLink, ErrorNotice, FigureValue, StatusTag, Tag, When } from "../../_components/ui";

export const dynamic = "force-dynamic";

const ModelDocument = graphql(`
  query ModelPage($slug: String!) {
    model(slug: $slug) {
      slug
      lastReportedOn
      name
      description
      kind
      modality
      status
      access
      family {
        slug
        name
      }
      developer {
        __typename
        slug
        name
      }
      owner {
        __typename
        slug
        name
      }
      releasedOn {
        text
        start
        precision
      }
      expectedRelease {
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
        event {
          id
          firstReportedOn
        }
        citations {
          quoteStart
          source {
            id
            language
          }
        }
      }
      aliases {
        name
        language
        kind
      }
      lineage {
        relation
        outgoing
        model {
          slug
          name
        }
        citations {
          ...CitationFields
        }
      }
      events(first: 20) {
        totalCount
        edges {
          node {
            ...ProfileEventFields
          }
        }
      }
    }
  }
`);

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

const RELATION_OUT: Record<string, string> = {
  DISTILLED_FROM: "Distilled from",
  BASED_ON: "Based on",
  SUCCESSOR_OF: "Successor of",
  COMPETES_WITH: "Competes with",
};
const RELATION_IN: Record<string, string> = {
  DISTILLED_FROM: "Distilled into",
  BASED_ON: "Basis of",
  SUCCESSOR_OF: "Succeeded by",
  COMPETES_WITH: "Competes with",
};

/** Cached per request: generateMetadata and the page share one API call. */
const load = cache((slug: string) => runQuery(ModelDocument, { slug }));

export async function generateMetadata(props: PageProps<"/models/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const result = await load(slug);
  const name = result.ok ? result.data.model?.name : undefined;
  return { title: `${name ?? slug} · Orchard`, description: result.ok ? (result.data.model?.description ?? undefined) : undefined };
}

export default async function ModelPage(props: PageProps<"/models/[slug]">) {
  const { slug } = await props.params;
  const [result, history] = await Promise.all([load(slug), runQuery(ReleaseHistoryDocument, { slug })]);
  if (!result.ok) return <ErrorNotice title="Could not load this model." message={result.message} />;
  const model = result.data.model;
  if (!model) notFound();
  const events = model.events.edges.map((e) => e.node);
  const sources = events.flatMap((e) => e.citations.map((c) => c.source));
  const reportedUpTo = model.lastReportedOn ?? null;
  // Every expected-release figure ever reported, oldest report first: what was believed, when.
  // (Figure citations are matched to the event's by offset: the API prices nested sources high.)
  const releaseHistory = (history.ok ? history.data.events.edges.map((e) => e.node) : [])
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

  return (
    <article>
      <p className="profile-kind">
        <Tag>{model.kind === "PRODUCT" ? "Product" : "Model"}</Tag> <StatusTag status={model.status} />
        <Tag tone={model.access === "OPEN_WEIGHTS" ? "good" : undefined}>{modelAccessLabel(model.access)}</Tag>
      </p>
      <h1>{model.name}</h1>
      <ReportedUpTo date={reportedUpTo} />
      <CiteThis title={model.name} path={`/models/${model.slug}`} reportedUpTo={reportedUpTo} sources={sources} />
      {model.description ? <p>{model.description}</p> : null}
      <dl className="facts">
        <dt>Modality</dt>
        <dd>{enumLabel(model.modality)}</dd>
        {model.family ? (
          <>
            <dt>Family</dt>
            <dd>
              <Link href={`/models/${model.family.slug}`}>{model.family.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>Developer</dt>
        <dd>{model.developer ? <EntityLink entity={model.developer} /> : "—"}</dd>
        <dt>Owner</dt>
        <dd>{model.owner ? <EntityLink entity={model.owner} /> : "—"}</dd>
        <dt>{model.releasedOn ? "Released" : "Expected release"}</dt>
        <dd>
          {model.releasedOn ? (
            <When date={model.releasedOn} />
          ) : model.expectedRelease ? (
            <>
              <FigureValue figure={model.expectedRelease} />{" "}
              <span className="muted small">
                (“<span lang={model.expectedRelease.citations[0]?.source.language}>{model.expectedRelease.text}</span>”, reported{" "}
                {formatIsoDate(model.expectedRelease.event.firstReportedOn)})
              </span>
            </>
          ) : model.status === "SHELVED" ? (
            "None: shelved"
          ) : (
            "Not reported"
          )}
        </dd>
      </dl>

      <div className="two-col">
        <div>
          <section aria-labelledby="release-history">
            <h2 id="release-history">Expected release over time</h2>
            {!history.ok ? (
              <ErrorNotice title="Could not load the release history." message={history.message} />
            ) : releaseHistory.length === 0 ? (
              <Empty>No release dates reported.</Empty>
            ) : (
              <ol className="plain revisions">
                {releaseHistory.map(({ figure, reported }, i) => (
                  <li key={i} className={i < releaseHistory.length - 1 ? "superseded" : ""}>
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
          <section aria-labelledby="lineage">
            <h2 id="lineage">Lineage</h2>
            {model.lineage.length === 0 ? (
              <Empty>No lineage recorded.</Empty>
            ) : (
              <ul className="plain">
                {model.lineage.map((edge, i) => (
                  <li key={i} className="card">
                    {(edge.outgoing ? RELATION_OUT : RELATION_IN)[edge.relation] ?? enumLabel(edge.relation)}{" "}
                    <Link href={`/models/${edge.model.slug}`}>
                      <strong>{edge.model.name}</strong>
                    </Link>
                    {edge.citations.length > 0 ? (
                      <details>
                        <summary>
                          {edge.citations.length} {edge.citations.length === 1 ? "source" : "sources"}
                        </summary>
                        {edge.citations.map((c, j) => (
                          <CitationBlock key={j} citation={c} />
                        ))}
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <PagedEvents name={model.name} path={`/models/${model.slug}`} entities={[model.slug]} latest={events} params={await props.searchParams} />
        </div>
        <div>
          <AliasSection aliases={model.aliases} />
          <SourcesSection events={events} />
        </div>
      </div>
    </article>
  );
}
