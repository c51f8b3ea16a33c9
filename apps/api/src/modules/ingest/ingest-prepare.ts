import { analyzeDocument, type AnalyzedDocument } from "@orchard/pipeline";
import type { PrismaClient } from "../../db/prisma";
import { toIsoDay } from "../../common/fuzzy-date";
import type { LinkingIndexCache, LinkingSnapshot } from "./alias-matcher";
import type { AnalysisRequest, PipelinePool } from "./pipeline-pool";

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

/** Bad input: the document is refused and nothing is written. */
export class IngestInputError extends Error {}

/** A document that passed the checks, analyzed and ready to be written. */
export interface PreparedDocument {
  document: IncomingDocument;
  publishedOn: Date;
  title: string;
  analysis: AnalyzedDocument;
}

const MAX_TITLE_LENGTH = 200;

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

/**
 * Checks and analyzes documents without writing anything: each comes back prepared, or as the
 * IngestInputError that refuses it. With a pool the pipeline runs on its worker threads; a single
 * document is analyzed here, sparing the round trip.
 */
export async function prepareDocuments(options: {
  prisma: PrismaClient;
  linking: LinkingIndexCache;
  documents: readonly IncomingDocument[];
  today?: Date;
  pool?: PipelinePool;
  /** The linking index to use, when the caller has just read it. */
  snapshot?: LinkingSnapshot;
}): Promise<Array<PreparedDocument | IngestInputError>> {
  const today = options.today ?? new Date();
  const checked = options.documents.map((document) => {
    try {
      checkText(document.text);
      return { document, publishedOn: publishedDay(document.publishedAt, today) };
    } catch (error) {
      if (error instanceof IngestInputError) return error;
      throw error;
    }
  });
  const valid = checked.filter((item): item is Exclude<typeof item, IngestInputError> => !(item instanceof IngestInputError));
  const snapshot = options.snapshot ?? (await options.linking.snapshot(options.prisma));
  const requests: AnalysisRequest[] = valid.map(({ document, publishedOn }) => ({
    raw: document.text,
    format: document.format,
    language: document.language,
    publishedOn: toIsoDay(publishedOn),
  }));
  const analyses =
    options.pool && requests.length > 1
      ? await options.pool.analyze(snapshot, requests)
      : requests.map((request) => {
          const { index } = snapshot;
          return analyzeDocument({ ...request, matcher: index.matcher, transliterations: index.transliterations, entityKinds: index.entityKinds });
        });
  const analysisOf = new Map(valid.map((item, at) => [item, analyses[at]]));
  return checked.map((item) => {
    if (item instanceof IngestInputError) return item;
    const analysis = analysisOf.get(item) as AnalyzedDocument;
    if (analysis.text.trim().length === 0) return new IngestInputError("the document has no text once boilerplate is removed");
    return { ...item, title: titleOf(item.document, analysis.text), analysis };
  });
}
