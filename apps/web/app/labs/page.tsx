import type { Metadata } from "next";
import Link from "../_components/Link";
import { runQueryOrThrow } from "../../lib/api";
import { enumListParam, hrefWith, oneOfParam, pageLinks, pagingFrom, PAGE_SIZE, textParam } from "../../lib/browse";
import { graphql } from "../../src/gql";
import type { OrganizationKind } from "../../src/gql/graphql";
import { BrowseLayout, CheckGroup, Downloads, FilterForm, Pager, SelectField, SORT_DIRECTIONS, TextField } from "../_components/browse";
import { Empty, ErrorNotice, Tag } from "../_components/ui";
import { enumLabel } from "../../lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Labs and teams · Orchard", description: "Research labs, teams and divisions, by parent organization." };

const LabsDocument = graphql(`
  query BrowseLabs($filter: OrganizationFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
    labs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
          description
          company {
            slug
            name
          }
          models {
            slug
          }
        }
      }
    }
  }
`);

const KINDS: OrganizationKind[] = ["LAB", "TEAM", "DIVISION"];

export default async function LabsPage(props: PageProps<"/labs">) {
  const params = await props.searchParams;
  const kinds = enumListParam(params, "kind", KINDS);
  const parent = textParam(params, "parent", 80);
  const direction = oneOfParam(params, "dir", ["ASC", "DESC"] as const, "ASC");
  const paging = pagingFrom(params);
  const filters = { kind: kinds, parent, dir: direction === "ASC" ? null : direction };
  const result = await runQueryOrThrow(LabsDocument, {
    filter: { kinds: kinds.length ? kinds : null, parent },
    orderBy: { field: "NAME", direction },
    first: PAGE_SIZE,
    after: paging.after,
  });
  const connection = result.ok ? result.data.labs : null;
  const links = pageLinks("/labs", filters, paging, connection?.pageInfo.endCursor ?? null, connection?.pageInfo.hasNextPage ?? false);
  const slugs = connection?.edges.map((e) => e.node.slug) ?? [];

  return (
    <BrowseLayout
      title="Labs and teams"
      intro="Research labs, teams and divisions inside the companies."
      count={connection?.boundedCount ?? null}
      noun={["lab", "labs"]}
      filters={
        <FilterForm action="/labs">
          <CheckGroup name="kind" legend="Kind" values={KINDS} checked={kinds} />
          <TextField name="parent" label="Parent (slug)" value={parent} placeholder="meta, meta-superintelligence-labs…" />
          <SelectField name="dir" label="Sort by name" value={direction} options={SORT_DIRECTIONS} />
        </FilterForm>
      }
      downloads={slugs.length ? <Downloads resource="entities" filters={{ entities: slugs.join(",") }} /> : null}
      pager={<Pager {...links} first={hrefWith("/labs", filters)} />}
    >
      {!result.ok ? (
        <ErrorNotice title="Could not load labs." message={result.message} />
      ) : connection!.edges.length === 0 ? (
        <Empty>No lab matches these filters.</Empty>
      ) : (
        <table className="browse-table">
          <thead>
            <tr>
              <th scope="col">Lab</th>
              <th scope="col">Kind</th>
              <th scope="col">Company</th>
              <th scope="col">Models</th>
            </tr>
          </thead>
          <tbody>
            {connection!.edges.map(({ node }) => (
              <tr key={node.slug}>
                <td>
                  <Link href={`/labs/${node.slug}`}>{node.name}</Link>
                  {node.description ? <div className="small muted clamp">{node.description}</div> : null}
                </td>
                <td>
                  <Tag>{enumLabel(node.kind)}</Tag>
                </td>
                <td>{node.company ? <Link href={`/companies/${node.company.slug}`}>{node.company.name}</Link> : "—"}</td>
                <td className="num">{node.models.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BrowseLayout>
  );
}
