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
    eventCounts {
      type
      count
    }
  }
`);

type Column = CompareEventCountsFieldsFragment;

const WIDTH = 260;
const LABEL = 118;
const ROW = 20;
const VALUE = 28;

/**
 * One small panel per company, the same rows (the most frequent types overall, then "other") and
 * the same scale in every panel: Meta's 12 statements are six times OpenAI's 2, and look it.
 */
export function EventTypes({ columns }: { columns: readonly Column[] }) {
  const { rows, counts, max } = sharedTypeRows(columns);
  const barMax = WIDTH - LABEL - VALUE;
  const height = rows.length * ROW + 4;
  return (
    <section aria-labelledby="cmp-types" className="compare-section">
      <h2 id="cmp-types">Events by type</h2>
      <p className="small muted">Same rows and same scale in every panel (longest bar: {max} events).</p>
      <div className="multiples">
        {columns.map((column, i) => (
          <figure key={column.slug} className={`multiple ${seriesClass(i)}`}>
            <figcaption>
              <span className="swatch" aria-hidden="true" />
              <strong>{column.name}</strong> <span className="small muted">{column.totalEvents} events</span>
            </figcaption>
            <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart" role="img" aria-label={`${column.name}: ${rows.map((r) => `${rowLabel(r)} ${counts[i].get(r) ?? 0}`).join(", ")}`}>
              {rows.map((row, r) => {
                const count = counts[i].get(row) ?? 0;
                const top = r * ROW + 2;
                return (
                  <g key={row}>
                    <text x={LABEL - 6} y={top + ROW / 2 + 4} textAnchor="end" className="axis-label">
                      {rowLabel(row)}
                    </text>
                    <rect x={LABEL} y={top + 3} width={barMax} height={ROW - 6} className="track" />
                    {count > 0 ? <rect x={LABEL} y={top + 3} width={Math.max(2, (count / max) * barMax)} height={ROW - 6} rx={2} className="bar-fill" /> : null}
                    <text x={WIDTH - 4} y={top + ROW / 2 + 4} textAnchor="end" className={count > 0 ? "axis-label strong" : "axis-label"}>
                      {count}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        ))}
      </div>
    </section>
  );
}

function rowLabel(type: string): string {
  if (type === "OTHER") return "Other types";
  const label = enumLabel(type);
  return label.length > 19 ? `${label.slice(0, 18)}…` : label;
}
