import type { SqlParams, SqlReader } from "../../db/sql-reader";
import type { EntityNode } from "../../common/nodes";
import type { ConnectionShape, Page } from "../../common/pagination";
import { ENTITY_COLUMNS, ENTITY_JOINS, entityNodeFromRow } from "../../common/read-rows";
import { queryPage } from "../../common/sql-page";

export interface EntityOrderInput {
  field: "NAME" | "SLUG";
  direction: "ASC" | "DESC";
}

/**
 * One page of entities matching `conditions` (SQL over `e`, `o`, `m`), in one statement; the count
 * runs only when `totalCount` is asked for. Shared by companies, labs, models and people.
 */
export function listEntities(options: {
  reader: SqlReader;
  prefix: string;
  conditions: string[];
  params: SqlParams;
  orderBy?: EntityOrderInput | null;
  page: Page;
}): Promise<ConnectionShape<EntityNode>> {
  const { reader, prefix, conditions, params, orderBy, page } = options;
  const direction = orderBy?.direction === "DESC" ? "DESC" : "ASC";
  return queryPage({
    reader,
    name: prefix,
    columns: ENTITY_COLUMNS,
    from: `"Entity" e ${ENTITY_JOINS}`,
    conditions,
    params,
    order: { direction, keys: [{ expr: orderBy?.field === "SLUG" ? "e.slug" : "e.name", cast: "::text" }, { expr: "e.id", cast: "::int" }] },
    page,
    toNode: entityNodeFromRow,
  });
}

/** `e.id` of the entity with this slug (a subquery), for filters by related entity. */
export function idOfSlug(params: SqlParams, slug: string): string {
  return `(SELECT id FROM "Entity" WHERE slug = ${params.add(slug)})`;
}
