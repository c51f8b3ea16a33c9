import crypto from "node:crypto";
import { createOrchardClient, OrchardApiError } from "./client";
import { CompareDocument, EntityBySlugDocument, EventsDocument, RejectEventCandidateDocument, ViewerDocument } from "./generated/graphql";

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: { query?: string; variables?: Record<string, unknown>; extensions?: { persistedQuery?: { sha256Hash: string } } };
}

/** A fetch that records each request and answers with the next of `answers`. */
function stubFetch(answers: { status?: number; body: unknown; headers?: Record<string, string> }[]) {
  const sent: Sent[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: url instanceof Request ? url.url : String(url), headers: init?.headers as Record<string, string>, body: JSON.parse(init?.body as string) });
    const answer = answers[sent.length - 1];
    const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: { "content-type": "application/json", ...answer.headers } });
  };
  return { fetch, sent };
}

const URL = "http://orchard.test/graphql";

describe("createOrchardClient", () => {
  it("posts the typed document with its variables and the key, and returns typed data", async () => {
    const page = { events: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: "c1" }, edges: [] } };
    const { fetch, sent } = stubFetch([{ body: { data: page } }]);
    const client = createOrchardClient({ url: URL, apiKey: "orch_abc_secret", fetch });
    const data = await client.request(EventsDocument, { first: 100, after: null, filter: { types: ["CAPEX_GUIDANCE"], entities: ["meta"] } });
    expect(data.events.pageInfo.endCursor).toBe("c1");
    expect(sent[0].url).toBe(URL);
    expect(sent[0].headers.authorization).toBe("Bearer orch_abc_secret");
    expect(sent[0].body.query).toMatch(/^\s*query Events\(/);
    expect(sent[0].body.query).toMatch(/fragment EventFields on Event/);
    expect(sent[0].body.variables).toEqual({ first: 100, after: null, filter: { types: ["CAPEX_GUIDANCE"], entities: ["meta"] } });
  });

  it("lets variables be left out only when none is required", async () => {
    const { fetch, sent } = stubFetch([{ body: { data: { viewer: { role: null, keyName: null } } } }, { body: { data: { company: null, lab: null, model: null, person: null } } }]);
    const client = createOrchardClient({ url: URL, fetch });
    expect((await client.request(ViewerDocument)).viewer.role).toBeNull();
    expect(sent[0].headers.authorization).toBeUndefined();
    // @ts-expect-error `slug` is required: typecheck fails without it
    expect((await client.request(EntityBySlugDocument)).company).toBeNull();
  });

  it("surfaces GraphQL errors with their extensions.code, status and partial data", async () => {
    const { fetch } = stubFetch([
      { body: { data: null, errors: [{ message: "This operation needs a key with role ANALYST.", extensions: { code: "FORBIDDEN", requiredRoles: ["ANALYST"] } }] } },
      { body: { errors: [{ message: "Unknown company slug: nope", extensions: { code: "BAD_USER_INPUT" } }] } },
    ]);
    const client = createOrchardClient({ url: URL, apiKey: "orch_abc_secret", fetch });
    const forbidden = await client.request(RejectEventCandidateDocument, { id: "x" }).catch((error: unknown) => error);
    expect(forbidden).toBeInstanceOf(OrchardApiError);
    expect(forbidden).toMatchObject({ code: "FORBIDDEN", status: 200, message: "This operation needs a key with role ANALYST." });
    expect((forbidden as OrchardApiError).errors[0].extensions?.requiredRoles).toEqual(["ANALYST"]);
    await expect(client.request(CompareDocument, { slugs: ["nope"] })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reports 401 and 429 with their code, and the Retry-After wait", async () => {
    const { fetch } = stubFetch([
      { status: 401, body: { errors: [{ message: "Unknown or revoked API key.", extensions: { code: "UNAUTHENTICATED" } }] } },
      { status: 429, headers: { "retry-after": "3" }, body: { errors: [{ message: "Rate limit exceeded", extensions: { code: "RATE_LIMITED" } }] } },
    ]);
    const client = createOrchardClient({ url: URL, apiKey: "orch_bad_key", fetch });
    await expect(client.request(ViewerDocument)).rejects.toMatchObject({ code: "UNAUTHENTICATED", status: 401, retryAfterSeconds: null });
    await expect(client.request(ViewerDocument)).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfterSeconds: 3 });
  });

  it("says so when no GraphQL answer comes back", async () => {
    const { fetch } = stubFetch([{ status: 502, body: "<html>Bad gateway</html>" }]);
    await expect(createOrchardClient({ url: URL, fetch }).request(ViewerDocument)).rejects.toMatchObject({ code: "BAD_RESPONSE", status: 502 });
    const unreachable = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    await expect(createOrchardClient({ url: URL, fetch: unreachable }).request(ViewerDocument)).rejects.toMatchObject({ code: "NETWORK_ERROR", status: null });
  });

  it("with persistedQueries, sends the SHA-256 first and the text only when the API asks for it", async () => {
    const data = { viewer: { role: "READER", keyName: "partner" } };
    const { fetch, sent } = stubFetch([
      { body: { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] } },
      { body: { data } },
      { body: { data } },
    ]);
    const client = createOrchardClient({ url: URL, persistedQueries: true, fetch });
    expect(await client.request(ViewerDocument)).toEqual(data);
    expect(await client.request(ViewerDocument)).toEqual(data);
    const hash = crypto.createHash("sha256").update(ViewerDocument.toString()).digest("hex");
    expect(sent.map((request) => [request.body.query === undefined ? "hash" : "hash+query", request.body.extensions?.persistedQuery?.sha256Hash])).toEqual([
      ["hash", hash],
      ["hash+query", hash],
      ["hash", hash],
    ]);
  });
});
