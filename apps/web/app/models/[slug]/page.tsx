import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runQuery } from "../../../lib/api";
import { modelAccessLabel } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import { CiteThis, ReportedUpTo } from "../../_components/CiteThis";
import { PagedEvents } from "../../_components/PagedEvents";
import { AliasSection, SourcesSection } from "../../_components/profile";
import { ErrorNotice, StatusTag, Tag } from "../../_components/ui";
import { Lineage } from "./Lineage";
import { ModelFacts } from "./ModelFacts";
import { loadReleaseHistory, ReleaseHistory } from "./ReleaseHistory";

export const dynamic = "force-dynamic";

/** The page's model query: each part brings its own fragment; the release history is its own query. */
const ModelDocument = graphql(`
  query ModelPage($slug: String!) {
    model(slug: $slug) {
      slug
      lastReportedOn
      name
      description
      kind
      status
      access
      ...ModelFactsFields
      ...ModelLineageFields
      aliases {
        name
        language
        kind
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
  const [result, history] = await Promise.all([load(slug), loadReleaseHistory(slug)]);
  if (!result.ok) return <ErrorNotice title="Could not load this model." message={result.message} />;
  const model = result.data.model;
  if (!model) notFound();
  const events = model.events.edges.map((e) => e.node);
  const sources = events.flatMap((e) => e.citations.map((c) => c.source));
  const reportedUpTo = model.lastReportedOn ?? null;

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
      <ModelFacts model={model} />

      <div className="two-col">
        <div>
          <ReleaseHistory history={history} />
          <Lineage model={model} />
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
