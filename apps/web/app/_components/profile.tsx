import Link from "./Link";
import { groupByLanguage } from "../../lib/entities";
import { enumLabel, formatIsoDate, languageName, modelAccessLabel } from "../../lib/format";
import type { ModelAccess, ModelStatus } from "../../src/gql/graphql";
import type { FuzzyDateLike } from "../../lib/fuzzyDate";
import { CitationBlock, type CitationData } from "./Citation";
import { Timeline, toTimelineEvent } from "./Timeline";
import { Empty, EntityLink, EventList, LangTag, ShownOf, StatusTag, Tag, When, type EntityRef, type EventRow } from "./ui";

export interface AliasData {
  name: string;
  language: string;
  kind: string;
}

/** Names by language, each in its script with the right `lang`. */
export function AliasSection({ aliases }: { aliases: readonly AliasData[] }) {
  return (
    <section aria-labelledby="aliases">
      <h2 id="aliases">Names and aliases</h2>
      {aliases.length === 0 ? (
        <Empty>No other names recorded.</Empty>
      ) : (
        <dl className="facts">
          {groupByLanguage(aliases).map((group) => (
            <div key={group.language} style={{ display: "contents" }}>
              <dt>
                {languageName(group.language)}
                <LangTag lang={group.language} />
              </dt>
              <dd>
                {group.items.map((alias, i) => (
                  <span key={`${alias.name}-${i}`}>
                    {i > 0 ? ", " : ""}
                    <span lang={group.language === "und" ? undefined : group.language}>{alias.name}</span>
                    <span className="muted small"> ({enumLabel(alias.kind).toLowerCase()})</span>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export interface TreeNode extends EntityRef {
  children?: readonly TreeNode[];
}

/** Parent above, this organization, and its children (two levels). */
export function OrgTree({ parent, self, items }: { parent?: EntityRef | null; self: EntityRef; items: readonly TreeNode[] }) {
  const renderChildren = (nodes: readonly TreeNode[]) =>
    nodes.length === 0 ? null : (
      <ul className="tree">
        {nodes.map((node) => (
          <li key={node.slug}>
            <EntityLink entity={node} />
            {node.children ? renderChildren(node.children) : null}
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="org-tree">
      <h2 id="org-tree">Organization</h2>
      <ul className="tree">
        <li>
          {parent ? (
            <>
              <EntityLink entity={parent} /> <span className="muted small">(parent)</span>
              <ul className="tree">
                <li>
                  <strong aria-current="page">{self.name}</strong>
                  {renderChildren(items)}
                </li>
              </ul>
            </>
          ) : (
            <>
              <strong aria-current="page">{self.name}</strong>
              {renderChildren(items)}
            </>
          )}
        </li>
      </ul>
      {!parent && items.length === 0 ? <Empty>No parent or sub-organizations recorded.</Empty> : null}
    </section>
  );
}

export interface ProfileEvent extends EventRow {
  occurredOn?: (FuzzyDateLike & { start: string; end: string }) | null;
  citations: ReadonlyArray<{
    source: { id: string; title: string; language: string; publishedOn: string; publisher?: { name: string } | null };
  }>;
}

/** A one-lane SVG timeline and the list of events. */
export function EventsSection({ name, slug, events, total }: { name: string; slug: string; events: readonly ProfileEvent[]; total: number }) {
  return (
    <section aria-labelledby="events">
      <h2 id="events">Timeline</h2>
      {events.length === 0 ? (
        <Empty>No events recorded.</Empty>
      ) : (
        <>
          <Timeline lanes={[{ key: slug, label: name, events: events.map(toTimelineEvent) }]} asOf={null} title={`Events of ${name} over time`} />
          <EventList events={events} />
          {total > events.length ? (
            <p className="small muted">
              Showing the latest {events.length} of {total} events.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Every source cited by the events, newest first. */
export function SourcesSection({ events }: { events: readonly ProfileEvent[] }) {
  const sources = new Map<string, ProfileEvent["citations"][number]["source"]>();
  for (const event of events) for (const c of event.citations) sources.set(c.source.id, c.source);
  const list = [...sources.values()].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      {list.length === 0 ? (
        <Empty>No sources yet.</Empty>
      ) : (
        <ul className="plain">
          {list.map((source) => (
            <li key={source.id}>
              <Link href={`/sources/${encodeURIComponent(source.id)}`}>
                <cite>{source.title}</cite>
              </Link>
              <LangTag lang={source.language} />
              <div className="small muted">
                {source.publisher ? `${source.publisher.name} · ` : ""}
                {formatIsoDate(source.publishedOn)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface RoleData {
  title: string;
  isCurrent: boolean;
  start?: FuzzyDateLike | null;
  end?: FuzzyDateLike | null;
  person?: EntityRef;
  organization?: EntityRef;
  citations?: readonly CitationData[];
}

/** Roles over time, oldest first, with the passages that report them. */
export function RolesTable({ roles, show }: { roles: readonly RoleData[]; show: "person" | "organization" }) {
  if (roles.length === 0) return <Empty>No roles recorded.</Empty>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{show === "person" ? "Person" : "Organization"}</th>
          <th scope="col">Title</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
          {roles.some((r) => r.citations) ? <th scope="col">Sources</th> : null}
        </tr>
      </thead>
      <tbody>
        {roles.map((role, i) => {
          const who = show === "person" ? role.person : role.organization;
          return (
            <tr key={i}>
              <td>{who ? <EntityLink entity={who} /> : "—"}</td>
              <td>
                {role.title} {role.isCurrent ? <Tag tone="good">Current</Tag> : null}
              </td>
              <td>{role.start ? <When date={role.start} /> : "—"}</td>
              <td>{role.end ? <When date={role.end} /> : role.isCurrent ? "now" : "—"}</td>
              {role.citations ? (
                <td>
                  {role.citations.length === 0 ? (
                    "—"
                  ) : (
                    <details>
                      <summary>
                        {role.citations.length} {role.citations.length === 1 ? "quote" : "quotes"}
                      </summary>
                      {role.citations.map((c, j) => (
                        <CitationBlock key={j} citation={c} />
                      ))}
                    </details>
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The models and products an organization owns or develops, with status and access; when the API
 * kept only some (`total` more than listed), how many and where the rest are.
 */
export function ModelsSection({
  models,
  total,
  owner,
}: {
  models: readonly { slug: string; name: string; status: ModelStatus; access: ModelAccess }[];
  total?: number;
  owner?: { slug: string; name: string };
}) {
  return (
    <section aria-labelledby="models">
      <h2 id="models">Models and products</h2>
      {total != null && owner ? (
        <ShownOf
          shown={models.length}
          total={total}
          noun="models"
          kept="released and reported ones first"
          href={`/models?organization=${encodeURIComponent(owner.slug)}`}
          testId="models-cut"
        >
          Models of {owner.name} and its labs
        </ShownOf>
      ) : null}
      {models.length === 0 ? (
        <Empty>No models recorded.</Empty>
      ) : (
        <ul className="plain">
          {models.map((m) => (
            <li key={m.slug}>
              <Link href={`/models/${m.slug}`}>{m.name}</Link> <StatusTag status={m.status} />
              <Tag>{modelAccessLabel(m.access)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
