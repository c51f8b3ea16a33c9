import fc from "fast-check";
import { createLogger } from "../logger";
import { createDatabase, type Database } from "../db/prisma";
import { startApiServer, type ApiServer } from "../server";
import { createTestDatabase, seedKnowledgeBaseFixture, type GraphQLResponse } from "../test-support/harness";
import { seedKnowledgeBase } from "../seed/kb-seed";
import { COMPANY_PAGE, COMPARE, EVENTS, MODEL_PAGE, SEARCH } from "../test-support/read-queries";

/**
 * The response cache (issue #9's second layer) never serves an answer older than the last committed
 * write, whichever connection wrote it: a cached server and an uncached one over the same database
 * always answer the same.
 */
describe("response cache", () => {
  let db: Database;
  let drop: () => Promise<void>;
  let cached: ApiServer;
  let uncached: ApiServer;
  /** Writes through a connection of its own: on PostgreSQL, another pool (as another process would). */
  let writer: Database;

  beforeAll(async () => {
    const test = await createTestDatabase();
    ({ db, drop } = test);
    await seedKnowledgeBase({ prisma: db.prisma, kb: seedKnowledgeBaseFixture() });
    const logger = createLogger(test.config);
    cached = await startApiServer({ config: { ...test.config, RESPONSE_CACHE_MB: 8 }, db, logger, port: 0 });
    uncached = await startApiServer({ config: { ...test.config, RESPONSE_CACHE_MB: 0 }, db, logger, port: 0 });
    writer = test.config.DATABASE_URL ? await createDatabase({ databaseUrl: test.config.DATABASE_URL }) : db;
  });
  afterAll(async () => {
    await cached.stop();
    await uncached.stop();
    if (writer !== db) await writer.close();
    await drop();
  });

  const post = async (server: ApiServer, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLResponse;
    return { hit: response.headers.get("orchard-cache") === "hit", body };
  };

  it("answers a repeated query from the cache, with the same data and one statement (the version)", async () => {
    const first = await post(cached, COMPANY_PAGE, { slug: "meta" });
    const second = await post(cached, COMPANY_PAGE, { slug: "meta" });
    expect(first.hit).toBe(false);
    expect(first.body.extensions!.sqlStatements).toBeGreaterThan(3);
    expect(second.hit).toBe(true);
    expect(second.body.extensions!.sqlStatements).toBe(1);
    expect(second.body.data).toEqual(first.body.data);
  });

  it("keys answers by variables: another company or day is computed, not served", async () => {
    await post(cached, COMPARE, { slugs: ["meta", "openai"], asOf: "2026-01-01" });
    const otherDay = await post(cached, COMPARE, { slugs: ["meta", "openai"], asOf: "2025-07-31" });
    expect(otherDay.hit).toBe(false);
    expect(otherDay.body.data).toEqual((await post(uncached, COMPARE, { slugs: ["meta", "openai"], asOf: "2025-07-31" })).body.data);
  });

  it("sees a write committed by another connection on the very next request", async () => {
    await post(cached, COMPANY_PAGE, { slug: "meta" });
    await writer.prisma.$executeRawUnsafe(`UPDATE "Entity" SET description = $1 WHERE slug = 'meta'`, "Written elsewhere.");
    const after = await post(cached, COMPANY_PAGE, { slug: "meta" });
    expect(after.hit).toBe(false);
    expect((after.body.data as { company: { description: string } }).company.description).toBe("Written elsewhere.");
  });

  it("never caches admin or viewer fields, nor answers with errors", async () => {
    for (let i = 0; i < 2; i++) expect((await post(cached, "{ viewer { role } }")).hit).toBe(false);
    const bad = `query Bad { events(first: 5, after: "not-a-cursor") { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      const { hit, body } = await post(cached, bad);
      expect(hit).toBe(false);
      expect(body.errors?.length).toBeGreaterThan(0);
    }
  });

  it("moves the data version on every table but API keys, webhooks and rate-limit buckets", async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ table: string; bumps: boolean }[]>(
      `SELECT t.tablename::text AS table, EXISTS (
         SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
         WHERE c.relname = t.tablename AND g.tgname = 'data_version_bump') AS bumps
       FROM pg_tables t WHERE t.schemaname = current_schema() ORDER BY 1`,
    );
    const exempt = ["ApiKey", "DataVersion", "RateLimitBucket", "Webhook", "WebhookDelivery", "_prisma_migrations"];
    expect(rows.filter((row) => !row.bumps).map((row) => row.table)).toEqual(exempt);
    expect(rows.filter((row) => row.bumps).length).toBeGreaterThan(15);
  });

  // Reads and writes in any order: the cached server answers as the uncached one does, every time.
  const text = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/);
  const write = fc.oneof(
    text.map((value) => ({ sql: `UPDATE "Entity" SET description = $1 WHERE slug = 'meta'`, value })),
    text.map((value) => ({ sql: `UPDATE "Event" SET title = $1 WHERE id = (SELECT min(id) FROM "Event")`, value })),
    text.map((value) => ({ sql: `UPDATE "Figure" SET text = $1 WHERE id = (SELECT min(id) FROM "Figure")`, value })),
    text.map((value) => ({
      sql: `UPDATE "Alias" SET name = $1 WHERE id = (SELECT min(a.id) FROM "Alias" a JOIN "Entity" e ON e.id = a."entityId" WHERE e.slug = 'avocado')`,
      value,
    })),
    fc.constant({ sql: `DELETE FROM "Citation" WHERE id = (SELECT max(id) FROM "Citation")`, value: null }),
  );
  const read = fc.constantFrom(
    { query: COMPANY_PAGE, variables: { slug: "meta" } },
    { query: EVENTS, variables: { first: 5 } },
    { query: MODEL_PAGE, variables: { slug: "avocado" } },
    { query: SEARCH, variables: { query: "avocado", first: 5 } },
    { query: COMPARE, variables: { slugs: ["meta", "openai"], asOf: null } },
  );
  const step = fc.oneof({ arbitrary: read.map((r) => ({ read: r })), weight: 3 }, { arbitrary: write.map((w) => ({ write: w })), weight: 1 });

  it("answers like the uncached server after any sequence of reads and writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 10 }), async (steps) => {
        for (const item of steps) {
          if ("write" in item) {
            const { sql, value } = item.write;
            if (value === null) await writer.prisma.$executeRawUnsafe(sql);
            else await writer.prisma.$executeRawUnsafe(sql, value);
            continue;
          }
          const { query, variables } = item.read;
          const fromCache = await post(cached, query, variables);
          const fresh = await post(uncached, query, variables);
          expect(fromCache.body.errors).toBeUndefined();
          expect(fromCache.body.data).toEqual(fresh.body.data);
        }
      }),
      { numRuns: 12 },
    );
  });
});
