import { sql, type SqlReader } from "../db/sql-reader";
import type { Logger } from "../logger";
import { throttleStatus, type BucketPolicy, type BucketStore, type TakeResult, type ThrottleStatus } from "./rate-limit";

/**
 * The leaky buckets of rate-limit.ts kept in PostgreSQL ("RateLimitBucket"), so that every API
 * process draws from one bucket per client. Each take, refund and settle is one atomic statement:
 * the row lock orders concurrent requests of one client across processes, and the refill is computed
 * from the database's clock, so the processes' clocks never disagree about it. A missing row is a
 * full bucket; refills are linear up to the capacity, so a refused take can leave its row untouched.
 *
 * Parameters of every statement: $1 subject, $2 capacity, $3 restore rate (points/s), $4 amount.
 */
const REFILLED = `least($2::float8, b."points" + greatest(0, extract(epoch from clock_timestamp() - b."updatedAt"))::float8 * $3::float8)`;
const TOUCH = `"updatedAt" = greatest(b."updatedAt", clock_timestamp()), "capacity" = $2::float8, "restoreRate" = $3::float8`;
const COLUMNS = `"RateLimitBucket" AS b ("subject", "points", "updatedAt", "capacity", "restoreRate")`;

// Takes $4 when the refilled bucket holds that much; otherwise reads what it holds (no write).
const TAKE = sql(
  "rate_limit_take",
  `WITH taken AS (
     INSERT INTO ${COLUMNS} VALUES ($1, $2::float8 - $4::float8, clock_timestamp(), $2::float8, $3::float8)
     ON CONFLICT ("subject") DO UPDATE SET "points" = ${REFILLED} - $4::float8, ${TOUCH}
     WHERE ${REFILLED} >= $4::float8
     RETURNING b."points"
   )
   SELECT true AS allowed, points FROM taken
   UNION ALL
   SELECT false AS allowed, ${REFILLED} AS points FROM "RateLimitBucket" b
   WHERE b."subject" = $1 AND NOT EXISTS (SELECT 1 FROM taken)`,
);

// Gives back $4 points, up to the capacity; no row means the bucket is already full.
const REFUND = sql(
  "rate_limit_refund",
  `UPDATE "RateLimitBucket" AS b SET "points" = least($2::float8, ${REFILLED} + $4::float8), ${TOUCH}
   WHERE b."subject" = $1 RETURNING b."points"`,
);

// Adds $4 (reserved − actual, possibly negative), keeping the bucket within ±capacity.
const SETTLE = sql(
  "rate_limit_settle",
  `INSERT INTO ${COLUMNS} VALUES ($1, greatest(-$2::float8, least($2::float8, $2::float8 + $4::float8)), clock_timestamp(), $2::float8, $3::float8)
   ON CONFLICT ("subject") DO UPDATE SET "points" = greatest(-$2::float8, least($2::float8, ${REFILLED} + $4::float8)), ${TOUCH}
   RETURNING b."points"`,
);

// $4 is unused but typed, so that every statement takes the same four parameters.
const PEEK = sql("rate_limit_peek", `SELECT ${REFILLED} AS points FROM "RateLimitBucket" b WHERE b."subject" = $1 AND $4::float8 >= 0`);

// A bucket that has refilled is the same as no bucket: dropping those bounds the table.
const SWEEP = sql(
  "rate_limit_sweep",
  `DELETE FROM "RateLimitBucket" b
   WHERE b."points" + greatest(0, extract(epoch from clock_timestamp() - b."updatedAt"))::float8 * b."restoreRate" >= b."capacity"
   RETURNING b."subject"`,
);

/** Writes between two sweeps of full buckets, per process. */
const SWEEP_EVERY = 5_000;

export class PgRateLimiter implements BucketStore {
  private writes = 0;

  constructor(private readonly options: { reader: SqlReader; logger: Logger }) {}

  async take(options: { subject: string; policy: BucketPolicy; cost: number }): Promise<TakeResult> {
    const { policy, cost } = options;
    // Never in the bucket, even full: refused without writing (callers refuse it as too costly first).
    const rows = cost > policy.capacity ? [] : await this.run<{ allowed: boolean; points: number }>(TAKE, options.subject, policy, cost);
    if (rows === null) return { allowed: true, status: this.status(policy, policy.capacity) };
    const row = rows[0];
    if (row?.allowed) {
      this.wrote();
      return { allowed: true, status: this.status(policy, row.points) };
    }
    // No row: the bucket is full, or was created by a concurrent request since this one's snapshot.
    const points = row ? row.points : await this.peekPoints(options.subject, policy);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - points) / policy.restoreRate)), status: this.status(policy, points) };
  }

  async refund(options: { subject: string; policy: BucketPolicy; points: number }): Promise<ThrottleStatus> {
    const rows = await this.run<{ points: number }>(REFUND, options.subject, options.policy, Math.max(0, options.points));
    return this.status(options.policy, rows?.[0]?.points ?? options.policy.capacity);
  }

  async settle(options: { subject: string; policy: BucketPolicy; reserved: number; actual: number }): Promise<ThrottleStatus> {
    const rows = await this.run<{ points: number }>(SETTLE, options.subject, options.policy, options.reserved - options.actual);
    if (rows?.length) this.wrote();
    return this.status(options.policy, rows?.[0]?.points ?? options.policy.capacity);
  }

  async peek(options: { subject: string; policy: BucketPolicy }): Promise<ThrottleStatus> {
    return this.status(options.policy, await this.peekPoints(options.subject, options.policy));
  }

  private async peekPoints(subject: string, policy: BucketPolicy): Promise<number> {
    const rows = await this.run<{ points: number }>(PEEK, subject, policy, 0);
    return rows?.[0]?.points ?? policy.capacity;
  }

  /**
   * Runs one statement; null when the database cannot be reached. The limiter then lets requests
   * through (fail open): they meet the same outage on their own statements and answer 503 for it,
   * and a response served from the cache need not fail because the limiter's table is unreachable.
   */
  private async run<Row>(statement: typeof TAKE, subject: string, policy: BucketPolicy, amount: number): Promise<Row[] | null> {
    try {
      return await this.options.reader.query<Row>(statement, [subject, policy.capacity, policy.restoreRate, amount]);
    } catch (error) {
      this.options.logger.warn({ err: error, statement: statement.name }, "rate limit store unavailable: request not limited");
      return null;
    }
  }

  /** Deletes the buckets that have refilled (every SWEEP_EVERY writes); returns how many. */
  async sweep(): Promise<number> {
    return (await this.options.reader.query(SWEEP, [])).length;
  }

  private wrote(): void {
    this.writes += 1;
    if (this.writes % SWEEP_EVERY !== 0) return;
    this.sweep().catch((error: unknown) => this.options.logger.warn({ err: error }, "could not sweep full rate-limit buckets"));
  }

  private status(policy: BucketPolicy, points: number): ThrottleStatus {
    return throttleStatus(policy, points);
  }
}
