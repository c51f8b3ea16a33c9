import type { SqlReader } from "../../db/sql-reader";
import { toIsoDay } from "../../common/fuzzy-date";
import { toSourceNode, type SourceNode } from "../../common/nodes";
import { toCountedLazilyConnection, type ConnectionShape, type Page } from "../../common/pagination";
import { SOURCE_COLUMNS, type SourceRow } from "../../common/read-rows";
import { SqlParams, shapedStatement, whereClause } from "../event/event.query";
import { idOfSlug } from "../entity/entity-list";
import type { SourceFilter, SourceOrder } from "./source.type";

/** One page of sources (without their text) in one statement; counted only when asked. */
export async function listSources(options: {
  reader: SqlReader;
  filter?: SourceFilter | null;
  orderBy?: SourceOrder | null;
  page: Page;
}): Promise<ConnectionShape<SourceNode>> {
  const { reader, filter, orderBy, page } = options;
  const params = new SqlParams();
  const conditions: string[] = [];
  if (filter?.language) conditions.push(`s.language = ${params.add(filter.language)}`);
  if (filter?.publisher) conditions.push(`s."publisherId" = ${idOfSlug(params, filter.publisher)}`);
  if (filter?.asOf) conditions.push(`s."publishedOn" <= ${params.add(toIsoDay(filter.asOf), "::date")}`);
  const where = whereClause(conditions);
  const direction = orderBy?.direction === "ASC" ? "ASC" : "DESC";
  const order = orderBy?.field === "TITLE" ? `s.title ${direction}, s.id ${direction}` : `s."publishedOn" ${direction}, s.id ${direction}`;
  const countValues = [...params.values];
  const pageStatement = shapedStatement(
    "sources_page",
    `SELECT ${SOURCE_COLUMNS} FROM "Source" s ${where} ORDER BY ${order}
     LIMIT ${params.add(page.limit + 1, "::int")} OFFSET ${params.add(page.offset, "::int")}`,
  );
  const rows = await reader.query<SourceRow>(pageStatement, params.values);
  const countStatement = shapedStatement("sources_count", `SELECT count(*)::int AS count FROM "Source" s ${where}`);
  return toCountedLazilyConnection(rows.map(toSourceNode), page, async () => (await reader.query<{ count: number }>(countStatement, countValues))[0].count);
}
