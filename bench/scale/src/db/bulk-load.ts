import type { CorpusSink } from "./sink";

/**
 * Bulk-load housekeeping inside the generator's transaction. Secondary indexes and foreign keys of
 * the tables being filled are dropped first and rebuilt at the end from their own definitions
 * (pg_get_indexdef / pg_get_constraintdef): one sort per index and one join per key instead of
 * millions of single-row updates and checks. A failure rolls all of it back.
 */
export const CORPUS_TABLES = ["Entity", "Organization", "AiModel", "Person", "Role", "Alias", "Source", "Event", "EventParticipant", "Figure", "Citation", "Mention"] as const;

interface Definition {
  name: string;
  table: string;
  definition: string;
}

export interface DroppedStructure {
  indexes: Definition[];
  foreignKeys: Definition[];
}

export async function dropSecondaryStructure(sink: CorpusSink): Promise<DroppedStructure> {
  const tables = [...CORPUS_TABLES];
  const foreignKeys = await sink.query<Definition>(
    `SELECT quote_ident(k.conname) AS name, k.conrelid::regclass::text AS "table", pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
     ORDER BY 2, 1`,
    [tables],
  );
  const indexes = await sink.query<Definition>(
    `SELECT i.indexrelid::regclass::text AS name, c.oid::regclass::text AS "table", pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[]) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY 2, 1`,
    [tables],
  );
  for (const key of foreignKeys) await sink.exec(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await sink.exec(`DROP INDEX ${index.name}`);
  return { indexes, foreignKeys };
}

/** Rebuilds what `dropSecondaryStructure` dropped; `progress` hears each step. */
export async function restoreSecondaryStructure(sink: CorpusSink, dropped: DroppedStructure, progress: (line: string) => void): Promise<void> {
  for (const index of dropped.indexes) {
    const started = Date.now();
    await sink.exec(index.definition);
    progress(`  index ${index.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  for (const key of dropped.foreignKeys) {
    const started = Date.now();
    await sink.exec(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
    progress(`  foreign key ${key.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

/**
 * Reserves `count` ids of a table's id sequence and returns the first: the generated rows carry
 * explicit ids (other rows point at them), and later inserts by Orchard continue after them.
 */
export async function reserveIds(sink: CorpusSink, table: string, count: number): Promise<number> {
  const [row] = await sink.query<{ first: number }>(
    `WITH seq AS (SELECT pg_get_serial_sequence('"${table}"', 'id') AS name),
          next AS (SELECT greatest(nextval((SELECT name FROM seq)), (SELECT coalesce(max(id), 0) + 1 FROM "${table}")) AS first)
     SELECT first::int AS first, setval((SELECT name FROM seq), first + $1::int - 1) FROM next`,
    [count],
  );
  return Number(row.first);
}

export interface SyntheticCounts {
  entities: number;
  events: number;
  sources: number;
}

export async function syntheticCounts(sink: CorpusSink): Promise<SyntheticCounts> {
  const [row] = await sink.query<{ entities: number; events: number; sources: number }>(
    `SELECT (SELECT count(*) FROM "Entity" WHERE synthetic)::int AS entities, (SELECT count(*) FROM "Event" WHERE synthetic)::int AS events,
            (SELECT count(*) FROM "Source" WHERE synthetic)::int AS sources`,
  );
  return { entities: Number(row.entities), events: Number(row.events), sources: Number(row.sources) };
}

/** Deletes an earlier synthetic corpus, children before parents (what cascades would do row by row). */
export async function deleteSyntheticCorpus(sink: CorpusSink): Promise<void> {
  await sink.exec(`
    DELETE FROM "Citation" c USING "Source" s WHERE s.id = c."sourceId" AND s.synthetic;
    DELETE FROM "Mention" m USING "Source" s WHERE s.id = m."sourceId" AND s.synthetic;
    DELETE FROM "Figure" f USING "Event" e WHERE e.id = f."eventId" AND e.synthetic;
    DELETE FROM "EventParticipant" p USING "Event" e WHERE e.id = p."eventId" AND e.synthetic;
    DELETE FROM "Event" WHERE synthetic;
    DELETE FROM "Source" WHERE synthetic;
    DELETE FROM "Alias" a USING "Entity" e WHERE e.id = a."entityId" AND e.synthetic;
    DELETE FROM "Role" r USING "Entity" e WHERE e.id = r."personId" AND e.synthetic;
    DELETE FROM "EventParticipant" p USING "Entity" e WHERE e.id = p."entityId" AND e.synthetic;
    DELETE FROM "Entity" WHERE synthetic;`);
}

/**
 * VACUUM until the loaded tables' pages are all-visible (index-only scans then skip the heap), then
 * ANALYZE. A round can fall short: an autovacuum ANALYZE that queued behind the load's locks
 * holds back the visibility horizon until it finishes, so tables are vacuumed again (up to five
 * rounds). Returns the tables still short, with their share of all-visible pages.
 */
export async function vacuumAnalyze(sink: CorpusSink, progress: (line: string) => void): Promise<string[]> {
  let pending: string[] = [...CORPUS_TABLES];
  for (let round = 1; round <= 5 && pending.length; round++) {
    if (round > 1) await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const table of pending) await sink.exec(`VACUUM "${table}"`);
    const rows = await sink.query<{ table: string; pages: number; visible: number }>(
      `SELECT relname AS "table", relpages AS pages, relallvisible AS visible FROM pg_class
       WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname = ANY($1::text[])`,
      [pending],
    );
    // A page or two of the seed's own rows may stay behind (seen: 207 of 208): 99% is enough.
    pending = rows.filter((row) => Number(row.visible) < Number(row.pages) * 0.99).map((row) => row.table);
    if (pending.length)
      progress(
        `  not all-visible after round ${round}: ${rows
          .filter((row) => pending.includes(row.table))
          .map((row) => `${row.table} ${row.visible}/${row.pages}`)
          .join(", ")}`,
      );
  }
  await sink.exec(`ANALYZE ${CORPUS_TABLES.map((table) => `"${table}"`).join(", ")}`);
  return pending;
}

/**
 * Compresses long texts (the sources' ~2 KB) with lz4 instead of pglz for this transaction, when the
 * server has it: the Source COPY is bound by compression otherwise. Readers see no difference.
 */
export async function preferLz4(sink: CorpusSink): Promise<boolean> {
  const [row] = await sink.query<{ available: boolean }>(
    `SELECT coalesce((SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'), false) AS available`,
  );
  if (row?.available) await sink.exec("SET LOCAL default_toast_compression = 'lz4'");
  return Boolean(row?.available);
}
