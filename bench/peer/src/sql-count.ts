import pg from "pg";
import type { Contender } from "./contenders/contender";
import { post } from "./check";
import type { BenchRequest } from "./requests";

/** Per request, from the server's own accounts: statements sent and the time PostgreSQL spent running them. */
export interface SqlPerRequest {
  statements: number;
  /** pg_stat_statements' execution time (planning not included): the database's share of a request. */
  execMs: number;
}

export const NO_SQL_FIGURES: SqlPerRequest = { statements: Number.NaN, execMs: Number.NaN };

/**
 * SQL statements and database time per request, counted by the server: pg_stat_statements' calls
 * and total_exec_time in this database (top-level statements, utility ones such as BEGIN
 * included), before and after a few requests sent one at a time. Its own queries mention
 * pg_stat_statements and are left out.
 */
export class StatementCounter {
  private constructor(
    private readonly client: pg.Client,
    readonly unavailableReason: string | null,
  ) {}

  static async open(databaseUrl: string): Promise<StatementCounter> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      await client.query("SELECT 1 FROM pg_stat_statements LIMIT 1");
      return new StatementCounter(client, null);
    } catch (error) {
      return new StatementCounter(client, `pg_stat_statements is not available (${(error as Error).message}); add it to shared_preload_libraries`);
    }
  }

  private async total(): Promise<SqlPerRequest> {
    const result = await this.client.query<{ calls: string; exec: number }>(
      `SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(total_exec_time), 0)::float8 AS exec FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
    );
    return { statements: Number(result.rows[0].calls), execMs: result.rows[0].exec };
  }

  /** Means over `samples` sequential requests (after one unmeasured, so plans are cached); NaN when pg_stat_statements is missing. */
  async perRequest(contender: Contender, request: BenchRequest, samples = 10): Promise<SqlPerRequest> {
    if (this.unavailableReason) return NO_SQL_FIGURES;
    const body = contender.body(request);
    await post(contender.server.url, body);
    const before = await this.total();
    for (let i = 0; i < samples; i++) await post(contender.server.url, body);
    const after = await this.total();
    return { statements: (after.statements - before.statements) / samples, execMs: (after.execMs - before.execMs) / samples };
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
