import type { Pool } from "pg";
import { ReplicaHealth, probeReplicas, type ReplicaStatus } from "./replica-health";
import { ReplicaRouter, replicaFault, type ReplicaStrategy, type RequestReader } from "./replica-reader";
import type { SqlReader } from "./sql-reader";
import type { Logger } from "../logger";

/** Where a request's reads go: the primary alone, or replicas too (DATABASE_REPLICA_URLS). */
export interface ReadRouting {
  forRequest(): RequestReader;
  /** Empty without replicas. */
  replicas(): ReplicaStatus[];
  close(): Promise<void>;
}

export function primaryOnly(primary: SqlReader): ReadRouting {
  return {
    forRequest: () => ({ query: (statement, values, budget) => primary.query(statement, values, budget), usePrimary: () => undefined }),
    replicas: () => [],
    close: async () => undefined,
  };
}

export interface ReplicaSetOptions {
  primary: SqlReader;
  /** One pool per replica, opened by the caller (prisma.ts) with the primary's settings. */
  pools: Pool[];
  readerOf: (pool: Pool) => SqlReader;
  strategy: ReplicaStrategy;
  maxLagMs: number;
  /** How often each replica's lag is measured; also how soon a replica back from a failure is noticed. */
  checkIntervalMs: number;
  /** Told when a replica changes state (up, down, lagging): a log line. */
  onChange?: (status: ReplicaStatus, previous: ReplicaStatus["state"]) => void;
}

/**
 * Streaming replicas behind the read path. Each is measured at once and then every checkIntervalMs;
 * until its first measurement a replica is not read from. An answer read from a replica can be
 * older than the primary by at most DATABASE_REPLICA_MAX_LAG_MS plus one check interval (lag can
 * grow that long unseen); a replica further behind is skipped until it catches up.
 */
export function openReplicaSet(options: ReplicaSetOptions): ReadRouting {
  const replicas = options.pools.map((pool) => {
    // An idle connection the replica dropped (a restart) reports here; the pool replaces it on next use.
    pool.on("error", () => undefined);
    return options.readerOf(pool);
  });
  const health = new ReplicaHealth({ count: replicas.length, maxLagMs: options.maxLagMs, onChange: options.onChange });
  const router = new ReplicaRouter({ primary: options.primary, replicas, health, strategy: options.strategy });
  // A primary that does not answer leaves the last measurement in place: the read path fails over on its own.
  const probe = () => probeReplicas({ primary: options.primary, replicas, health, faultOf: (error) => replicaFault(error) ?? "probe failed" }).catch(() => undefined);
  let probing = probe();
  const timer = setInterval(() => {
    probing = probing.then(probe);
  }, options.checkIntervalMs);
  timer.unref();
  return {
    forRequest: () => router.forRequest(),
    replicas: () => health.status(),
    async close() {
      clearInterval(timer);
      await probing;
      for (const pool of options.pools) if (!pool.ended) await pool.end();
    },
  };
}

/** One log line per change of a replica's state: down (with its error code), lagging, up again. */
export function logReplicaChanges(logger: Pick<Logger, "info" | "warn">) {
  return (status: ReplicaStatus, previous: ReplicaStatus["state"]) => {
    const fields = { replica: status.replica, state: status.state, previous, lagSeconds: status.lagSeconds, ...(status.error ? { error: status.error } : {}) };
    if (status.state === "up") logger.info(fields, "read replica up");
    else logger.warn(fields, `read replica ${status.state}`);
  };
}
