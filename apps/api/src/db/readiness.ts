import fs from "node:fs";
import type { Database } from "./prisma";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unavailable";
  /** Committed migrations not recorded as applied in the database. */
  pendingMigrations: string[];
  error?: string;
}

/** Past this the database counts as unavailable: a readiness probe must answer quickly. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Readiness (`/readyz`): the database answers, and every committed migration is applied. The list of
 * committed migrations is read once (they do not change under a running process).
 */
export function readinessProbe(options: { db: Database; migrationsDir: string }): () => Promise<Readiness> {
  const committed = fs
    .readdirSync(options.migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const applied = await Promise.race([
        options.db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
        }),
      ]);
      const done = new Set(applied.map((row) => row.migration_name));
      const pendingMigrations = committed.filter((name) => !done.has(name));
      return { ready: pendingMigrations.length === 0, database: "ok", pendingMigrations };
    } catch (error) {
      return { ready: false, database: "unavailable", pendingMigrations: [], error: error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error) };
    } finally {
      clearTimeout(timer);
    }
  };
}
