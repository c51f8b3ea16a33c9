import { sharedTypeRows } from "../../../lib/compare/eventGroups";
import { enumLabel } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { CompareEventCountsFieldsFragment } from "../../../src/gql/graphql";
import { seriesClass } from "./layout";

export const CompareEventCountsFields = graphql(`
  fragment CompareEventCountsFields on CompanyComparison {
    slug
    name
    totalEvents
    eventCountsCapped
    eventCounts {
      type
      count
    }
  }
`);

type Column = CompareEventCountsFieldsFragment;

const LABEL = 132;
const COLUMN = 150;
const ROW = 20;
const HEAD = 22;

/**
 * Small multiples: one column per company, the same rows (the most frequent types overall, then
 * "other") and one scale for every column, so Meta's 12 statements are twelve times OpenAI's one.
 */
export function EventTypes({ columns }: { columns: readonly Column[] }) {
  const { rows, counts, max } = sharedTypeRows(columns);
  const bar = COLUMN - 34;
  const width = LABEL + columns.length * COLUMN;
  const height = HEAD + rows.length * ROW + 4;
  const summary = columns.map((c, i) => `${c.name}: ${rows.map((r) => `${rowLabel(r)} ${counts[i].get(r) ?? 0}`).join(", ")}`).join(". ");
  return (
    <section aria-labelledby="cmp-types" className="compare-section">
      <h2 id="cmp-types">Events by type</h2>
      <p className="small muted">
        One scale for every company: the longest bar is {max} events.
        {columns.some((c) => c.eventCountsCapped) ? " A company marked 1,000+ is counted over its latest 1,000 events." : ""}
      </p>
      <div className="chart-scroll">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} className="chart multiples-chart" role="img" aria-label={summary}>
          {rows.map((row, r) => (
            <text key={row} x={LABEL - 8} y={HEAD + r * ROW + 14} textAnchor="end" className="axis-label">
              {rowLabel(row)}
            </text>
          ))}
          {columns.map((column, i) => {
            const x = LABEL + i * COLUMN;
            const barLength = (n: number) => Math.max(2, (n / max) * bar);
            const path = rows
              .map((row, r) => [row, r, counts[i].get(row) ?? 0] as const)
              .filter(([, , n]) => n > 0)
              .map(([, r, n]) => `M${x},${HEAD + r * ROW + 4}h${barLength(n).toFixed(1)}v12h-${barLength(n).toFixed(1)}z`)
              .join("");
            return (
              <g key={column.slug} className={`multiple ${seriesClass(i)}`}>
                <text x={x} y={14} className="axis-label strong">
                  {`${column.name} (${column.totalEvents}${column.eventCountsCapped ? "+" : ""})`}
                </text>
                <path d={path} className="bar-fill" />
                {/* Each count at the end of its own bar, so it cannot be read as the next column's. A missing
                    bar reads as none, and the chart's label lists every count, zeros too. */}
                {rows.map((row, r) => {
                  const n = counts[i].get(row);
                  return n ? (
                    <text key={row} x={x + barLength(n) + 5} y={HEAD + r * ROW + 14} className="axis-label">
                      {n}
                    </text>
                  ) : null;
                })}
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}

function rowLabel(type: string): string {
  if (type === "OTHER") return "Other types";
  const label = enumLabel(type);
  return label.length > 19 ? `${label.slice(0, 18)}…` : label;
}
