import type { PrismaClient } from "../../db/prisma";
import { linkingIndexCacheFor } from "./alias-matcher";
import { expandPaths, readDocuments, type ReadResult } from "./document-reader";
import { ingestDocument, IngestInputError } from "./ingest.service";

export interface FileIngestReport {
  documents: number;
  created: number;
  republications: number;
  duplicates: number;
  refused: number;
  /** One line per document: ✓ or ✗, its origin (file, line) and what happened. */
  lines: string[];
}

/**
 * Ingests every document under the given paths, each in its own transaction: good documents go in
 * even when others are refused. Errors other than bad input (the database failing) propagate.
 */
export async function ingestFiles(options: {
  prisma: PrismaClient;
  paths: readonly string[];
  onProgress?: (done: number, total: number, origin: string) => void;
  onLine?: (line: string) => void;
}): Promise<FileIngestReport> {
  const { files, problems } = expandPaths(options.paths);
  const items: ReadResult[] = [...problems, ...files.flatMap(readDocuments)];
  const linking = linkingIndexCacheFor(options.prisma);
  const report: FileIngestReport = { documents: items.length, created: 0, republications: 0, duplicates: 0, refused: 0, lines: [] };
  const say = (line: string) => {
    report.lines.push(line);
    options.onLine?.(line);
  };
  for (const [index, item] of items.entries()) {
    options.onProgress?.(index, items.length, item.origin);
    if ("error" in item) {
      report.refused += 1;
      say(`✗ ${item.origin}: ${item.error}`);
      continue;
    }
    try {
      const outcome = await ingestDocument({ prisma: options.prisma, linking, document: item.document });
      const warnings = outcome.warnings.map((w) => `\n    warning: ${w}`).join("");
      if (outcome.status === "CREATED") {
        report.created += 1;
        say(
          `✓ ${item.origin}: new source ${outcome.sourceId} (${outcome.language}): ${outcome.mentions} mentions, ${outcome.figures} figures, ${outcome.candidates} event candidates, ${outcome.entityCandidates} entity candidates${warnings}`,
        );
      } else if (outcome.status === "REPUBLICATION") {
        report.republications += 1;
        say(`✓ ${item.origin}: re-publication of source ${outcome.sourceId} (similarity ${outcome.similarity.toFixed(2)}), linked${warnings}`);
      } else {
        report.duplicates += 1;
        say(`✓ ${item.origin}: already stored as source ${outcome.sourceId}, unchanged`);
      }
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      report.refused += 1;
      say(`✗ ${item.origin}: ${error.message}`);
    }
  }
  options.onProgress?.(items.length, items.length, "done");
  return report;
}
