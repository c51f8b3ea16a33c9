import Link from "../../_components/Link";
import { flowBands, flowTotals } from "../../../lib/compare/talentFlow";
import { graphql } from "../../../src/gql";
import type { CompareTalentFlowFieldsFragment } from "../../../src/gql/graphql";
import { Empty, When } from "../../_components/ui";
import { seriesClass } from "./layout";

export const CompareTalentFlowFields = graphql(`
  fragment CompareTalentFlowFields on Comparison {
    talentFlows {
      person {
        slug
        name
      }
      fromCompany {
        slug
        name
      }
      toCompany {
        slug
        name
      }
      fromOrganization {
        slug
        name
      }
      toOrganization {
        slug
        name
      }
      left {
        title
        end {
          text
          start
          precision
        }
        citations {
          quoteStart
          source {
            id
            title
            language
          }
        }
      }
      joined {
        title
        start {
          text
          start
          precision
        }
        citations {
          quoteStart
          source {
            id
            title
            language
          }
        }
      }
    }
  }
`);

type Move = CompareTalentFlowFieldsFragment["talentFlows"][number];

const WIDTH = 440;
const NODE_W = 14;
const LABEL_W = 120;
const ROW = 56;

/**
 * Who left which compared firm for which: companies they left on the left, companies they joined on
 * the right, one band per direction as wide as the number of moves. The list below names everyone.
 */
export function TalentFlow({ moves, columns }: { moves: readonly Move[]; columns: ReadonlyArray<{ slug: string; name: string }> }) {
  return (
    <section aria-labelledby="cmp-talent" className="compare-section">
      <h2 id="cmp-talent">Talent flow</h2>
      {moves.length === 0 ? <Empty>No recorded moves between these companies.</Empty> : <FlowDiagram moves={moves} columns={columns} />}
    </section>
  );
}

function FlowDiagram({ moves, columns }: { moves: readonly Move[]; columns: ReadonlyArray<{ slug: string; name: string }> }) {
  const bands = flowBands(moves);
  const totals = flowTotals(
    bands,
    columns.map((c) => c.slug),
  );
  const height = columns.length * ROW + 10;
  const nodeY = (slug: string) => columns.findIndex((c) => c.slug === slug) * ROW + ROW / 2 + 5;
  const maxMoves = Math.max(...bands.map((b) => b.moves.length));
  const width = (n: number) => 3 + (n / maxMoves) * 14;
  const [x1, x2] = [LABEL_W + NODE_W, WIDTH - LABEL_W - NODE_W];
  const summary = bands.map((b) => `${b.moves.length} from ${nameOf(columns, b.from)} to ${nameOf(columns, b.to)}`).join("; ");
  return (
    <div className="flow">
      <div className="chart-scroll">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart flow-chart" role="img" aria-label={`Moves between the compared companies: ${summary}.`}>
          <text x={LABEL_W} y={10} textAnchor="end" className="axis-label strong">
            Left
          </text>
          <text x={WIDTH - LABEL_W} y={10} className="axis-label strong">
            Joined
          </text>
          {columns.map((c, i) => (
            <g key={c.slug} className={seriesClass(i)}>
              <rect x={LABEL_W} y={nodeY(c.slug) - 14} width={NODE_W} height={28} rx={3} className="node" />
              <text x={LABEL_W - 6} y={nodeY(c.slug) + 4} textAnchor="end" className="axis-label">
                {`${c.name} (${totals.get(c.slug)?.out ?? 0})`}
              </text>
              <rect x={WIDTH - LABEL_W - NODE_W} y={nodeY(c.slug) - 14} width={NODE_W} height={28} rx={3} className="node" />
              <text x={WIDTH - LABEL_W + 6} y={nodeY(c.slug) + 4} className="axis-label">
                {`${c.name} (${totals.get(c.slug)?.in ?? 0})`}
              </text>
            </g>
          ))}
          {bands.map((b) => {
            const [ya, yb] = [nodeY(b.from), nodeY(b.to)];
            const mid = (x1 + x2) / 2;
            const index = columns.findIndex((c) => c.slug === b.from);
            return (
              <g key={`${b.from}-${b.to}`} className={seriesClass(index)}>
                <path d={`M${x1},${ya} C${mid},${ya} ${mid},${yb} ${x2},${yb}`} strokeWidth={width(b.moves.length)} className="band-path">
                  <title>{`${nameOf(columns, b.from)} → ${nameOf(columns, b.to)}: ${b.moves.map((m) => m.person.name).join(", ")}`}</title>
                </path>
              </g>
            );
          })}
        </svg>
      </div>
      <ol className="plain flow-list">
        {bands.map((b) => (
          <li key={`${b.from}-${b.to}`}>
            {/* Text joined in template strings: one text node each, not one per part, in the HTML and the page's RSC payload. */}
            <strong>{`${nameOf(columns, b.from)} → ${nameOf(columns, b.to)}`}</strong> <span className="small muted">{`(${b.moves.length})`}</span>
            <ul className="plain">
              {b.moves.map((move, j) => (
                <li key={`${move.person.slug}-${j}`}>
                  <Link href={`/people/${move.person.slug}`}>{move.person.name}</Link>
                  <span className="small">
                    {` ${move.left.title}, ${move.fromOrganization.name}`}
                    {move.left.end ? (
                      <>
                        {" (left "}
                        <When date={move.left.end} />)
                      </>
                    ) : null}
                    {` → ${move.joined.title}, ${move.toOrganization.name}`}
                    {move.joined.start ? (
                      <>
                        {" (from "}
                        <When date={move.joined.start} />)
                      </>
                    ) : null}
                    {" Sources: "}
                    {uniqueSources([...move.left.citations, ...move.joined.citations]).map((source, k) => (
                      <a key={source.id} href={`/sources/${encodeURIComponent(source.id)}`} title={source.title} lang={source.language}>
                        {`[${k + 1}]`}
                      </a>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

const uniqueSources = (citations: ReadonlyArray<{ source: { id: string; title: string; language: string } }>) => [
  ...new Map(citations.map((c) => [c.source.id, c.source])).values(),
];

const nameOf = (columns: ReadonlyArray<{ slug: string; name: string }>, slug: string) => columns.find((c) => c.slug === slug)?.name ?? slug;
