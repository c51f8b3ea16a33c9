import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { runQuery } from "../../lib/api";
import {
  buildCompareHref,
  MAX_COMPARED,
  MIN_COMPARED,
  parseCompareParams,
  todayIso,
  withAsOf,
  withSlugRemoved,
  type CompareState,
} from "../../lib/compareUrl";
import { enumLabel, formatFigure, formatIsoDate, metricLabel, modelAccessLabel } from "../../lib/format";
import { graphql } from "../../src/gql";
import type { CompareQuery } from "../../src/gql/graphql";
import { figureHref, groupConsecutiveValues } from "../../lib/citations";
import { CitationBlock } from "../_components/Citation";
import { Timeline, toTimelineEvent, type TimelineLane } from "../_components/Timeline";
import { AsOfBanner, Empty, ErrorNotice, FigureValue, StatusTag, Tag, When } from "../_components/ui";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Compare companies · Orchard" };

const CompareDocument = graphql(`
  query Compare($slugs: [String!]!, $asOf: Date) {
    compare(slugs: $slugs, asOf: $asOf) {
      asOf
      companies {
        slug
        name
        company {
          description
        }
        labs {
          slug
          name
        }
        models {
          status
          access
          model {
            slug
            name
            kind
          }
          releasedOn {
            text
            start
            precision
          }
          expectedRelease {
            kind
            metric
            text
            date {
              text
              start
              precision
            }
            event {
              id
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
        keyPeople {
          title
          start {
            text
            start
            precision
          }
          person {
            slug
            name
          }
          organization {
            slug
            name
          }
        }
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
          }
          citations {
            quoteStart
            source {
              id
              language
            }
          }
        }
        eventCounts {
          type
          count
        }
        totalEvents
      }
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
            ...CitationFields
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
            ...CitationFields
          }
        }
      }
    }
  }
`);

