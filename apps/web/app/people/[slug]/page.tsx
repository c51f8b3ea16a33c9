import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runQuery } from "../../../lib/api";
import { graphql } from "../../../src/gql";
import { AliasSection, RolesTable, SourcesSection } from "../../_components/profile";
import { PagedEvents } from "../../_components/PagedEvents";
import { CiteThis, ReportedUpTo } from "../../_components/CiteThis";

import { RolesChart } from "../../_components/RolesChart";
import { ErrorNotice, Tag } from "../../_components/ui";

export const dynamic = "force-dynamic";

const PersonDocument = graphql(`
  query PersonPage($slug: String!) {
    person(slug: $slug) {
      slug
      lastReportedOn
      name
      description
      aliases {
        name
        language
        kind
      }
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
          end
          precision
        }
        organization {
          __typename
          slug
          name
        }
        citations {
          ...CitationFields
        }
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
const load = cache((slug: string) => runQuery(PersonDocument, { slug }));

export async function generateMetadata(props: PageProps<"/people/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const result = await load(slug);
  const name = result.ok ? result.data.person?.name : undefined;
  return { title: `${name ?? slug} · Orchard`, description: result.ok ? (result.data.person?.description ?? undefined) : undefined };
}

export default async function PersonPage(props: PageProps<"/people/[slug]">) {
  const { slug } = await props.params;
  const result = await load(slug);
  if (!result.ok) return <ErrorNotice title="Could not load this person." message={result.message} />;
  const person = result.data.person;
  if (!person) notFound();
  const events = person.events.edges.map((e) => e.node);
  const sources = events.flatMap((e) => e.citations.map((c) => c.source));
  const reportedUpTo = person.lastReportedOn ?? null;
  const current = person.roles.filter((r) => r.isCurrent);

  return (
    <article>
      <p className="profile-kind">
        <Tag>Person</Tag>
      </p>
      <h1>{person.name}</h1>
      <ReportedUpTo date={reportedUpTo} />
      <CiteThis title={person.name} path={`/people/${person.slug}`} reportedUpTo={reportedUpTo} sources={sources} />
      {person.description ? <p>{person.description}</p> : null}
      {current.length > 0 ? (
        <p>
          Now:{" "}
          {current.map((r, i) => (
            <span key={i}>
              {i > 0 ? "; " : ""}
              {r.title}, {r.organization.name}
            </span>
          ))}
        </p>
      ) : null}
      <div className="two-col">
        <div>
          <section aria-labelledby="roles">
            <h2 id="roles">Roles over time</h2>
            <RolesChart roles={person.roles} until={reportedUpTo ?? undefined} />
            <RolesTable roles={person.roles} show="organization" />
          </section>
          <PagedEvents name={person.name} path={`/people/${person.slug}`} entities={[person.slug]} latest={events} params={await props.searchParams} />
        </div>
        <div>
          <AliasSection aliases={person.aliases} />
          <SourcesSection events={events} />
        </div>
      </div>
    </article>
  );
}
