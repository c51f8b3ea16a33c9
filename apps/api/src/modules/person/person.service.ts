import { SqlParams, type SqlReader } from "../../db/sql-reader";
import { periodEnd, periodStart } from "../../common/fuzzy-date";
import { fuzzyDateFromColumns } from "../../common/fuzzy-date.type";
import { roleAsOf, visibleAsOf, type AsOfDay } from "../../common/as-of";
import type { EntityNode } from "../../common/nodes";
import type { RoleRow } from "../../common/read-rows";
import type { ConnectionShape, Page } from "../../common/pagination";

import { idOfSlug, listEntities, type EntityOrderInput } from "../entity/entity-list";
import type { RoleType } from "./person.type";

export function toRole(row: RoleRow, asOf: AsOfDay): RoleType {
  return {
    roleId: row.id,
    personId: row.personId,
    organizationId: row.organizationId,
    title: row.title,
    start: fuzzyDateFromColumns(row.startText, row.startDate, row.startDate && row.startPrecision ? periodEnd(row.startDate, row.startPrecision) : null, row.startPrecision),
    end: fuzzyDateFromColumns(row.endText, row.endDate && row.endPrecision ? periodStart(row.endDate, row.endPrecision) : null, row.endDate, row.endPrecision),
    isCurrent: row.isCurrent,
    asOf,
  };
}

export interface PeopleListOptions {
  reader: SqlReader;
  filter?: { organization?: string | null; currentOnly?: boolean | null } | null;
  orderBy?: EntityOrderInput | null;
  page: Page;
  asOf: AsOfDay;
}

/** People reported by the day; `currentOnly`: with a role current on that day (at `organization` when given). */
export function listPeople(options: PeopleListOptions): Promise<ConnectionShape<EntityNode>> {
  const { reader, filter, orderBy, page, asOf } = options;
  const params = new SqlParams();
  const day = params.add(asOf, "::date");
  const conditions = [`e.kind = 'PERSON'`];
  const roleConditions: string[] = [];
  if (filter?.organization) roleConditions.push(`r."organizationId" = ${idOfSlug(params, filter.organization)}`);
  if (filter?.currentOnly) roleConditions.push(roleAsOf.isCurrent("r", day));
  if (roleConditions.length) conditions.push(`EXISTS (SELECT 1 FROM "Role" r WHERE r."personId" = e.id AND ${visibleAsOf.role("r", day)} AND ${roleConditions.join(" AND ")})`);
  return listEntities({ reader, prefix: "people", conditions, params, orderBy, page, day, asOf });
}
