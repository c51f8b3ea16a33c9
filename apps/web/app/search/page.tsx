import type { Metadata } from "next";
import Link from "../_components/Link";
import { runQuery, type QueryOutcome } from "../../lib/api";
import { paramValue } from "../../lib/compareUrl";
import { entityHref, TYPE_LABELS } from "../../lib/entities";
import { enumLabel, formatIsoDate, languageName } from "../../lib/format";
import { snippetParts } from "../../lib/suggest";
import { graphql } from "../../src/gql";
import type { SearchPageQuery } from "../../src/gql/graphql";
import { SearchBox } from "../_components/SearchBox";
import { Empty, ErrorNotice, LangTag, Tag } from "../_components/ui";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search · Orchard", robots: { index: false } };

const SearchPageDocument = graphql(`
  query SearchPage($query: String!) {
    searchAll(query: $query, first: 10) {
      fuzzy
      groups {
        type
        hits {
          matchedAlias
          language
          match
          entity {
            __typename
            slug
            name
            description
          }
        }
      }
      events {
        event {
          id
          title
          type
          firstReportedOn
        }
      }
      sources {
        snippet
        source {
          id
          title
          language
          publishedOn
        }
      }
    }
  }
`);

export default async function SearchPage(props: PageProps<"/search">) {
  const params = await props.searchParams;
  const q = (paramValue(params.q) ?? "").trim().slice(0, 200);
  const results = q === "" ? null : await runQuery(SearchPageDocument, { query: q });

  return (
    <section>
      <h1>Search</h1>
      <SearchBox id="search-q" size="big" defaultValue={q} placeholder="Meta, 汪滔, 楊立昆, Avocado…" label="Search by any name or alias, in any language" />
      {results === null ? (
        <Empty>Type a name in any language or script (汪滔, 杨立昆, 谷歌, Avocado), or words from an event or article.</Empty>
      ) : (
        <Results q={q} result={results} />
      )}
    </section>
  );
}

function Results({ q, result }: { q: string; result: QueryOutcome<SearchPageQuery> }) {
  if (!result.ok) {
    return result.code === "BAD_USER_INPUT" ? <Empty>Type at least one letter or digit.</Empty> : <ErrorNotice title="Search failed." message={result.message} />;
  }
  const { groups, events, sources, fuzzy } = result.data.searchAll;
  const total = groups.reduce((n, g) => n + g.hits.length, 0) + events.length + sources.length;
  if (total === 0) return <Empty>Nothing matches “{q}”. Try another spelling, or the name in another language.</Empty>;
  return (
    <>
      <p className="muted" role="status">
        {fuzzy ? <>No exact match for “{q}”. Did you mean one of these?</> : <>Results for “{q}”</>}
      </p>
      <nav className="chips" aria-label="Jump to a group">
        {groups.map((g) => (
          <a key={g.type} className="chip" href={`#group-${g.type}`}>
            {TYPE_LABELS[g.hits[0].entity.__typename]?.many ?? enumLabel(g.type)} ({g.hits.length})
          </a>
        ))}
        {events.length ? (
          <a className="chip" href="#group-events">
            Events ({events.length})
          </a>
        ) : null}
        {sources.length ? (
          <a className="chip" href="#group-sources">
            Sources ({sources.length})
          </a>
        ) : null}
      </nav>
      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`group-${group.type}`}>
          <h2 id={`group-${group.type}`}>{TYPE_LABELS[group.hits[0].entity.__typename]?.many ?? enumLabel(group.type)}</h2>
          <ul className="plain grid">
            {group.hits.map((hit) => {
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
                    {hit.match === "FUZZY" ? "close to " : differs ? "matched " : "name "}
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
      {events.length ? (
        <section aria-labelledby="group-events">
          <h2 id="group-events">Events</h2>
          <ul className="plain">
            {events.map(({ event }) => (
              <li key={event.id}>
                <Link href={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link> <Tag>{enumLabel(event.type)}</Tag>{" "}
                <span className="small muted">reported {formatIsoDate(event.firstReportedOn)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {sources.length ? (
        <section aria-labelledby="group-sources">
          <h2 id="group-sources">Sources</h2>
          <ul className="plain source-list">
            {sources.map(({ source, snippet }) => (
              <li key={source.id}>
                <Link href={`/sources/${encodeURIComponent(source.id)}`}>
                  <cite lang={source.language}>{source.title}</cite>
                </Link>{" "}
                <LangTag lang={source.language} /> <span className="small muted">{formatIsoDate(source.publishedOn)}</span>
                <p className="small snippet" lang={source.language}>
                  …{snippetParts(snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}…
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
