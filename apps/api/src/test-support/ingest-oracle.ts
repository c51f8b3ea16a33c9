import { similarity, type AnalyzedDocument, type DiscoveryProposal } from "@orchard/pipeline";
import type { Prisma, PrismaClient } from "../db/prisma";
import { groupSightings, leadingType } from "../modules/discovery/discovery.store";
import { noteEntitiesReported } from "../modules/entity/entity-reported";
import type { LinkingIndexCache } from "../modules/ingest/alias-matcher";
import { IngestInputError, prepareDocuments, type IncomingDocument } from "../modules/ingest/ingest-prepare";
import { indexSourceText } from "../modules/ingest/ingest.service";
import type { IngestOutcome } from "../modules/ingest/ingest-write";
import { decodeMinHash, lshBands } from "../modules/ingest/lsh";

const NEAR_DUPLICATE_THRESHOLD = 0.8;

type Tx = Prisma.TransactionClient;

async function findPublisher(tx: Tx, publisher: string | null | undefined): Promise<number | null> {
  const wanted = publisher?.trim();
  if (!wanted) return null;
  const entity = await tx.entity.findFirst({
    where: {
      kind: "ORGANIZATION",
      OR: [{ slug: wanted.toLowerCase() }, { name: { equals: wanted, mode: "insensitive" } }, { aliases: { some: { name: { equals: wanted, mode: "insensitive" } } } }],
    },
    select: { id: true },
  });
  return entity?.id ?? null;
}

/** The stored source this text duplicates, exactly or nearly, if any. */
async function findDuplicate(tx: Tx, analysis: Pick<AnalyzedDocument, "contentHash" | "fingerprint">) {
  const exact =
    (await tx.source.findUnique({ where: { contentHash: analysis.contentHash }, select: { id: true } })) ??
    (await tx.sourceRepublication.findUnique({ where: { contentHash: analysis.contentHash }, select: { sourceId: true } }).then((r) => (r ? { id: r.sourceId } : null)));
  if (exact) return { sourceId: exact.id, similarity: 1, exact: true };
  const bands = lshBands(analysis.fingerprint.minHash);
  const sharing = await tx.sourceBand.findMany({ where: { OR: bands }, select: { sourceId: true }, distinct: ["sourceId"] });
  if (sharing.length === 0) return null;
  const candidates = await tx.source.findMany({ where: { id: { in: sharing.map((s) => s.sourceId) } }, select: { id: true, contentHash: true, minHash: true } });
  let best: { sourceId: number; similarity: number; exact: false } | null = null;
  for (const candidate of candidates) {
    if (candidate.minHash.length === 0) continue;
    const score = similarity(analysis.fingerprint, { contentHash: candidate.contentHash, minHash: decodeMinHash(candidate.minHash) });
    if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.similarity)) best = { sourceId: candidate.id, similarity: score, exact: false };
  }
  return best;
}

/**
 * Ingestion's write path as it was before batching (one document, one transaction, a statement per
 * step): the oracle the batch path is tested against. Checks and analysis are shared (prepareDocuments).
 */
export async function ingestDocumentAsBefore(options: { prisma: PrismaClient; linking: LinkingIndexCache; document: IncomingDocument; today?: Date }): Promise<IngestOutcome> {
  const { prisma, document } = options;
  const [prepared] = await prepareDocuments({ prisma, linking: options.linking, documents: [document], today: options.today });
  if (prepared instanceof IngestInputError) throw prepared;
  const { analysis, title, publishedOn } = prepared;

  return prisma.$transaction(async (tx): Promise<IngestOutcome> => {
    const warnings: string[] = [];
    const duplicate = await findDuplicate(tx, analysis);
    if (duplicate?.exact) return { status: "DUPLICATE", sourceId: duplicate.sourceId, warnings };
    if (duplicate) {
      await tx.sourceRepublication.create({
        data: { sourceId: duplicate.sourceId, url: document.url ?? null, title, contentHash: analysis.contentHash, similarity: duplicate.similarity },
      });
      return { status: "REPUBLICATION", sourceId: duplicate.sourceId, similarity: duplicate.similarity, warnings };
    }
    const publisherId = await findPublisher(tx, document.publisher);
    if (document.publisher && publisherId === null) warnings.push(`publisher "${document.publisher}" is not a known organization; stored without one`);
    const source = await tx.source.create({
      data: {
        key: `ingest-${analysis.contentHash.slice(0, 16)}`,
        url: document.url ?? null,
        title,
        publisherId,
        language: analysis.language,
        publishedOn,
        publishedPrecision: "DAY",
        // A day-precise date: public from that very day (docs/trust.md).
        publicOn: publishedOn,
        publishedBasis: document.publishedAt ? null : "day of ingestion (the document gave no date)",
        text: analysis.text,
        contentHash: analysis.contentHash,
        origin: "INGEST",
      },
      select: { id: true },
    });
    await indexSourceText({ tx, sourceId: source.id, analysis });
    // In the document's transaction: a failed ingest leaves no candidate (nor count, nor quote) behind.
    const discovered = await storeEntityProposals({ tx, sourceId: source.id, proposals: analysis.entityProposals });
    const named = analysis.mentions.map((mention) => mention.entityId);
    await noteEntitiesReported(tx, publisherId === null ? named : [...named, publisherId], publishedOn);
    return {
      status: "CREATED",
      sourceId: source.id,
      language: analysis.language,
      mentions: analysis.mentions.length,
      figures: analysis.figures.length,
      candidates: analysis.candidates.length,
      entityCandidates: discovered.candidates,
      warnings,
    };
  });
}

