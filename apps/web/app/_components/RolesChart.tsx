import { createTimeScale, isoToTime, monthTicks, timelineDomain, timeToIso } from "../../lib/timeline";

export interface ChartRole {
  title: string;
  isCurrent: boolean;
  start?: { text: string; start: string } | null;
  end?: { text: string; end: string } | null;
  organization: { name: string };
}

const WIDTH = 720;
const ROW = 26;
const AXIS = 24;
const LEFT = 8;
const RIGHT = 12;

/**
 * Roles as bars over time (server-rendered SVG). The axis ends at the data: current roles run to
 * `until` (the latest report), not to today. Roles without dates get their own rows, drawn as
 * outlines across the chart and labelled "dates not reported", so none is left out.
 */
// eslint-disable-next-line react-hooks/purity -- a server component, rendered once per request: "today" is the request's.
export function RolesChart({ roles, until = timeToIso(Date.now()) }: { roles: readonly ChartRole[]; until?: string }) {
  if (roles.length === 0) return null;
  const dated = roles.filter((r) => r.start);
  const undated = roles.filter((r) => !r.start);
  const periods = dated.map((r) => ({ start: r.start!.start, end: r.end?.end ?? (r.isCurrent ? until : r.start!.start) }));
  const domain = timelineDomain(periods.length ? periods : [{ start: until, end: until }], { minMonths: 6 });
  if (!domain) return null;
  const scale = createTimeScale(domain, LEFT, WIDTH - RIGHT);
  const rows = dated.length + undated.length;
  const height = AXIS + rows * ROW + 4;
  const ticks = monthTicks(domain, 8).filter((t) => scale(t.time) < WIDTH - RIGHT - 24);
  return (
    <div className="timeline-scroll">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={`Roles over time${undated.length ? `, ${undated.length} without dates` : ""}; the table below lists them`}
        className="timeline-svg roles-chart"
      >
        {ticks.map((tick) => (
          <g key={tick.time}>
            <line x1={scale(tick.time)} x2={scale(tick.time)} y1={AXIS - 6} y2={height} className={tick.major ? "tick tick-major" : "tick"} />
            <text x={scale(tick.time) + 3} y={AXIS - 10} className={tick.major ? "tick-label tick-label-major" : "tick-label"}>
              {tick.label}
            </text>
          </g>
        ))}
        {dated.map((role, i) => {
          const x1 = scale(isoToTime(periods[i].start));
          const x2 = scale(isoToTime(periods[i].end));
          const y = AXIS + i * ROW;
          const open = !role.end && !role.isCurrent;
          const label = `${role.title}, ${role.organization.name}${open ? " (end not reported)" : ""}`;
          return (
            <g key={`d${i}`}>
              <rect x={x1} y={y + 3} width={Math.max(6, x2 - x1)} height={ROW - 6} rx={3} className={role.isCurrent ? "mark mark-confirmed" : open ? "mark mark-open" : "mark"} />
              <text x={x1 > WIDTH / 2 ? Math.max(x2, x1 + 6) - 6 : x1 + 6} y={y + ROW / 2 + 4} textAnchor={x1 > WIDTH / 2 ? "end" : "start"} className="role-label">
                {label}
              </text>
            </g>
          );
        })}
        {undated.map((role, i) => {
          const y = AXIS + (dated.length + i) * ROW;
          return (
            <g key={`u${i}`}>
              <rect x={LEFT} y={y + 3} width={WIDTH - LEFT - RIGHT} height={ROW - 6} rx={3} className="mark-undated" />
              <text x={LEFT + 8} y={y + ROW / 2 + 4} className="role-label-undated">
                {`${role.title}, ${role.organization.name}: ${role.end ? `start not reported, until ${role.end.text}` : "dates not reported"}${role.isCurrent ? " (current)" : ""}`}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
