import Link from "./Link";
import type { ReactNode } from "react";
import { figureHref } from "../../lib/citations";
import { entityHref, TYPE_LABELS } from "../../lib/entities";
import { enumLabel, formatFigure, formatIsoDate, languageName, type FigureLike } from "../../lib/format";
import { fuzzyDateLabel, fuzzyDateOriginal, type FuzzyDateLike } from "../../lib/fuzzyDate";

/** A failed API call, shown in place of the page's data. */
export function ErrorNotice({ title, message }: { title: string; message: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function Tag({ children, tone }: { children: ReactNode; tone?: "good" | "warn" | "bad" | "info" }) {
  return <span className={tone ? `tag tag-${tone}` : "tag"}>{children}</span>;
}

const STATUS_TONE: Record<string, "good" | "warn" | "bad" | "info" | undefined> = {
  CONFIRMED: "good",
  REPORTED: undefined,
  DISPUTED: "warn",
  DENIED: "bad",
  RETRACTED: "bad",
  RELEASED: "good",
  DELAYED: "warn",
  SHELVED: "bad",
  ANNOUNCED: "info",
  IN_DEVELOPMENT: "info",
  RUMORED: undefined,
};

export function StatusTag({ status }: { status: string }) {
  return <Tag tone={STATUS_TONE[status]}>{enumLabel(status)}</Tag>;
}

export interface EntityRef {
  __typename?: string;
  slug: string;
  name: string;
}

/** A link to the entity's page, or its plain name when it has none (outlets, institutions). */
export function EntityLink({ entity }: { entity: EntityRef }) {
  const href = entityHref(entity.__typename, entity.slug);
  return href ? <Link href={href}>{entity.name}</Link> : <span>{entity.name}</span>;
}

export function TypeTag({ typename }: { typename?: string }) {
  if (!typename) return null;
  return <Tag>{TYPE_LABELS[typename]?.one ?? typename}</Tag>;
}

export interface FigureRef extends FigureLike {
  metric: string;
  event: { id: string };
  citations: ReadonlyArray<{ quoteStart: number; source: { id: string; language?: string } }>;
}

/** A number that links to the citation it comes from; the text as written is its tooltip. */
export function FigureValue({ figure, locale = "en-US" }: { figure: FigureRef; locale?: string }) {
  return (
    <Link className="figure" href={figureHref(figure.event.id, figure.citations)} title={`As written: ${figure.text}`}>
      {formatFigure(figure, locale)}
    </Link>
  );
}

/** Text in a source's language, marked up with `lang`. */
export function Foreign({ text, lang }: { text: string; lang: string }) {
  return (
    <span lang={lang} title={languageName(lang)}>
      {text}
    </span>
  );
}

export function LangTag({ lang }: { lang: string }) {
  return (
    <abbr className="lang" title={languageName(lang)}>
      {lang}
    </abbr>
  );
}

export interface EventRow {
  id: string;
  title: string;
  type: string;
  status: string;
  firstReportedOn: string;
  occurredOn?: FuzzyDateLike | null;
}

/** A list of events: when, what, how sure. */
export function EventList({ events, empty = "No events yet." }: { events: readonly EventRow[]; empty?: string }) {
  if (events.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <span className="event-date">{event.occurredOn ? <When date={event.occurredOn} /> : formatIsoDate(event.firstReportedOn)}</span>
          <Link href={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link> <Tag>{enumLabel(event.type)}</Tag>
          {event.status !== "REPORTED" ? <StatusTag status={event.status} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** A fuzzy date in English; the wording as written is its tooltip. */
export function When({ date }: { date: FuzzyDateLike }) {
  const original = fuzzyDateOriginal(date);
  // A bare text node unless there is wording to show: dates are many on some pages, and every element counts twice (HTML and RSC payload).
  return original ? <span title={`As written: ${original}`}>{fuzzyDateLabel(date)}</span> : fuzzyDateLabel(date);
}

export function AsOfBanner({ asOf }: { asOf: string | null }) {
  if (!asOf) return null;
  return (
    <p className="notice notice-info">
      Showing what had been reported by <strong>{formatIsoDate(asOf)}</strong>.
    </p>
  );
}

/**
 * What a bounded list left out: "N of M <noun>: <kept>." and a link to all of them; nothing when the
 * API kept every one.
 */
export function ShownOf(props: { shown: number; total: number; noun: string; kept: string; href: string; children: ReactNode; testId?: string }) {
  if (props.total <= props.shown) return null;
  return (
    <p className="small muted" data-testid={props.testId}>
      {props.shown.toLocaleString("en")} of {props.total.toLocaleString("en")} {props.noun}: {props.kept}. <Link href={props.href}>{props.children}</Link>
    </p>
  );
}
