import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { ENGLISH_HIRE_ARTICLE } from "../../test-support/articles";
import { createApiKey, revokeApiKey } from "../auth/auth.service";
import { linkingIndexCacheFor } from "../ingest/alias-matcher";
import { ingestDocument } from "../ingest/ingest.service";

const EVENT_REPORTED = `subscription($filter: EventFeedFilter) {
  eventReported(filter: $filter) { id type title confidence participants { role entity { slug } } citations { quote source { language } } }
}`;

/** The `eventReported` subscription over graphql-ws: key checked at connection_init, HTTP's limits, events after commit. */
describe("eventReported subscription", () => {
  let api: TestApi;
  let wsUrl: string;
  const keys = { reader: "", analyst: "" };
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    wsUrl = api.server.url.replace(/^http/, "ws");
    keys.reader = (await createApiKey({ prisma: api.db.prisma, name: "partner feed", role: "READER" })).key;
    keys.analyst = (await createApiKey({ prisma: api.db.prisma, name: "analyst", role: "ANALYST" })).key;
  });
  afterAll(async () => {
    await Promise.all(clients.map(async (client) => client.dispose()));
    await api.close();
  });

  function connect(connectionParams: Record<string, unknown>): Client {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  }

  /** Opens a raw graphql-transport-ws socket, sends connection_init, and resolves with how the server answered. */
  function init(payload: unknown): Promise<{ ack: boolean; code?: number; reason?: string }> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(wsUrl, "graphql-transport-ws");
      socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload })));
      socket.on("message", (data) => {
        if (JSON.parse((data as Buffer).toString("utf8")).type === "connection_ack") {
          resolve({ ack: true });
          socket.close();
        }
      });
      socket.on("close", (code, reason) => resolve({ ack: false, code, reason: String(reason) }));
      socket.on("error", reject);
    });
  }

  /** Ingests the English test article and returns its HIRE candidate's global ID. */
  async function hireCandidate(): Promise<string> {
    const outcome = await ingestDocument({
      prisma: api.db.prisma,
      linking: linkingIndexCacheFor(api.db.prisma),
      document: { ...ENGLISH_HIRE_ARTICLE, format: "text" },
    });
    const candidate = await api.db.prisma.eventCandidate.findFirstOrThrow({ where: { sourceId: outcome.sourceId, type: "HIRE", status: "PENDING" } });
    return Buffer.from(`EventCandidate:${candidate.id}`).toString("base64url");
  }

  async function accept(id: string, title: string) {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${keys.analyst}` },
      body: JSON.stringify({ query: `mutation($id: ID!, $title: String!) { acceptEventCandidate(id: $id, input: { title: $title }) { id } }`, variables: { id, title } }),
    });
    const body = (await response.json()) as { data: { acceptEventCandidate: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data.acceptEventCandidate.id;
  }

  /** Subscribes and collects what arrives: results, and errors (a list of GraphQL errors when refused). */
  function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
    const received: { data?: any; errors?: any }[] = [];
    const errors: unknown[] = [];
    let completed = false;
    client.subscribe({ query, variables }, { next: (value) => void received.push(value), error: (error) => void errors.push(error), complete: () => void (completed = true) });
    return { received, errors, isComplete: () => completed };
  }

  async function waitFor(check: () => boolean, what: string, ms = 5_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("refuses connections without a valid key at connection_init, with 4401 and the reason", async () => {
    expect(await init({ authorization: `Bearer ${keys.reader}` })).toEqual({ ack: true });
    expect(await init({ apiKey: keys.reader })).toEqual({ ack: true });
    expect(await init({})).toMatchObject({ ack: false, code: 4401, reason: expect.stringMatching(/need an API key/) });
    expect(await init({ authorization: "Bearer orch_000000000000_" + "A".repeat(43) })).toMatchObject({ ack: false, code: 4401, reason: "Unknown API key." });
    expect(await init({ authorization: "Basic dTpw" })).toMatchObject({ ack: false, code: 4401, reason: expect.stringMatching(/Bearer/) });
    const { key, apiKey } = await createApiKey({ prisma: api.db.prisma, name: "revoked partner", role: "READER" });
    await revokeApiKey({ prisma: api.db.prisma, id: apiKey.id });
    expect(await init({ apiKey: key })).toMatchObject({ ack: false, code: 4401, reason: expect.stringMatching(/revoked/) });
  });

  it("delivers an event to matching subscribers once the analyst's acceptance commits, and not to others", async () => {
    const client = connect({ authorization: `Bearer ${keys.reader}` });
    const meta = collect(client, EVENT_REPORTED, { filter: { entities: ["mark-chen"], types: ["HIRE"] } });
    const everything = collect(client, EVENT_REPORTED);
    const layoffs = collect(client, EVENT_REPORTED, { filter: { types: ["LAYOFF"] } });
    const sure = collect(client, EVENT_REPORTED, { filter: { minConfidence: 0.99 } });
    // Subscriptions are set up asynchronously: wait until the server holds all four.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const eventId = await accept(await hireCandidate(), "Meta hires Mark Chen from OpenAI");
    await waitFor(() => meta.received.length > 0 && everything.received.length > 0, "the event");
    expect(meta.received[0].errors).toBeUndefined();
    const event = meta.received[0].data.eventReported;
    expect(event).toMatchObject({ id: eventId, type: "HIRE", title: "Meta hires Mark Chen from OpenAI", citations: [{ source: { language: "en" } }] });
    expect(event.participants.map((p: any) => p.entity.slug)).toEqual(expect.arrayContaining(["meta", "mark-chen"]));
    expect(everything.received[0].data.eventReported.id).toBe(eventId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(meta.received).toHaveLength(1);
    expect(layoffs.received).toHaveLength(0);
    expect(sure.received).toHaveLength(0);
  });

  it("applies HTTP's depth limit (QUERY_TOO_DEEP) and refuses unknown slugs (BAD_USER_INPUT)", async () => {
    const client = connect({ apiKey: keys.reader });
    const nested = (depth: number): string => (depth === 0 ? "id" : `citations { event { ${nested(depth - 1)} } }`);
    const deep = collect(client, `subscription { eventReported { ${nested(7)} } }`);
    const unknown = collect(client, EVENT_REPORTED, { filter: { entities: ["no-such-company"] } });
    const query = collect(client, `query { viewer { role } }`);
    await waitFor(() => deep.errors.length > 0 && unknown.isComplete() && query.errors.length > 0, "the refusals");
    expect(deep.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_DEEP" }) })]);
    // Refused while subscribing (after the limits): one result with the error, then completion.
    expect(unknown.received).toEqual([expect.objectContaining({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })] })]);
    expect(query.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_REQUEST" }) })]);
  });

  it("applies HTTP's cost limit (QUERY_TOO_COSTLY)", async () => {
    const costly = await startTestApi({ seed: false, config: { MAX_QUERY_COST: 5 } });
    try {
      const { key } = await createApiKey({ prisma: costly.db.prisma, name: "partner", role: "READER" });
      const client = createClient({ url: costly.server.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { apiKey: key }, retryAttempts: 0 });
      const result = collect(client, EVENT_REPORTED);
      await waitFor(() => result.errors.length > 0, "the refusal");
      expect(result.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_COSTLY" }) })]);
      await client.dispose();
    } finally {
      await costly.close();
    }
  });

  it("closes a subscriber's connection before the next event once its key is revoked", async () => {
    const { key, apiKey } = await createApiKey({ prisma: api.db.prisma, name: "soon revoked", role: "READER" });
    const closed: { code: number; reason: string }[] = [];
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { apiKey: key },
      retryAttempts: 0,
      on: { closed: (event) => void closed.push(event as { code: number; reason: string }) },
    });
    clients.push(client);
    const feed = collect(client, EVENT_REPORTED);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await revokeApiKey({ prisma: api.db.prisma, id: apiKey.id });
    const candidate = await api.db.prisma.eventCandidate.findFirstOrThrow({ where: { status: "PENDING" }, orderBy: { id: "asc" } });
    await accept(Buffer.from(`EventCandidate:${candidate.id}`).toString("base64url"), "Another event");
    await waitFor(() => closed.length > 0, "the close");
    expect(closed[0]).toMatchObject({ code: 4401, reason: expect.stringMatching(/revoked/) });
    expect(feed.received).toHaveLength(0);
  });
});
