import type { Metadata } from "next";
import Link from "../_components/Link";
import { runQueryOrThrow } from "../../lib/api";
import { enumListParam, hrefWith, oneOfParam, pageLinks, pagingFrom, PAGE_SIZE, textParam } from "../../lib/browse";
import { countryName } from "../../lib/format";
import { graphql } from "../../src/gql";
import type { OrganizationKind } from "../../src/gql/graphql";
import { BrowseLayout, CheckGroup, Downloads, FilterForm, Pager, SelectField, SORT_DIRECTIONS, TextField } from "../_components/browse";
import { Empty, ErrorNotice } from "../_components/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Companies · Orchard", description: "Every company and investor in Orchard, filtered by kind and country." };

const CompaniesDocument = graphql(`
  query BrowseCompanies($filter: OrganizationFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
    companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      boundedCount {
        ...BoundedCountFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          name
          kind
          country
          description
          labs {
            slug
          }
          models {
            slug
          }
        }
      }
    }
  }
`);

const KINDS: OrganizationKind[] = ["COMPANY", "INVESTOR"];

export default async function CompaniesPage(props: PageProps<"/companies">) {
  const params = await props.searchParams;
  const kinds = enumListParam(params, "kind", KINDS);
  const country = textParam(params, "country", 2)?.toUpperCase() ?? null;
  const direction = oneOfParam(params, "dir", ["ASC", "DESC"] as const, "ASC");
  const paging = pagingFrom(params);
  const filters = { kind: kinds, country, dir: direction === "ASC" ? null : direction };
  const result = await runQueryOrThrow(CompaniesDocument, {
    filter: { kinds: kinds.length ? kinds : null, country },
    orderBy: { field: "NAME", direction },
    first: PAGE_SIZE,
    after: paging.after,
  });
  const connection = result.ok ? result.data.companies : null;
  const links = pageLinks("/companies", filters, paging, connection?.pageInfo.endCursor ?? null, connection?.pageInfo.hasNextPage ?? false);
  const slugs = connection?.edges.map((e) => e.node.slug) ?? [];

  return (
    <BrowseLayout
      title="Companies"
      intro="Companies and investors, with their labs and models."
      count={connection?.boundedCount ?? null}
      noun={["company", "companies"]}
      filters={
        <FilterForm action="/companies">
          <CheckGroup name="kind" legend="Kind" values={KINDS} checked={kinds} />
          <TextField name="country" label="Country (ISO code)" value={country} placeholder="US, FR, CN…" />
          <SelectField name="dir" label="Sort by name" value={direction} options={SORT_DIRECTIONS} />
        </FilterForm>
      }
      downloads={slugs.length ? <Downloads resource="entities" filters={{ entities: slugs.join(",") }} /> : null}
      pager={<Pager {...links} first={hrefWith("/companies", filters)} />}
    >
      {!result.ok ? (
        <ErrorNotice title="Could not load companies." message={result.message} />
      ) : connection!.edges.length === 0 ? (
        <Empty>No company matches these filters.</Empty>
      ) : (
        <table className="browse-table">
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Country</th>
              <th scope="col">Labs</th>
              <th scope="col">Models</th>
            </tr>
          </thead>
          <tbody>
            {connection!.edges.map(({ node }) => (
              <tr key={node.slug}>
                <td>
                  <Link href={`/companies/${node.slug}`}>{node.name}</Link>
                  {node.description ? <div className="small muted clamp">{node.description}</div> : null}
                </td>
                <td>{countryName(node.country)}</td>
                <td className="num">{node.labs.length}</td>
                <td className="num">{node.models.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BrowseLayout>
  );
}
