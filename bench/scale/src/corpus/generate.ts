import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CORPUS_TABLES, deleteSyntheticCorpus, dropSecondaryStructure, preferLz4, reserveIds, restoreSecondaryStructure, syntheticCounts, vacuumAnalyze } from "../db/bulk-load";
import type { CorpusSink } from "../db/sink";
import { SpillFile } from "../db/spill";
import { orchardRules } from "../orchard";
import { SyntheticEntities } from "./entities";
import { entityRows, type TableRows } from "./entity-rows";
import { eventRows } from "./event-rows";
import { CorpusPlan } from "./plan";
import { SeedEntities, type SeedEntity } from "./seed-entities";
import { corpusShape } from "./shape";
import { CITATION_COLUMNS, MENTION_COLUMNS, SOURCE_COLUMNS, sourceLines } from "./source-rows";

/**
 * Writes the synthetic corpus of `events` events into a database that already holds Orchard's
 * migrations and seed knowledge base, in one transaction: ids reserved, secondary indexes and
 * foreign keys dropped, every table COPYed, indexes and keys rebuilt; then VACUUM and ANALYZE.
 */
export interface GenerateOptions {
  sink: CorpusSink;
  events: number;
  seed: number;
  /** Delete an earlier synthetic corpus first (otherwise its presence is an error). */
  replace: boolean;
  progress: (line: string) => void;
}

export interface GenerateSummary {
  rows: Record<string, number>;
  seconds: number;
  /** How many generated events each headline seed entity takes part in. */
  headline: Record<string, number>;
}

async function loadSeedEntities(sink: CorpusSink): Promise<SeedEntities> {
  const rows = await sink.query<SeedEntity & { aliases: { name: string; language: string }[] | null }>(
    `SELECT e.id, e.slug, e.kind::text AS kind, o.kind::text AS "orgKind", e.name, m."ownerId",
            (SELECT json_agg(json_build_object('name', a.name, 'language', a.language) ORDER BY a.id) FROM "Alias" a WHERE a."entityId" = e.id) AS aliases
     FROM "Entity" e LEFT JOIN "Organization" o ON o."entityId" = e.id LEFT JOIN "AiModel" m ON m."entityId" = e.id
     WHERE NOT e.synthetic ORDER BY e.id`,
  );
  return new SeedEntities(
    rows.map(({ aliases, ...entity }) => {
      const names: Record<string, string> = {};
      for (const alias of (typeof aliases === "string" ? JSON.parse(aliases) : (aliases ?? [])) as { language: string; name: string }[]) names[alias.language] ??= alias.name;
      return { ...entity, names };
    }),
  );
}

export async function generateCorpus(options: GenerateOptions): Promise<GenerateSummary> {
  const { sink, progress } = options;
  const shape = corpusShape(options.events);
  const started = Date.now();
  const rules = orchardRules();
  const rows: Record<string, number> = {};
  const spillDir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-corpus-"));
  const copy = async (table: string, columns: readonly string[], pieces: Iterable<string>) => {
    const tableStarted = Date.now();
    rows[table] = (rows[table] ?? 0) + (await sink.copy(table, columns, pieces));
    const seconds = (Date.now() - tableStarted) / 1000;
    progress(
      `  ${table}: ${rows[table].toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(rows[table] / Math.max(seconds, 0.001)).toLocaleString("en-US")} rows/s)`,
    );
  };
  const copyTables = async (tables: TableRows[]) => {
    for (const table of tables) await copy(table.table, table.columns, table.lines());
  };
  await sink.exec("BEGIN");
  try {
    const existing = await syntheticCounts(sink);
    if (existing.entities + existing.events + existing.sources > 0) {
      if (!options.replace)
        throw new Error(
          `${sink.describe} already holds a synthetic corpus (${existing.events.toLocaleString("en-US")} events, ${existing.sources.toLocaleString("en-US")} sources): ` +
            "pass --replace to delete it first, or use a fresh database",
        );
      progress("deleting the earlier synthetic corpus…");
      await deleteSyntheticCorpus(sink);
    }
    const seeds = await loadSeedEntities(sink);
    const entityBase = await reserveIds(sink, "Entity", shape.organizations + shape.models + shape.people);
    const entities = new SyntheticEntities(shape, options.seed, entityBase, seeds);
    const plan = new CorpusPlan(entities);
    const ids = {
      event: await reserveIds(sink, "Event", shape.events),
      source: await reserveIds(sink, "Source", shape.sources),
      figure: await reserveIds(sink, "Figure", Math.max(plan.figures, 1)),
    };
    progress(`planned in ${((Date.now() - started) / 1000).toFixed(1)} s; dropping secondary indexes and foreign keys of ${CORPUS_TABLES.length} tables`);
    const dropped = await dropSecondaryStructure(sink);
    if (await preferLz4(sink)) progress("long texts compressed with lz4");
    const now = new Date().toISOString();
    await copyTables(entityRows(entities, rules, now));
    const spill = { citations: new SpillFile(path.join(spillDir, "citations.copy")), mentions: new SpillFile(path.join(spillDir, "mentions.copy")) };
    await copy("Source", SOURCE_COLUMNS, sourceLines(plan, ids, spill));
    spill.citations.close();
    spill.mentions.close();
    await copy("Citation", CITATION_COLUMNS, spill.citations.pieces());
    spill.citations.remove();
    await copy("Mention", MENTION_COLUMNS, spill.mentions.pieces());
    spill.mentions.remove();
    await copyTables(eventRows(plan, ids, rules, now));
    progress(`rebuilding ${dropped.indexes.length} indexes and ${dropped.foreignKeys.length} foreign keys…`);
    await sink.exec("SET LOCAL maintenance_work_mem = '256MB'");
    await restoreSecondaryStructure(sink, dropped, progress);
    await sink.exec("COMMIT");
  } catch (error) {
    await sink.exec("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    fs.rmSync(spillDir, { recursive: true, force: true });
  }
  progress("VACUUM and ANALYZE (visibility map and statistics for the planner)…");
  const vacuumStarted = Date.now();
  const short = await vacuumAnalyze(sink, progress);
  if (short.length) progress(`  warning: ${short.join(", ")} not entirely all-visible (index-only scans will read some heap pages)`);
  progress(`  VACUUM and ANALYZE in ${((Date.now() - vacuumStarted) / 1000).toFixed(1)} s`);
  return { rows, seconds: (Date.now() - started) / 1000, headline: await headlineCounts(sink) };
}

async function headlineCounts(sink: CorpusSink): Promise<Record<string, number>> {
  const rows = await sink.query<{ slug: string; events: number }>(
    `SELECT e.slug, count(DISTINCT p."eventId")::int AS events FROM "Entity" e
     JOIN "EventParticipant" p ON p."entityId" = e.id JOIN "Event" ev ON ev.id = p."eventId" AND ev.synthetic
     WHERE e.slug IN ('meta', 'openai', 'google') GROUP BY e.slug ORDER BY e.slug`,
  );
  return Object.fromEntries(rows.map((row) => [row.slug, Number(row.events)]));
}
