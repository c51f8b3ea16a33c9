import { shapedStatement, whereClause, type SqlParams, type SqlReader } from "../db/sql-reader";
import { afterCondition, encodeCursor, keyColumnsSql, keysOfRow, orderBySql, orderSignature, type KeysetOrder } from "./cursor";
import { toCountedLazilyConnection, type ConnectionShape, type Page } from "./pagination";

/**
 * One page of a root list in one statement (limit + 1 rows, so no count is needed for
 * `hasNextPage`), and a count statement that runs only when `totalCount` is selected. `from` is the
 * FROM clause's body (tables and joins); `params` already holds the conditions' values. A cursor
 * from the same list and order seeks by its keys; any other page is reached by offset.
 */
export async function queryPage<Row extends object, Node>(options: {
  reader: SqlReader;
  name: string;
  columns: string;
  from: string;
  conditions: string[];
  params: SqlParams;
  order: KeysetOrder;
  page: Page;
  toNode: (row: Row) => Node;
  /** Sees the rows before they become nodes (prefetched relations prime the loaders). */
  onRows?: (rows: Row[]) => void;
  /** A cheaper way to count the same rows (fewer joins): `count(expression)`; values in the same `params`. */
  count?: { from: string; conditions: string[]; expression: string };
}): Promise<ConnectionShape<Node>> {
  const { reader, name, columns, from, conditions, params, order, page, toNode, onRows } = options;
  const counted = options.count ?? { from, conditions, expression: "*" };
  const countStatement = shapedStatement(`${name}_count`, `SELECT count(${counted.expression})::int AS count FROM ${counted.from} ${whereClause(counted.conditions)}`);
  const countValues = [...params.values];
  // The same rows, read until one past `upTo`: `count(DISTINCT x)` becomes `SELECT DISTINCT x … LIMIT`.
  const countUpToStatement = shapedStatement(
    `${name}_count_upto`,
    `SELECT count(*)::int AS count FROM (SELECT ${counted.expression === "*" ? "1" : counted.expression} FROM ${counted.from} ${whereClause(counted.conditions)}
     LIMIT $${countValues.length + 1}::int) counted`,
  );
  const signature = orderSignature(name, order);
  const seek = page.after ? afterCondition(page.after, signature, order, params) : null;
  const pageStatement = shapedStatement(
    `${name}_page`,
    `SELECT ${columns}${keyColumnsSql(order)} FROM ${from} ${whereClause(seek ? [...conditions, seek] : conditions)}
     ORDER BY ${orderBySql(order)}
     LIMIT ${params.add(page.limit + 1, "::int")}${seek ? "" : ` OFFSET ${params.add(page.offset, "::int")}`}`,
  );
  const rows = await reader.query<Row>(pageStatement, params.values);
  onRows?.(rows);
  const connection = toCountedLazilyConnection(
    rows.map(toNode),
    page,
    async () => (await reader.query<{ count: number }>(countStatement, countValues))[0].count,
    (index) => encodeCursor({ offset: page.offset + index, order: signature, keys: keysOfRow(rows[index], order) }),
  );
  connection.countUpTo = async (upTo) => (await reader.query<{ count: number }>(countUpToStatement, [...countValues, upTo + 1]))[0].count;
  return connection;
}
