import type { Prisma, PrismaClient, Role } from "../../db/prisma";
import { periodEnd, periodStart } from "../../common/fuzzy-date";
import { fuzzyDateFromColumns } from "../../common/fuzzy-date.type";
import { entityInclude, toEntityNode, type EntityNode } from "../../common/nodes";
import type { Page } from "../../common/pagination";
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
  prisma: PrismaClient;
  filter?: { organization?: string | null; currentOnly?: boolean | null } | null;
  orderBy?: { field: "NAME" | "SLUG"; direction: "ASC" | "DESC" } | null;
  page: Page;
}

export async function listPeople(options: PeopleListOptions): Promise<{ nodes: EntityNode[]; totalCount: number }> {
  const { prisma, filter, orderBy, page } = options;
  const roleCondition: Prisma.RoleWhereInput = {
    ...(filter?.organization ? { organization: { entity: { slug: filter.organization } } } : {}),
    ...(filter?.currentOnly ? { OR: [{ endDate: null }, { endDate: { gte: new Date() } }] } : {}),
  };
  const where: Prisma.EntityWhereInput = {
    kind: "PERSON",
    ...(filter?.organization || filter?.currentOnly ? { person: { roles: { some: roleCondition } } } : {}),
  };
  const direction = orderBy?.direction === "DESC" ? "desc" : "asc";
  const [rows, totalCount] = await Promise.all([
    prisma.entity.findMany({
      where,
      include: entityInclude,
      orderBy: [orderBy?.field === "SLUG" ? { slug: direction } : { name: direction }, { id: "asc" }],
      skip: page.offset,
      take: page.limit,
    }),
    prisma.entity.count({ where }),
  ]);
  return { nodes: rows.map(toEntityNode), totalCount };
}
