import { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../db/prisma";
import { entityInclude, toEntityNode, type EntityNode, type OrganizationTypeName } from "../../common/nodes";
import type { Page } from "../../common/pagination";
import type { OrganizationKind } from "../../common/enums";

export const KINDS_BY_TYPE: Record<OrganizationTypeName, OrganizationKind[]> = {
  Company: ["COMPANY", "INVESTOR"],
  Lab: ["LAB", "TEAM", "DIVISION"],
  MediaOutlet: ["MEDIA_OUTLET"],
  Institution: ["UNIVERSITY", "GOVERNMENT", "OTHER"],
};

export interface OrganizationListOptions {
  prisma: PrismaClient;
  typeName: OrganizationTypeName;
  filter?: { kinds?: OrganizationKind[] | null; parent?: string | null; country?: string | null } | null;
  orderBy?: { field: "NAME" | "SLUG"; direction: "ASC" | "DESC" } | null;
  page: Page;
}

export async function listOrganizations(options: OrganizationListOptions): Promise<{ nodes: EntityNode[]; totalCount: number }> {
  const { prisma, typeName, filter, orderBy, page } = options;
  const kinds = filter?.kinds?.length ? filter.kinds.filter((kind) => KINDS_BY_TYPE[typeName].includes(kind)) : KINDS_BY_TYPE[typeName];
  const where: Prisma.EntityWhereInput = {
    organization: {
      kind: { in: kinds },
      ...(filter?.country ? { country: filter.country } : {}),
      ...(filter?.parent ? { parent: { entity: { slug: filter.parent } } } : {}),
    },
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

/** An organization by slug, only when it is of the asked GraphQL type (company(slug: "tbd-lab") is null). */
export async function organizationBySlug(options: {
  load: (slug: string) => Promise<EntityNode | null>;
  slug: string;
  typeName: OrganizationTypeName;
}): Promise<EntityNode | null> {
  const node = await options.load(options.slug);
  return node && node.__typename === options.typeName ? node : null;
}

/** Every descendant organization of each root (Meta → MSL → TBD Lab …), in one recursive query. */
export async function descendantsOf(prisma: PrismaClient, rootIds: readonly number[]): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>(rootIds.map((id) => [id, []]));
  if (rootIds.length === 0) return result;
  const rows = await prisma.$queryRaw<{ root: number; id: number }[]>`
    WITH RECURSIVE tree(root, id) AS (
      SELECT "parentId", "entityId" FROM "Organization" WHERE "parentId" IN (${Prisma.join(rootIds)})
      UNION
      SELECT tree.root, child."entityId" FROM "Organization" child JOIN tree ON child."parentId" = tree.id
    )
    SELECT root, id FROM tree`;
  for (const row of rows) result.get(Number(row.root))?.push(Number(row.id));
  return result;
}
