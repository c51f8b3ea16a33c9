import { similarity, type AnalyzedDocument } from "@orchard/pipeline";
import type { Prisma, PrismaClient } from "../../db/prisma";
import { storeEntityProposals } from "../discovery/discovery.store";
import { noteEntitiesReported } from "../entity/entity-reported";
import type { LinkingIndexCache } from "./alias-matcher";
import { IngestInputError, prepareDocuments, type IncomingDocument } from "./ingest-prepare";
import { indexSourceText } from "./ingest.service";
import type { IngestOutcome } from "./ingest-write";
import { decodeMinHash, lshBands } from "./lsh";

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
