import { Writable } from "node:stream";
import { createTestDatabase } from "../../test-support/harness";
import { createLogger } from "../../logger";
import { startApiServer, type ApiServer } from "../../server";
import type { Database } from "../../db/prisma";
import { createApiKey, type ApiKeyRole } from "./auth.service";

const MISSING_CANDIDATE = Buffer.from("EventCandidate:999999").toString("base64url");
const MISSING_ENTITY_CANDIDATE = Buffer.from("EntityCandidate:999999").toString("base64url");

/** Keys over HTTP: the role × operation matrix, revocation, 401s, and logs that never hold a key. */
describe("API keys and roles", () => {
  let db: Database;
  let drop: () => Promise<void>;
  let server: ApiServer;
  const logLines: string[] = [];
  const keys = {} as Record<ApiKeyRole, string>;

  beforeAll(async () => {
    const test = await createTestDatabase();
    ({ db, drop } = test);
    const config = { ...test.config, LOG_LEVEL: "info" as const };
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    server = await startApiServer({ config, db, logger: createLogger(config, sink), port: 0 });
    for (const role of ["READER", "ANALYST", "INGEST", "ADMIN"] as const) keys[role] = (await createApiKey({ prisma: db.prisma, name: role.toLowerCase(), role })).key;
  });
  afterAll(async () => {
    await server.stop();
    await drop();
  });

  async function gql(query: string, key?: string, variables?: Record<string, unknown>) {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, ...body };
  }

  const operations: Record<string, (key?: string) => Promise<{ status: number; errors?: { extensions?: { code?: string } }[] }>> = {
    "read events": (key) => gql(`{ events(first: 1) { totalCount } }`, key),
    viewer: (key) => gql(`{ viewer { role keyName } }`, key),
    apiKeys: (key) => gql(`{ apiKeys { id } }`, key),
    createApiKey: (key) => gql(`mutation { createApiKey(input: { name: "made", role: READER }) { key apiKey { id } } }`, key),
    revokeApiKey: async (key) => {
      const { apiKey: victim } = await createApiKey({ prisma: db.prisma, name: "victim", role: "READER" });
      return gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, key, { id: String(victim.id) });
    },
    ingestDocument: (key) => gql(`mutation { ingestDocument(input: { text: "Meta hires a researcher from OpenAI." }) { status } }`, key),
    eventCandidates: (key) => gql(`{ eventCandidates { totalCount } }`, key),
    webhooks: (key) => gql(`{ webhooks { id } }`, key),
    registerWebhook: (key) => gql(`mutation { registerWebhook(url: "https://partner.example.test/hook") { secret } }`, key),
    // A candidate that does not exist: past authorization, the review itself is refused as bad input.
    acceptEventCandidate: (key) => gql(`mutation($id: ID!) { acceptEventCandidate(id: $id, input: { title: "t" }) { id } }`, key, { id: MISSING_CANDIDATE }),
    mergeEventCandidate: (key) => gql(`mutation($id: ID!) { mergeEventCandidate(id: $id, eventId: "RXZlbnQ6MQ") { id } }`, key, { id: MISSING_CANDIDATE }),
    rejectEventCandidate: (key) => gql(`mutation($id: ID!) { rejectEventCandidate(id: $id) { status } }`, key, { id: MISSING_CANDIDATE }),
    entityCandidates: (key) => gql(`{ entityCandidates { totalCount } }`, key),
    // As above: past authorization, an entity candidate that does not exist is NOT_FOUND.
    acceptEntityCandidate: (key) => gql(`mutation($id: ID!) { acceptEntityCandidate(id: $id) { status } }`, key, { id: MISSING_ENTITY_CANDIDATE }),
    mergeEntityCandidate: (key) => gql(`mutation($id: ID!) { mergeEntityCandidate(id: $id, entityId: "Q29tcGFueTox") { status } }`, key, { id: MISSING_ENTITY_CANDIDATE }),
    rejectEntityCandidate: (key) => gql(`mutation($id: ID!) { rejectEntityCandidate(id: $id) { status } }`, key, { id: MISSING_ENTITY_CANDIDATE }),
    "export events": async (key) => {
      const response = await fetch(server.url.replace("/graphql", "/export/events.ndjson"), { headers: key ? { authorization: `Bearer ${key}` } : {} });
      await response.text();
      return { status: response.status };
    },
  };
  const adminOnly = { anonymous: "UNAUTHENTICATED", READER: "FORBIDDEN", ANALYST: "FORBIDDEN", INGEST: "FORBIDDEN", ADMIN: "ok" };
  const everyone = { anonymous: "ok", READER: "ok", ANALYST: "ok", INGEST: "ok", ADMIN: "ok" };
  const ingesters = { anonymous: "UNAUTHENTICATED", READER: "FORBIDDEN", ANALYST: "FORBIDDEN", INGEST: "ok", ADMIN: "ok" };
  const analysts = { anonymous: "UNAUTHENTICATED", READER: "FORBIDDEN", ANALYST: "ok", INGEST: "FORBIDDEN", ADMIN: "ok" };
  const reviewers = { ...analysts, ANALYST: "BAD_USER_INPUT", ADMIN: "BAD_USER_INPUT" };
  const entityReviewers = { ...analysts, ANALYST: "NOT_FOUND", ADMIN: "NOT_FOUND" };
  const expected: Record<string, Record<"anonymous" | ApiKeyRole, string>> = {
    "read events": everyone,
    viewer: everyone,
    apiKeys: adminOnly,
    createApiKey: adminOnly,
    revokeApiKey: adminOnly,
    ingestDocument: ingesters,
    eventCandidates: analysts,
    webhooks: adminOnly,
    registerWebhook: adminOnly,
    acceptEventCandidate: reviewers,
    mergeEventCandidate: reviewers,
    rejectEventCandidate: reviewers,
    entityCandidates: analysts,
    acceptEntityCandidate: entityReviewers,
    mergeEntityCandidate: entityReviewers,
    rejectEntityCandidate: entityReviewers,
    "export events": everyone,
  };

  it("walks the whole role × operation matrix", async () => {
    const actual: Record<string, Record<string, string>> = {};
    for (const [operation, run] of Object.entries(operations)) {
      actual[operation] = {};
      for (const who of ["anonymous", "READER", "ANALYST", "INGEST", "ADMIN"] as const) {
        const result = await run(who === "anonymous" ? undefined : keys[who]);
        // A mutation without a key is refused before execution (401); field-level refusals answer 200.
        expect(result.status).toBe(result.status === 401 ? 401 : 200);
        if (result.status === 401) expect(who).toBe("anonymous");
        actual[operation][who] = result.errors?.[0]?.extensions?.code ?? "ok";
      }
    }
    expect(actual).toEqual(expected);
  });

  it("tells the caller who it is", async () => {
    expect((await gql(`{ viewer { role keyName } }`)).data!.viewer).toEqual({ role: null, keyName: null });
    expect((await gql(`{ viewer { role keyName } }`, keys.INGEST)).data!.viewer).toEqual({ role: "INGEST", keyName: "ingest" });
  });

  it("creates a key through the API that works at once for its role, and lists keys without secrets", async () => {
    const created = await gql(`mutation { createApiKey(input: { name: "notebook", role: ANALYST }) { key apiKey { id name role prefix revokedAt } } }`, keys.ADMIN);
    const { key, apiKey } = created.data!.createApiKey;
    expect(apiKey).toMatchObject({ name: "notebook", role: "ANALYST", revokedAt: null });
    expect(key.startsWith(`orch_${apiKey.prefix}_`)).toBe(true);
    expect((await gql(`{ viewer { role } }`, key)).data!.viewer.role).toBe("ANALYST");
    const listed = await gql(`{ apiKeys { id name prefix lastUsedAt } }`, keys.ADMIN);
    expect(JSON.stringify(listed.data)).not.toContain(key);
    await new Promise((resolve) => setTimeout(resolve, 50)); // last use is recorded without delaying the request
    expect(listed.data!.apiKeys.find((row: { id: string }) => row.id === apiKey.id)).toBeDefined();
    expect((await db.prisma.apiKey.findUnique({ where: { id: Number(apiKey.id) } }))!.lastUsedAt).not.toBeNull();
  });

  it("stops a revoked key with the very next request (401 UNAUTHENTICATED), for GraphQL and exports", async () => {
    const created = await gql(`mutation { createApiKey(input: { name: "short-lived", role: READER }) { key apiKey { id } } }`, keys.ADMIN);
    const { key, apiKey } = created.data!.createApiKey;
    expect((await gql(`{ viewer { role } }`, key)).status).toBe(200);
    expect((await gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, keys.ADMIN, { id: apiKey.id })).errors).toBeUndefined();
    const refused = await gql(`{ viewer { role } }`, key);
    expect(refused.status).toBe(401);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(refused.errors![0].message).toMatch(/revoked/);
    const exported = await fetch(server.url.replace("/graphql", "/export/events.csv"), { headers: { authorization: `Bearer ${key}` } });
    expect(exported.status).toBe(401);
  });

  it("answers 401 to unknown or malformed keys and to other auth schemes", async () => {
    expect((await gql(`{ viewer { role } }`, "orch_000000000000_" + "A".repeat(43))).status).toBe(401);
    expect((await gql(`{ viewer { role } }`, "not-a-key")).status).toBe(401);
    const basic = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic dTpw" },
      body: JSON.stringify({ query: "{ viewer { role } }" }),
    });
    expect(basic.status).toBe(401);
    expect(basic.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("rejects revoking an unknown key with BAD_USER_INPUT", async () => {
    expect((await gql(`mutation { revokeApiKey(id: "999999") { id } }`, keys.ADMIN)).errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("never writes a key to the logs", async () => {
    await gql(`{ viewer { role } }`, keys.ADMIN);
    const logs = logLines.join("");
    expect(logs).toContain('"msg":"request"'); // the request's one line, with no header in it
    for (const key of Object.values(keys)) {
      expect(logs).not.toContain(key);
      expect(logs).not.toContain(key.split("_").slice(2).join("_"));
    }
  });
});
