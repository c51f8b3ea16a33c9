import { startTestApi, type TestApi } from "./test-support/harness";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (response: Response): Promise<any> => response.json();

/** Health, time budgets and outages, on the embedded database (PostgreSQL restarts: tests/faults). */
describe("health and outages", () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi();
    base = api.server.url.replace(/\/graphql$/, "");
  });
  afterAll(() => api.close());

  it("answers liveness and readiness while the database is up", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, database: "ok", kind: api.db.kind, pendingMigrations: [] }]);
  });

  it("answers 503 DATABASE_UNAVAILABLE with Retry-After, for GraphQL, exports and readiness, once the database is gone", async () => {
    await api.db.close();
    const graphql = await fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ company(slug: "meta") { name } }` }) });
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

describe("the request time budget", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { REQUEST_TIMEOUT_MS: 1 } });
  });
  afterAll(() => api.close());

  it("refuses statements past the budget with QUERY_TIMEOUT, 503 when nothing could be answered", async () => {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ compare(slugs: ["meta", "openai", "google", "mistral"]) { companies { company { slug } models { model { slug } } } } }` }),
    });
    const body = await json(response);
    expect(response.status).toBe(503);
    expect(body.errors[0].extensions.code).toBe("QUERY_TIMEOUT");
    expect(body.errors[0].message).toMatch(/time budget/);
  });
});
