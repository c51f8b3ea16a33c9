import type { Role } from "../../db/prisma";
import { SqlParams, type SqlReader } from "../../db/sql-reader";
import { periodEnd, periodStart, toIsoDay } from "../../common/fuzzy-date";
import { fuzzyDateFromColumns } from "../../common/fuzzy-date.type";
import type { EntityNode } from "../../common/nodes";
import type { ConnectionShape, Page } from "../../common/pagination";

import { idOfSlug, listEntities, type EntityOrderInput } from "../entity/entity-list";
import type { RoleType } from "./person.type";

/** A role is current on `asOf` when it had started (or its start is unknown) and had not ended by then. */
export function isRoleCurrent(role: Pick<Role, "startDate" | "endDate">, asOf: Date): boolean {
  const started = !role.startDate || role.startDate <= asOf;
  const ended = role.endDate != null && role.endDate < asOf;
  return started && !ended;
}

export function toRole(row: Role, asOf: Date): RoleType {
  return {
    roleId: row.id,
    personId: row.personId,
    organizationId: row.organizationId,
    title: row.title,
    start: fuzzyDateFromColumns(
      row.startText,
      row.startDate,
      row.startDate && row.startPrecision ? periodEnd(row.startDate, row.startPrecision) : null,
      row.startPrecision,
    ),
    end: fuzzyDateFromColumns(
      row.endText,
      row.endDate && row.endPrecision ? periodStart(row.endDate, row.endPrecision) : null,
      row.endDate,
      row.endPrecision,
    ),
    isCurrent: isRoleCurrent(row, asOf),
  };
}

export interface PeopleListOptions {
  reader: SqlReader;
  filter?: { organization?: string | null; currentOnly?: boolean | null } | null;
  orderBy?: EntityOrderInput | null;
  page: Page;
}

export function listPeople(options: PeopleListOptions): Promise<ConnectionShape<EntityNode>> {
  const { reader, filter, orderBy, page } = options;
  const params = new SqlParams();
  const conditions = [`e.kind = 'PERSON'`];
  const roleConditions: string[] = [];
  if (filter?.organization) roleConditions.push(`r."organizationId" = ${idOfSlug(params, filter.organization)}`);
  if (filter?.currentOnly) roleConditions.push(`(r."endDate" IS NULL OR r."endDate" >= ${params.add(toIsoDay(new Date()), "::date")})`);
  if (roleConditions.length) conditions.push(`EXISTS (SELECT 1 FROM "Role" r WHERE r."personId" = e.id AND ${roleConditions.join(" AND ")})`);
  return listEntities({ reader, prefix: "people", conditions, params, orderBy, page });
}
