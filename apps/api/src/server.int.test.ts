import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { startApiServer } from "./server";
import { startTestApi, type TestApi } from "./test-support/harness";

const json = async (response: Response): Promise<any> => response.json();

/** Health, time budgets and outages, on either database (PostgreSQL restarts under load: tests/faults). */
describe("health, time budget and outages", () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi();
    base = api.server.url.replace(/\/graphql$/, "");
  });
  afterAll(() => api.close());

  it("answers liveness and readiness while the database is up", async () => {
    expect(await json(await fetch(`${base}/healthz`))).toEqual({ ok: true });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await json(ready)]).toEqual([200, { ready: true, database: "ok", kind: api.db.kind, pendingMigrations: [] }]);
  });

  it("refuses statements past the request's time budget with QUERY_TIMEOUT", async () => {
    // A second server on the same database, with a 300 ms budget.
    const config = { ...loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent" }), REQUEST_TIMEOUT_MS: 300 };
    const server = await startApiServer({ config, db: api.db, logger: createLogger(config), port: 0 });
    try {
      // Other work holds the database for longer than the budget; the request's statements wait behind it
      // (PGlite runs one statement at a time; on PostgreSQL they wait for a lock).
      const busy = api.db.execScript(
        api.db.kind === "postgres" ? `BEGIN; LOCK TABLE "Entity" IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(1); COMMIT;` : "SELECT count(*) FROM generate_series(1, 3000000)",
      );
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ compare(slugs: ["meta", "openai", "google", "mistral"]) { companies { company { slug } models { model { slug } } } } }` }),
      });
      const body = await json(response);
      await busy;
      expect(body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toContain("QUERY_TIMEOUT");
      expect(body.errors[0].message).toMatch(/time budget/);
      expect(response.status).toBe(body.data == null ? 503 : 200);
    } finally {
      await server.stop();
    }
  });

  it("answers 503 DATABASE_UNAVAILABLE with Retry-After, for GraphQL, exports and readiness, once the database is gone", async () => {
    await api.db.close();
    const graphql = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ company(slug: "meta") { name } }` }),
    });
    const body = await json(graphql);
    expect(graphql.status).toBe(503);
    expect(graphql.headers.get("retry-after")).toBe("2");
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/database is unavailable/), extensions: { code: "DATABASE_UNAVAILABLE" } });
    const exported = await fetch(`${base}/export/events.csv`);
    expect([exported.status, exported.headers.get("retry-after"), (await json(exported)).errors[0].extensions.code]).toEqual([503, "2", "DATABASE_UNAVAILABLE"]);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, (await json(ready)).database]).toEqual([503, "unavailable"]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
