import { createApiKey } from "../modules/auth/auth.service";
import { startTestApi, type TestApi } from "../test-support/harness";

const WEB_TOKEN = "first-party-web-server-token";

/** Cost accounting and the leaky bucket over HTTP, with a deliberately small anonymous bucket. */
describe("query cost and rate limits", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { RATE_LIMIT_ANONYMOUS_CAPACITY: 3000, RATE_LIMIT_ANONYMOUS_RESTORE_RATE: 10, WEB_CLIENT_TOKEN: WEB_TOKEN } });
  });
  afterAll(() => api.close());

  const post = (query: string, key?: string, extraHeaders: Record<string, string> = {}) =>
    fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...extraHeaders },
      body: JSON.stringify({ query }),
    });
  interface Body {
    data?: unknown;
    errors?: { extensions: { code: string } }[];
    extensions: { cost: { requestedQueryCost: number; actualQueryCost: number; throttleStatus: { currentlyAvailable: number } } };
  }
  const json = async (response: Response) => (await response.json()) as Body;
  const QUERY = `{ events(first: 100) { edges { node { id title type status confidence firstReportedOn summary key } } } }`;

  it("reports requested and actual cost and the bucket's state in every response", async () => {
    const response = await post(`{ companies(first: 5) { edges { node { slug } } } }`);
    const body = await json(response);
    const cost = body.extensions.cost;
    // The connection's own work (a page query and a count: 10) + edges (1) + 5 × (node + slug).
    expect(cost.requestedQueryCost).toBe(10 + 1 + 5 * (1 + 1));
    expect(cost.actualQueryCost).toBeGreaterThan(0);
    expect(cost.actualQueryCost).toBeLessThanOrEqual(cost.requestedQueryCost);
    // Charged the actual cost: what was asked for but not returned is given back.
    // The bucket refills 10 points a second, so a slow request may have a point or two back already.
    expect(cost.throttleStatus).toEqual({ maximumAvailable: 3000, currentlyAvailable: expect.any(Number), restoreRate: 10 });
    expect(cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(3000 - cost.actualQueryCost);
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(3000);
    expect(response.headers.get("ratelimit-policy")).toBe('"anonymous";q=3000;w=300');
    expect(response.headers.get("ratelimit")).toBe(`"anonymous";r=${cost.throttleStatus.currentlyAvailable};t=0`);
  });

  it("answers a burst over the limit with 429, Retry-After, RateLimit headers and RATE_LIMITED", async () => {
    let refused: Response | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const response = await post(QUERY);
      if (response.status === 429) refused = response;
      else expect((await json(response)).errors).toBeUndefined();
    }
    expect(refused).toBeDefined();
    const body = await json(refused!);
    expect(body.errors![0].extensions.code).toBe("RATE_LIMITED");
    expect(body.data).toBeUndefined();
    const retryAfter = Number(refused!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused!.headers.get("ratelimit-policy")).toBe('"anonymous";q=3000;w=300');
    expect(refused!.headers.get("ratelimit")).toMatch(new RegExp(`^"anonymous";r=\\d+;t=${retryAfter}$`));
    expect(body.extensions.cost.requestedQueryCost).toBeGreaterThan(body.extensions.cost.throttleStatus.currentlyAvailable);
    expect(body.extensions.cost.actualQueryCost).toBe(0);
    // Exports draw from the same bucket.
    expect((await fetch(api.server.url.replace("/graphql", "/export/events.csv"))).status).toBe(429);
  });

  it("does not rate-limit the first-party web server, which relays every visitor, but still costs its queries", async () => {
    // The anonymous bucket is empty after the burst above; the web server's token is not drawn from it.
    for (let i = 0; i < 10; i++) {
      const response = await post(QUERY, undefined, { "x-orchard-client-token": WEB_TOKEN });
      expect(response.status).toBe(200);
      expect((await json(response)).extensions.cost.requestedQueryCost).toBeGreaterThan(0);
    }
    expect((await post(QUERY, undefined, { "x-orchard-client-token": "not-the-token-at-all" })).status).toBe(429);
  });

  it("keeps each API key in its own, larger bucket", async () => {
    const { key } = await createApiKey({ prisma: api.db.prisma, name: "notebook", role: "READER" });
    const response = await post(QUERY, key);
    expect(response.status).toBe(200);
    expect(response.headers.get("ratelimit-policy")).toMatch(/^"key";q=1000000;/);
  });

  it("refuses a query larger than the whole bucket as QUERY_TOO_COSTLY", async () => {
    const response = await post(`{ events(first: 100) { edges { node { citations { source { title } } participants { role } } } } }`);
    const body = await json(response);
    expect(body.errors![0].extensions.code).toBe("QUERY_TOO_COSTLY");
  });
});
