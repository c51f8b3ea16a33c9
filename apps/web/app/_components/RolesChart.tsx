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

/** Roles as bars over time (server-rendered SVG); open-ended roles run to today. */
export function RolesChart({ roles, today = timeToIso(Date.now()) }: { roles: readonly ChartRole[]; today?: string }) {
  const dated = roles.filter((r) => r.start);
  if (dated.length === 0) return null;
  const periods = dated.map((r) => ({ start: r.start!.start, end: r.end?.end ?? today }));
  const domain = timelineDomain(periods, { minMonths: 12 });
  if (!domain) return null;
  const scale = createTimeScale(domain, LEFT, WIDTH - RIGHT);
  const height = AXIS + dated.length * ROW + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label="Roles over time; the table below lists them" className="timeline-svg">
      {monthTicks(domain, 10).map((tick) => (
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
        return (
          <g key={i}>
            <rect x={x1} y={y + 3} width={Math.max(4, x2 - x1)} height={ROW - 6} rx={3} className={role.isCurrent ? "mark mark-confirmed" : "mark"} />
            <text x={Math.min(x1 + 6, WIDTH - 200)} y={y + ROW / 2 + 4} className="role-label">
              {`${role.title}, ${role.organization.name}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
