import { SqlParams, type SqlReader } from "../../db/sql-reader";
import { visibleAsOf, type AsOfDay } from "../../common/as-of";
import { toSourceNode, type SourceNode } from "../../common/nodes";
import type { ConnectionShape, Page } from "../../common/pagination";
import { queryPage } from "../../common/sql-page";
import { SOURCE_COLUMNS, type SourceRow } from "../../common/read-rows";
import { idOfSlug } from "../entity/entity-list";
import type { SourceFilter, SourceOrder } from "./source.type";

/** One page of sources (without their text) in one statement; counted only when asked. */
export function listSources(options: {
  reader: SqlReader;
  filter?: SourceFilter | null;
  orderBy?: SourceOrder | null;
  page: Page;
  /** Only sources public by this day (common/as-of.ts). */
  asOf: AsOfDay;
}): Promise<ConnectionShape<SourceNode>> {
  const { reader, filter, orderBy, page, asOf } = options;
  const params = new SqlParams();
  const conditions = [visibleAsOf.source("s", params.add(asOf, "::date"))];
  if (filter?.language) conditions.push(`s.language = ${params.add(filter.language)}`);
  if (filter?.publisher) conditions.push(`s."publisherId" = ${idOfSlug(params, filter.publisher)}`);
  const direction = orderBy?.direction === "ASC" ? "ASC" : "DESC";
  return queryPage({
    reader,
    name: "sources",
    columns: SOURCE_COLUMNS,
    from: `"Source" s`,
    conditions,
    params,
    order: {
      direction,
      keys: [orderBy?.field === "TITLE" ? { expr: "s.title", cast: "::text" } : { expr: 's."publishedOn"', cast: "::date" }, { expr: "s.id", cast: "::int" }],
    },
    page,
    toNode: (row: SourceRow) => toSourceNode(row, asOf),
  });
}
