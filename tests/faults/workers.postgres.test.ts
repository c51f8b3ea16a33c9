import http from "node:http";
import type { Client } from "pg";
import WebSocket from "ws";
import { graphql, startApiProcess, waitFor, type ApiProcess } from "../support/api-process";
import { createScratchDatabase, withClient, type ScratchDatabase } from "../support/scratch-database";

/**
 * Several API processes on one PostgreSQL database share what a client sees: an event accepted
 * through process A reaches a subscriber of process B (LISTEN/NOTIFY), one API key's rate-limit
 * bucket is drawn from by both, and `npm start` with API_WORKERS=2 runs two workers behind one port
 * that stop gracefully. Real processes (tests/support/api-process.ts): they share no memory.
 */
const adminUrl = process.env.DATABASE_URL as string; // jest.postgres.config.js refuses to run without it

/** A request drawn from the key bucket costs far less than this capacity; it refills 1 point/s. */
const KEY_CAPACITY = 3_000;

const ARTICLE = [
  "Meta hires OpenAI's Mark Chen for its superintelligence push",
  "",
  "Meta has hired Mark Chen, until now chief research officer at OpenAI, to run model research at Meta Superintelligence Labs, two people briefed on the move said on Thursday.",
  "Chen is expected to start in January 2026.",
].join("\n");

/** A subscriber over raw graphql-transport-ws: resolves once acknowledged; `received` fills as events arrive. */
async function subscribe(url: string, key: string, query: string): Promise<{ received: { id: string; title: string }[]; close(): void }> {
  const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws");
  const received: { id: string; title: string }[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } })));
    socket.on("message", (data) => {
      const message = JSON.parse((data as Buffer).toString("utf8"));
      if (message.type === "connection_ack") {
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
        resolve();
      }
      if (message.type === "next") received.push(message.payload.data.eventReported);
    });
    socket.once("error", reject);
  });
  return { received, close: () => socket.close() };
}

