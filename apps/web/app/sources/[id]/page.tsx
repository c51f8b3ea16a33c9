import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { runQuery, type QueryOutcome } from "../../../lib/api";
import type { SourceCitingEventsQuery } from "../../../src/gql/graphql";
import { formatIsoDate, languageName } from "../../../lib/format";
import { highlightSegments, type HighlightRange } from "../../../lib/highlight";
import { graphql } from "../../../src/gql";
import { Empty, ErrorNotice, LangTag, Tag } from "../../_components/ui";

export const dynamic = "force-dynamic";

const SourceDocument = graphql(`
  query SourcePage($id: ID!) {
    source(id: $id) {
      id
      key
      title
      language
      publishedOn
      url
      contentHash
      text
      publisher {
        slug
        name
      }
    }
  }
`);

/** Events cited by sources in this language, to find the passages quoted from this source. */
const CitingEventsDocument = graphql(`
  query SourceCitingEvents($language: String!, $asOf: Date!, $after: String) {
    events(filter: { language: $language, asOf: $asOf }, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          citations {
            quoteStart
            quote
            stance
            source {
              id
            }
          }
        }
      }
    }
  }
`);

/** Cached per request: generateMetadata and the page share one API call. */
const load = cache(async (id: string) => {
  const result = await runQuery(SourceDocument, { id });
  if (!result.ok && result.code === "BAD_USER_INPUT") notFound();
  return result;
});

/**
 * The passages quoted from this source. Only events cited in the source's language and reported by
 * its publication date can cite it, so those are paged through (up to MAX_PAGES pages).
 */
const MAX_PAGES = 4;
async function findCitations(sourceId: string, language: string, publishedOn: string) {
  const quotes: Array<{ quote: string; quoteStart: number; stance: string; event: { id: string; title: string } }> = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: QueryOutcome<SourceCitingEventsQuery> = await runQuery(CitingEventsDocument, {
      language,
      asOf: publishedOn,
      after,
    });
    if (!result.ok) return { ok: false as const, message: result.message };
    for (const { node } of result.data.events.edges) {
      for (const c of node.citations) {
        if (c.source.id === sourceId) quotes.push({ quote: c.quote, quoteStart: c.quoteStart, stance: c.stance, event: { id: node.id, title: node.title } });
      }
    }
    const pageInfo: { hasNextPage: boolean; endCursor?: string | null } = result.data.events.pageInfo;
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
  }
  quotes.sort((a, b) => a.quoteStart - b.quoteStart);
  return { ok: true as const, quotes };
}

export async function generateMetadata(props: PageProps<"/sources/[id]">): Promise<Metadata> {
  const { id } = await props.params;
  const result = await load(decodeURIComponent(id));
  return { title: result.ok && result.data.source ? `${result.data.source.title} · Orchard` : "Source · Orchard" };
}

export default async function SourcePage(props: PageProps<"/sources/[id]">) {
  const { id } = await props.params;
  const result = await load(decodeURIComponent(id));
  if (!result.ok) return <ErrorNotice title="Could not load this source." message={result.message} />;
  const source = result.data.source;
  if (!source) notFound();

  const citing = await findCitations(source.id, source.language, source.publishedOn);
  const quotes = citing.ok ? citing.quotes : [];
  const ranges: HighlightRange[] = quotes.map((q) => ({ start: q.quoteStart, length: q.quote.length, id: `q-${q.quoteStart}` }));
  const segments = highlightSegments(source.text, ranges);
  const byAnchor = new Map(quotes.map((q) => [`q-${q.quoteStart}`, q]));

  return (
    <article>
      <p className="profile-kind">
        <Tag>Source</Tag> <LangTag lang={source.language} /> <span className="small muted">{languageName(source.language)}</span>
      </p>
      <h1>{source.title}</h1>
      <dl className="facts">
        <dt>Published</dt>
        <dd>
          {formatIsoDate(source.publishedOn)}
          {source.publisher ? ` by ${source.publisher.name}` : ""}
        </dd>
        <dt>Original</dt>
        <dd>
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener">
              {source.url}
            </a>
          ) : (
            "No URL recorded"
          )}
        </dd>
        <dt>Content hash</dt>
        <dd>
          <code className="small">{source.contentHash.slice(0, 16)}…</code>
        </dd>
      </dl>

      <h2>Passages cited</h2>
      {!citing.ok ? (
        <ErrorNotice title="Could not find the events citing this source." message={citing.message} />
      ) : quotes.length === 0 ? (
        <Empty>No event cites this source yet.</Empty>
      ) : (
        <ol className="small">
          {quotes.map((q) => (
            <li key={`${q.event.id}-${q.quoteStart}`}>
              <a href={`#q-${q.quoteStart}`}>“{q.quote.length > 80 ? `${q.quote.slice(0, 80)}…` : q.quote}”</a>
              {q.stance === "DENIES" ? <Tag tone="bad">Denial</Tag> : null} — cited by{" "}
              <Link href={`/events/${encodeURIComponent(q.event.id)}`}>{q.event.title}</Link>
            </li>
          ))}
        </ol>
      )}

      <h2>Text</h2>
      <div className="source-text" lang={source.language}>
        {segments.map((segment, i) =>
          segment.highlighted ? (
            <mark key={i} id={segment.ids[0]}>
              {segment.text}
              {segment.ids.slice(1).map((extra) => (
                <span key={extra} id={extra} />
              ))}
              {segment.ids[0] && byAnchor.get(segment.ids[0]) ? (
                <Link
                  className="mark-ref small"
                  href={`/events/${encodeURIComponent(byAnchor.get(segment.ids[0])!.event.id)}`}
                  lang="en"
                  aria-label={`Event: ${byAnchor.get(segment.ids[0])!.event.title}`}
                >
                  [event]
                </Link>
              ) : null}
            </mark>
          ) : (
            <span key={i}>{segment.text}</span>
          ),
        )}
      </div>
    </article>
  );
}
