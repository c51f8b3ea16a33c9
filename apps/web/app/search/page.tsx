import type { Metadata } from "next";
import Link from "next/link";
import { runQuery, type QueryOutcome } from "../../lib/api";
import type { SearchQuery } from "../../src/gql/graphql";
import { paramValue } from "../../lib/compareUrl";
import { entityHref, groupByType, TYPE_LABELS } from "../../lib/entities";
import { languageName } from "../../lib/format";
import { graphql } from "../../src/gql";
import { Empty, ErrorNotice, LangTag } from "../_components/ui";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search · Orchard" };

const SearchDocument = graphql(`
  query Search($query: String!) {
    search(query: $query, first: 50) {
      matchedAlias
      language
      score
      entity {
        __typename
        slug
        name
        description
      }
    }
  }
`);

export default async function SearchPage(props: PageProps<"/search">) {
  const params = await props.searchParams;
  const q = (paramValue(params.q) ?? "").trim().slice(0, 200);
  // Fetched here rather than in an async child, so the page arrives in one piece (readable without JS).
  const results = q === "" ? null : await runQuery(SearchDocument, { query: q });

  return (
    <section>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" className="search-big">
        <label htmlFor="search-q" className="visually-hidden">
          Search by any name or alias, in any language
        </label>
        <input id="search-q" type="search" name="q" defaultValue={q} placeholder="Meta, 汪滔, 楊立昆…" required />
        <button type="submit">Search</button>
      </form>
      {results === null ? (
        <Empty>Type a name in any language or script: 汪滔, 杨立昆, 谷歌, Avocado…</Empty>
      ) : (
        <Results q={q} result={results} />
      )}
    </section>
  );
}

function Results({ q, result }: { q: string; result: QueryOutcome<SearchQuery> }) {
  if (!result.ok) return <ErrorNotice title="Search failed." message={result.message} />;
  const hits = result.data.search;
  if (hits.length === 0) {
    return (
      <Empty>
        Nothing matches “{q}”. Try another spelling, or the name in another language.
      </Empty>
    );
  }
  const groups = groupByType(hits, (hit) => hit.entity.__typename);
  return (
    <>
      <p className="muted" role="status">
        {hits.length} {hits.length === 1 ? "match" : "matches"} for “{q}”
      </p>
      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`group-${group.type}`}>
          <h2 id={`group-${group.type}`}>{TYPE_LABELS[group.type]?.many ?? group.type}</h2>
          <ul className="plain grid">
            {group.items.map((hit) => {
              const href = entityHref(hit.entity.__typename, hit.entity.slug);
              const differs = hit.matchedAlias !== hit.entity.name;
              return (
                <li key={`${hit.entity.__typename}-${hit.entity.slug}`} className="card">
                  {href ? (
                    <Link href={href}>
                      <strong>{hit.entity.name}</strong>
                    </Link>
                  ) : (
                    <strong>{hit.entity.name}</strong>
                  )}
                  <div className="small">
                    {differs ? "matched " : "name "}
                    <span lang={hit.language === "und" ? undefined : hit.language}>“{hit.matchedAlias}”</span>
                    <LangTag lang={hit.language} />
                    <span className="visually-hidden"> ({languageName(hit.language)})</span>
                  </div>
                  {hit.entity.description ? <p className="small muted">{hit.entity.description}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
