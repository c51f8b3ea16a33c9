import Link from "../../_components/Link";
import { figureHref } from "../../../lib/citations";
import { groupMoneyFigures } from "../../../lib/compare/moneyGroups";
import { metricLabel } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { CompareMoneyFieldsFragment } from "../../../src/gql/graphql";
import { Empty, FigureValue } from "../../_components/ui";
import { CompanyCard, CompareRow } from "./layout";

export const CompareMoneyFields = graphql(`
  fragment CompareMoneyFields on CompanyComparison {
    slug
    name
    moneyFigures {
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
        title
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

type Column = CompareMoneyFieldsFragment;

/** Money figures by kind (capex, deals, financing, revenue, compensation), each linked to its quote. */
export function MoneyFigures({ columns, title = "Money figures" }: { columns: readonly Column[]; title?: string }) {
  return (
    <section aria-labelledby="cmp-money" className="compare-section">
      <h2 id="cmp-money">{title}</h2>
      <CompareRow>
        {columns.map((column, i) => {
          const groups = groupMoneyFigures(column.moneyFigures);
          return (
            <CompanyCard key={column.slug} index={i} name={column.name}>
              {groups.length === 0 ? (
                <Empty>None reported.</Empty>
              ) : (
                groups.map((group) => (
                  <div key={group.key} className="money-group">
                    <h4 className="card-sub">{group.label}</h4>
                    <ul className="plain">
                      {group.lines.map(({ figure, others }) => (
                        <li key={`${figure.event.id}-${figure.metric}`}>
                          <FigureValue figure={figure} /> <span>{metricLabel(figure.metric)}</span>
                          {others.length > 0 ? (
                            <span>
                              {` · ${others.length + 1} reports `}
                              {others.map((other, j) => (
                                <Link key={j} href={figureHref(other.event.id, other.citations)} title={`As written: ${other.text}`}>
                                  {`[${j + 2}]`}
                                </Link>
                              ))}
                            </span>
                          ) : null}
                          <div>{figure.event.title}</div>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </CompanyCard>
          );
        })}
      </CompareRow>
    </section>
  );
}