const CompanyEventsDocument = graphql(`
  query CompanyEvents($entities: [String!]!, $asOf: Date) {
    events(filter: { entities: $entities, asOf: $asOf }, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          type
          status
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

const CompanyChoicesDocument = graphql(`
  query CompanyChoices {
    companies(first: 100) {
      edges {
        node {
          slug
          name
        }
      }
    }
  }
`);

type Comparison = CompareQuery["compare"];
type Column = Comparison["companies"][number];

/** Run the comparison, dropping slugs the API does not know (with a notice) instead of failing. */
async function loadComparison(state: CompareState) {
  let slugs = [...state.slugs];
  const dropped: string[] = [];
  for (let attempt = 0; attempt <= MAX_COMPARED; attempt++) {
    if (slugs.length === 0) {
      return { ok: false as const, message: "None of the requested companies is known.", dropped };
    }
    const outcome = await runQuery(CompareDocument, { slugs, asOf: state.asOf });
    if (outcome.ok) return { ok: true as const, comparison: outcome.data.compare, slugs, dropped };
    const bad = outcome.extensions.slug;
    if (outcome.code === "BAD_USER_INPUT" && typeof bad === "string" && slugs.includes(bad)) {
      dropped.push(bad);
      slugs = slugs.filter((s) => s !== bad);
      continue;
    }
    return { ok: false as const, message: outcome.message, dropped };
  }
  return { ok: false as const, message: "Could not resolve the requested companies.", dropped };
}

async function loadLanes(columns: readonly Column[], asOf: string | null): Promise<TimelineLane[]> {
  return Promise.all(
    columns.map(async (column) => {
      const entities = [column.slug, ...column.labs.map((l) => l.slug), ...column.models.map((m) => m.model.slug)];
      const outcome = await runQuery(CompanyEventsDocument, { entities, asOf });
      const events = outcome.ok ? outcome.data.events.edges.map((e) => toTimelineEvent(e.node)) : [];
      return { key: column.slug, label: column.name, events };
    }),
  );
}

export default async function ComparePage(props: PageProps<"/compare">) {
  const params = await props.searchParams;
  const parsed = parseCompareParams(params);
  const [result, choices] = await Promise.all([
    loadComparison(parsed),
    runQuery(CompanyChoicesDocument, {}),
  ]);
  const notices = [...parsed.notices];
  for (const slug of result.dropped) notices.push(`“${slug}” is not a known company and was left out.`);
  if (result.ok && result.slugs.length < MIN_COMPARED) notices.push("Add at least one more company to compare.");

  const state: CompareState = { slugs: result.ok ? result.slugs : parsed.slugs, asOf: parsed.asOf };
  const companyChoices = choices.ok ? choices.data.companies.edges.map((e) => e.node) : [];
  // Awaited here, not in a child, so that the page arrives in one piece (readable without JS).
  const lanes = result.ok ? await loadLanes(result.comparison.companies, state.asOf) : [];

  return (
    <section>
      <h1>Compare companies</h1>
      <p className="muted">
        Side by side, as reported {parsed.asOf ? `by ${formatIsoDate(parsed.asOf)}` : "to date"}. Every number links to
        the passage it comes from.
      </p>
      <Controls state={state} choices={companyChoices} />
      {notices.length > 0 ? (
        <ul className="notice notice-warn" role="status">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <AsOfBanner asOf={parsed.asOf} />
      {result.ok ? (
        <ComparisonView comparison={result.comparison} state={state} lanes={lanes} />
      ) : (
        <ErrorNotice title="Could not load the comparison." message={result.message} />
      )}
    </section>
  );
}

function HiddenSlugs({ slugs }: { slugs: readonly string[] }) {
  return (
    <>
      {slugs.map((slug) => (
        <input key={slug} type="hidden" name="c" value={slug} />
      ))}
    </>
  );
}

/** Plain GET forms: they work without JavaScript and keep everything in the URL. */
function Controls({ state, choices }: { state: CompareState; choices: ReadonlyArray<{ slug: string; name: string }> }) {
  const addable = choices.filter((c) => !state.slugs.includes(c.slug));
  return (
    <div className="controls">
      <form method="get" action="/compare" className="inline-form">
        <HiddenSlugs slugs={state.slugs} />
        <label htmlFor="asOf">As of</label>
        <input id="asOf" type="date" name="asOf" defaultValue={state.asOf ?? ""} max={todayIso()} />
        <button type="submit">Show</button>
        {state.asOf ? <Link href={buildCompareHref(withAsOf(state, null))}>Today</Link> : null}
      </form>
      {state.slugs.length < MAX_COMPARED ? (
        <form method="get" action="/compare" className="inline-form">
          <HiddenSlugs slugs={state.slugs} />
          {state.asOf ? <input type="hidden" name="asOf" value={state.asOf} /> : null}
          <label htmlFor="add-company">Add a company</label>
          {addable.length > 0 ? (
            <select id="add-company" name="c" defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {addable.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          ) : (
            <input id="add-company" name="c" placeholder="slug, e.g. anthropic" pattern="[a-z0-9-]+" />
          )}
          <button type="submit">Add</button>
        </form>
      ) : (
        <p className="muted small">At most {MAX_COMPARED} companies at a time.</p>
      )}
    </div>
  );
}

function ComparisonView({
  comparison,
  state,
  lanes,
}: {
  comparison: Comparison;
  state: CompareState;
  lanes: readonly TimelineLane[];
}) {
  const columns = comparison.companies;
  const canRemove = columns.length > MIN_COMPARED;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Comparison table">
        <table className="compare-table">
          <caption className="visually-hidden">
            {columns.map((c) => c.name).join(", ")} as of {comparison.asOf}
          </caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th scope="col" key={column.slug}>
                  <Link href={`/companies/${column.slug}`} className="col-title">
                    {column.name}
                  </Link>
                  {canRemove ? (
                    <Link
                      className="remove"
                      href={buildCompareHref(withSlugRemoved(state, column.slug))}
                      aria-label={`Remove ${column.name} from the comparison`}
                    >
                      Remove
                    </Link>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Row label="Models">
              {columns.map((c) => (
                <td key={c.slug}>
                  <Models column={c} />
                </td>
              ))}
            </Row>
            <Row label="Labs">
              {columns.map((c) => (
                <td key={c.slug}>
                  {c.labs.length === 0 ? (
                    <Empty>No labs recorded.</Empty>
                  ) : (
                    <ul className="plain">
                      {c.labs.map((lab) => (
                        <li key={lab.slug}>
                          <Link href={`/labs/${lab.slug}`}>{lab.name}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </Row>
            <Row label="Key people">
              {columns.map((c) => (
                <td key={c.slug}>
                  <KeyPeople column={c} />
                </td>
              ))}
            </Row>
            <Row label="Capex guidance">
              {columns.map((c) => (
                <td key={c.slug}>
                  {c.capexGuidance.length === 0 ? (
                    <Empty>None reported.</Empty>
                  ) : (
                    <CapexRevisions figures={c.capexGuidance} />
                  )}
                </td>
              ))}
            </Row>
            <Row label="Money figures">
              {columns.map((c) => {
                const others = c.moneyFigures.filter((f) => f.metric !== "capex_guidance");
                return (
                  <td key={c.slug}>
                    {others.length === 0 ? (
                      <Empty>None reported.</Empty>
                    ) : (
                      <ul className="plain">
                        {others.map((figure, i) => (
                          <li key={`${figure.event.id}-${i}`}>
                            <FigureValue figure={figure} /> <span className="small">{metricLabel(figure.metric)}</span>
                            <div className="small muted">{figure.event.title}</div>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </Row>
            <Row label="Events by type">
              {columns.map((c) => (
                <td key={c.slug}>
                  <EventCounts column={c} />
                </td>
              ))}
            </Row>
          </tbody>
        </table>
      </div>

      <h2>Timeline</h2>
      <Timeline
        lanes={lanes}
        asOf={state.asOf}
        title={`Events of ${columns.map((c) => c.name).join(", ")} over time`}
      />

      <h2>Talent flow</h2>
      <TalentFlows flows={comparison.talentFlows} />
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {children}
    </tr>
  );
}

/** Current roles, one entry per person (Alexandr Wang: Chief AI Officer; Head, MSL; Head, TBD Lab). */
function KeyPeople({ column }: { column: Column }) {
  if (column.keyPeople.length === 0) return <Empty>Nobody recorded.</Empty>;
  const byPerson = new Map<string, { person: Column["keyPeople"][number]["person"]; roles: Column["keyPeople"] }>();
  for (const role of column.keyPeople) {
    const entry = byPerson.get(role.person.slug) ?? { person: role.person, roles: [] };
    entry.roles.push(role);
    byPerson.set(role.person.slug, entry);
  }
  return (
    <ul className="plain">
      {[...byPerson.values()].map(({ person, roles }) => (
        <li key={person.slug}>
          <Link href={`/people/${person.slug}`}>{person.name}</Link>
          {roles.map((role, i) => (
            <div className="small muted" key={i}>
              {role.title}
              {role.organization.slug !== column.slug ? `, ${role.organization.name}` : ""}
              {role.start ? (
                <>
                  {" · since "}
                  <When date={role.start} />
                </>
              ) : null}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Guidance revisions, oldest first; repeated reports of one value are one line with several links. */
function CapexRevisions({ figures }: { figures: Column["capexGuidance"] }) {
  const groups = groupConsecutiveValues(figures);
  return (
    <ol className="plain revisions">
      {groups.map((group, i) => {
        const [first] = group;
        const latest = i === groups.length - 1;
        return (
          <li key={`${first.event.id}-${i}`} className={latest ? "" : "superseded"}>
            <FigureValue figure={first} />
            <span className="small muted">
              {" "}
              {first.effectiveOn ? <When date={first.effectiveOn} /> : `reported ${first.event.firstReportedOn}`}
              {latest ? " (latest)" : " (revised)"}
            </span>
            {group.length > 1 ? (
              <span className="small">
                {" "}
                also reported{" "}
                {group.slice(1).map((figure, j) => (
                  <Link key={j} href={figureHref(figure.event.id, figure.citations)} aria-label={`Report ${j + 2} of ${first.text}`}>
                    [{j + 2}]
                  </Link>
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function Models({ column }: { column: Column }) {
  if (column.models.length === 0) return <Empty>No models recorded.</Empty>;
  const models = column.models.filter((m) => m.model.kind !== "PRODUCT");
  const products = column.models.filter((m) => m.model.kind === "PRODUCT");
  return (
    <>
      {models.length > 0 ? <ModelList items={models} /> : <Empty>No models recorded.</Empty>}
      {products.length > 0 ? (
        <details className="products">
          <summary>
            {products.length} {products.length === 1 ? "product" : "products"}
          </summary>
          <ModelList items={products} />
        </details>
      ) : null}
    </>
  );
}

function ModelList({ items }: { items: Column["models"] }) {
  return (
    <ul className="plain">
      {items.map((m) => (
        <li key={m.model.slug} className="model-item">
          <Link href={`/models/${m.model.slug}`}>{m.model.name}</Link>
          <div>
            <StatusTag status={m.status} />
            <Tag tone={m.access === "OPEN_WEIGHTS" ? "good" : undefined}>{modelAccessLabel(m.access)}</Tag>
          </div>
          <div className="small">
            {m.releasedOn ? (
              <>
                Released <When date={m.releasedOn} />
              </>
            ) : m.expectedRelease ? (
              <>
                Expected <FigureValue figure={m.expectedRelease} />{" "}
                {formatFigure(m.expectedRelease) !== m.expectedRelease.text ? (
                  <span className="muted">
                    (“<span lang={m.expectedRelease.citations[0]?.source.language}>{m.expectedRelease.text}</span>”)
                  </span>
                ) : null}
              </>
            ) : (
              <span className="muted">No release date reported</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Horizontal bars, scaled to the column's largest count; server-rendered SVG. */
function EventCounts({ column }: { column: Column }) {
  if (column.eventCounts.length === 0) return <Empty>No events.</Empty>;
  const max = Math.max(...column.eventCounts.map((e) => e.count));
  const sorted = [...column.eventCounts].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return (
    <>
      <p className="small muted">{column.totalEvents} in total</p>
      <ul className="plain bars">
        {sorted.map((e) => (
          <li key={e.type}>
            <span className="bar-label">{enumLabel(e.type)}</span>
            <svg width="80" height="10" aria-hidden="true" className="bar">
              <rect x="0" y="0" width={Math.max(2, (e.count / max) * 80)} height="10" rx="2" />
            </svg>
            <span className="bar-value">{e.count}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function TalentFlows({ flows }: { flows: Comparison["talentFlows"] }) {
  if (flows.length === 0) return <Empty>No recorded moves between these companies.</Empty>;
  return (
    <ol className="plain flows">
      {flows.map((flow, i) => (
        <li key={`${flow.person.slug}-${i}`} className="card">
          <p>
            <Link href={`/people/${flow.person.slug}`}>
              <strong>{flow.person.name}</strong>
            </Link>{" "}
            left <Link href={`/companies/${flow.fromCompany.slug}`}>{flow.fromCompany.name}</Link>
            {flow.fromOrganization.slug !== flow.fromCompany.slug ? ` (${flow.fromOrganization.name})` : ""}
            {flow.left.end ? (
              <>
                {" in "}
                <When date={flow.left.end} />
              </>
            ) : null}, where they were {flow.left.title}, and joined{" "}
            <Link href={`/companies/${flow.toCompany.slug}`}>{flow.toCompany.name}</Link>
            {flow.toOrganization.slug !== flow.toCompany.slug ? ` (${flow.toOrganization.name})` : ""}
            {flow.joined.start ? (
              <>
                {" in "}
                <When date={flow.joined.start} />
              </>
            ) : null} as {flow.joined.title}.
          </p>
          <details>
            <summary>Sources ({flow.left.citations.length + flow.joined.citations.length})</summary>
            {[...flow.left.citations, ...flow.joined.citations].map((citation, j) => (
              <CitationBlock key={j} citation={citation} />
            ))}
          </details>
        </li>
      ))}
    </ol>
  );
}
