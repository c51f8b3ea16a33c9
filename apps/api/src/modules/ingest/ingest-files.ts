import type { PrismaClient } from "../../db/prisma";
import { expandPaths, readDocuments, type ReadResult } from "./document-reader";
import { ingestInBatches } from "./ingest-batches";
import { IngestInputError, type IngestItemResult } from "./ingest.service";
import type { PipelinePool } from "./pipeline-pool";

export interface FileIngestReport {
  documents: number;
  created: number;
  republications: number;
  duplicates: number;
  refused: number;
  /** One line per document: ✓ or ✗, its origin (file, line) and what happened. */
  lines: string[];
}

function describe(origin: string, result: IngestItemResult): string {
  if (!result.ok) return `✗ ${origin}: ${result.error.message}`;
  const { outcome } = result;
  const warnings = outcome.warnings.map((w) => `\n    warning: ${w}`).join("");
  if (outcome.status === "CREATED") {
    return `✓ ${origin}: new source ${outcome.sourceId} (${outcome.language}): ${outcome.mentions} mentions, ${outcome.figures} figures, ${outcome.candidates} event candidates, ${outcome.entityCandidates} entity candidates${warnings}`;
  }
  if (outcome.status === "REPUBLICATION") return `✓ ${origin}: re-publication of source ${outcome.sourceId} (similarity ${outcome.similarity.toFixed(2)}), linked${warnings}`;
  return `✓ ${origin}: already stored as source ${outcome.sourceId}, unchanged`;
}

/**
 * Ingests every document under the given paths in batches (ingestInBatches): each document
 * all-or-nothing, good documents go in even when others are refused (files that cannot be read are
 * reported first). Errors other than bad input (the database failing) propagate once the batch's
 * lines are reported.
 */
export async function ingestFiles(options: {
  prisma: PrismaClient;
  paths: readonly string[];
  pool?: PipelinePool;
  onProgress?: (done: number, total: number, origin: string) => void;
  onLine?: (line: string) => void;
}): Promise<FileIngestReport> {
  const { files, problems } = expandPaths(options.paths);
  const items: ReadResult[] = [...problems, ...files.flatMap(readDocuments)];
  const report: FileIngestReport = { documents: items.length, created: 0, republications: 0, duplicates: 0, refused: 0, lines: [] };
  const say = (line: string) => {
    report.lines.push(line);
    options.onLine?.(line);
  };
  const readable = items.flatMap((item) => ("document" in item ? [item] : []));
  const tally = (origin: string, result: IngestItemResult) => {
    if (!result.ok) report.refused += 1;
    else if (result.outcome.status === "CREATED") report.created += 1;
    else if (result.outcome.status === "REPUBLICATION") report.republications += 1;
    else report.duplicates += 1;
    say(describe(origin, result));
  };
  let done = 0;
  for (const item of items) {
    if ("document" in item) continue;
    options.onProgress?.(done++, items.length, item.origin);
    tally(item.origin, { ok: false, error: new IngestInputError(item.error) });
  }
  await ingestInBatches({
    prisma: options.prisma,
    documents: readable.map((item) => item.document),
    pool: options.pool,
    onBatch: (results, offset) => {
      let failure: Error | null = null;
      for (const [at, result] of results.entries()) {
        const { origin } = readable[offset + at];
        options.onProgress?.(done++, items.length, origin);
        if (!result.ok && !(result.error instanceof IngestInputError)) failure ??= result.error;
        else tally(origin, result);
      }
      if (failure) throw failure;
    },
  });
  options.onProgress?.(items.length, items.length, "done");
  return report;
}
