import http from "node:http";
import type { AddressInfo } from "node:net";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { ENGLISH_HIRE_ARTICLE, JAPANESE_HIRE_ARTICLE } from "../../test-support/articles";
import { createApiKey } from "../auth/auth.service";
import { linkingIndexCacheFor } from "../ingest/alias-matcher";
import { ingestDocument } from "../ingest/ingest.service";
import { createLogger } from "../../logger";
import { verifySignature } from "./webhook.signature";
import { WebhookWorker } from "./webhook.worker";

interface Receipt {
  deliveryId: string;
  webhookId: string;
  eventId: string;
  title: string;
  signatureValid: boolean;
  answered: number;
}

/** A partner's endpoint on 127.0.0.1: verifies every signature; answers `failFirst` 503s per delivery before a 204. */
class Receiver {
  readonly receipts: Receipt[] = [];
  secret = "";
  private server: http.Server | undefined;
  private readonly seen = new Map<string, number>();

  constructor(private readonly options: { failFirst?: number } = {}) {}

  async listen(port = 0): Promise<number> {
    this.server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const parsed = JSON.parse(body);
        const deliveryId = String(req.headers["orchard-delivery-id"]);
        const tries = (this.seen.get(deliveryId) ?? 0) + 1;
        this.seen.set(deliveryId, tries);
        const answered = tries <= (this.options.failFirst ?? 0) ? 503 : 204;
        const header = req.headers["orchard-signature"] as string | undefined;
        this.receipts.push({
          deliveryId,
          webhookId: parsed.webhookId,
          eventId: parsed.event.id,
          title: parsed.event.title,
          signatureValid:
            verifySignature({ secret: this.secret, header, body }) && header!.startsWith(`t=${String(req.headers["orchard-timestamp"])},`) && parsed.deliveryId === deliveryId,
          answered,
        });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Events acknowledged with a 2xx, as the partner's system would process them. */
  accepted(): Receipt[] {
    return this.receipts.filter((receipt) => receipt.answered < 300);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Fictional articles, each new to the seeded database, each giving event candidates of its own. */
const article = (slug: string, text: string) => ({
  url: `https://example.test/${slug}`,
  title: text.split("\n")[0],
  language: null,
  publishedAt: "2025-12-20",
  publisher: null,
  text,
});
const LAYOFF_ARTICLE = article(
  "meta-cuts",
  "Meta cuts jobs in its AI unit\n\nMeta laid off 600 employees at Meta Superintelligence Labs on Wednesday, according to an internal memo seen by reporters.\nThe layoffs hit FAIR hardest, while TBD Lab was spared.",
);
const MISTRAL_ARTICLE = article(
  "mistral-hires",
  "Mistral hires Google veteran\n\nMistral has hired a senior Google researcher to lead its new Paris model team, the French start-up said on Monday.\nThe hire follows a funding round led by investors last month.",
);
const DATA_CENTRE_ARTICLE = article(
  "openai-oracle",
  "OpenAI and Oracle sign data centre deal\n\nOpenAI signed a partnership with Oracle to build a new data centre in Texas, the companies announced on Tuesday.\nThe site will host training clusters for future models.",
);

/** Webhooks end to end: registration, the outbox, signed deliveries, retries with backoff, replay. */
describe("webhooks", () => {
  let api: TestApi;
  const keys = { admin: "", analyst: "" };
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    // Tiny backoff and poll interval so retries happen within the test.
    api = await startTestApi({
      config: { WEBHOOK_POLL_INTERVAL_MS: 40, WEBHOOK_BACKOFF_BASE_MS: 40, WEBHOOK_BACKOFF_CAP_MS: 300, WEBHOOK_MAX_ATTEMPTS: 50, WEBHOOK_ALLOW_LOOPBACK: true },
    });
    keys.admin = (await createApiKey({ prisma: api.db.prisma, name: "ops", role: "ADMIN" })).key;
    keys.analyst = (await createApiKey({ prisma: api.db.prisma, name: "analyst", role: "ANALYST" })).key;
  });
  afterAll(async () => {
    await api.close();
    await Promise.all(receivers.map((receiver) => receiver.close()));
  });

  const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown>, key: string) => api.gql<T>(query, variables, key);
  async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, key: string): Promise<T> {
    const response = await gql<T>(query, variables, key);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }

