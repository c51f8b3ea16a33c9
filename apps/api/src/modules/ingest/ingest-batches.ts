import type { PrismaClient } from "../../db/prisma";
import { linkingIndexCacheFor } from "./alias-matcher";
import { prepareDocuments } from "./ingest-prepare";
import { MAX_INGEST_BATCH, storePrepared, type IncomingDocument, type IngestItemResult } from "./ingest.service";
import { sharedPipelinePool, type PipelinePool } from "./pipeline-pool";

/** Where a run's wall time went: waiting for the pipeline (what the writes did not hide) and writing. */
export interface BatchTimings {
  pipelineWaitMs: number;
  writeMs: number;
}

/**
 * Ingests a stream of documents in batches of `batchSize`: while one batch is written, the next is
 * analyzed on the pool's worker threads. Results come in input order, a batch at a time through
 * `onBatch` (which may throw to stop), and all together at the end.
 */
export async function ingestInBatches(options: {
  prisma: PrismaClient;
  documents: readonly IncomingDocument[];
  pool?: PipelinePool;
  batchSize?: number;
  timings?: BatchTimings;
  onBatch?: (results: IngestItemResult[], offset: number) => void;
}): Promise<IngestItemResult[]> {
  const { prisma, documents } = options;
  const linking = linkingIndexCacheFor(prisma);
  const pool = options.pool ?? sharedPipelinePool();
  const size = options.batchSize ?? MAX_INGEST_BATCH;
  // The linking index is read before the analysis starts: on PGlite a read sent alongside the previous batch's transaction would wait for its commit.
  const prepare = async (offset: number) => {
    const snapshot = await linking.snapshot(prisma);
    const analyzed = prepareDocuments({ prisma, linking, documents: documents.slice(offset, offset + size), pool, snapshot });
    // Awaited only after the current batch is written: a failure meanwhile is not an unhandled rejection.
    analyzed.catch(() => undefined);
    return { analyzed };
  };
  const results: IngestItemResult[] = [];
  let next = documents.length > 0 ? await prepare(0) : null;
  for (let offset = 0; next; offset += size) {
    let started = performance.now();
    const prepared = await next.analyzed;
    const waited = performance.now() - started;
    next = offset + size < documents.length ? await prepare(offset + size) : null;
    started = performance.now();
    const batch = await storePrepared({ prisma, prepared });
    if (options.timings) {
      options.timings.pipelineWaitMs += waited;
      options.timings.writeMs += performance.now() - started;
    }
    results.push(...batch);
    options.onBatch?.(batch, offset);
  }
  return results;
}
