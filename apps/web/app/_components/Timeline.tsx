import { createTimeScale, isoToTime, layoutMarks, monthTicks, timelineDomain } from "../../lib/timeline";
import { enumLabel } from "../../lib/format";
import { fuzzyDateLabel, type FuzzyDateLike } from "../../lib/fuzzyDate";

export interface TimelineEvent {
  id: string;
  title: string;
  type: string;
  status: string;
  /** The period it occurred in (or the day it was first reported). */
  start: string;
  end: string;
  when: string;
}

export interface TimelineLane {
  key: string;
  label: string;
  events: readonly TimelineEvent[];
}

const WIDTH = 720;
const LABEL_WIDTH = 120;
const ROW_HEIGHT = 16;
const LANE_PAD = 10;
const AXIS_HEIGHT = 26;
const RIGHT_PAD = 16;

const STATUS_CLASS: Record<string, string> = {
  DENIED: "mark-denied",
  RETRACTED: "mark-denied",
  DISPUTED: "mark-disputed",
  CONFIRMED: "mark-confirmed",
};

/**
 * A server-rendered SVG timeline, one lane per company. Each mark is a link to its event (keyboard
 * focusable); fuzzy dates are drawn as bars over their whole period. A text list follows for
 * screen readers and for anyone who prefers it.
 */
export function Timeline({ lanes, asOf, title }: { lanes: readonly TimelineLane[]; asOf: string | null; title: string }) {
  const all = lanes.flatMap((lane) => lane.events);
  const domain = timelineDomain(all, { includeDate: asOf, minMonths: 6 });
  if (!domain || all.length === 0) return <p className="empty">No dated events to draw.</p>;

  const scale = createTimeScale(domain, LABEL_WIDTH, WIDTH - RIGHT_PAD);
  // Labels start at their tick: drop a tick too close to the right edge for its label to fit.
  const ticks = monthTicks(domain, 12).filter((tick) => scale(tick.time) <= WIDTH - RIGHT_PAD - 30);
  // Lanes stack down from the axis: a plain loop, so that `y` is not reassigned inside a callback.
  let y = AXIS_HEIGHT;
  const laid = [];
  for (const lane of lanes) {
    const { marks, rows } = layoutMarks(lane.events, scale, { minWidth: 9 });
    const height = rows * ROW_HEIGHT + LANE_PAD * 2;
    laid.push({ lane, marks, top: y, height });
    y += height;
  }
  const height = y + 4;
  const titleId = `timeline-title-${lanes.map((l) => l.key).join("-")}`;
  const asOfX = asOf ? scale(isoToTime(asOf)) : null;

  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-labelledby={titleId} className="timeline-svg">
        <title id={titleId}>{title}</title>
        {laid.map(({ lane, top, height: h }, i) => (
          <g key={lane.key}>
            <rect x={0} y={top} width={WIDTH} height={h} className={i % 2 ? "lane lane-alt" : "lane"} />
            <text x={8} y={top + h / 2} dominantBaseline="middle" className="lane-label">
              {lane.label}
            </text>
          </g>
        ))}
        {ticks.map((tick) => {
          const x = scale(tick.time);
          return (
            <g key={tick.time} aria-hidden="true">
              <line x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={height} className={tick.major ? "tick tick-major" : "tick"} />
              <text x={x + 3} y={AXIS_HEIGHT - 10} className={tick.major ? "tick-label tick-label-major" : "tick-label"}>
                {tick.label}
              </text>
            </g>
          );
        })}
        {asOfX !== null ? (
          <g aria-hidden="true">
            <line x1={asOfX} x2={asOfX} y1={AXIS_HEIGHT - 4} y2={height} className="as-of-line" />
          </g>
        ) : null}
        {laid.map(({ lane, marks, top }) =>
          marks.map((mark) => (
            <a key={`${lane.key}-${mark.item.id}`} href={`/events/${encodeURIComponent(mark.item.id)}`}>
              <title>{`${mark.item.when} — ${mark.item.title} (${enumLabel(mark.item.type)})`}</title>
              <rect
                x={mark.x}
                y={top + LANE_PAD + mark.row * ROW_HEIGHT + 2}
                width={mark.width}
                height={ROW_HEIGHT - 4}
                rx={3}
                className={`mark ${STATUS_CLASS[mark.item.status] ?? ""}`}
              />
            </a>
          )),
        )}
      </svg>
      <figcaption className="muted small">
        Bars span the period an event is dated to (a month, a quarter, a year); striped red bars are denied or retracted, amber ones disputed.
        {asOf ? " The dashed line marks the as-of date." : ""}
      </figcaption>
      <details className="timeline-list">
        <summary>Timeline as a list</summary>
        {lanes.map((lane) => (
          <section key={lane.key}>
            <h3 className="h4">{lane.label}</h3>
            {lane.events.length === 0 ? (
              <p className="empty">No events.</p>
            ) : (
              <ul>
                {lane.events.map((event) => (
                  <li key={event.id}>
                    {event.when}: <a href={`/events/${encodeURIComponent(event.id)}`}>{event.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </details>
    </figure>
  );
}

/** Convert an API event to a timeline event, placing undated ones on their first-report day. */
export function toTimelineEvent(event: {
  id: string;
  title: string;
  type: string;
  status: string;
  firstReportedOn: string;
  occurredOn?: (FuzzyDateLike & { start: string; end: string }) | null;
}): TimelineEvent {
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    status: event.status,
    start: event.occurredOn?.start ?? event.firstReportedOn,
    end: event.occurredOn?.end ?? event.firstReportedOn,
    when: event.occurredOn ? fuzzyDateLabel(event.occurredOn) : `reported ${event.firstReportedOn}`,
  };
}
