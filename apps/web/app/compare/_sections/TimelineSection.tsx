import { Fragment } from "react";
import Link from "../../_components/Link";
import { runQuery } from "../../../lib/api";
import { hrefWith } from "../../../lib/browse";
import { binByMonth, monthBounds, type LaneBins } from "../../../lib/compare/monthBins";
import { EVENT_FAMILIES, familyTypes, type EventFamily } from "../../../lib/compare/eventGroups";
import { buildCompareHref, type CompareState } from "../../../lib/compareUrl";
import { enumLabel } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { CompareTimelineQuery } from "../../../src/gql/graphql";
import { ErrorNotice } from "../../_components/ui";
import { seriesClass } from "./layout";

const CompareTimelineDocument = graphql(`
  query CompareTimeline($entities: [String!]!, $asOf: Date, $types: [EventType!]) {
    events(filter: { entities: $entities, asOf: $asOf, types: $types }, first: 100) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          type
          firstReportedOn
          occurredOn {
            text
            start
            end
            precision
          }
        }
      }
    }
  }
`);

type TimelineEvent = CompareTimelineQuery["events"]["edges"][number]["node"];

export interface TimelineScope {
  slug: string;
  name: string;
  /** The company, its labs and its models: whose events count as the company's. */
  entities: string[];
}

const MONTH_W = 38;
const ROW = 44;
const AXIS = 38;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Streams in after the rest of the page: it needs one events query per company. */
export async function TimelineSection({ scopes, state, family }: { scopes: readonly TimelineScope[]; state: CompareState; family: EventFamily | null }) {
  const results = await Promise.all(scopes.map((scope) => runQuery(CompareTimelineDocument, { entities: scope.entities, asOf: state.asOf, types: familyTypes(family) })));
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) {
    return (
      <section aria-labelledby="timeline" className="compare-section">
        <h2 id="timeline">Timeline</h2>
        <ErrorNotice title="Could not load the timeline." message={failed.message} />
      </section>
    );
  }
  const lanes = results.map((r) => (r.ok ? r.data.events.edges.map((e) => e.node) : []));
  const truncated = results.some((r) => r.ok && r.data.events.pageInfo.hasNextPage);
  const { months, lanes: bins, max } = binByMonth(lanes, { asOf: state.asOf, maxMonths: 24 });
  const hasEarlier = bins.some((b) => b.earlier.length > 0);
  const offset = hasEarlier ? 1 : 0;
  const width = (months.length + offset) * MONTH_W;
  const height = AXIS + scopes.length * ROW;

  return (
    <section aria-labelledby="timeline" className="compare-section">
      <h2 id="timeline">Timeline</h2>
      <FamilyFilter state={state} family={family} />
      <div className="tl">
        <ul className="plain tl-labels" style={{ paddingTop: AXIS, ["--row" as string]: `${ROW}px` }} aria-hidden="true">
          {scopes.map((scope, i) => (
            <li key={scope.slug} className={seriesClass(i)}>
              {scope.name}
            </li>
          ))}
        </ul>
        <div className="chart-scroll tl-scroll end-first">
          <svg width={width} height={height} className="chart tl-svg" role="group" aria-label={`Events per month, ${months.length} months to ${label(months[months.length - 1])}`}>
            {hasEarlier ? (
              <text x={MONTH_W / 2} y={16} textAnchor="middle" className="axis-label">
                Earlier
              </text>
            ) : null}
            {/* One hidden group for the whole axis, not one per month: the cells' titles say the month already. */}
            <g aria-hidden="true">
              {months.map((month, m) => {
                const x = (m + offset) * MONTH_W + MONTH_W / 2;
                const [year, mm] = month.split("-");
                const showYear = mm === "01" || m === 0;
                return (
                  <Fragment key={month}>
                    <text x={x} y={16} textAnchor="middle" className="axis-label">
                      {MONTHS[Number(mm) - 1]}
                    </text>
                    {showYear ? (
                      <text x={x - MONTH_W / 2 + 2} y={32} className="axis-label strong">
                        {year}
                      </text>
                    ) : null}
                    {mm === "01" ? <line x1={x - MONTH_W / 2} x2={x - MONTH_W / 2} y1={22} y2={height} className="year-line" /> : null}
                  </Fragment>
                );
              })}
            </g>
            {bins.map((lane, i) => (
              <g key={scopes[i].slug} className={seriesClass(i)}>
                <line x1={0} x2={width} y1={AXIS + i * ROW + ROW / 2} y2={AXIS + i * ROW + ROW / 2} className="lane-line" />
                {hasEarlier && lane.earlier.length > 0 ? (
                  <Cell
                    x={MONTH_W / 2}
                    y={AXIS + i * ROW + ROW / 2}
                    events={lane.earlier}
                    max={max}
                    href={eventsHref(scopes[i].slug, null, dayBefore(months[0]), family)}
                    what={`${scopes[i].name} before ${label(months[0])}`}
                  />
                ) : null}
                {months.flatMap((month, m) => {
                  const events = lane.months.get(month);
                  if (!events) return [];
                  return (
                    <Cell
                      key={month}
                      x={(m + offset) * MONTH_W + MONTH_W / 2}
                      y={AXIS + i * ROW + ROW / 2}
                      events={events}
                      max={max}
                      href={eventsHref(scopes[i].slug, monthBounds(month).from, monthBounds(month).to, family)}
                      what={`${scopes[i].name}, ${label(month)}`}
                    />
                  );
                })}
              </g>
            ))}
          </svg>
        </div>
      </div>
      <p className="small muted">
        Circles grow with the number of events a company took part in that month; the number is the count. Hover or focus one for its types, follow it for the events on the events
        page.{truncated ? " The busiest company is drawn from its latest 100 events." : ""}
      </p>
      <CoarseNote scopes={scopes} bins={bins} family={family} />
    </section>
  );
}

