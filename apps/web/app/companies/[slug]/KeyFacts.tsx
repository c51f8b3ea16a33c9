import Link from "../../_components/Link";
import { capexSeries } from "../../../lib/compare/capexSeries";
import { splitLeadership } from "../../../lib/compare/leadership";
import { countryName, formatFigure } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { CompanyFinancialsQuery } from "../../../src/gql/graphql";
import { FigureValue } from "../../_components/ui";

/** The company's own slice of the comparison: leadership, capex, money; one query. */
export const CompanyFinancialsDocument = graphql(`
  query CompanyFinancials($slug: String!) {
    compare(slugs: [$slug]) {
      companies {
        slug
        name
        ...CompareKeyPeopleFields
        ...CompareCapexFields
        ...CompareMoneyFields
      }
    }
  }
`);

export type CompanyColumn = CompanyFinancialsQuery["compare"]["companies"][number];

/** Leaders, latest capex guidance, model and lab counts, country and parent, at a glance. */
export function KeyFacts({
  column,
  country,
  parent,
  models,
  labs,
}: {
  column: CompanyColumn | null;
  country: string | null | undefined;
  parent: { slug: string; name: string } | null | undefined;
  models: number;
  labs: ReadonlyArray<{ slug: string; name: string }>;
}) {
  const leaders = column ? splitLeadership(column.keyPeople, column.slug, 4).leaders : [];
  const series = column
    ? capexSeries([{ slug: column.slug, figures: [...column.capexGuidance, ...column.moneyFigures.filter((f) => /^capex_guidance_\d{4}$/.test(f.metric))] }])
    : [];
  return (
    <aside className="key-facts card" aria-labelledby="key-facts">
      <h2 id="key-facts" className="h4">
        Key facts
      </h2>
      <dl className="facts">
        <dt>Leadership</dt>
        <dd>
          {leaders.length === 0
            ? "—"
            : leaders.map((p, i) => (
                <span key={p.person.slug}>
                  {i > 0 ? "; " : ""}
                  <Link href={`/people/${p.person.slug}`}>{p.person.name}</Link> <span className="small muted">{p.roles[0].title}</span>
                </span>
              ))}
        </dd>
        <dt>Capex guidance</dt>
        <dd>
          {series.length === 0
            ? "None reported"
            : series.map((s, i) => {
                const last = s.points[s.points.length - 1];
                const revisions = s.points.length - 1;
                return (
                  <span key={s.fiscalYear}>
                    {i > 0 ? "; " : ""}
                    <FigureValue figure={last.figures[0]} /> for fiscal {s.fiscalYear}
                    {revisions > 0 ? `, revised ${revisions === 1 ? "once" : revisions === 2 ? "twice" : `${revisions} times`} from ${formatFigure(s.points[0].figures[0])}` : ""}
                  </span>
                );
              })}
        </dd>
        <dt>Models and products</dt>
        <dd>{models}</dd>
        <dt>Labs</dt>
        <dd>
          {labs.length === 0
            ? "—"
            : labs.map((lab, i) => (
                <span key={lab.slug}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/labs/${lab.slug}`}>{lab.name}</Link>
                </span>
              ))}
        </dd>
        <dt>Country</dt>
        <dd>{countryName(country)}</dd>
        {parent ? (
          <>
            <dt>Parent</dt>
            <dd>
              <Link href={`/companies/${parent.slug}`}>{parent.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
    </aside>
  );
}
