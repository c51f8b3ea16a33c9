import Link from "./Link";
import { citationKeyAnchor } from "../../lib/citations";
import { formatIsoDate, languageName } from "../../lib/format";
import { Tag } from "./ui";

export interface CitationData {
  quote: string;
  quoteStart: number;
  stance: string;
  /** Set on a passage cited for when its fact became public: the day it states. */
  publicSince?: string | null;
  attributedTo?: { name: string; slug: string } | null;
  source: {
    id: string;
    title: string;
    language: string;
    publishedOn: string;
    url?: string | null;
    publisher?: { name: string } | null;
  };
}

/** One citation: the quote in its language, who published it, whom it credits, and its stance. */
export function CitationBlock({ citation, anchor }: { citation: CitationData; anchor?: string }) {
  const denies = citation.stance === "DENIES";
  const { source } = citation;
  return (
    <figure className={denies ? "citation citation-denies" : "citation"} id={anchor}>
      <span id={citationKeyAnchor(citation)} />
      {denies ? (
        <p className="denial-label">
          <Tag tone="bad">Denial</Tag> This passage <strong>denies</strong> the report.
        </p>
      ) : null}
      <blockquote lang={source.language} cite={source.url ?? undefined}>
        {citation.quote}
      </blockquote>
      <figcaption className="small">
        {source.publisher ? <>{source.publisher.name}, </> : null}
        <Link href={`/sources/${encodeURIComponent(source.id)}#q-${citation.quoteStart}`}>
          <cite>{source.title}</cite>
        </Link>{" "}
        · {formatIsoDate(source.publishedOn)} · {languageName(source.language)}
        {citation.publicSince ? (
          <>
            {" "}
            · states it was public from <strong>{formatIsoDate(citation.publicSince)}</strong>
          </>
        ) : null}
        {citation.attributedTo ? (
          <>
            {" "}
            · according to <strong>{citation.attributedTo.name}</strong>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
