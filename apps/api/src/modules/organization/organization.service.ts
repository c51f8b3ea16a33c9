import { SqlParams, type SqlReader } from "../../db/sql-reader";
import type { EntityNode, OrganizationTypeName } from "../../common/nodes";
import type { ConnectionShape, Page } from "../../common/pagination";

import { idOfSlug, listEntities, type EntityOrderInput } from "../entity/entity-list";
import type { OrganizationKind } from "../../common/enums";
import type { AsOfDay } from "../../common/as-of";

export const KINDS_BY_TYPE: Record<OrganizationTypeName, OrganizationKind[]> = {
  Company: ["COMPANY", "INVESTOR"],
  Lab: ["LAB", "TEAM", "DIVISION"],
  MediaOutlet: ["MEDIA_OUTLET"],
  Institution: ["UNIVERSITY", "GOVERNMENT", "OTHER"],
};

export interface OrganizationListOptions {
  reader: SqlReader;
  typeName: OrganizationTypeName;
  filter?: { kinds?: OrganizationKind[] | null; parent?: string | null; country?: string | null; reported?: boolean | null } | null;
  orderBy?: EntityOrderInput | null;
  page: Page;
  asOf: AsOfDay;
}

/** Organizations of one GraphQL type that had been reported by the as-of day. */
export function listOrganizations(options: OrganizationListOptions): Promise<ConnectionShape<EntityNode>> {
  const { reader, typeName, filter, orderBy, page, asOf } = options;
  const kinds = filter?.kinds?.length ? filter.kinds.filter((kind) => KINDS_BY_TYPE[typeName].includes(kind)) : KINDS_BY_TYPE[typeName];
  const params = new SqlParams();
  const day = params.add(asOf, "::date");
  const conditions = [`o.kind = ANY(${params.add(kinds, '::text[]::"OrganizationKind"[]')})`];
  if (filter?.country) conditions.push(`o.country = ${params.add(filter.country)}`);
  if (filter?.parent) conditions.push(`o."parentId" = ${idOfSlug(params, filter.parent)}`);
  // With the as-of rule on top (visibleAsOf.entity), a first report by the day.
  if (filter?.reported) conditions.push(`e."firstReportedOn" IS NOT NULL`);
  return listEntities({ reader, prefix: "organizations", conditions, params, orderBy, page, day, asOf });
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
