import pg from "pg";
import type { Contender } from "./contenders/contender";
import { post } from "./check";
import type { BenchRequest } from "./requests";

/**
 * SQL statements per request, counted by the server: pg_stat_statements' calls in this database
 * (top-level statements, utility ones such as BEGIN included), before and after a few requests
 * sent one at a time. Its own queries mention pg_stat_statements and are left out.
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

  private async total(): Promise<number> {
    const result = await this.client.query<{ calls: string }>(
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
    );
    return Number(result.rows[0].calls);
  }

  /** Statements per request over `samples` sequential requests; NaN when pg_stat_statements is missing. */
  async perRequest(contender: Contender, request: BenchRequest, samples = 10): Promise<number> {
    if (this.unavailableReason) return Number.NaN;
    const body = contender.body(request);
    const before = await this.total();
    for (let i = 0; i < samples; i++) await post(contender.server.url, body);
    return ((await this.total()) - before) / samples;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
