import { shapedStatement, whereClause, type SqlParams, type SqlReader } from "../db/sql-reader";
import { toCountedLazilyConnection, type ConnectionShape, type Page } from "./pagination";

/**
 * One page of a root list in one statement (limit + 1 rows, so no count is needed for
 * `hasNextPage`), and a count statement that runs only when `totalCount` is selected. `from` is the
 * FROM clause's body (tables and joins); `params` already holds the conditions' values.
 */
export async function queryPage<Row, Node>(options: {
  reader: SqlReader;
  name: string;
  columns: string;
  from: string;
  conditions: string[];
  params: SqlParams;
  orderBy: string;
  page: Page;
  toNode: (row: Row) => Node;
  /** Sees the rows before they become nodes (prefetched relations prime the loaders). */
  onRows?: (rows: Row[]) => void;
}): Promise<ConnectionShape<Node>> {
  const { reader, name, columns, from, conditions, params, orderBy, page, toNode, onRows } = options;
  const where = whereClause(conditions);
  const countValues = [...params.values];
  const pageStatement = shapedStatement(
    `${name}_page`,
    `SELECT ${columns} FROM ${from} ${where} ORDER BY ${orderBy}
     LIMIT ${params.add(page.limit + 1, "::int")} OFFSET ${params.add(page.offset, "::int")}`,
  );
  const rows = await reader.query<Row>(pageStatement, params.values);
  onRows?.(rows);
  const countStatement = shapedStatement(`${name}_count`, `SELECT count(*)::int AS count FROM ${from} ${where}`);
  return toCountedLazilyConnection(rows.map(toNode), page, async () => (await reader.query<{ count: number }>(countStatement, countValues))[0].count);
}
