import type { ReactNode } from "react";
import Link from "../../_components/Link";
import { splitLeadership, type RankedPerson } from "../../../lib/compare/leadership";
import { graphql } from "../../../src/gql";
import type { CompareKeyPeopleFieldsFragment } from "../../../src/gql/graphql";
import { fuzzyDateLabel, fuzzyDateOriginal } from "../../../lib/fuzzyDate";
import { Empty, When } from "../../_components/ui";
import { CompanyCard, CompareRow } from "./layout";

export const CompareKeyPeopleFields = graphql(`
  fragment CompareKeyPeopleFields on CompanyComparison {
    slug
    name
    keyPeopleCount
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
  }
`);

type Column = CompareKeyPeopleFieldsFragment;
type Role = Column["keyPeople"][number];

/** Leadership first (executives, founders, heads of labs); everyone else behind "show all". */
export function KeyPeople({ columns }: { columns: readonly Column[] }) {
  return (
    <section aria-labelledby="cmp-people" className="compare-section">
      <h2 id="cmp-people">Leadership</h2>
      <CompareRow>
        {columns.map((column, i) => {
          const { leaders, everyone } = splitLeadership(column.keyPeople, column.slug);
          const rest = everyone.filter((p) => !leaders.includes(p));
          return (
            <CompanyCard key={column.slug} index={i} name={column.name}>
              {everyone.length === 0 ? (
                <Empty>Nobody recorded.</Empty>
              ) : (
                <>
                  {leaders.length > 0 ? <PeopleList people={leaders} company={column.slug} /> : <Empty>No leadership roles recorded.</Empty>}
                  {rest.length > 0 ? (
                    <details className="show-all">
                      <summary>{`Show all ${everyone.length} people`}</summary>
                      <PeopleList people={rest} company={column.slug} />
                    </details>
                  ) : null}
                  {column.keyPeopleCount > column.keyPeople.length ? (
                    <p className="small muted">
                      {`Leadership among ${column.keyPeople.length} of ${column.keyPeopleCount} current roles. `}
                      <Link href={`/companies/${column.slug}`}>People on the company page</Link>
                    </p>
                  ) : null}
                </>
              )}
            </CompanyCard>
          );
        })}
      </CompareRow>
    </section>
  );
}

function PeopleList({ people, company }: { people: ReadonlyArray<RankedPerson<Role>>; company: string }) {
  return (
    <ul className="plain people">
      {people.map(({ person, roles }) => (
        <li key={person.slug}>
          <Link href={`/people/${person.slug}`}>{person.name}</Link>
          <span className="small muted">{roleLine(roles, company)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * " Title, Org since summer 2025; Title" as one text node where it can be: React separates
 * neighbouring text parts with <!-- --> and sends each on its own in the page's payload. A date
 * with wording to show ("as written") stays a <When>.
 */
function roleLine(roles: readonly Role[], company: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let text = " ";
  roles.forEach((role, i) => {
    text += `${i > 0 ? "; " : ""}${role.title}${role.organization.slug !== company ? `, ${role.organization.name}` : ""}`;
    if (!role.start) return;
    text += " since ";
    if (fuzzyDateOriginal(role.start)) {
      parts.push(text, <When key={i} date={role.start} />);
      text = "";
    } else text += fuzzyDateLabel(role.start);
  });
  if (text) parts.push(text);
  return parts;
}
