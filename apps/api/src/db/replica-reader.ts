import type { ReplicaHealth } from "./replica-health";
import type { RequestBudget } from "./request-budget";
import type { SqlReader, SqlStatement } from "./sql-reader";

/** One request's reads: a SqlReader whose request can be sent to the primary for the rest of its life. */
export interface RequestReader extends SqlReader {
  /** Every later read goes to the primary: the request wrote, and must see what it wrote. */
  usePrimary(): void;
}

export type ReplicaStrategy = "round-robin" | "least-busy";

/** Network failures and server states after which a replica is skipped; anything else is the statement's own error. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const SERVER_CODES = new Set([
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, in recovery without hot standby)
  "57P04", // database_dropped (recovery conflict on a dropped database)
  "40001", // canceling statement due to conflict with recovery
  "57014", // statement timeout
  "53300", // too_many_connections
]);

/** The code under which a replica failure is recorded (never the message: it may name hosts), or null if the statement itself failed. */
export function replicaFault(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith("08"))) return code;
  const message = error instanceof Error ? error.message : "";
  if (/timeout exceeded when trying to connect/i.test(message)) return "connect timeout";
  if (/Connection terminated/i.test(message)) return "connection terminated";
  return null;
}

/**
 * Sends the read path's statements to streaming replicas, and everything else to the primary. A
 * request keeps the replica it started on: the response cache's data version and the answer then
 * come from one server, whose replay only moves forward, so an answer is never older than the
 * version it is cached under. A failing replica is marked down and the statement is retried, on
 * another replica if the request has read nothing yet, otherwise on the primary (never further
 * behind than what the request already saw).
 */
export class ReplicaRouter {
  private readonly inFlight: number[];
  private turn = 0;

  constructor(
    private readonly options: {
      primary: SqlReader;
      replicas: SqlReader[];
      health: ReplicaHealth;
      strategy: ReplicaStrategy;
    },
  ) {
    this.inFlight = options.replicas.map(() => 0);
  }

  forRequest(): RequestReader {
    const { primary, health } = this.options;
    let target: number | "primary" | undefined;
    let answered = false;
    const tried = new Set<number>();
    return {
      usePrimary() {
        target = "primary";
      },
      query: async <Row>(statement: SqlStatement, values: readonly unknown[], budget?: RequestBudget): Promise<Row[]> => {
        for (;;) {
          target ??= this.pick(tried) ?? "primary";
          const replica = target;
          if (replica === "primary") return primary.query<Row>(statement, values, budget);
          try {
            const rows = await this.run<Row>(replica, statement, values, budget);
            answered = true;
            return rows;
          } catch (error) {
            const fault = replicaFault(error);
            if (fault === null || (budget && Date.now() > budget.deadline)) throw error;
            health.markDown(replica, fault);
            tried.add(replica);
            if (target === replica) target = answered ? "primary" : undefined;
          }
        }
      },
    };
  }

  /** A replica to read from, or null when none is usable. */
  pick(exclude: ReadonlySet<number> = new Set()): number | null {
    const count = this.inFlight.length;
    const start = this.turn++ % Math.max(count, 1);
    let best: number | null = null;
    for (let step = 0; step < count; step++) {
      const index = (start + step) % count;
      if (exclude.has(index) || !this.options.health.usable(index)) continue;
      if (this.options.strategy === "round-robin") return index;
      if (best === null || this.inFlight[index] < this.inFlight[best]) best = index;
    }
    return best;
  }

  private async run<Row>(index: number, statement: SqlStatement, values: readonly unknown[], budget?: RequestBudget): Promise<Row[]> {
    this.inFlight[index] += 1;
    try {
      const rows = await this.options.replicas[index].query<Row>(statement, values, budget);
      this.options.health.served(index);
      return rows;
    } finally {
      this.inFlight[index] -= 1;
    }
  }
}