describe("several API processes on one PostgreSQL database", () => {
  let database: ScratchDatabase;
  let databaseUrl: string;
  let a: ApiProcess;
  let b: ApiProcess;
  let acceptedEventId = 0;

  beforeAll(async () => {
    database = await createScratchDatabase(adminUrl, "orchard_workers");
    databaseUrl = database.url;
    const env = { DATABASE_URL: databaseUrl, API_WORKERS: "1", RATE_LIMIT_KEY_CAPACITY: String(KEY_CAPACITY), RATE_LIMIT_KEY_RESTORE_RATE: "1" };
    // One after the other: the first migrates and seeds, the second finds it done.
    a = await startApiProcess({ env, roles: ["reader", "ingest", "analyst"] });
    b = await startApiProcess({ env });
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  it("delivers an event accepted through process A to a subscriber of process B, once", async () => {
    const subscriber = await subscribe(b.url, a.keys.reader, "subscription { eventReported { id title } }");
    // The subscription is registered asynchronously after the subscribe message.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const ingested = await graphql(
      a.url,
      {
        query: `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`,
        variables: { input: { text: ARTICLE, url: "https://example.test/workers/meta-hires-chen" } },
      },
      { key: a.keys.ingest },
    );
    expect(ingested.body).toMatchObject({ data: { ingestDocument: { status: "CREATED" } } });
    const candidates = await graphql(a.url, { query: `{ eventCandidates(first: 100) { edges { node { id type source { url } } } } }` }, { key: a.keys.analyst });
    const hire = candidates.body.data?.eventCandidates.edges
      .map((edge: { node: { id: string; type: string; source: { url: string } } }) => edge.node)
      .find((node: { type: string; source: { url: string } }) => node.type === "HIRE" && node.source.url === "https://example.test/workers/meta-hires-chen");
    expect(hire).toBeDefined();
    const accepted = await graphql(
      a.url,
      { query: `mutation($id: ID!) { acceptEventCandidate(id: $id, input: { title: "Meta hires Mark Chen (across processes)" }) { id } }`, variables: { id: hire.id } },
      { key: a.keys.analyst },
    );
    expect(accepted.body.errors).toBeUndefined();
    const eventId = accepted.body.data?.acceptEventCandidate.id;

    await waitFor(async () => subscriber.received.length > 0, 10_000, "the event on process B");
    await new Promise((resolve) => setTimeout(resolve, 300));
    subscriber.close();
    expect(subscriber.received).toEqual([{ id: eventId, title: "Meta hires Mark Chen (across processes)" }]);
    expect(b.log()).not.toMatch(/feed listener connection lost/);
    acceptedEventId = Number(Buffer.from(eventId, "base64url").toString("utf8").split(":")[1]);
  });

  it("opens its listening connection again when it drops, and goes on delivering", async () => {
    const listeners = async (admin: Client) =>
      (await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'orchard-feed-listener'`, [database.name])).rows.map(
        (row) => row.pid,
      );
    const subscriber = await subscribe(b.url, a.keys.reader, "subscription { eventReported { id title } }");
    await withClient(adminUrl, async (admin) => {
      const before = await listeners(admin);
      expect(before).toHaveLength(2); // one per process
      await admin.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [before]);
      await waitFor(async () => (await listeners(admin)).filter((pid) => !before.includes(pid)).length === 2, 15_000, "both listeners back");
    });
    expect(b.log()).toMatch(/"msg":"feed listener reconnected"/);
    // Any process's NOTIFY is heard: here psql's, for the event accepted above.
    await withClient(databaseUrl, async (client) => void (await client.query(`SELECT pg_notify('orchard_event_reported', $1)`, [String(acceptedEventId)])));
    await waitFor(async () => subscriber.received.length > 0, 10_000, "the event after the reconnection");
    subscriber.close();
    expect(subscriber.received).toEqual([{ id: expect.any(String), title: "Meta hires Mark Chen (across processes)" }]);
  });

  it("draws one API key's requests through A and B from one bucket", async () => {
    const query = { query: `{ events(first: 50) { edges { node { id title } } } }` };
    const remaining = (reply: Awaited<ReturnType<typeof graphql>>) => Number(/;r=(-?\d+)/.exec(reply.headers.get("ratelimit") ?? "")?.[1]);
    // Alternating processes, one request at a time: each sees what the other took.
    const first = await graphql(a.url, query, { key: a.keys.reader });
    const cost = first.body.extensions?.cost.actualQueryCost as number;
    expect(first.status).toBe(200);
    expect(cost).toBeGreaterThan(50);
    const second = await graphql(b.url, query, { key: a.keys.reader });
    expect(remaining(second)).toBeLessThanOrEqual(remaining(first) - cost + 5);

    // Until both refuse: with a bucket per process they would let through about twice as much.
    const startedAt = Date.now();
    let used = 2 * cost;
    const refused = { a: 0, b: 0 };
    for (let i = 0; i < 200 && (refused.a === 0 || refused.b === 0); i++) {
      const [name, api] = i % 2 === 0 ? (["a", a] as const) : (["b", b] as const);
      const reply = await graphql(api.url, query, { key: a.keys.reader });
      if (reply.status === 429) refused[name] += 1;
      else used += reply.body.extensions?.cost.actualQueryCost as number;
    }
    const refilled = Math.ceil((Date.now() - startedAt) / 1000) + 1;
    expect(refused.a).toBeGreaterThan(0);
    expect(refused.b).toBeGreaterThan(0);
    expect(used).toBeLessThanOrEqual(KEY_CAPACITY + refilled);
    expect(used).toBeGreaterThan(KEY_CAPACITY - 2 * cost);
  });
});

/** POSTs a company query on a fresh connection (no keep-alive) and returns the name in the answer. */
function companyName(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(JSON.parse(body).data?.company?.name));
    });
    request.once("error", reject);
    request.end(JSON.stringify({ query: `{ company(slug: "meta") { name } }` }));
  });
}

describe("npm start with API_WORKERS=2 on PostgreSQL", () => {
  let database: ScratchDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await createScratchDatabase(adminUrl, "orchard_workers");
    api = await startApiProcess({ env: { DATABASE_URL: database.url, API_WORKERS: "2" } });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it("migrates and seeds once, serves from two workers on one port, and stops them all with exit 0 on SIGTERM", async () => {
    // A connection of its own per request: the primary hands new connections to the workers in turn.
    const servedBy = () => new Set([...api.log().matchAll(/"worker":(\d+),[^\n]*"msg":"request"/g)].map((match) => match[1]));
    for (let i = 0; i < 40 && servedBy().size < 2; i++) {
      expect(await companyName(api.url)).toBe("Meta");
      await new Promise((resolve) => setTimeout(resolve, 50)); // the request's log line is written after its answer
    }
    expect([...servedBy()].sort()).toEqual(["1", "2"]);
    const log = api.log();
    expect(log).toMatch(/\(2 processes\)/);
    expect(log.match(/"msg":"applied migrations"/g)).toHaveLength(1);
    expect(log.match(/"msg":"seeded the knowledge base"/g)).toHaveLength(1);

    api.signal("SIGTERM");
    expect(await api.exited).toBe(0);
    expect(api.log().match(/"worker":\d+,"msg":"stopped"/g)).toHaveLength(2);
  });
});
