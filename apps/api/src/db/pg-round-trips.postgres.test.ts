import fc from "fast-check";
import { Pool, types as pgTypes } from "pg";
import { loadConfig } from "../config";
import { roundTripBatcher } from "./pg-round-trips";
import { budgetOf, type RequestBudget } from "./request-budget";
import { sql, type SqlStatement } from "./sql-reader";

/**
 * A request's statements of one turn share one message (pg-round-trips.ts), and each answers as if
 * it had been sent alone: same rows for any parameter, its own error, other requests apart.
 */
describe("round trips shared by a request's statements (PostgreSQL)", () => {
  const databaseUrl = loadConfig().DATABASE_URL!;
  let pool: Pool;
  let messages = 0;
  let alone = 0;
  const types = { getTypeParser: (oid: number) => pgTypes.getTypeParser(oid, "text") };
  const single = async (statement: SqlStatement, values: readonly unknown[]): Promise<unknown[]> => {
    alone += 1;
    return (await pool.query<Record<string, unknown>>({ name: statement.name, text: statement.text, values: values as unknown[], types })).rows;
  };
  let batcher: ReturnType<typeof roundTripBatcher>;

  beforeAll(() => {
    pool = new Pool({ connectionString: databaseUrl, max: 4 });
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
    // Batches check a connection out (no callback); pool.query, which single statements use, passes one.
    pool.connect = ((...args: unknown[]) => {
      if (args.length === 0) messages += 1;
      return connect(...args);
    }) as typeof pool.connect;
    batcher = roundTripBatcher({ pool, types, single });
  });
  afterAll(() => pool.end());
  beforeEach(() => {
    messages = 0;
    alone = 0;
  });

  const ECHO = sql("echo_values", `SELECT $1::text AS text, $2::text[] AS list, $3::int AS number, $4::date AS day, $5::boolean AS flag`);
  const HALVE = sql("halve", `SELECT 10 / $1::int AS half`);
  const SERIES = sql("series", `SELECT g AS n FROM generate_series(1, $1::int) g ORDER BY g`);

  it("sends one message for a request's statements of one turn, and one per request", async () => {
    const [first, second]: RequestBudget[] = [budgetOf(10_000), budgetOf(10_000)];
    const answers = await Promise.all([
      batcher.query(SERIES, [3], first),
      batcher.query(HALVE, [2], first),
      batcher.query(SERIES, [1], first),
      batcher.query(SERIES, [2], second),
      batcher.query(HALVE, [5], second),
    ]);
    expect(answers).toEqual([[{ n: 1 }, { n: 2 }, { n: 3 }], [{ half: 5 }], [{ n: 1 }], [{ n: 1 }, { n: 2 }], [{ half: 2 }]]);
    expect({ messages, alone }).toEqual({ messages: 2, alone: 0 });
  });

  it("sends a lone statement as it is", async () => {
    expect(await batcher.query(HALVE, [1], budgetOf(10_000))).toEqual([{ half: 10 }]);
    expect({ messages, alone }).toEqual({ messages: 0, alone: 1 });
  });

  it("answers any parameters exactly as the statement sent alone", async () => {
    const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("'", "''", "\\", "\\'", "$1", "'); DROP TABLE x; --", '"{,}"'));
    const values = fc.tuple(
      fc.option(
        text.filter((s) => !s.includes("\u0000")),
        { nil: null },
      ),
      fc.option(
        fc.array(
          fc.option(
            text.filter((s) => !s.includes("\u0000")),
            { nil: null },
          ),
          { maxLength: 5 },
        ),
        { nil: null },
      ),
      fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: null }),
      fc.option(fc.constantFrom("2025-01-01", "1999-12-31", "2026-02-28"), { nil: null }),
      fc.option(fc.boolean(), { nil: null }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(values, { minLength: 2, maxLength: 4 }), async (batch) => {
        const budget = budgetOf(10_000);
        const together = await Promise.all(batch.map((row) => batcher.query(ECHO, row, budget)));
        const apart = await Promise.all(batch.map((row) => single(ECHO, row)));
        expect(together).toEqual(apart);
      }),
      { numRuns: 60 },
    );
  });

  it("gives a failing statement its own error and the others their rows", async () => {
    const budget = budgetOf(10_000);
    const settled = await Promise.allSettled([batcher.query(HALVE, [5], budget), batcher.query(HALVE, [0], budget), batcher.query(SERIES, [2], budget)]);
    expect(settled[0]).toEqual({ status: "fulfilled", value: [{ half: 2 }] });
    expect(settled[1].status).toBe("rejected");
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    expect(settled[2]).toEqual({ status: "fulfilled", value: [{ n: 1 }, { n: 2 }] });
    // The connection that saw the error was dropped: the next batch prepares on a clean one.
    expect(await Promise.all([batcher.query(HALVE, [10], budget), batcher.query(SERIES, [1], budget)])).toEqual([[{ half: 1 }], [{ n: 1 }]]);
  });

  // A server that is down or restarting: the statements must fail, never wait for ever.
  it("rejects every statement of a message when no connection can be had", async () => {
    const url = new URL(databaseUrl);
    url.port = "1";
    const unreachable = new Pool({ connectionString: url.toString(), connectionTimeoutMillis: 2_000 });
    const down = roundTripBatcher({ pool: unreachable, types, single });
    const budget = budgetOf(10_000);
    const settled = await Promise.allSettled([down.query(HALVE, [1], budget), down.query(SERIES, [1], budget)]);
    expect(settled.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    await unreachable.end();
  });

  // statement_timeout: running each statement again would spend the request's time twice over.
  it("gives a timed-out message's statements the timeout error without running them again", async () => {
    const url = new URL(databaseUrl);
    url.searchParams.set("options", "-c statement_timeout=200");
    const hurried = new Pool({ connectionString: url.toString(), max: 2 });
    const timed = roundTripBatcher({ pool: hurried, types, single });
    const SLEEP = sql("sleep_then_one", `SELECT 1 AS one FROM pg_sleep($1::float8)`);
    const budget = budgetOf(10_000);
    const settled = await Promise.allSettled([timed.query(HALVE, [2], budget), timed.query(SLEEP, [5], budget), timed.query(SERIES, [1], budget)]);
    await hurried.end();
    expect(settled.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    for (const outcome of settled) expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "57014" });
    expect(alone).toBe(0);
  });
});
