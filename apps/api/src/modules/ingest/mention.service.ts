import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../../db/prisma";
import type { Page } from "../../common/pagination";

export interface MentionRow {
  sourceId: number;
  entityId: number;
  start: number;
  end: number;
  surface: string;
}

/**
 * One page of mentions for each of many sources (or entities) in ONE statement: a window function
 * numbers the rows per key, so the statement count does not grow with the number of keys.
 * By source: in text order. By entity: newest source first, then text order.
 */
export function createMentionPageLoader(options: { prisma: PrismaClient; by: "source" | "entity"; page: Page }) {
  const { prisma, by, page } = options;
  const key = by === "source" ? Prisma.sql`m."sourceId"` : Prisma.sql`m."entityId"`;
  const order = by === "source" ? Prisma.sql`m."start", m."entityId"` : Prisma.sql`s."publishedOn" DESC, m."sourceId" DESC, m."start"`;
  return new DataLoader<number, { rows: MentionRow[]; totalCount: number }>(async (ids) => {
    const rows = await prisma.$queryRaw<Array<MentionRow & { key: number; total: bigint }>>`
      SELECT "sourceId", "entityId", "start", "end", "surface", key, total FROM (
        SELECT m."sourceId", m."entityId", m."start", m."end", m."surface", ${key} AS key,
               row_number() OVER (PARTITION BY ${key} ORDER BY ${order}) AS n,
               count(*) OVER (PARTITION BY ${key}) AS total
        FROM "Mention" m JOIN "Source" s ON s.id = m."sourceId"
        WHERE ${key} IN (${Prisma.join(ids)})
      ) numbered
      WHERE n > ${page.offset} AND n <= ${page.offset + page.limit}
      ORDER BY key, n`;
    const byKey = new Map<number, { rows: MentionRow[]; totalCount: number }>();
    for (const row of rows) {
      const group = byKey.get(row.key) ?? { rows: [], totalCount: Number(row.total) };
      group.rows.push({ sourceId: row.sourceId, entityId: row.entityId, start: row.start, end: row.end, surface: row.surface });
      byKey.set(row.key, group);
    }
    // A key whose page is past its end still needs its total: one more statement for those only.
    const missing = ids.filter((id) => !byKey.has(id));
    if (missing.length > 0) {
      const column = by === "source" ? "sourceId" : "entityId";
      const counts = await prisma.mention.groupBy({ by: [column], where: { [column]: { in: missing } }, _count: { _all: true } });
      for (const count of counts) byKey.set(count[column], { rows: [], totalCount: count._count._all });
    }
    return ids.map((id) => byKey.get(id) ?? { rows: [], totalCount: 0 });
  });
}