  async function register(receiver: Receiver, url: string, filter?: Record<string, unknown>): Promise<string> {
    const { registerWebhook } = await ok(
      `mutation($url: String!, $filter: EventFeedFilter) { registerWebhook(url: $url, filter: $filter) { secret webhook { id url filter { types entities minConfidence } disabledAt } } }`,
      { url, filter },
      keys.admin,
    );
    expect(registerWebhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    receiver.secret = registerWebhook.secret;
    receivers.push(receiver);
    return registerWebhook.webhook.id;
  }

  /** Ingests an article and accepts its pending candidates (up to `limit`) as new events; returns the events' global IDs. */
  async function acceptArticle(document: typeof ENGLISH_HIRE_ARTICLE, limit?: number): Promise<string[]> {
    const outcome = await ingestDocument({ prisma: api.db.prisma, linking: linkingIndexCacheFor(api.db.prisma), document: { ...document, format: "text" } });
    expect(outcome.status).toBe("CREATED");
    const candidates = await api.db.prisma.eventCandidate.findMany({ where: { sourceId: outcome.sourceId, status: "PENDING" }, orderBy: { id: "asc" }, take: limit });
    const ids: string[] = [];
    for (const candidate of candidates) {
      const { acceptEventCandidate } = await ok(
        `mutation($id: ID!, $title: String!) { acceptEventCandidate(id: $id, input: { title: $title }) { id } }`,
        { id: Buffer.from(`EventCandidate:${candidate.id}`).toString("base64url"), title: `${candidate.type} from ${document.url}` },
        keys.analyst,
      );
      ids.push(acceptEventCandidate.id);
    }
    return ids;
  }

  it("lets only admins register webhooks, for http(s) URLs and known slugs", async () => {
    const mutation = `mutation($url: String!, $filter: EventFeedFilter) { registerWebhook(url: $url, filter: $filter) { secret } }`;
    expect((await gql(mutation, { url: "https://partner.example.test/hook" }, keys.analyst)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    for (const url of ["ftp://partner.example.test/hook", "not a url", "https://user:pw@partner.example.test/"])
      expect((await gql(mutation, { url }, keys.admin)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await gql(mutation, { url: "https://partner.example.test/hook", filter: { entities: ["no-such-lab"] } }, keys.admin);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/no-such-lab/) });
    expect(await api.db.prisma.webhook.count()).toBe(0);
  });

  it("signs every delivery and gets each new event to each matching endpoint exactly once, through retries", async () => {
    const steady = new Receiver();
    const flaky = new Receiver({ failFirst: 2 });
    const layoffsOnly = new Receiver();
    const steadyId = await register(steady, `http://127.0.0.1:${await steady.listen()}/orchard`);
    const flakyId = await register(flaky, `http://127.0.0.1:${await flaky.listen()}/hooks`, { entities: ["mark-chen", "alexandr-wang"] });
    await register(layoffsOnly, `http://127.0.0.1:${await layoffsOnly.listen()}/`, { types: ["LAYOFF"] });

    // A second worker on the same database, as a second API replica would run: claims keep them from sending twice.
    const replica = new WebhookWorker({
      prisma: api.db.prisma,
      logger: createLogger({ LOG_LEVEL: "silent", NODE_ENV: "test" }),
      pollIntervalMs: 40,
      backoffBaseMs: 40,
      backoffCapMs: 300,
      maxAttempts: 50,
      timeoutMs: 5_000,
      allowLoopback: true,
    });
    replica.start();
    const events = [...(await acceptArticle(ENGLISH_HIRE_ARTICLE)), ...(await acceptArticle(JAPANESE_HIRE_ARTICLE))];
    expect(events.length).toBeGreaterThanOrEqual(2);
    const stored = await api.db.prisma.webhookDelivery.findMany({ where: { webhookId: Number(flakyId) }, select: { eventId: true } });
    const flakyEvents = stored.map(({ eventId }) => Buffer.from(`Event:${eventId}`).toString("base64url"));
    expect(flakyEvents.length).toBeGreaterThanOrEqual(1);

    await waitFor(() => steady.accepted().length >= events.length && flaky.accepted().length >= flakyEvents.length, "the deliveries");
    await new Promise((resolve) => setTimeout(resolve, 400)); // several poll intervals: nothing more may arrive
    await replica.stop();
    for (const receiver of [steady, flaky]) expect(receiver.receipts.every((receipt) => receipt.signatureValid)).toBe(true);
    expect(
      steady
        .accepted()
        .map((receipt) => receipt.eventId)
        .sort(),
    ).toEqual([...events].sort());
    expect(steady.receipts).toHaveLength(events.length);
    expect(
      flaky
        .accepted()
        .map((receipt) => receipt.eventId)
        .sort(),
    ).toEqual([...flakyEvents].sort());
    // Two 503s then a 204 per delivery, always under the same delivery ID.
    expect(flaky.receipts).toHaveLength(flakyEvents.length * 3);
    expect(new Set(flaky.receipts.map((receipt) => receipt.deliveryId)).size).toBe(flakyEvents.length);
    expect(layoffsOnly.receipts).toHaveLength(0);
    expect(steady.receipts.every((receipt) => receipt.webhookId === steadyId)).toBe(true);

    const { webhookDeliveries } = await ok(
      `query($id: ID!) { webhookDeliveries(webhookId: $id, status: DELIVERED, first: 10) { totalCount edges { node { id status attempts lastStatusCode deliveredAt event { id title } } } } }`,
      { id: flakyId },
      keys.admin,
    );
    expect(webhookDeliveries.totalCount).toBe(flakyEvents.length);
    expect(webhookDeliveries.edges[0].node).toMatchObject({ status: "DELIVERED", attempts: 3, lastStatusCode: 204 });
  });

  it("keeps retrying an endpoint that refuses connections, and delivers once it is back", async () => {
    const port = await freePort();
    const receiver = new Receiver();
    const webhookId = await register(receiver, `http://127.0.0.1:${port}/late`);
    const [eventId] = await acceptArticle(LAYOFF_ARTICLE, 1);
    expect(eventId).toBeDefined();
    const delivery = () => api.db.prisma.webhookDelivery.findFirstOrThrow({ where: { webhookId: Number(webhookId) } });
    await waitFor(async () => (await delivery()).attempts >= 3, "three failed attempts");
    expect(await delivery()).toMatchObject({ status: "PENDING", lastError: "ECONNREFUSED", lastStatusCode: null });

    await receiver.listen(port);
    await waitFor(() => receiver.accepted().length > 0, "the late delivery");
    await waitFor(async () => (await delivery()).status === "DELIVERED", "the delivery to be recorded");
    expect(receiver.receipts).toHaveLength(1);
    expect(receiver.receipts[0].signatureValid).toBe(true);
    expect((await delivery()).attempts).toBeGreaterThanOrEqual(4);
  });

  it("replays a delivered delivery under the same delivery ID, one by one or since a date", async () => {
    const receiver = new Receiver();
    const webhookId = await register(receiver, `http://127.0.0.1:${await receiver.listen()}/replay`);
    const [eventId] = await acceptArticle(MISTRAL_ARTICLE, 1);
    expect(eventId).toBeDefined();
    await waitFor(() => receiver.accepted().length === 1, "the first delivery");
    const first = receiver.receipts[0];

    const { replayWebhookDelivery } = await ok(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status attempts } }`, { id: first.deliveryId }, keys.admin);
    expect(replayWebhookDelivery).toEqual({ id: first.deliveryId, status: "PENDING", attempts: 0 });
    await waitFor(() => receiver.accepted().length === 2, "the replay");
    expect(receiver.receipts[1]).toMatchObject({ deliveryId: first.deliveryId, eventId: first.eventId, signatureValid: true });

    const since = new Date(Date.now() - 60_000).toISOString();
    expect(
      (await ok(`mutation($id: ID!, $since: DateTimeISO!) { replayWebhookDeliveries(webhookId: $id, since: $since) }`, { id: webhookId, since }, keys.admin))
        .replayWebhookDeliveries,
    ).toBe(1);
    await waitFor(() => receiver.accepted().length === 3, "the bulk replay");
    expect(new Set(receiver.receipts.map((receipt) => receipt.deliveryId))).toEqual(new Set([first.deliveryId]));
  });

  it("stops enqueueing and sending for a disabled webhook", async () => {
    const receiver = new Receiver();
    const webhookId = await register(receiver, `http://127.0.0.1:${await receiver.listen()}/off`);
    const { disableWebhook } = await ok(`mutation($id: ID!) { disableWebhook(id: $id) { id disabledAt } }`, { id: webhookId }, keys.admin);
    expect(disableWebhook.disabledAt).not.toBeNull();
    expect(await acceptArticle(DATA_CENTRE_ARTICLE)).not.toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.receipts).toHaveLength(0);
    expect(await api.db.prisma.webhookDelivery.count({ where: { webhookId: Number(webhookId) } })).toBe(0);
    const listed = await ok(`{ webhooks { id url disabledAt filter { types } } }`, {}, keys.admin);
    expect(listed.webhooks.find((webhook: { id: string }) => webhook.id === webhookId).disabledAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain("whsec_");
  });
});
