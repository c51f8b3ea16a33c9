import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runQuery } from "../../../lib/api";
import { buildCompareHref, DEFAULT_COMPARE_SLUGS } from "../../../lib/compareUrl";
import { countryName } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import { AliasSection, EventsSection, ModelsSection, OrgTree, RolesTable, SourcesSection } from "../../_components/profile";
import { ErrorNotice, Tag } from "../../_components/ui";

export const dynamic = "force-dynamic";

const CompanyDocument = graphql(`
  query CompanyPage($slug: String!) {
    company(slug: $slug) {
      country
      ...OrganizationProfileFields
      labs {
        slug
        name
      }
      models {
        slug
        name
        status
        access
      }
    }
  }
`);

const ScopeEventsDocument = graphql(`
  query ScopeEvents($entities: [String!]!) {
    events(filter: { entities: $entities }, first: 30) {
      totalCount
      edges {
        node {
          ...ProfileEventFields
        }
      }
    }
  }
`);

/** Cached per request: generateMetadata and the page share one API call. */
const load = cache((slug: string) => runQuery(CompanyDocument, { slug }));

export async function generateMetadata(props: PageProps<"/companies/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const result = await load(slug);
  const name = result.ok ? result.data.company?.name : undefined;
  return { title: `${name ?? slug} · Orchard`, description: result.ok ? result.data.company?.description ?? undefined : undefined };
}

export default async function CompanyPage(props: PageProps<"/companies/[slug]">) {
  const { slug } = await props.params;
  const result = await load(slug);
  if (!result.ok) return <ErrorNotice title="Could not load this company." message={result.message} />;
  const company = result.data.company;
  if (!company) notFound();

  // The company's own events and those of its labs and models.
  const entities = [company.slug, ...company.labs.map((l) => l.slug), ...company.models.map((m) => m.slug)];
  const events = await runQuery(ScopeEventsDocument, { entities });
  const eventNodes = events.ok ? events.data.events.edges.map((e) => e.node) : [];
  const others = DEFAULT_COMPARE_SLUGS.filter((s) => s !== company.slug).slice(0, 3);

  return (
    <article>
      <p className="profile-kind">
        <Tag>Company</Tag> <span className="muted small">{countryName(company.country)}</span>
      </p>
      <h1>{company.name}</h1>
      {company.description ? <p>{company.description}</p> : null}
      <p>
        <Link href={buildCompareHref({ slugs: [company.slug, ...others], asOf: null })}>Compare with competitors →</Link>
      </p>
      <div className="two-col">
        <div>
          {events.ok ? (
            <EventsSection name={company.name} slug={company.slug} events={eventNodes} total={events.data.events.totalCount} />
          ) : (
            <ErrorNotice title="Could not load events." message={events.message} />
          )}
          <ModelsSection models={company.models} />
          <section aria-labelledby="people">
            <h2 id="people">People</h2>
            <RolesTable roles={company.roles} show="person" />
          </section>
        </div>
        <div>
          <OrgTree parent={company.parent} self={{ ...company, __typename: "Company" }} items={company.children} />
          <AliasSection aliases={company.aliases} />
          <SourcesSection events={eventNodes} />
        </div>
      </div>
    </article>
  );
}
