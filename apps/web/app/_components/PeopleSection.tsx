import Link from "./Link";
import { RolesTable, type RoleData } from "./profile";

/**
 * An organization's people: the roles the API kept (current leadership first, at most 100), and,
 * when it holds more, how many and where to page through them all.
 */
export function PeopleSection({ roles, roleCount, organization }: { roles: readonly RoleData[]; roleCount: number; organization: { slug: string; name: string } }) {
  const cut = roleCount > roles.length;
  return (
    <section aria-labelledby="people">
      <h2 id="people">People</h2>
      {cut ? (
        <p className="small muted" data-testid="roles-cut">
          {roles.length.toLocaleString("en")} of {roleCount.toLocaleString("en")} roles: current leadership first.{" "}
          <Link href={`/people?org=${encodeURIComponent(organization.slug)}`}>Everyone at {organization.name}</Link>
        </p>
      ) : null}
      <RolesTable roles={roles} show="person" />
    </section>
  );
}
