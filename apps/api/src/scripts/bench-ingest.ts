import "reflect-metadata";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../config";
import { createDatabase, type Database } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { seedIfEmpty } from "../seed/seed-database";
import { linkingIndexCacheFor, loadLinkingIndex, type LinkingIndex } from "../modules/ingest/alias-matcher";
import { ingestInBatches, type BatchTimings } from "../modules/ingest/ingest-batches";
import { ingestDocument, type IncomingDocument, type IngestItemResult, type IngestOutcome } from "../modules/ingest/ingest.service";
import { PipelinePool } from "../modules/ingest/pipeline-pool";
import { analyzeDocument, cleanDocument } from "@orchard/pipeline";
import { buildBenchCorpus, readSeedArticles, timeStages } from "@orchard/pipeline/bench";
import { ENGLISH_HIRE_ARTICLE, JAPANESE_HIRE_ARTICLE } from "../test-support/articles";

/**
 * `npm run bench:ingest`: a corpus of BENCH_DOCS documents (default 2000) — the seed articles plus
 * variations assembled from their paragraphs with perturbed figures — through linking alone, the whole
 * database-free pipeline, and end to end into a fresh PGlite and, when DATABASE_URL is set, into a
 * fresh database on that PostgreSQL server: one document at a time (ingestDocument) and in batches
 * (ingestInBatches: the pipeline on BENCH_WORKERS worker threads, default one per core), each into its
 * own fresh database. Prints documents/s and MB/s for each, the batch/single ratio, and where the
 * batch path's time went.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCS ?? 2000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? os.availableParallelism());
const PUBLISHED_ON = "2025-12-20";

/**
 * The pipeline bench's corpus (the seed articles and variations of them), with the two test articles
 * among the bases; variations carry a date and a URL, as a feed's documents do.
 */
function buildCorpus(seedsDir: string, size: number): IncomingDocument[] {
  const bases = [...readSeedArticles(seedsDir), { name: "english-hire", text: ENGLISH_HIRE_ARTICLE.text }, { name: "japanese-hire", text: JAPANESE_HIRE_ARTICLE.text }];
  return buildBenchCorpus(bases, size).map((document, i) =>
    i < bases.length ? { text: document.text, format: "text" } : { text: document.text, format: "text", publishedAt: PUBLISHED_ON, url: `https://bench.example.test/${i}` },
  );
}

const megabytes = (documents: readonly IncomingDocument[]) => documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1e6;

function report(label: string, documents: readonly IncomingDocument[], ms: number, extra = "") {
  const seconds = ms / 1000;
  console.log(
    `${label.padEnd(34)} ${String(documents.length).padStart(6)} docs  ${seconds.toFixed(2).padStart(7)} s  ${(documents.length / seconds).toFixed(1).padStart(8)} docs/s  ${(megabytes(documents) / seconds).toFixed(3).padStart(7)} MB/s${extra}`,
  );
}

/** Each stage of the database-free pipeline timed on its own (the pipeline bench's timing), with its share of the total. */
function stages(corpus: readonly IncomingDocument[], index: LinkingIndex) {
  const spent = timeStages(
    corpus.map((document, i) => ({ name: String(i), text: document.text })),
    index,
    PUBLISHED_ON,
  );
  const total = Object.values(spent).reduce((sum, ms) => sum + ms, 0);
  for (const [stage, ms] of Object.entries(spent)) report(`  stage: ${stage}`, corpus, ms, `   (${((100 * ms) / total).toFixed(0)}% of the pipeline)`);
}

type Statuses = Record<IngestOutcome["status"] | "FAILED", number>;

const tallied = (statuses: Statuses) =>
  `   (${statuses.CREATED} new, ${statuses.REPUBLICATION} re-publications, ${statuses.DUPLICATE} duplicates${statuses.FAILED ? `, ${statuses.FAILED} failed` : ""})`;

function tally(results: readonly IngestItemResult[]): Statuses {
  const statuses: Statuses = { CREATED: 0, DUPLICATE: 0, REPUBLICATION: 0, FAILED: 0 };
  for (const result of results) statuses[result.ok ? result.outcome.status : "FAILED"] += 1;
  return statuses;
}

/** Opens a fresh, seeded database, runs `work` on it and drops it. */
type FreshDatabase = <T>(work: (db: Database) => Promise<T>) => Promise<T>;

