import DataLoader from "dataloader";
import { roleAsOf, roleColumnsAsOf, visibleAsOf, type AsOfDay } from "../../common/as-of";
import { keyedLoader, type RequestContext } from "../../common/context";
import { groupBy } from "../../common/group-by";
import { entityJsonSql, type EntityJson, type RoleRow } from "../../common/read-rows";
import { sql } from "../../db/sql-reader";

const D = "$2::date";

/**
 * Which of a company's current roles are leadership, as an SQL rank (0 = top executive or founder of
 * the company itself … 3 = vice-president level, 4 = not leadership): the roles an organization's
 * page keeps (KEPT_ROLES) and the key people a compare column keeps are its leaders. The web's
 * compare page ranks what it receives by the same tiers (apps/web/lib/compare/leadership.ts) to
 * decide what shows before "show all".
 */
export function leadershipTierSql(r: string, companyId: string): string {
  const title = `coalesce(${r}.title, '')`;
  const atCompany = (yes: number, no: number) => `CASE WHEN ${r}."organizationId" = ${companyId} THEN ${yes} ELSE ${no} END`;
  const TOP = `\\m(chief executive|ceo|founder|co-founder|chair(man|woman|person)?|president)\\M`;
  const CHIEF = `\\m(chief|c[a-z]o)\\M`;
  return `CASE
    WHEN ${title} ~* '\\mchief scientist\\M' THEN ${atCompany(1, 2)}
    WHEN ${title} ~* '\\m(spokes(person|man|woman)|researcher|engineer|scientist|intern|analyst|program lead)\\M' AND ${title} !~* '${TOP}' AND ${title} !~* '${CHIEF}' THEN 4
    WHEN ${title} ~* '\\m(vice[- ]president|vp|general manager|managing director)\\M' THEN 3
    WHEN ${title} ~* '${TOP}' THEN ${atCompany(0, 2)}
    WHEN ${title} ~* '${CHIEF}' THEN ${atCompany(1, 2)}
    WHEN ${title} ~* '\\m(head|director|lead(er)?)\\M' THEN ${atCompany(3, 2)}
    ELSE 4 END`;
}

/**
 * The roles an organization's page lists, at most $3 per organization ($1): the current ones first,
 * leadership first among them (leadershipTierSql, by which compare ranks key people too), then the
 * most recently started. They come back in start order, oldest first, as the page has always shown
 * them. At a million events meta held 24k roles, and the page sent every one. Each brings its person
 * along (the page shows their names), so the people cost no statement of their own.
 */
const KEPT_ROLES = sql(
  "organization_roles_kept",
  `SELECT kept.* FROM unnest($1::int[]) AS k(id) CROSS JOIN LATERAL (
     SELECT ${roleColumnsAsOf("r", D)}, ${entityJsonSql('r."personId"', D)} AS "personEntity" FROM "Role" r
     WHERE r."organizationId" = k.id AND ${visibleAsOf.role("r", D)}
     ORDER BY ${roleAsOf.isCurrent("r", D)} DESC, ${leadershipTierSql("r", 'r."organizationId"')}, r."startDate" DESC NULLS LAST, r.id DESC
     LIMIT $3::int
   ) kept ORDER BY kept."organizationId", kept."startDate" ASC NULLS FIRST, kept.id`,
);

/** How many roles each organization ($1) has, reported by the day. */
const ROLE_COUNTS = sql(
  "organization_role_counts",
  `SELECT k.id AS "organizationId", (SELECT count(*)::int FROM "Role" r WHERE r."organizationId" = k.id AND ${visibleAsOf.role("r", D)}) AS count
   FROM unnest($1::int[]) AS k(id)`,
);

/** The kept roles of organizations, one statement per batch (per day and limit, within a request). */
export const keptRoles = (context: RequestContext, day: AsOfDay, limit: number) =>
  keyedLoader(
    context,
    `organization_roles_kept:${day}:${limit}`,
    () =>
      new DataLoader<number, RoleRow[]>(async (ids) => {
        const dated = context.loaders.at(day);
        const rows = (await context.reader.query<RoleRow & { personEntity: EntityJson | null }>(KEPT_ROLES, [ids, day, limit])).map(({ personEntity, ...role }) => {
          dated.primeEntity(personEntity);
          return role;
        });
        const byOrganization = groupBy(rows, (row) => row.organizationId);
        return ids.map((id) => byOrganization.get(id) ?? []);
      }),
  );

export const roleCounts = (context: RequestContext, day: AsOfDay) =>
  keyedLoader(
    context,
    `organization_role_counts:${day}`,
    () =>
      new DataLoader<number, number>(async (ids) => {
        const rows = await context.reader.query<{ organizationId: number; count: number }>(ROLE_COUNTS, [ids, day]);
        const byOrganization = new Map(rows.map((row) => [row.organizationId, row.count]));
        return ids.map((id) => byOrganization.get(id) ?? 0);
      }),
  );
