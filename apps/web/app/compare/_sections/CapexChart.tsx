import { Fragment } from "react";
import { figureHref } from "../../../lib/citations";
import { capexSeries, niceTicks, spreadLabels, type CapexSeries } from "../../../lib/compare/capexSeries";
import { formatFigure, formatIsoDate, formatMoney } from "../../../lib/format";
import { createTimeScale, monthTicks, timeToIso } from "../../../lib/timeline";
import { graphql } from "../../../src/gql";
import type { CompareCapexFieldsFragment } from "../../../src/gql/graphql";
import { Empty, FigureValue, When } from "../../_components/ui";
import { seriesClass } from "./layout";

export const CompareCapexFields = graphql(`
  fragment CompareCapexFields on CompanyComparison {
    slug
    name
    capexGuidance {
      kind
      metric
      value
      valueMax
      unit
      text
      effectiveOn {
        text
        start
        precision
      }
      event {
        id
        firstReportedOn
      }
      citations {
        quoteStart
        source {
          id
          language
        }
      }
    }
  }
`);

type Column = CompareCapexFieldsFragment;
type Figure = Column["capexGuidance"][number];

const WIDTH = 720;
const HEIGHT = 250;
const LEFT = 52;
const RIGHT = 170;
const TOP = 14;
const BOTTOM = 38;
const MONTH_MS = 30.44 * 86_400_000;

/** Coordinates to a tenth of a pixel: finer digits only lengthen the page (they appear twice, in the HTML and React's payload). */
const px = (v: number) => Math.round(v * 10) / 10;

/**
 * Capex guidance over time, one step line per company and fiscal year: a band while the guidance
 * is a range, a line when it is one number, a step at each revision; every step links to its quote.
 * `extraFigures` brings guidance for other fiscal years found among money figures (capex_guidance_2026).
 */
export function CapexChart({ columns, extraFigures }: { columns: readonly Column[]; extraFigures: ReadonlyMap<string, readonly Figure[]> }) {
  const series = capexSeries(columns.map((c) => ({ slug: c.slug, figures: [...c.capexGuidance, ...(extraFigures.get(c.slug) ?? [])] })));
  const without = columns.filter((c) => !series.some((s) => s.company === c.slug));
  return (
    <section aria-labelledby="cmp-capex" className="compare-section">
      <h2 id="cmp-capex">Capex guidance</h2>
      {series.length === 0 ? <Empty>No capex guidance reported for these companies.</Empty> : <Chart series={series} columns={columns} />}
      {series.length > 0 && without.length > 0 ? <p className="small muted">No guidance reported for {without.map((c) => c.name).join(", ")}.</p> : null}
      {series.length > 0 ? <CapexTable series={series} columns={columns} /> : null}
    </section>
  );
}

