import type { Prisma, PrismaClient } from "../../db/prisma";
import { noteEntitiesReported } from "../entity/entity-reported";
import { toIsoDay } from "../../common/fuzzy-date";
import { analyzeDocument, extractFigures, fingerprint, similarity, type AnalyzedDocument, type Figure, type Mention } from "@orchard/pipeline";
import { storeEntityProposals } from "../discovery/discovery.store";
import type { LinkingIndex, LinkingIndexCache } from "./alias-matcher";
import { decodeMinHash, encodeMinHash, lshBands } from "./lsh";

/** A document as handed in by the CLI, a partner or a test. */
export interface IncomingDocument {
  /** Plain text, or HTML when `format` is "html". */
  text: string;
  format: "text" | "html";
  url?: string | null;
  title?: string | null;
  /** BCP 47; wins over detection. */
  language?: string | null;
  /** YYYY-MM-DD (or a full ISO timestamp); the ingestion day when absent. */
  publishedAt?: string | null;
  /** Slug or name of the publishing organization. */
  publisher?: string | null;
}

export type IngestOutcome =
  | {
      status: "CREATED";
      sourceId: number;
      language: string;
      mentions: number;
      figures: number;
      candidates: number;
      /** Names it could not link, stored as (or added to) entity candidates. */
      entityCandidates: number;
      warnings: string[];
    }
  /** The same text is already stored, as a source or as a known re-publication: nothing changes. */
  | { status: "DUPLICATE"; sourceId: number; warnings: string[] }
  /** A near-identical article (a re-publication): linked to the stored one, its text not stored twice. */
  | { status: "REPUBLICATION"; sourceId: number; similarity: number; warnings: string[] };

/** Bad input: the document is refused and nothing is written. */
export class IngestInputError extends Error {}

/** Near-duplicates share at least this estimated fraction of their 5-character shingles. */
const NEAR_DUPLICATE_THRESHOLD = 0.8;
const MAX_TITLE_LENGTH = 200;

type Tx = Prisma.TransactionClient;

function checkText(text: string): void {
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: binary input is full of them.
  if (text.includes("\u0000") || (text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0) > text.length / 100) {
    throw new IngestInputError("the document looks binary (control characters), not text");
  }
}

function publishedDay(value: string | null | undefined, today: Date): Date {
  if (!value) return new Date(toIsoDay(today));
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
  const date = day ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new IngestInputError(`publishedAt "${value}" is not a date (expected YYYY-MM-DD)`);
  return date;
}

function titleOf(document: IncomingDocument, text: string): string {
  const given = document.title?.trim();
  const firstLine =
    text
      .split("\n")
      .find((line) => line.trim().length > 0)
      ?.trim() ?? "";
  const title = given || firstLine;
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

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
 * Ingests one document in one transaction: a refused document (IngestInputError) or any failure
 * leaves the database as it was. An identical document changes nothing; a re-publication is linked.
 */
export async function ingestDocument(options: { prisma: PrismaClient; linking: LinkingIndexCache; document: IncomingDocument; today?: Date }): Promise<IngestOutcome> {
  const { prisma, document } = options;
  checkText(document.text);
  const publishedOn = publishedDay(document.publishedAt, options.today ?? new Date());
  const index = await options.linking.get(prisma);
  const analysis = analyzeDocument({
    raw: document.text,
    format: document.format,
    language: document.language,
    publishedOn: toIsoDay(publishedOn),
    matcher: index.matcher,
    transliterations: index.transliterations,
    entityKinds: index.entityKinds,
  });
  if (analysis.text.trim().length === 0) throw new IngestInputError("the document has no text once boilerplate is removed");
  const title = titleOf(document, analysis.text);

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
