import DataLoader from "dataloader";
import type { PrismaClient } from "../../db/prisma";
import { groupBy } from "../../common/group-by";
import type { EntityCandidateFormType, EntityCandidateQuoteType } from "./discovery.type";

/** Every form of each candidate on a page, most seen first: one statement per page, not per candidate. */
export function createFormLoader(prisma: PrismaClient) {
  return new DataLoader<number, EntityCandidateFormType[]>(async (ids) => {
    const rows = await prisma.entityCandidateForm.findMany({
      where: { candidateId: { in: [...ids] } },
      orderBy: [{ count: "desc" }, { language: "asc" }, { form: "asc" }],
    });
    const byCandidate = groupBy(rows, (row) => row.candidateId);
    return ids.map((id) => (byCandidate.get(id) ?? []).map(({ form, language, count }) => ({ form, language, count })));
  });
}

/**
 * The first `limit` quotes of each candidate on a page, newest source first, and how many it has:
 * one statement per page (a window per candidate), however many quotes a much-seen name gathered.
 */
export function createQuoteLoader(prisma: PrismaClient, limit: number) {
  return new DataLoader<number, { quotes: EntityCandidateQuoteType[]; total: number }>(async (ids) => {
    const rows = await prisma.$queryRaw<Array<{ candidateId: number; sourceId: number; quote: string; offset: number; total: number }>>`
      SELECT "candidateId", "sourceId", quote, "offset", total::int AS total FROM (
        SELECT q."candidateId", q."sourceId", q.quote, q."offset",
               row_number() OVER (PARTITION BY q."candidateId" ORDER BY q."sourceId" DESC, q."offset") AS n,
               count(*) OVER (PARTITION BY q."candidateId") AS total
        FROM "EntityCandidateQuote" q WHERE q."candidateId" = ANY(${[...ids]}::int[])
      ) numbered
      WHERE n <= ${limit}::int ORDER BY "candidateId", n`;
    const byCandidate = groupBy(rows, (row) => row.candidateId);
    return ids.map((id) => {
      const quotes = byCandidate.get(id) ?? [];
      return { quotes: quotes.map(({ quote, offset, sourceId }) => ({ quote, offset, sourceId })), total: quotes[0]?.total ?? 0 };
    });
  });
}
