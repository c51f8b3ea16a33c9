import { RolesTable, type RoleData } from "./profile";
import { ShownOf } from "./ui";

/**
 * An organization's people: the roles the API kept (current leadership first, at most 100), and,
 * when it holds more, how many and where to page through them all.
 */
export function PeopleSection({ roles, roleCount, organization }: { roles: readonly RoleData[]; roleCount: number; organization: { slug: string; name: string } }) {
  return (
    <section aria-labelledby="people">
      <h2 id="people">People</h2>
      <ShownOf shown={roles.length} total={roleCount} noun="roles" kept="current leadership first" href={`/people?org=${encodeURIComponent(organization.slug)}`} testId="roles-cut">
        Everyone at {organization.name}
      </ShownOf>
      <RolesTable roles={roles} show="person" />
    </section>
  );
}
