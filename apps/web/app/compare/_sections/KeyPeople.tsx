import { Fragment } from "react";
import Link from "../../_components/Link";
import { splitLeadership, type RankedPerson } from "../../../lib/compare/leadership";
import { graphql } from "../../../src/gql";
import type { CompareKeyPeopleFieldsFragment } from "../../../src/gql/graphql";
import { Empty, When } from "../../_components/ui";
import { CompanyCard, CompareRow } from "./layout";

export const CompareKeyPeopleFields = graphql(`
  fragment CompareKeyPeopleFields on CompanyComparison {
    slug
    name
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
                      <summary>Show all {everyone.length} people</summary>
                      <PeopleList people={rest} company={column.slug} />
                    </details>
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
          <span className="small muted">
            {" "}
            {roles.map((role, i) => (
              <Fragment key={i}>
                {`${i > 0 ? "; " : ""}${role.title}${role.organization.slug !== company ? `, ${role.organization.name}` : ""}${role.start ? " since " : ""}`}
                {role.start ? <When date={role.start} /> : null}
              </Fragment>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