function Chart({ series, columns }: { series: CapexSeries<Figure>[]; columns: readonly Column[] }) {
  const times = series.flatMap((s) => s.points.map((p) => p.time));
  const start = Math.min(...times) - MONTH_MS;
  const end = Math.max(...times) + 3 * MONTH_MS;
  const scaleX = createTimeScale({ start, end }, LEFT, WIDTH - RIGHT);
  const x = (time: number) => px(scaleX(time));
  const values = series.flatMap((s) => s.points.flatMap((p) => [p.low, p.high]));
  const ticks = niceTicks(Math.min(...values) * 0.92, Math.max(...values) * 1.04, 4);
  const [yMin, yMax] = [ticks[0], ticks[ticks.length - 1]];
  const y = (v: number) => px(TOP + (1 - (v - yMin) / (yMax - yMin || 1)) * (HEIGHT - TOP - BOTTOM));
  const unit = series[0].unit || "USD";
  const indexOf = (slug: string) => columns.findIndex((c) => c.slug === slug);
  const lastPoints = series.map((s) => s.points[s.points.length - 1]);
  const labelY = spreadLabels(
    lastPoints.map((p) => y((p.low + p.high) / 2)),
    30,
    TOP + 8,
    HEIGHT - BOTTOM - 8,
  );
  const xTicks = monthTicks({ start, end }, 8);

  return (
    <div className="chart-scroll end-first">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart capex-chart" role="img" aria-labelledby="capex-title capex-desc">
        <title id="capex-title">Capex guidance over time</title>
        <desc id="capex-desc">
          {series
            .map(
              (s) =>
                `${columns[indexOf(s.company)]?.name} fiscal ${s.fiscalYear}: ${s.points.map((p) => formatFigure({ kind: "MONEY", value: p.low, valueMax: p.high, unit: s.unit, text: "" })).join(" then ")}`,
            )
            .join(". ")}
        </desc>
        {ticks.map((v) => (
          <g key={v} className="grid">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="axis-label">
              {formatMoney(v, unit)}
            </text>
          </g>
        ))}
        {xTicks
          .filter((tick) => x(tick.time) >= LEFT + 16 && x(tick.time) <= WIDTH - RIGHT - 16)
          .map((tick, i) => (
            <Fragment key={tick.time}>
              <text x={x(tick.time)} y={HEIGHT - BOTTOM + 16} textAnchor="middle" className={tick.major ? "axis-label strong" : "axis-label"}>
                {tick.label}
              </text>
              {i === 0 && !tick.major ? (
                <text x={x(tick.time)} y={HEIGHT - BOTTOM + 30} textAnchor="middle" className="axis-label strong">
                  {new Date(tick.time).getUTCFullYear()}
                </text>
              ) : null}
            </Fragment>
          ))}
        {series.map((s, k) => {
          const cls = seriesClass(indexOf(s.company));
          const last = s.points[s.points.length - 1];
          return (
            <g key={`${s.company}-${s.fiscalYear}`} className={`series ${cls}`}>
              {s.points.map((p, i) => {
                const x1 = x(p.time);
                const x2 = x(s.points[i + 1]?.time ?? end);
                const next = s.points[i + 1];
                return (
                  <Fragment key={i}>
                    {p.high > p.low ? (
                      <rect x={x1} y={y(p.high)} width={px(Math.max(2, x2 - x1))} height={px(Math.max(2, y(p.low) - y(p.high)))} className="band" />
                    ) : (
                      <line x1={x1} x2={x2} y1={y(p.low)} y2={y(p.low)} className="step" />
                    )}
                    {next ? <line x1={x2} x2={x2} y1={y((p.low + p.high) / 2)} y2={y((next.low + next.high) / 2)} className="riser" /> : null}
                    <a href={figureHref(p.figures[0].event.id, p.figures[0].citations)}>
                      <title>{`${columns[indexOf(s.company)]?.name} FY${s.fiscalYear}: ${formatFigure(p.figures[0])} (${p.figures.length} report${p.figures.length > 1 ? "s" : ""}, as written “${p.figures[0].text}”), ${formatIsoDate(timeToIso(p.time))}`}</title>
                      <circle cx={x1} cy={y((p.low + p.high) / 2)} r={6} className="point" />
                    </a>
                  </Fragment>
                );
              })}
              <text x={WIDTH - RIGHT + 8} y={labelY[k]} className="series-label">
                <tspan x={WIDTH - RIGHT + 8}>{`${columns[indexOf(s.company)]?.name} FY${s.fiscalYear}`}</tspan>
                <tspan x={WIDTH - RIGHT + 8} dy={14} className="series-value">
                  {formatFigure({ kind: "MONEY", value: last.low, valueMax: last.high, unit: s.unit, text: "" })}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** The same revisions as a list: every report linked, for reading without the chart. */
function CapexTable({ series, columns }: { series: CapexSeries<Figure>[]; columns: readonly Column[] }) {
  return (
    <details className="chart-data">
      <summary>Revisions as a list</summary>
      {series.map((s) => (
        <div key={`${s.company}-${s.fiscalYear}`}>
          <h3 className="h4">
            {columns.find((c) => c.slug === s.company)?.name} · fiscal {s.fiscalYear}
          </h3>
          <ol className="plain revisions">
            {s.points.map((p, i) => (
              <li key={i}>
                <FigureValue figure={p.figures[0]} />{" "}
                <span className="small muted">
                  {p.figures[0].effectiveOn ? <When date={p.figures[0].effectiveOn} /> : formatIsoDate(timeToIso(p.time))}
                  {i === s.points.length - 1 ? " (latest)" : " (revised later)"}
                  {p.figures.length > 1 ? ` · ${p.figures.length} reports` : ""}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </details>
  );
}
