import { sql, type SqlReader } from "./sql-reader";

/** What /readyz shows of one replica: its position in DATABASE_REPLICA_URLS, never its URL. */
export interface ReplicaStatus {
  replica: number;
  /** starting: not probed yet; lagging: further behind than DATABASE_REPLICA_MAX_LAG_MS, so not read from. */
  state: "starting" | "up" | "lagging" | "down";
  /** Upper bound on how old its data is: 0 when it has replayed everything the primary wrote. */
  lagSeconds: number | null;
  /** WAL bytes the primary has written that the replica has not replayed yet. */
  lagBytes: number | null;
  /** Read statements it answered since this process started. */
  statements: number;
  /** Why it is down: an error code (ECONNREFUSED, 57P01, …), never a message that could carry a host or a password. */
  error?: string;
}

export interface ReplicaHealthOptions {
  count: number;
  /** A replica further behind than this is not read from until it catches up. */
  maxLagMs: number;
  /** First back-off after a failure; it doubles with each failure in a row, up to backoffCapMs. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  now?: () => number;
  onChange?: (status: ReplicaStatus, previous: ReplicaStatus["state"]) => void;
}

interface ReplicaState {
  probed: boolean;
  lagSeconds: number | null;
  lagBytes: number | null;
  failures: number;
  downUntil: number;
  error?: string;
  statements: number;
}

/**
 * Per replica: when it failed last and how far behind it is. A failed replica is skipped for a
 * back-off, then tried again by the next statement or probe (half-open): one success brings it back.
 */
export class ReplicaHealth {
  private readonly states: ReplicaState[];
  private readonly now: () => number;

  constructor(private readonly options: ReplicaHealthOptions) {
    this.states = Array.from({ length: options.count }, () => ({ probed: false, lagSeconds: null, lagBytes: null, failures: 0, downUntil: 0, statements: 0 }));
    this.now = options.now ?? Date.now;
  }

  get count(): number {
    return this.states.length;
  }

  /** May a statement go to this replica now? */
  usable(index: number): boolean {
    const state = this.states[index];
    return state.probed && !this.lagging(state) && this.now() >= state.downUntil;
  }

  markDown(index: number, error: string): void {
    this.change(index, (state) => {
      state.failures += 1;
      const base = this.options.backoffBaseMs ?? 1_000;
      state.downUntil = this.now() + Math.min(this.options.backoffCapMs ?? 30_000, base * 2 ** (state.failures - 1));
      state.error = error;
    });
  }

  /** A server that is not in recovery holds other data than the primary: not read from until a probe finds it a standby. */
  notStandby(index: number): void {
    this.states[index].probed = false;
    this.markDown(index, "not a standby");
  }

  /** A statement it answered: a replica that was down is back. */
  served(index: number): void {
    const state = this.states[index];
    state.statements += 1;
    if (state.failures > 0) this.change(index, (s) => this.clearFailures(s));
  }

  /** The outcome of a lag probe. */
  recordLag(index: number, lag: { lagSeconds: number | null; lagBytes: number | null }): void {
    this.change(index, (state) => {
      state.probed = true;
      state.lagSeconds = lag.lagSeconds;
      state.lagBytes = lag.lagBytes;
      this.clearFailures(state);
    });
  }

  status(): ReplicaStatus[] {
    return this.states.map((state, index) => this.statusOf(state, index));
  }

  private clearFailures(state: ReplicaState): void {
    state.failures = 0;
    state.downUntil = 0;
    delete state.error;
  }

  private lagging(state: ReplicaState): boolean {
    return state.lagSeconds !== null && state.lagSeconds * 1000 > this.options.maxLagMs;
  }

  private statusOf(state: ReplicaState, index: number): ReplicaStatus {
    const down = state.failures > 0;
    const phase: ReplicaStatus["state"] = down ? "down" : !state.probed ? "starting" : this.lagging(state) ? "lagging" : "up";
    return {
      replica: index + 1,
      state: phase,
      lagSeconds: state.lagSeconds,
      lagBytes: state.lagBytes,
      statements: state.statements,
      ...(state.error ? { error: state.error } : {}),
    };
  }

  private change(index: number, update: (state: ReplicaState) => void): void {
    const before = this.statusOf(this.states[index], index).state;
    update(this.states[index]);
    const after = this.statusOf(this.states[index], index);
    if (after.state !== before) this.options.onChange?.(after, before);
  }
}

const PRIMARY_LSN = sql("replica_primary_lsn", `SELECT pg_current_wal_lsn()::text AS lsn`);
/**
 * Bytes behind the primary's position read just before (0 if it moved past it since), and the age of
 * the last transaction replayed: while bytes remain, the replica's data is at most that old.
 */
const REPLICA_LAG = sql(
  "replica_lag",
  `SELECT pg_is_in_recovery() AS in_recovery,
     GREATEST(pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()), 0) AS lag_bytes,
     EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) AS replay_age`,
);

/** Measures every replica's lag against the primary once; a replica that does not answer is marked down. */
export async function probeReplicas(options: { primary: SqlReader; replicas: SqlReader[]; health: ReplicaHealth; faultOf: (error: unknown) => string }): Promise<void> {
  const { primary, replicas, health } = options;
  const [position] = await primary.query<{ lsn: string }>(PRIMARY_LSN, []);
  await Promise.all(
    replicas.map(async (replica, index) => {
      try {
        const [row] = await replica.query<{ in_recovery: boolean; lag_bytes: number | null; replay_age: number | null }>(REPLICA_LAG, [position.lsn]);
        // A promoted replica, or a URL that names another primary.
        if (!row.in_recovery) return health.notStandby(index);
        const lagBytes = row.lag_bytes === null ? null : Math.round(row.lag_bytes);
        health.recordLag(index, { lagBytes, lagSeconds: lagBytes === 0 ? 0 : row.replay_age === null ? null : Math.max(0, Math.round(row.replay_age * 10) / 10) });
      } catch (error) {
        health.markDown(index, options.faultOf(error));
      }
    }),
  );
}
