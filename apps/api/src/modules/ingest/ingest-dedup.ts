import { similarity } from "@orchard/pipeline";
import type { Prisma } from "../../db/prisma";
import type { PreparedDocument } from "./ingest-prepare";
import { decodeMinHash, encodeMinHash, lshBands } from "./lsh";

/** Near-duplicates share at least this estimated fraction of their 5-character shingles. */
const NEAR_DUPLICATE_THRESHOLD = 0.8;

/** A stored source, or one this batch stores (by its position in the batch). */
export type SourceRef = { stored: number } | { batch: number };

/** What becomes of each document of a batch, decided as if they were ingested one after another. */
export type DedupDecision = { kind: "create" } | { kind: "duplicate"; of: SourceRef } | { kind: "republication"; of: SourceRef; similarity: number };

interface Comparable {
  ref: SourceRef;
  contentHash: string;
  minHash: number[];
}

const bandKey = (band: { band: number; hash: number }) => `${band.band}:${band.hash}`;

/**
 * Exact and near duplicates against the database and earlier documents of the same batch, in four
 * statements whatever the batch size. The rules are ingestion's: the same text as a stored source or a
 * known re-publication is a duplicate; otherwise the most similar source sharing an LSH band, if at
 * least 0.8 similar, makes it a re-publication (of a source, never of a re-publication).
 */
export async function decideDuplicates(tx: Prisma.TransactionClient, documents: readonly PreparedDocument[]): Promise<DedupDecision[]> {
  const hashes = documents.map((d) => d.analysis.contentHash);
  const bandsOf = documents.map((d) => lshBands(d.analysis.fingerprint.minHash));
  const exact = new Map<string, SourceRef>();
  for (const source of await tx.source.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, contentHash: true } }))
    exact.set(source.contentHash, { stored: source.id });
  for (const copy of await tx.sourceRepublication.findMany({ where: { contentHash: { in: hashes } }, select: { sourceId: true, contentHash: true } })) {
    if (!exact.has(copy.contentHash)) exact.set(copy.contentHash, { stored: copy.sourceId });
  }
  const allBands = bandsOf.flat();
  const sharing = await tx.$queryRaw<Array<{ sourceId: number; band: number; hash: number }>>`
    SELECT DISTINCT b."sourceId", b.band, b.hash FROM "SourceBand" b
    JOIN unnest(${allBands.map((b) => b.band)}::int[], ${allBands.map((b) => b.hash)}::int[]) AS u(band, hash) ON b.band = u.band AND b.hash = u.hash`;
  const storedIds = [...new Set(sharing.map((row) => row.sourceId))];
  const stored =
    storedIds.length === 0 ? [] : await tx.source.findMany({ where: { id: { in: storedIds } }, select: { id: true, contentHash: true, minHash: true }, orderBy: { id: "asc" } });
  const byId = new Map(stored.map((source) => [source.id, source]));
  /** Sources by band: stored ones first (lower ids), then this batch's new ones in order. */
  const byBand = new Map<string, Comparable[]>();
  const add = (key: string, source: Comparable) => {
    const list = byBand.get(key) ?? [];
    if (!list.includes(source)) list.push(source);
    byBand.set(key, list);
  };
  const storedComparable = new Map<number, Comparable>();
  for (const row of sharing) {
    const source = byId.get(row.sourceId);
    if (!source) continue;
    let comparable = storedComparable.get(source.id);
    if (!comparable) {
      comparable = { ref: { stored: source.id }, contentHash: source.contentHash, minHash: decodeMinHash(source.minHash) };
      storedComparable.set(source.id, comparable);
    }
    add(bandKey(row), comparable);
  }

  return documents.map((document, at): DedupDecision => {
    const { fingerprint, contentHash } = document.analysis;
    const known = exact.get(contentHash);
    if (known) return { kind: "duplicate", of: known };
    const candidates = new Set<Comparable>();
    for (const band of bandsOf[at]) for (const source of byBand.get(bandKey(band)) ?? []) candidates.add(source);
    const ordered = [...candidates].sort((a, b) => order(a.ref) - order(b.ref));
    let best: { of: SourceRef; similarity: number } | null = null;
    for (const candidate of ordered) {
      if (candidate.minHash.length === 0) continue;
      const score = similarity(fingerprint, { contentHash: candidate.contentHash, minHash: candidate.minHash });
      if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.similarity)) best = { of: candidate.ref, similarity: score };
    }
    if (best) {
      exact.set(contentHash, best.of);
      return { kind: "republication", ...best };
    }
    const ref = { batch: at };
    exact.set(contentHash, ref);
    // As stored: the MinHash goes through its int4 encoding.
    const created: Comparable = { ref, contentHash, minHash: decodeMinHash(encodeMinHash(fingerprint.minHash)) };
    for (const band of bandsOf[at]) add(bandKey(band), created);
    return { kind: "create" };
  });
}

/** Stored sources by id, then the batch's new sources in batch order (their ids come after). */
function order(ref: SourceRef): number {
  return "stored" in ref ? ref.stored : Number.MAX_SAFE_INTEGER / 2 + ref.batch;
}
