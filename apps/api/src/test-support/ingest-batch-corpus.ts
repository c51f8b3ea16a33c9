import fs from "node:fs";
import path from "node:path";
import { cleanDocument } from "@orchard/pipeline";
import { loadConfig } from "../config";
import type { Database } from "../db/prisma";
import { ENGLISH_HIRE_ARTICLE, JAPANESE_HIRE_ARTICLE } from "./articles";
import type { IncomingDocument, IngestItemResult } from "../modules/ingest/ingest.service";
import { PipelinePool } from "../modules/ingest/pipeline-pool";
import { seedKnowledgeBase } from "../seed/kb-seed";
import { createTestDatabase, seedKnowledgeBaseFixture } from "./harness";

/** The seed articles (already stored by the seed) and the two test articles. */
export function baseArticles(): IncomingDocument[] {
  const dir = loadConfig().SEEDS_DIR;
  const seeds = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name): IncomingDocument => ({ text: fs.readFileSync(path.join(dir, name), "utf8"), format: "text" }));
  return [...seeds, { ...ENGLISH_HIRE_ARTICLE, format: "text" }, { ...JAPANESE_HIRE_ARTICLE, format: "text" }];
}

/** The articles' paragraphs, to assemble new articles from. */
export function paragraphsOf(articles: readonly IncomingDocument[]): string[] {
  return articles.flatMap((article) =>
    cleanDocument({ raw: article.text, format: "text" })
      .text.split("\n")
      .filter((line) => line.trim().length > 40),
  );
}

/** A new article: picked paragraphs, their numbers changed by `shift` so it is not a re-publication. */
export function variation(paragraphs: readonly string[], picks: readonly number[], shift: number, title: string): IncomingDocument {
  const text = picks.map((pick) => paragraphs[pick % paragraphs.length]).join("\n\n");
  return {
    text: `${title}\n\n${text.replace(/\d+/g, (digits) => String(Number(digits) + shift))}`,
    format: "text",
    publishedAt: "2025-12-20",
    url: `https://example.test/${encodeURIComponent(title)}`,
  };
}

/** The same article with one word changed: a re-publication of it (similarity above 0.8), not the same text. */
export function nearCopy(document: IncomingDocument): IncomingDocument {
  return { ...document, text: `${document.text}\n\nUpdated.`, url: `${document.url ?? "https://example.test/copy"}?copy` };
}

export const INVALID_DOCUMENTS: IncomingDocument[] = [
  { text: "PNG\u0000\u0001\u0002binary", format: "text" },
  { text: "A fine article about Meta and OpenAI.", format: "text", publishedAt: "last Tuesday" },
  { text: "<html><body><nav>Home</nav></body></html>", format: "html" },
];

/** Results without error objects: the error's kind and message. */
export function comparable(results: readonly IngestItemResult[]) {
  return results.map((result) => (result.ok ? result.outcome : { refused: result.error.constructor.name, message: result.error.message }));
}

/**
 * Everything ingestion writes, keyed by content (source hash, candidate key) rather than by row ids
 * that a sequence hands out, minus the write times.
 */
export async function storedRows(db: Database) {
  const sources = await db.prisma.source.findMany({ orderBy: { id: "asc" }, omit: { importedAt: true } });
  const hashOf = new Map(sources.map((source) => [source.id, source.contentHash]));
  const bySource = <T extends { sourceId: number }>(rows: T[]) => rows.map(({ sourceId, ...row }) => ({ source: hashOf.get(sourceId), ...row }));
  const candidates = await db.prisma.entityCandidate.findMany({ orderBy: { key: "asc" }, omit: { createdAt: true, updatedAt: true } });
  const keyOf = new Map(candidates.map((candidate) => [candidate.id, candidate.key]));
  return {
    sources: sources.map(({ id, ...source }) => ({ ...source, id: hashOf.get(id) })),
    mentions: bySource(await db.prisma.mention.findMany({ orderBy: [{ sourceId: "asc" }, { start: "asc" }, { entityId: "asc" }, { end: "asc" }], omit: { id: true } })),
    figures: bySource(await db.prisma.sourceFigure.findMany({ orderBy: [{ sourceId: "asc" }, { position: "asc" }], omit: { id: true } })),
    bands: bySource(await db.prisma.sourceBand.findMany({ orderBy: [{ sourceId: "asc" }, { band: "asc" }] })),
    eventCandidates: bySource(await db.prisma.eventCandidate.findMany({ orderBy: [{ sourceId: "asc" }, { position: "asc" }], omit: { id: true, createdAt: true } })),
    republications: bySource(await db.prisma.sourceRepublication.findMany({ orderBy: { contentHash: "asc" }, omit: { id: true, receivedAt: true } })),
    entityCandidates: candidates.map(({ id, ...candidate }) => candidate),
    forms: (await db.prisma.entityCandidateForm.findMany()).map(({ candidateId, ...form }) => ({ candidate: keyOf.get(candidateId), ...form })).sort(byJson),
    quotes: bySource(await db.prisma.entityCandidateQuote.findMany({ omit: { id: true } }))
      .map(({ candidateId, ...quote }) => ({ candidate: keyOf.get(candidateId), ...quote }))
      .sort(byJson),
    firstReported: await db.prisma.entity.findMany({ orderBy: { id: "asc" }, select: { slug: true, firstReportedOn: true } }),
  };
}

const byJson = (a: unknown, b: unknown) => {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

interface SeededDatabase {
  db: Database;
  drop: () => Promise<void>;
}

/**
 * For a test file comparing the batch path with the per-document one: two fresh databases holding the
 * seed knowledge base (`single` for the old path, `batch` for the new) and a pipeline pool, made before
 * its tests and dropped after them.
 */
export function comparedDatabases(): { single: SeededDatabase; batch: SeededDatabase; pool: PipelinePool } {
  const single = {} as SeededDatabase;
  const batch = {} as SeededDatabase;
  const pool = new PipelinePool(2);
  beforeAll(async () => {
    for (const side of [single, batch]) {
      Object.assign(side, await createTestDatabase());
      await seedKnowledgeBase({ prisma: side.db.prisma, kb: seedKnowledgeBaseFixture() });
    }
  });
  afterAll(async () => {
    await pool.close();
    await single.drop();
    await batch.drop();
  });
  return { single, batch, pool };
}
