import { graphql, startApiProcess, waitFor, type ApiProcess } from "../support/api-process";
import { startReplica, type ReplicaCluster } from "../support/replica-cluster";
import { createScratchDatabase, withClient, type ScratchDatabase } from "../support/scratch-database";

/**
 * The API with a real streaming replica (DATABASE_REPLICA_URLS): a second cluster made with
 * `pg_basebackup -R` from the server in DATABASE_URL (the whole server is copied: CI's is small).
 * Replaying is paused on the replica to make it visibly behind: a read the replica serves then
 * shows the old data, while a mutation still answers with what it wrote. Killing the replica
 * leaves every answer to the primary.
 */
const adminUrl = process.env.DATABASE_URL as string; // jest.postgres.config.js refuses to run without it

interface ReplicaReadiness {
  replica: number;
  state: string;
  lagSeconds: number | null;
  lagBytes: number | null;
  statements: number;
  error?: string;
}

const ARTICLE = [
  "Meta hires OpenAI's Mark Chen for its superintelligence push",
  "",
  "Meta has hired Mark Chen, until now chief research officer at OpenAI, to run model research at Meta Superintelligence Labs, two people briefed on the move said on Thursday.",
  "Chen is expected to start in January 2026.",
].join("\n");

describe("the API with a streaming read replica", () => {
  let database: ScratchDatabase;
  let databaseUrl: string;
  let replica: ReplicaCluster;
  let api: ApiProcess;

  const readyz = async () => (await (await fetch(`${api.baseUrl}/readyz`)).json()) as { ready: boolean; replicas: ReplicaReadiness[] };
  const replicaState = async () => (await readyz()).replicas[0];
  /** Pausing replay needs superuser, or EXECUTE on these functions (.ci/run grants it). */
  const replay = (action: "pause" | "resume") => withClient(replica.url(new URL(adminUrl).pathname.slice(1)), (client) => client.query(`SELECT pg_wal_replay_${action}()`));
  const metaName = async () => {
    const reply = await graphql(api.url, { query: `{ company(slug: "meta") { name } }` });
    expect(reply.body.errors).toBeUndefined();
    return reply.body.data?.company.name as string;
  };

  beforeAll(async () => {
    database = await createScratchDatabase(adminUrl, "orchard_replicas");
    databaseUrl = database.url;
    replica = await startReplica(adminUrl);
    api = await startApiProcess({
      env: {
        DATABASE_URL: databaseUrl,
        DATABASE_REPLICA_URLS: replica.url(database.name),
        DATABASE_REPLICA_CHECK_MS: "300",
        // A paused replica falls behind by however long the test takes: it must stay in use.
        DATABASE_REPLICA_MAX_LAG_MS: "3600000",
        API_WORKERS: "1",
      },
      roles: ["ingest", "analyst"],
    });
    await waitFor(async () => (await replicaState()).state === "up", 20_000, "the replica to be measured");
  });

  afterAll(async () => {
    await api?.stop();
    await replica?.remove();
    await database?.drop();
  });

  it("shows the replica's state and lag in /readyz, without its URL", async () => {
    const state = await readyz();
    expect(state.ready).toBe(true);
    expect(state.replicas).toEqual([{ replica: 1, state: "up", lagSeconds: expect.any(Number), lagBytes: expect.any(Number), statements: expect.any(Number) }]);
    expect(JSON.stringify(state)).not.toContain(String(replica.port));
    expect(JSON.stringify(state)).not.toContain("orchard:");
  });

  it("serves queries from the replica: with its replay paused, they show the data as it was", async () => {
    const before = (await replicaState()).statements;
    expect(await metaName()).toBe("Meta");
    expect((await replicaState()).statements).toBeGreaterThan(before);

    await replay("pause");
    try {
      await withClient(databaseUrl, (primary) => primary.query(`UPDATE "Entity" SET name = 'Meta (renamed on the primary)' WHERE slug = 'meta'`));
      expect(await metaName()).toBe("Meta");
      await waitFor(async () => ((await replicaState()).lagBytes ?? 0) > 0, 5_000, "the lag to show in /readyz");
      expect(await replicaState()).toMatchObject({ state: "up", lagSeconds: expect.any(Number) });
    } finally {
      await replay("resume");
    }
    await waitFor(async () => (await metaName()) === "Meta (renamed on the primary)", 10_000, "the replica to catch up");
    await waitFor(async () => (await replicaState()).lagBytes === 0, 5_000, "no lag in /readyz");
  });

  it("answers a mutation with what it wrote while the replica is behind", async () => {
    const ingested = await graphql(
      api.url,
      {
        query: `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`,
        variables: { input: { text: ARTICLE, url: "https://example.test/replicas/chen" } },
      },
      { key: api.keys.ingest },
    );
    expect(ingested.body).toMatchObject({ data: { ingestDocument: { status: "CREATED" } } });
    await replay("pause");
    try {
      const candidates = await graphql(api.url, { query: `{ eventCandidates(first: 100) { edges { node { id type } } } }` }, { key: api.keys.analyst });
      const hire = candidates.body.data?.eventCandidates.edges
        .map((edge: { node: { id: string; type: string } }) => edge.node)
        .find((node: { type: string }) => node.type === "HIRE");
      expect(hire).toBeDefined();
      const accepted = await graphql(
        api.url,
        {
          query: `mutation($id: ID!) { acceptEventCandidate(id: $id, input: { title: "Meta hires Mark Chen (read back from the primary)" }) { id title participants { entity { slug } } } }`,
          variables: { id: hire.id },
        },
        { key: api.keys.analyst },
      );
      expect(accepted.body.errors).toBeUndefined();
      const event = accepted.body.data?.acceptEventCandidate;
      expect(event.title).toBe("Meta hires Mark Chen (read back from the primary)");
      expect(event.participants.map((participant: { entity: { slug: string } }) => participant.entity.slug)).toContain("mark-chen");
      // The next request is a query: the paused replica has not seen the event yet.
      const later = await graphql(api.url, { query: `query($id: ID!) { event(id: $id) { title } }`, variables: { id: event.id } });
      expect(later.body.data?.event).toBeNull();
    } finally {
      await replay("resume");
    }
  });

  it("answers from the primary, without an error, once the replica is killed, and shows it down", async () => {
    await replica.kill();
    for (let first = 1; first <= 20; first++) {
      const reply = await graphql(api.url, { query: `query($first: Int!) { events(first: $first) { edges { node { id } } } }`, variables: { first } });
      expect(reply.status).toBe(200);
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data?.events.edges).toHaveLength(first);
    }
    expect(await metaName()).toBe("Meta (renamed on the primary)");
    expect(await replicaState()).toMatchObject({ state: "down", error: expect.any(String) });
    expect((await readyz()).ready).toBe(true);
  });
});
