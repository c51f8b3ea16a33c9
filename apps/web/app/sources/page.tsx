import type { Metadata } from "next";
import Link from "../_components/Link";
import { runQueryOrThrow } from "../../lib/api";
import { dateParam, hrefWith, oneOfParam, pageLinks, pagingFrom, PAGE_SIZE, textParam } from "../../lib/browse";
import { formatIsoDate, languageName } from "../../lib/format";
import { graphql } from "../../src/gql";
import { BrowseLayout, Downloads, FilterForm, Pager, SelectField, TextField } from "../_components/browse";
import { Empty, ErrorNotice, LangTag } from "../_components/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources · Orchard", description: "The articles Orchard's facts come from, in their original languages." };

const SourcesDocument = graphql(`
  query BrowseSources($filter: SourceFilter, $orderBy: SourceOrder, $first: Int, $after: String) {
    sources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      boundedCount {
        ...BoundedCountFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          language
          publishedOn
          publisher {
            name
          }
        }
      }
    }
  }
`);

export default async function SourcesPage(props: PageProps<"/sources">) {
  const params = await props.searchParams;
  const language = textParam(params, "language", 20);
  const publisher = textParam(params, "publisher", 80);
  const asOf = dateParam(params, "asOf");
  const sort = oneOfParam(params, "sort", ["PUBLISHED_ON", "TITLE"] as const, "PUBLISHED_ON");
  const direction = oneOfParam(params, "dir", ["ASC", "DESC"] as const, sort === "TITLE" ? "ASC" : "DESC");
  const paging = pagingFrom(params);
  const filters = { language, publisher, asOf, sort: sort === "PUBLISHED_ON" ? null : sort, dir: direction };
  const result = await runQueryOrThrow(SourcesDocument, { filter: { language, publisher, asOf }, orderBy: { field: sort, direction }, first: PAGE_SIZE, after: paging.after });
  const connection = result.ok ? result.data.sources : null;
  const links = pageLinks("/sources", filters, paging, connection?.pageInfo.endCursor ?? null, connection?.pageInfo.hasNextPage ?? false);

  return (
    <BrowseLayout
      title="Sources"
      intro="The articles behind every fact, in the language they were written in."
      count={connection?.boundedCount ?? null}
      noun={["source", "sources"]}
      filters={
        <FilterForm action="/sources">
          <TextField name="language" label="Language" value={language} placeholder="it, zh-Hans, zh-Hant, id…" />
          <TextField name="publisher" label="Publisher (slug)" value={publisher} />
          <TextField name="asOf" label="Published by" type="date" value={asOf} />
          <SelectField
            name="sort"
            label="Sort by"
            value={sort}
            options={[
              ["PUBLISHED_ON", "Publication date"],
              ["TITLE", "Title"],
            ]}
          />
          <SelectField
            name="dir"
            label="Order"
            value={direction}
            options={[
              ["DESC", "Descending"],
              ["ASC", "Ascending"],
            ]}
          />
        </FilterForm>
      }
      downloads={publisher ? null : <Downloads resource="sources" filters={{ language, asOf }} />}
      pager={<Pager {...links} first={hrefWith("/sources", filters)} />}
    >
      {!result.ok ? (
        <ErrorNotice title="Could not load sources." message={result.message} />
      ) : connection!.edges.length === 0 ? (
        <Empty>No source matches these filters.</Empty>
      ) : (
        <ul className="plain source-list">
          {connection!.edges.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/sources/${encodeURIComponent(node.id)}`}>
                <cite lang={node.language}>{node.title}</cite>
              </Link>{" "}
              <LangTag lang={node.language} />
              <div className="small muted">
                {node.publisher ? `${node.publisher.name} · ` : ""}
                {formatIsoDate(node.publishedOn)} · {languageName(node.language)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </BrowseLayout>
  );
}