/** The timeline's size while it loads (chips, axis, one row per company, caption). */
export function TimelineFallback({ lanes }: { lanes: number }) {
  return (
    <section className="compare-section stream-fallback" aria-busy="true" aria-label="Timeline, loading">
      <h2>Timeline</h2>
      <div className="tl-placeholder" style={{ height: 36 + AXIS + lanes * ROW + 86 }} />
    </section>
  );
}

function Cell({ x, y, events, max, href, what }: { x: number; y: number; events: readonly TimelineEvent[]; max: number; href: string; what: string }) {
  const n = events.length;
  // A tenth of a pixel is as fine as a radius needs to be; more digits only lengthen the page.
  const r = Math.round((5 + 11 * Math.sqrt(n / max)) * 10) / 10;
  const types = new Map<string, number>();
  for (const e of events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  const detail = [...types.entries()].map(([t, c]) => `${enumLabel(t)} ${c}`).join(", ");
  return (
    <a href={href} className="tl-cell">
      <title>{`${what}: ${n} event${n > 1 ? "s" : ""} — ${detail}`}</title>
      <circle cx={x} cy={y} r={Math.min(r, MONTH_W / 2 - 1)} className="dot" />
      {n > 1 ? (
        <text x={x} y={y + 4} textAnchor="middle" className="dot-count">
          {n}
        </text>
      ) : null}
    </a>
  );
}

function FamilyFilter({ state, family }: { state: CompareState; family: EventFamily | null }) {
  const base = buildCompareHref(state);
  const href = (f: EventFamily | null) => `${base}${f ? `${base.includes("?") ? "&" : "?"}tl=${f}` : ""}#timeline`;
  const chips: Array<[EventFamily | null, string]> = [
    [null, "All events"],
    ...Object.entries(EVENT_FAMILIES).map(([k, v]) => [k as EventFamily, v.label] as [EventFamily, string]),
  ];
  return (
    <nav className="chips" aria-label="Filter the timeline by type">
      {chips.map(([f, text]) => (
        <Link key={text} href={href(f)} className="chip" aria-current={f === family ? "true" : undefined}>
          {text}
        </Link>
      ))}
    </nav>
  );
}

/** Events dated only to a quarter, half or year have no month: say how many, and where they are. */
function CoarseNote({ scopes, bins, family }: { scopes: readonly TimelineScope[]; bins: ReadonlyArray<LaneBins<TimelineEvent>>; family: EventFamily | null }) {
  const coarse = scopes.map((scope, i) => ({ scope, count: [...bins[i].coarse.values()].reduce((n, list) => n + list.length, 0) })).filter((c) => c.count > 0);
  if (coarse.length === 0) return null;
  return (
    <p className="small muted">
      Dated only to a quarter, half or year, so not drawn:{" "}
      {coarse.map(({ scope, count }, i) => (
        <span key={scope.slug}>
          {i > 0 ? ", " : ""}
          <a href={eventsHref(scope.slug, null, null, family)}>
            {scope.name} {count}
          </a>
        </span>
      ))}
      .
    </p>
  );
}

/** The events browse page for a company's scope (itself, its labs and models) and a period. */
function eventsHref(slug: string, from: string | null, to: string | null, family: EventFamily | null): string {
  return hrefWith("/events", { scope: slug, from, to, types: familyTypes(family)?.join(",") ?? null });
}

function dayBefore(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
}

function label(month: string | undefined): string {
  if (!month) return "";
  const [y, m] = month.split("-");
  return `${MONTHS[Number(m) - 1]} ${y}`;
}
