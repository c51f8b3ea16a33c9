import type { SqlParams, SqlReader } from "../../db/sql-reader";
import type { EntityNode } from "../../common/nodes";
import type { ConnectionShape, Page } from "../../common/pagination";
import { ENTITY_JOINS, entityColumns, entityNodeFromRow, type EntityFlatRow } from "../../common/read-rows";
import { queryPage } from "../../common/sql-page";
import { visibleAsOf, type AsOfDay } from "../../common/as-of";

export interface EntityOrderInput {
  field: "NAME" | "SLUG";
  direction: "ASC" | "DESC";
}

/**
 * One page of entities matching `conditions` (SQL over `e`, `o`, `m`) and reported by the as-of day
 * (`day`: its placeholder in `params`), in one statement; the count runs only when `totalCount` is
 * asked for. Shared by companies, labs, models and people.
 */
export function listEntities(options: {
  reader: SqlReader;
  prefix: string;
  conditions: string[];
  params: SqlParams;
  orderBy?: EntityOrderInput | null;
  page: Page;
  day: string;
  asOf: AsOfDay;
}): Promise<ConnectionShape<EntityNode>> {
  const { reader, prefix, conditions, params, orderBy, page, day, asOf } = options;
  const direction = orderBy?.direction === "DESC" ? "DESC" : "ASC";
  return queryPage({
    reader,
    name: prefix,
    columns: entityColumns(day),
    from: `"Entity" e ${ENTITY_JOINS}`,
    conditions: [...conditions, visibleAsOf.entity("e", day)],
    params,
    order: {
      direction,
      keys: [
        { expr: orderBy?.field === "SLUG" ? "e.slug" : "e.name", cast: "::text" },
        { expr: "e.id", cast: "::int" },
      ],
    },
    page,
    toNode: (row: EntityFlatRow) => entityNodeFromRow(row, asOf),
  });
}

/** `e.id` of the entity with this slug (a subquery), for filters by related entity. */
export function idOfSlug(params: SqlParams, slug: string): string {
  return `(SELECT id FROM "Entity" WHERE slug = ${params.add(slug)})`;
}
