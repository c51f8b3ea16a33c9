import { externalPostgres, startPrivatePostgres, type PostgresHandle } from "@orchard/bench-peer/dist/postgres";
import type { DatabaseConfig } from "../config";

/**
 * The database the corpus lives in: DATABASE_URL, or a private PostgreSQL cluster kept in
 * `clusterDir` (bench/peer's cluster code, told to keep its folder) so that `bench:scale` finds
 * what `corpus:generate` wrote. Settings for a bulk load and a read benchmark; slow statements are
 * logged with their parameters when `slowMs` is given.
 */
export async function openDatabase(config: DatabaseConfig, options: { slowMs?: number } = {}): Promise<PostgresHandle> {
  if (config.databaseUrl) return externalPostgres(config.databaseUrl);
  return startPrivatePostgres({
    binDir: config.postgresBinDir,
    dir: config.clusterDir,
    settings: [
      "shared_buffers=1GB",
      "maintenance_work_mem=512MB",
      "max_wal_size=8GB",
      "checkpoint_timeout=30min",
      "log_line_prefix='%m [%p] %d '",
      ...(options.slowMs ? [`log_min_duration_statement=${options.slowMs}`] : []),
    ],
  });
}
