import type { Metadata } from "next";
import Link from "../_components/Link";
import { runQueryOrThrow } from "../../lib/api";
import { hrefWith, oneOfParam, pageLinks, pagingFrom, PAGE_SIZE, textParam } from "../../lib/browse";
import { graphql } from "../../src/gql";
import { BrowseLayout, Downloads, FilterForm, Pager, SelectField, SORT_DIRECTIONS, TextField } from "../_components/browse";
import { Empty, ErrorNotice } from "../_components/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "People · Orchard", description: "People in the AI industry and the roles they held." };

const PeopleDocument = graphql(`
  query BrowsePeople($filter: PersonFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
    people(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
          roles {
            title
            isCurrent
            organization {
              slug
              name
            }
          }
        }
      }
    }
  }
`);

export default async function PeoplePage(props: PageProps<"/people">) {
  const params = await props.searchParams;
  const organization = textParam(params, "org", 80);
  const current = textParam(params, "current") === "1";
  const direction = oneOfParam(params, "dir", ["ASC", "DESC"] as const, "ASC");
  const paging = pagingFrom(params);
  const filters = { org: organization, current: current ? "1" : null, dir: direction === "ASC" ? null : direction };
  const result = await runQueryOrThrow(PeopleDocument, {
    filter: { organization, currentOnly: current || null },
    orderBy: { field: "NAME", direction },
    first: PAGE_SIZE,
    after: paging.after,
  });
  const connection = result.ok ? result.data.people : null;
  const links = pageLinks("/people", filters, paging, connection?.pageInfo.endCursor ?? null, connection?.pageInfo.hasNextPage ?? false);
  const slugs = connection?.edges.map((e) => e.node.slug) ?? [];

  return (
    <BrowseLayout
      title="People"
      intro="Executives, researchers and founders, with their current roles."
      count={connection?.boundedCount ?? null}
      noun={["person", "people"]}
      filters={
        <FilterForm action="/people">
          <TextField name="org" label="Organization (slug)" value={organization} placeholder="meta, fair, openai…" />
          <SelectField
            name="current"
            label="Roles"
            value={current ? "1" : ""}
            options={[
              ["", "Any time"],
              ["1", "Current roles only"],
            ]}
          />
          <SelectField name="dir" label="Sort by name" value={direction} options={SORT_DIRECTIONS} />
        </FilterForm>
      }
      downloads={slugs.length ? <Downloads resource="people" filters={{ entities: slugs.join(",") }} /> : null}
      pager={<Pager {...links} first={hrefWith("/people", filters)} />}
    >
      {!result.ok ? (
        <ErrorNotice title="Could not load people." message={result.message} />
      ) : connection!.edges.length === 0 ? (
        <Empty>Nobody matches these filters.</Empty>
      ) : (
        <table className="browse-table">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Current roles</th>
            </tr>
          </thead>
          <tbody>
            {connection!.edges.map(({ node }) => {
              const now = node.roles.filter((r) => r.isCurrent);
              return (
                <tr key={node.slug}>
                  <td>
                    <Link href={`/people/${node.slug}`}>{node.name}</Link>
                  </td>
                  <td className="small">{now.length ? now.map((r) => `${r.title}, ${r.organization.name}`).join("; ") : <span className="muted">None recorded</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </BrowseLayout>
  );
}
