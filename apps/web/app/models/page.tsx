import type { Metadata } from "next";
import Link from "../_components/Link";
import { runQueryOrThrow } from "../../lib/api";
import { enumListParam, hrefWith, oneOfParam, pageLinks, pagingFrom, PAGE_SIZE, textParam } from "../../lib/browse";
import { modelAccessLabel } from "../../lib/format";
import { graphql } from "../../src/gql";
import type { ModelAccess, ModelKind, ModelStatus } from "../../src/gql/graphql";
import { BrowseLayout, CheckGroup, Downloads, FilterForm, Pager, SelectField, SORT_DIRECTIONS, TextField } from "../_components/browse";
import { Empty, ErrorNotice, StatusTag, Tag, When } from "../_components/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Models and products · Orchard", description: "AI models and products by status, access and owner." };

const ModelsDocument = graphql(`
  query BrowseModels($filter: ModelFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
    models(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
          status
          access
          releasedOn {
            text
            start
            precision
          }
          owner {
            slug
            name
          }
        }
      }
    }
  }
`);

const KINDS: ModelKind[] = ["MODEL", "PRODUCT"];
const STATUSES: ModelStatus[] = ["RUMORED", "IN_DEVELOPMENT", "ANNOUNCED", "RELEASED", "DELAYED", "SHELVED"];
const ACCESS: ModelAccess[] = ["OPEN_WEIGHTS", "API_ONLY", "CLOSED", "UNKNOWN"];

export default async function ModelsPage(props: PageProps<"/models">) {
  const params = await props.searchParams;
  const kinds = enumListParam(params, "kind", KINDS);
  const status = enumListParam(params, "status", STATUSES);
  const access = enumListParam(params, "access", ACCESS);
  const owner = textParam(params, "owner", 80);
  const organization = textParam(params, "organization", 80);
  const direction = oneOfParam(params, "dir", ["ASC", "DESC"] as const, "ASC");
  const paging = pagingFrom(params);
  const filters = { kind: kinds, status, access, owner, organization, dir: direction === "ASC" ? null : direction };
  const result = await runQueryOrThrow(ModelsDocument, {
    filter: { kinds: kinds.length ? kinds : null, status: status.length ? status : null, access: access.length ? access : null, owner, organization },
    orderBy: { field: "NAME", direction },
    first: PAGE_SIZE,
    after: paging.after,
  });
  const connection = result.ok ? result.data.models : null;
  const links = pageLinks("/models", filters, paging, connection?.pageInfo.endCursor ?? null, connection?.pageInfo.hasNextPage ?? false);
  const slugs = connection?.edges.map((e) => e.node.slug) ?? [];

  return (
    <BrowseLayout
      title="Models and products"
      intro="AI models and the products built on them, with status, access and owner as last reported."
      count={connection?.boundedCount ?? null}
      noun={["model", "models"]}
      filters={
        <FilterForm action="/models">
          <CheckGroup name="kind" legend="Kind" values={KINDS} checked={kinds} />
          <CheckGroup name="status" legend="Status" values={STATUSES} checked={status} />
          <CheckGroup name="access" legend="Access" values={ACCESS} checked={access} />
          <TextField name="owner" label="Owner (company slug)" value={owner} placeholder="meta, openai…" />
          <TextField name="organization" label="Of a company or lab, its labs included (slug)" value={organization} placeholder="meta, tbd-lab…" />
          <SelectField name="dir" label="Sort by name" value={direction} options={SORT_DIRECTIONS} />
        </FilterForm>
      }
      downloads={slugs.length ? <Downloads resource="entities" filters={{ entities: slugs.join(",") }} /> : null}
      pager={<Pager {...links} first={hrefWith("/models", filters)} />}
    >
      {!result.ok ? (
        <ErrorNotice title="Could not load models." message={result.message} />
      ) : connection!.edges.length === 0 ? (
        <Empty>No model matches these filters.</Empty>
      ) : (
        <table className="browse-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Status</th>
              <th scope="col">Access</th>
              <th scope="col">Owner</th>
              <th scope="col">Released</th>
            </tr>
          </thead>
          <tbody>
            {connection!.edges.map(({ node }) => (
              <tr key={node.slug}>
                <td>
                  <Link href={`/models/${node.slug}`}>{node.name}</Link> {node.kind === "PRODUCT" ? <Tag>Product</Tag> : null}
                </td>
                <td>
                  <StatusTag status={node.status} />
                </td>
                <td>{modelAccessLabel(node.access)}</td>
                <td>{node.owner ? node.owner.name : "—"}</td>
                <td>{node.releasedOn ? <When date={node.releasedOn} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BrowseLayout>
  );
}
