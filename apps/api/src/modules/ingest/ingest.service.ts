import type { Prisma, PrismaClient } from "../../db/prisma";
import { toIsoDay } from "../../common/fuzzy-date";
import { extractFigures, fingerprint, type AnalyzedDocument, type Figure, type Mention } from "@orchard/pipeline";
import type { LinkingIndex, LinkingIndexCache } from "./alias-matcher";
import { IngestInputError, prepareDocuments, type IncomingDocument, type PreparedDocument } from "./ingest-prepare";
import { writePrepared, type IngestOutcome } from "./ingest-write";
import { encodeMinHash, lshBands } from "./lsh";
import type { PipelinePool } from "./pipeline-pool";

export { IngestInputError, type IncomingDocument, type IngestOutcome };

/** One document's result in a batch: its outcome, or the error that left nothing of it (IngestInputError for bad input). */
export type IngestItemResult = { ok: true; outcome: IngestOutcome } | { ok: false; error: Error };

/** The most documents one batch writes in one transaction (the CLI's chunk, the GraphQL mutation's limit). */
export const MAX_INGEST_BATCH = 100;

type Tx = Prisma.TransactionClient;

/** A batch's transaction may hold a hundred documents' writes: longer than Prisma's default 5 s on a busy machine. */
const BATCH_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

function figureRows(sourceId: number, figures: readonly Figure[]): Prisma.SourceFigureCreateManyInput[] {
  return figures.map((figure, position) => ({
    sourceId,
    position,
    kind: figure.kind,
    start: figure.start,
    end: figure.end,
    text: figure.text,
    value: figure.value ?? null,
    valueMax: figure.valueMax ?? null,
    qualifier: figure.qualifier ?? "EXACT",
    unit: figure.unit ?? figure.currency ?? null,
    dateStart: figure.date ? new Date(`${figure.date.start}T00:00:00Z`) : null,
    dateEnd: figure.date ? new Date(`${figure.date.end}T00:00:00Z`) : null,
    datePrecision: figure.date?.precision ?? null,
  }));
}

/** Mention rows as stored: "linkedBy" and confidence stay null for an exact alias match. */
export function mentionRows(sourceId: number, mentions: readonly Mention[]): Prisma.MentionCreateManyInput[] {
  return mentions.map((m) => ({ sourceId, entityId: m.entityId, start: m.start, end: m.end, surface: m.surface, linkedBy: m.linkedBy ?? null, confidence: m.confidence ?? null }));
}

/**
 * (Re)builds what ingestion derives from a stored source's text: mentions, figures, the MinHash and
 * its bands, and (for ingested documents) event candidates. Used by ingestion and by the seed.
 */
export async function indexSourceText(options: {
  tx: Tx;
  sourceId: number;
  analysis: Pick<AnalyzedDocument, "mentions" | "figures" | "candidates" | "fingerprint">;
}): Promise<void> {
  const { tx, sourceId, analysis } = options;
  await tx.mention.deleteMany({ where: { sourceId } });
  await tx.sourceFigure.deleteMany({ where: { sourceId } });
  await tx.sourceBand.deleteMany({ where: { sourceId } });
  await tx.source.update({ where: { id: sourceId }, data: { minHash: encodeMinHash(analysis.fingerprint.minHash) } });
  await tx.sourceBand.createMany({ data: lshBands(analysis.fingerprint.minHash).map((band) => ({ sourceId, ...band })), skipDuplicates: true });
  await tx.mention.createMany({
    data: mentionRows(sourceId, analysis.mentions),
    skipDuplicates: true,
  });
  await tx.sourceFigure.createMany({ data: figureRows(sourceId, analysis.figures) });
  if (analysis.candidates.length > 0) {
    await tx.eventCandidate.createMany({
      data: analysis.candidates.map((candidate, position) => ({
        sourceId,
        position,
        type: candidate.type,
        quote: candidate.sentence.text,
        quoteStart: candidate.sentence.start,
        cue: candidate.cue,
        participants: candidate.participants,
        figurePositions: candidate.figureIndexes,
      })),
      skipDuplicates: true,
    });
  }
}

/**
 * Links mentions, figures and the fingerprint of already-cleaned seed sources (no candidates: the
 * seed's events are curated). Runs inside the seed's transaction.
 */
export async function indexSeedSources(options: { tx: Tx; index: LinkingIndex }): Promise<{ mentions: number }> {
  const sources = await options.tx.source.findMany({ where: { origin: "SEED" }, select: { id: true, text: true, language: true, publishedOn: true } });
  let mentions = 0;
  for (const source of sources) {
    const found = options.index.matcher.findMentions(source.text);
    const figures = extractFigures(source.text, { language: source.language, publishedOn: toIsoDay(source.publishedOn) });
    await indexSourceText({ tx: options.tx, sourceId: source.id, analysis: { mentions: found, figures, candidates: [], fingerprint: fingerprint(source.text) } });
    mentions += found.length;
  }
  return { mentions };
}

/**
 * Writes prepared documents (as prepareDocuments returns them) and gives each one's result in order.
 * All of them go in one transaction; if it fails, each is retried in its own, so a document that
 * cannot be written leaves nothing of itself and takes no other down with it.
 */
export async function storePrepared(options: { prisma: PrismaClient; prepared: ReadonlyArray<PreparedDocument | IngestInputError> }): Promise<IngestItemResult[]> {
  const { prisma, prepared } = options;
  const valid = prepared.filter((item): item is PreparedDocument => !(item instanceof IngestInputError));
  const outcomes = new Map<PreparedDocument, IngestItemResult>();
  if (valid.length > 0) {
    try {
      const written = await prisma.$transaction((tx) => writePrepared(tx, valid), BATCH_TRANSACTION);
      valid.forEach((item, at) => outcomes.set(item, { ok: true, outcome: written[at] }));
    } catch (error) {
      if (valid.length === 1) outcomes.set(valid[0], { ok: false, error: error instanceof Error ? error : new Error(String(error)) });
      else for (const item of valid) outcomes.set(item, (await storePrepared({ prisma, prepared: [item] }))[0]);
    }
  }
  return prepared.map((item) => (item instanceof IngestInputError ? { ok: false, error: item } : (outcomes.get(item) as IngestItemResult)));
}

/**
 * Ingests documents as a batch: the pipeline on the pool's worker threads, the writes in one
 * transaction with one statement per table. Each document is all-or-nothing and comes out as if
 * ingested alone, in order (a later copy of an earlier document of the batch is its duplicate).
 */
export async function ingestDocuments(options: {
  prisma: PrismaClient;
  linking: LinkingIndexCache;
  documents: readonly IncomingDocument[];
  today?: Date;
  pool?: PipelinePool;
}): Promise<IngestItemResult[]> {
  return storePrepared({ prisma: options.prisma, prepared: await prepareDocuments(options) });
}

/**
 * Ingests one document in one transaction (a batch of one): a refused document (IngestInputError) or
 * any failure leaves the database as it was. An identical document changes nothing; a re-publication is linked.
 */
export async function ingestDocument(options: { prisma: PrismaClient; linking: LinkingIndexCache; document: IncomingDocument; today?: Date }): Promise<IngestOutcome> {
  const [result] = await ingestDocuments({ prisma: options.prisma, linking: options.linking, documents: [options.document], today: options.today });
  if (!result.ok) throw result.error;
  return result.outcome;
}