async function seeded(db: Database, config: ReturnType<typeof loadConfig>): Promise<Database> {
  await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
  await seedIfEmpty({ db, config });
  return db;
}

/** The same corpus one document at a time and in batches, each into a fresh database: documents/s, the ratio, and the batch path's split. */
async function endToEnd(label: string, fresh: FreshDatabase, corpus: readonly IncomingDocument[]) {
  const singleMs = await fresh(async (db) => {
    const linking = linkingIndexCacheFor(db.prisma);
    const results: IngestItemResult[] = [];
    const started = performance.now();
    for (const document of corpus) results.push({ ok: true, outcome: await ingestDocument({ prisma: db.prisma, linking, document }) });
    const ms = performance.now() - started;
    report(`${label}, one by one`, corpus, ms, tallied(tally(results)));
    return ms;
  });
  await fresh(async (db) => {
    const timings: BatchTimings = { pipelineWaitMs: 0, writeMs: 0 };
    // The pool starts with the clock, as the CLI's does once its database is ready.
    const started = performance.now();
    const pool = new PipelinePool(WORKERS);
    try {
      const results = await ingestInBatches({ prisma: db.prisma, documents: corpus, pool, timings });
      const ms = performance.now() - started;
      report(`${label}, batches`, corpus, ms, `${tallied(tally(results))}  ×${(singleMs / ms).toFixed(1)} the one-by-one rate`);
      const share = (part: number) => `${((100 * part) / ms).toFixed(0)}%`;
      console.log(
        `  batches' time: writes ${(timings.writeMs / 1000).toFixed(2)} s (${share(timings.writeMs)}), waiting for the pipeline (${WORKERS} worker threads) ${(timings.pipelineWaitMs / 1000).toFixed(2)} s (${share(timings.pipelineWaitMs)})`,
      );
    } finally {
      await pool.close();
    }
  });
}

async function main() {
  const config = loadConfig();
  const corpus = buildCorpus(config.SEEDS_DIR, DOCUMENTS);
  console.log(`corpus: ${corpus.length} documents, ${megabytes(corpus).toFixed(2)} MB of text`);

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-bench-ingest-"));
  const pglite = await seeded(await createDatabase({ pgliteDir: "memory://" }), config);
  try {
    const index = await loadLinkingIndex(pglite.prisma);
    const texts = corpus.map((document) => cleanDocument({ raw: document.text, format: "text" }).text);

    let started = performance.now();
    let mentions = 0;
    for (const text of texts) mentions += index.matcher.findMentions(text).length;
    report("linking only (cleaned text)", corpus, performance.now() - started, `   (${mentions} mentions)`);

    started = performance.now();
    for (const document of corpus) {
      analyzeDocument({
        raw: document.text,
        format: "text",
        publishedOn: PUBLISHED_ON,
        matcher: index.matcher,
        transliterations: index.transliterations,
        entityKinds: index.entityKinds,
      });
    }
    report("whole pipeline, no database", corpus, performance.now() - started);
    stages(corpus, index);
  } finally {
    await pglite.close();
  }
  try {
    let run = 0;
    await endToEnd(
      "end to end into PGlite",
      async (work) => {
        const db = await seeded(await createDatabase({ pgliteDir: path.join(tempDir, `pglite-${run++}`) }), config);
        try {
          return await work(db);
        } finally {
          await db.close();
        }
      },
      corpus,
    );
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }

  if (config.DATABASE_URL) {
    const admin = await createDatabase({ databaseUrl: config.DATABASE_URL });
    const serverUrl = config.DATABASE_URL;
    try {
      await endToEnd(
        "end to end into PostgreSQL",
        async (work) => {
          const name = `orchard_bench_${crypto.randomBytes(4).toString("hex")}`;
          await admin.execScript(`CREATE DATABASE "${name}"`);
          const url = new URL(serverUrl);
          url.pathname = `/${name}`;
          try {
            const db = await seeded(await createDatabase({ databaseUrl: url.toString() }), config);
            try {
              return await work(db);
            } finally {
              await db.close();
            }
          } finally {
            await admin.execScript(`DROP DATABASE IF EXISTS "${name}"`);
          }
        },
        corpus,
      );
    } finally {
      await admin.close();
    }
  } else {
    console.log("(set DATABASE_URL=postgresql://… to measure PostgreSQL too)");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
