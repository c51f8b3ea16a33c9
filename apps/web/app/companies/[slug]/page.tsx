import type { Metadata } from "next";
import Link from "../../_components/Link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runQuery } from "../../../lib/api";
import { buildCompareHref, DEFAULT_COMPARE_SLUGS } from "../../../lib/compareUrl";
import { countryName } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import { AliasSection, ModelsSection, OrgTree, SourcesSection } from "../../_components/profile";
import { PagedEvents } from "../../_components/PagedEvents";
import { PeopleSection } from "../../_components/PeopleSection";
import { ErrorNotice, Tag } from "../../_components/ui";
import { CiteThis, ReportedUpTo } from "../../_components/CiteThis";
import { CapexChart } from "../../compare/_sections/CapexChart";
import { MoneyFigures } from "../../compare/_sections/MoneyFigures";
import { latestDate } from "../../../lib/cite";
import { CompanyFinancialsDocument, KeyFacts } from "./KeyFacts";

export const dynamic = "force-dynamic";

const CompanyDocument = graphql(`
  query CompanyPage($slug: String!) {
    company(slug: $slug) {
      country
      lastReportedOn
      ...OrganizationProfileFields
      labs {
        slug
        name
        lastReportedOn
      }
      modelCount
      models {
        slug
        name
        status
        access
        lastReportedOn
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

type ScopeEvents = Awaited<ReturnType<typeof loadScopeEvents>>;
const loadScopeEvents = (entities: string[]) => runQuery(ScopeEventsDocument, { entities });
const eventNodes = (result: ScopeEvents) => (result.ok ? result.data.events.edges.map((e) => e.node) : []);

/** Cached per request: generateMetadata and the page share one API call. */
const load = cache((slug: string) => runQuery(CompanyDocument, { slug }));

export async function generateMetadata(props: PageProps<"/companies/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const result = await load(slug);
  const name = result.ok ? result.data.company?.name : undefined;
  return { title: `${name ?? slug} · Orchard`, description: result.ok ? (result.data.company?.description ?? undefined) : undefined };
}

export default async function CompanyPage(props: PageProps<"/companies/[slug]">) {
  const { slug } = await props.params;
  const result = await load(slug);
  if (!result.ok) return <ErrorNotice title="Could not load this company." message={result.message} />;
  const company = result.data.company;
  if (!company) notFound();

  // The company's own events and those of its labs and models.
  const entities = [company.slug, ...company.labs.map((l) => l.slug), ...company.models.map((m) => m.slug)];
  const [events, financials] = await Promise.all([loadScopeEvents(entities), runQuery(CompanyFinancialsDocument, { slug: company.slug })]);
  const column = financials.ok ? (financials.data.compare.companies[0] ?? null) : null;
  const sources = eventNodes(events).flatMap((e) => e.citations.map((c) => c.source));
  // The page shows the company's, its labs' and its models' events: reported up to the latest of them.
  const reportedUpTo = latestDate([company, ...company.labs, ...company.models].map((entity) => entity.lastReportedOn));
  const latestEvents = eventNodes(events);
  const others = DEFAULT_COMPARE_SLUGS.filter((s) => s !== company.slug).slice(0, 3);

  return (
    <article>
      <p className="profile-kind">
        <Tag>Company</Tag> <span className="muted small">{countryName(company.country)}</span>
      </p>
      <h1>{company.name}</h1>
      <ReportedUpTo date={reportedUpTo} />
      {company.description ? <p>{company.description}</p> : null}
      <KeyFacts column={column} country={company.country} parent={company.parent} models={company.models.length} labs={company.labs} />
      <p>
        <Link href={buildCompareHref({ slugs: [company.slug, ...others], asOf: null })}>Compare with competitors →</Link>
      </p>
      <CiteThis title={company.name} path={`/companies/${company.slug}`} reportedUpTo={reportedUpTo} sources={sources} />
      {column ? (
        <div className="compare financials" style={{ ["--n" as string]: 1 }}>
          <CapexChart columns={[column]} extraFigures={new Map([[column.slug, column.moneyFigures.filter((f) => /^capex_guidance_\d{4}$/.test(f.metric))]])} />
          <MoneyFigures columns={[column]} title="Financials" />
        </div>
      ) : null}
      <div className="two-col">
        <div>
          <PagedEvents name={company.name} path={`/companies/${company.slug}`} entities={entities} latest={latestEvents} params={await props.searchParams} />
          <ModelsSection models={company.models} total={company.modelCount} owner={company} />
          <PeopleSection roles={company.roles} roleCount={company.roleCount} organization={company} />
        </div>
        <div>
          <OrgTree parent={company.parent} self={{ ...company, __typename: "Company" }} items={company.children} />
          <AliasSection aliases={company.aliases} />
          <SourcesSection events={latestEvents} />
        </div>
      </div>
    </article>
  );
}