type DiscoveredType = DiscoveryProposal["type"];
type Votes = Partial<Record<DiscoveredType, number>>;

/**
 * The per-document candidate upsert ingestion used before batches (storeBatchProposals must leave the
 * same rows). Upserts the entity candidates a stored document proposes, inside its transaction: three
 * statements whatever the number of names (plus one when a name's type changes hands). A candidate
 * already accepted, merged or rejected keeps its status; its counts, forms and quotes still grow.
 */
async function storeEntityProposals(options: { tx: Tx; sourceId: number; proposals: readonly DiscoveryProposal[] }): Promise<{ candidates: number }> {
  const { tx, sourceId } = options;
  const sightings = groupSightings(options.proposals);
  if (sightings.length === 0) return { candidates: 0 };
  const rows = await tx.$queryRaw<Array<{ id: number; key: string; type: DiscoveredType; typeVotes: Votes }>>`
    INSERT INTO "EntityCandidate" ("key", "type", "typeVotes", "documentCount", "mentionCount", "updatedAt")
    SELECT u.k, u.t::"DiscoveredEntityType", u.v::jsonb, 1, u.n, now()
    FROM unnest(${sightings.map((s) => s.key)}::text[], ${sightings.map((s) => s.type)}::text[], ${sightings.map((s) => JSON.stringify(s.votes))}::text[],
                ${sightings.map((s) => s.count)}::int[]) AS u(k, t, v, n)
    ON CONFLICT ("key") DO UPDATE SET
      "documentCount" = "EntityCandidate"."documentCount" + 1,
      "mentionCount" = "EntityCandidate"."mentionCount" + excluded."mentionCount",
      "typeVotes" = "EntityCandidate"."typeVotes" || (
        SELECT jsonb_object_agg(e.k, coalesce(("EntityCandidate"."typeVotes" ->> e.k)::int, 0) + e.v::int) FROM jsonb_each_text(excluded."typeVotes") AS e(k, v)),
      "updatedAt" = now()
    RETURNING id, "key", "type"::text AS type, "typeVotes"`;
  const idOf = new Map(rows.map((row) => [row.key, row.id]));
  const retyped = rows.filter((row) => leadingType(row.typeVotes, row.type) !== row.type);
  if (retyped.length > 0) {
    await tx.$executeRaw`UPDATE "EntityCandidate" c SET "type" = u.t::"DiscoveredEntityType"
      FROM unnest(${retyped.map((row) => row.id)}::int[], ${retyped.map((row) => leadingType(row.typeVotes, row.type))}::text[]) AS u(id, t) WHERE c.id = u.id`;
  }
  const forms = sightings.flatMap((s) => [...s.forms.values()].map((form) => ({ candidateId: idOf.get(s.key) as number, ...form })));
  await tx.$executeRaw`
    INSERT INTO "EntityCandidateForm" ("candidateId", "language", "form", "count")
    SELECT * FROM unnest(${forms.map((f) => f.candidateId)}::int[], ${forms.map((f) => f.language)}::text[], ${forms.map((f) => f.form)}::text[], ${forms.map((f) => f.count)}::int[])
    ON CONFLICT ("candidateId", "language", "form") DO UPDATE SET "count" = "EntityCandidateForm"."count" + excluded."count"`;
  const quotes = sightings.flatMap((s) => [...s.quotes].map(([offset, quote]) => ({ candidateId: idOf.get(s.key) as number, offset, quote })));
  await tx.$executeRaw`
    INSERT INTO "EntityCandidateQuote" ("candidateId", "sourceId", "quote", "offset")
    SELECT u.c, ${sourceId}::int, u.q, u.o FROM unnest(${quotes.map((q) => q.candidateId)}::int[], ${quotes.map((q) => q.quote)}::text[], ${quotes.map((q) => q.offset)}::int[]) AS u(c, q, o)
    ON CONFLICT ("candidateId", "sourceId", "offset") DO NOTHING`;
  return { candidates: rows.length };
}
