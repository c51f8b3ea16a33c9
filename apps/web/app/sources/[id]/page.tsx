import type { Metadata } from "next";
import Link from "../../_components/Link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { runQuery, type QueryOutcome } from "../../../lib/api";
import type { SourceMentionFragment, SourceMoreMentionsQuery } from "../../../src/gql/graphql";
import { formatIsoDate, languageName } from "../../../lib/format";
import { layeredSegments } from "../../../lib/highlight";
import { entityHref } from "../../../lib/entities";
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
      citations {
        quote
        quoteStart
        stance
        event {
          id
          title
        }
      }
      mentions(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SourceMention
          }
        }
      }
    }
  }
`);

graphql(`
  fragment SourceMention on Mention {
    start
    end
    entity {
      __typename
      slug
      name
    }
  }
`);

/** Further pages of mentions, for long articles. */
const MoreMentionsDocument = graphql(`
  query SourceMoreMentions($id: ID!, $after: String!) {
    source(id: $id) {
      mentions(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SourceMention
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

/** Mentions beyond the first page; a page cap keeps a pathological article from looping long. */
const MAX_MENTION_PAGES = 20;
async function remainingMentions(id: string, pageInfo: { hasNextPage: boolean; endCursor?: string | null }) {
  const mentions: SourceMentionFragment[] = [];
  let next = pageInfo;
  for (let page = 1; page < MAX_MENTION_PAGES && next.hasNextPage && next.endCursor; page++) {
    const result: QueryOutcome<SourceMoreMentionsQuery> = await runQuery(MoreMentionsDocument, { id, after: next.endCursor });
    if (!result.ok || !result.data.source) break;
    mentions.push(...result.data.source.mentions.edges.map((edge) => edge.node));
    next = result.data.source.mentions.pageInfo;
  }
  return mentions;
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

  const quotes = source.citations.filter((c) => c.event !== null);
  const mentions = [...source.mentions.edges.map((edge) => edge.node), ...(await remainingMentions(source.id, source.mentions.pageInfo))];
  const segments = layeredSegments(
    source.text,
    quotes.map((q) => ({ start: q.quoteStart, end: q.quoteStart + q.quote.length, id: `q-${q.quoteStart}` })),
    mentions.map((m) => ({ start: m.start, end: m.end, mention: m.entity })),
  );
  const eventByAnchor = new Map(quotes.map((q) => [`q-${q.quoteStart}`, q.event!]));
  const linkedEntities = new Set(mentions.map((m) => m.entity.slug)).size;

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
      {quotes.length === 0 ? (
        <Empty>No event cites this source yet.</Empty>
      ) : (
        <ol className="small cited-passages">
          {quotes.map((q) => (
            <li key={`${q.event!.id}-${q.quoteStart}`}>
              <a href={`#q-${q.quoteStart}`}>“{q.quote.length > 80 ? `${q.quote.slice(0, 80)}…` : q.quote}”</a>
              {q.stance === "DENIES" ? <Tag tone="bad">Denial</Tag> : null} — cited by <Link href={`/events/${encodeURIComponent(q.event!.id)}`}>{q.event!.title}</Link>
            </li>
          ))}
        </ol>
      )}

      <h2>Text</h2>
      <p className="small muted">
        <mark>Highlighted</mark>: passages cited by events. Underlined names link to the {linkedEntities} entities this article mentions ({mentions.length} mentions).
      </p>
      <div className="source-text" lang={source.language}>
        {segments.map((segment, i) => {
          const href = segment.mention ? entityHref(segment.mention.__typename, segment.mention.slug) : null;
          const piece = href ? (
            <Link className="mention" href={href} title={segment.mention!.name}>
              {segment.text}
            </Link>
          ) : (
            segment.text
          );
          if (!segment.passage) return <span key={i}>{piece}</span>;
          const endsPassage = segments[i + 1]?.passage !== segment.passage;
          const event = eventByAnchor.get(segment.passage);
          return (
            <mark key={i} id={segment.anchors[0]}>
              {segment.anchors.slice(1).map((extra) => (
                <span key={extra} id={extra} />
              ))}
              {piece}
              {endsPassage && event ? (
                <Link className="mark-ref small" href={`/events/${encodeURIComponent(event.id)}`} lang="en" aria-label={`Event: ${event.title}`}>
                  [event]
                </Link>
              ) : null}
            </mark>
          );
        })}
      </div>
    </article>
  );
}
