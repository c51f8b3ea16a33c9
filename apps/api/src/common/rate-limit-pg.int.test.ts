import fc from "fast-check";
import { createDatabase, type Database } from "../db/prisma";
import { createLogger } from "../logger";
import { createTestDatabase } from "../test-support/harness";
import { RateLimiter, type BucketPolicy } from "./rate-limit";
import { PgRateLimiter } from "./rate-limit-pg";

/**
 * The buckets kept in the database (several API processes) behave as the in-memory ones: same
 * decisions, same balances, for any sequence of takes, refunds and settlements. The SQL is plain
 * PostgreSQL, so it is checked on PGlite too (where concurrent takes share its one connection).
 */
describe("rate-limit buckets in the database", () => {
  let db: Database;
  let config: Awaited<ReturnType<typeof createTestDatabase>>["config"];
  let drop: () => Promise<void>;
  const logger = createLogger({ LOG_LEVEL: "silent", NODE_ENV: "test" });
  // Refills so slowly that the milliseconds between the two stores' clocks never show in a balance.
  const policy: BucketPolicy = { name: "key", capacity: 1_000, restoreRate: 0.001 };

  beforeAll(async () => {
    ({ db, config, drop } = await createTestDatabase());
  });
  afterAll(() => drop());

  const operation = fc.oneof(
    fc.record({ op: fc.constant("take" as const), amount: fc.integer({ min: 0, max: 1_200 }) }),
    fc.record({ op: fc.constant("refund" as const), amount: fc.integer({ min: -50, max: 600 }) }),
    fc.record({ op: fc.constant("settle" as const), amount: fc.integer({ min: 0, max: 500 }), actual: fc.integer({ min: 0, max: 2_500 }) }),
    fc.record({ op: fc.constant("peek" as const), amount: fc.constant(0) }),
  );

  it("decides and counts like the in-memory buckets for any sequence of operations", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        const subject = `key:property-${run++}`;
        const memory = new RateLimiter();
        const shared = new PgRateLimiter({ reader: db.reader, logger });
        for (const step of operations) {
          const options = { subject, policy };
          if (step.op === "take") {
            const [expected, actual] = [memory.take({ ...options, cost: step.amount }), await shared.take({ ...options, cost: step.amount })];
            expect(actual.allowed).toBe(expected.allowed);
            expect(actual.status).toEqual(expected.status);
            // The wait divides a balance by the tiny restore rate: a microsecond between the clocks may move it by one.
            if (!expected.allowed && !actual.allowed) expect(Math.abs(actual.retryAfterSeconds - expected.retryAfterSeconds)).toBeLessThanOrEqual(1);
          } else if (step.op === "refund") {
            expect(await shared.refund({ ...options, points: step.amount })).toEqual(memory.refund({ ...options, points: step.amount }));
          } else if (step.op === "settle") {
            const settlement = { ...options, reserved: step.amount, actual: step.actual };
            expect(await shared.settle(settlement)).toEqual(memory.settle(settlement));
          } else {
            expect(await shared.peek(options)).toEqual(memory.peek(options));
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it("sweeps the buckets that have refilled, and only those", async () => {
    const store = new PgRateLimiter({ reader: db.reader, logger });
    const fast: BucketPolicy = { name: "anonymous", capacity: 100, restoreRate: 1_000_000 };
    await store.take({ subject: "ip:refilled", policy: fast, cost: 50 });
    await store.take({ subject: "key:still-empty", policy, cost: 900 });
    await new Promise((resolve) => setTimeout(resolve, 20)); // 20 ms at a million points/s refills the first
    await store.sweep();
    const subjects = await db.prisma.rateLimitBucket.findMany({ where: { subject: { in: ["ip:refilled", "key:still-empty"] } }, select: { subject: true } });
    expect(subjects.map((row) => row.subject)).toEqual(["key:still-empty"]);
    expect((await store.peek({ subject: "ip:refilled", policy: fast })).currentlyAvailable).toBe(100);
  });

  it("lets through exactly one bucket's worth of concurrent takes from two pools (two processes; one database on PGlite)", async () => {
    const other = config.DATABASE_URL ? await createDatabase({ databaseUrl: config.DATABASE_URL }) : db;
    try {
      const stores = [new PgRateLimiter({ reader: db.reader, logger }), new PgRateLimiter({ reader: other.reader, logger })];
      const takes = Array.from({ length: 120 }, (_, i) => stores[i % 2].take({ subject: "key:concurrent", policy, cost: 20 }));
      const results = await Promise.all(takes);
      // 1 000 points at 20 each: 50 pass, whichever pool asked, and the bucket is left empty.
      expect(results.filter((result) => result.allowed)).toHaveLength(50);
      expect((await stores[1].peek({ subject: "key:concurrent", policy })).currentlyAvailable).toBe(0);
    } finally {
      if (other !== db) await other.close();
    }
  });
});
