import type { SqlReader } from "../../db/sql-reader";
import type { EntityNode } from "../../common/nodes";
import { toCountedLazilyConnection, type ConnectionShape, type Page } from "../../common/pagination";
import { ENTITY_COLUMNS, ENTITY_FROM, entityNodeFromRow, type EntityFlatRow } from "../../common/read-rows";
import { SqlParams, shapedStatement, whereClause } from "../event/event.query";

export interface EntityOrderInput {
  field: "NAME" | "SLUG";
  direction: "ASC" | "DESC";
}

/**
 * One page of entities matching `conditions` (SQL over `e`, `o`, `m`), in one statement; the count
 * runs only when `totalCount` is asked for. Shared by companies, labs, models and people.
 */
export async function listEntities(options: {
  reader: SqlReader;
  prefix: string;
  conditions: string[];
  params: SqlParams;
  orderBy?: EntityOrderInput | null;
  page: Page;
}): Promise<ConnectionShape<EntityNode>> {
  const { reader, prefix, conditions, params, orderBy, page } = options;
  const where = whereClause(conditions);
  const direction = orderBy?.direction === "DESC" ? "DESC" : "ASC";
  const order = `${orderBy?.field === "SLUG" ? "e.slug" : "e.name"} ${direction}, e.id ASC`;
  const countValues = [...params.values];
  const pageStatement = shapedStatement(
    `${prefix}_page`,
    `SELECT ${ENTITY_COLUMNS} ${ENTITY_FROM} ${where} ORDER BY ${order}
     LIMIT ${params.add(page.limit + 1, "::int")} OFFSET ${params.add(page.offset, "::int")}`,
  );
  const rows = await reader.query<EntityFlatRow>(pageStatement, params.values);
  const countStatement = shapedStatement(`${prefix}_count`, `SELECT count(*)::int AS count ${ENTITY_FROM} ${where}`);
  return toCountedLazilyConnection(rows.map(entityNodeFromRow), page, async () => (await reader.query<{ count: number }>(countStatement, countValues))[0].count);
}

/** `e.id` of the entity with this slug (a subquery), for filters by related entity. */
export function idOfSlug(params: SqlParams, slug: string): string {
  return `(SELECT id FROM "Entity" WHERE slug = ${params.add(slug)})`;
}
