import DataLoader from "dataloader";
import { sql, type SqlReader } from "../../db/sql-reader";
import { visibleAsOf, type AsOfDay } from "../../common/as-of";
import type { Page } from "../../common/pagination";
import { MentionLinkMethod } from "./ingest.type";

export interface MentionRow {
  sourceId: number;
  entityId: number;
  start: number;
  end: number;
  surface: string;
  linkedBy: MentionLinkMethod;
  /** Null for an exact alias match. */
  confidence: number | null;
  /** The day the mention is shown as of (its entity and source are read as of it). */
  asOf: AsOfDay;
}

/** A page statement's row: "linkedBy" as stored, null or 'transliteration' (a CHECK constraint keeps it so). */
type PageRow = Omit<MentionRow, "asOf" | "linkedBy"> & { linkedBy: string | null; key: number; total: number };

/**
 * Mentions per key, numbered by a window function, in sources public by the day ($2): by source in
 * text order, by entity newest source first. $3/$4 cut the page; `total` counts the key's mentions.
 */
const pageStatement = (by: "source" | "entity") => {
  const key = by === "source" ? `m."sourceId"` : `m."entityId"`;
  const order = by === "source" ? `m."start", m."entityId"` : `s."publishedOn" DESC, m."sourceId" DESC, m."start"`;
  return sql(
    `mentions_by_${by}`,
    `SELECT "sourceId", "entityId", "start", "end", surface, confidence, "linkedBy", key, total FROM (
       SELECT m."sourceId", m."entityId", m."start", m."end", m.surface, m.confidence, m."linkedBy", ${key} AS key,
              row_number() OVER (PARTITION BY ${key} ORDER BY ${order}) AS n,
              count(*) OVER (PARTITION BY ${key}) AS total
       FROM "Mention" m JOIN "Source" s ON s.id = m."sourceId"
       WHERE ${key} = ANY($1::int[]) AND ${visibleAsOf.source("s", "$2::date")}
     ) numbered
     WHERE n > $3::int AND n <= $4::int
     ORDER BY key, n`,
  );
};

const countStatement = (by: "source" | "entity") => {
  const key = by === "source" ? `m."sourceId"` : `m."entityId"`;
  return sql(
    `mention_counts_by_${by}`,
    `SELECT ${key} AS key, count(*)::int AS total FROM "Mention" m JOIN "Source" s ON s.id = m."sourceId"
     WHERE ${key} = ANY($1::int[]) AND ${visibleAsOf.source("s", "$2::date")} GROUP BY ${key}`,
  );
};

const STATEMENTS = {
  source: { page: pageStatement("source"), count: countStatement("source") },
  entity: { page: pageStatement("entity"), count: countStatement("entity") },
};

/**
 * One page of mentions for each of many sources (or entities) in ONE statement, as of a day: the
 * statement count does not grow with the number of keys.
 */
export function createMentionPageLoader(options: { reader: SqlReader; by: "source" | "entity"; page: Page; asOf: AsOfDay }) {
  const { reader, by, page, asOf } = options;
  return new DataLoader<number, { rows: MentionRow[]; totalCount: number }>(async (ids) => {
    const rows = await reader.query<PageRow>(STATEMENTS[by].page, [ids, asOf, page.offset, page.offset + page.limit]);
    const byKey = new Map<number, { rows: MentionRow[]; totalCount: number }>();
    for (const { key, total, linkedBy, ...mention } of rows) {
      const group = byKey.get(key) ?? { rows: [], totalCount: Number(total) };
      group.rows.push({ ...mention, linkedBy: linkedBy === "transliteration" ? MentionLinkMethod.TRANSLITERATION : MentionLinkMethod.EXACT_ALIAS, asOf });
      byKey.set(key, group);
    }
    // A key whose page is past its end still needs its total: one more statement for those only.
    const missing = ids.filter((id) => !byKey.has(id));
    if (missing.length > 0) {
      for (const count of await reader.query<{ key: number; total: number }>(STATEMENTS[by].count, [missing, asOf])) byKey.set(count.key, { rows: [], totalCount: count.total });
    }
    return ids.map((id) => byKey.get(id) ?? { rows: [], totalCount: 0 });
  });
}
