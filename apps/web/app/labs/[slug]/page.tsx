import type { Metadata } from "next";
import Link from "../../_components/Link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runQuery } from "../../../lib/api";
import { graphql } from "../../../src/gql";
import { PagedEvents } from "../../_components/PagedEvents";
import { PeopleSection } from "../../_components/PeopleSection";
import { CiteThis, ReportedUpTo } from "../../_components/CiteThis";

import { AliasSection, ModelsSection, OrgTree, SourcesSection } from "../../_components/profile";
import { ErrorNotice, Tag } from "../../_components/ui";

export const dynamic = "force-dynamic";

const LabDocument = graphql(`
  query LabPage($slug: String!) {
    lab(slug: $slug) {
      lastReportedOn
      company {
        slug
        name
      }
      ...OrganizationProfileFields
      models {
        slug
        name
        status
        access
      }
      events(first: 30) {
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
const load = cache((slug: string) => runQuery(LabDocument, { slug }));

export async function generateMetadata(props: PageProps<"/labs/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const result = await load(slug);
  const name = result.ok ? result.data.lab?.name : undefined;
  return { title: `${name ?? slug} · Orchard`, description: result.ok ? (result.data.lab?.description ?? undefined) : undefined };
}

export default async function LabPage(props: PageProps<"/labs/[slug]">) {
  const { slug } = await props.params;
  const result = await load(slug);
  if (!result.ok) return <ErrorNotice title="Could not load this lab." message={result.message} />;
  const lab = result.data.lab;
  if (!lab) notFound();
  const events = lab.events.edges.map((e) => e.node);
  const sources = events.flatMap((e) => e.citations.map((c) => c.source));
  const reportedUpTo = lab.lastReportedOn ?? null;

  return (
    <article>
      <p className="profile-kind">
        <Tag>{lab.kind === "LAB" ? "Lab" : lab.kind === "TEAM" ? "Team" : "Division"}</Tag>
        {lab.company ? (
          <span className="small">
            {" "}
            at <Link href={`/companies/${lab.company.slug}`}>{lab.company.name}</Link>
          </span>
        ) : null}
      </p>
      <h1>{lab.name}</h1>
      <ReportedUpTo date={reportedUpTo} />
      <CiteThis title={lab.name} path={`/labs/${lab.slug}`} reportedUpTo={reportedUpTo} sources={sources} />
      {lab.description ? <p>{lab.description}</p> : null}
      <div className="two-col">
        <div>
          <PagedEvents name={lab.name} path={`/labs/${lab.slug}`} entities={[lab.slug]} latest={events} params={await props.searchParams} />
          <ModelsSection models={lab.models} />
          <PeopleSection roles={lab.roles} roleCount={lab.roleCount} organization={lab} />
        </div>
        <div>
          <OrgTree parent={lab.parent} self={{ ...lab, __typename: "Lab" }} items={lab.children} />
          <AliasSection aliases={lab.aliases} />
          <SourcesSection events={events} />
        </div>
      </div>
    </article>
  );
}
