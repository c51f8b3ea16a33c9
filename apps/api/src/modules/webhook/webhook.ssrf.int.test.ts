import http from "node:http";
import type { AddressInfo } from "node:net";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { createLogger } from "../../logger";
import { WebhookWorker } from "./webhook.worker";

/** The delivery-time SSRF check: whatever the stored URL says, the address connected to is checked. */
describe("webhook deliveries to forbidden addresses", () => {
  let api: TestApi;
  let receiver: http.Server;
  let hits = 0;
  beforeAll(async () => {
    api = await startTestApi();
    receiver = http.createServer((_req, res) => {
      hits++;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it("are refused, by address literal and by DNS name, and never reach the receiver", async () => {
    const { port } = receiver.address() as AddressInfo;
    const event = await api.db.prisma.event.findFirstOrThrow({ select: { id: true } });
    // Stored directly, as if DNS had changed since registration (or the row predates the guard).
    const webhooks = await Promise.all(
      [`http://127.0.0.1:${port}/literal`, `http://localhost:${port}/by-name`].map((url) => api.db.prisma.webhook.create({ data: { url, filter: {}, secret: "whsec_test" } })),
    );
    await api.db.prisma.webhookDelivery.createMany({ data: webhooks.map((webhook) => ({ webhookId: webhook.id, eventId: event.id })) });
    const worker = new WebhookWorker({
      prisma: api.db.prisma,
      logger: createLogger({ LOG_LEVEL: "silent", NODE_ENV: "test" }),
      pollIntervalMs: 50,
      backoffBaseMs: 60_000,
      backoffCapMs: 60_000,
      maxAttempts: 5,
      timeoutMs: 2_000,
    });
    worker.start();
    try {
      const deadline = Date.now() + 20_000;
      let deliveries = await api.db.prisma.webhookDelivery.findMany({ where: { webhookId: { in: webhooks.map((webhook) => webhook.id) } } });
      while (deliveries.some((delivery) => delivery.attempts === 0) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        deliveries = await api.db.prisma.webhookDelivery.findMany({ where: { webhookId: { in: webhooks.map((webhook) => webhook.id) } } });
      }
      expect(deliveries).toHaveLength(2);
      for (const delivery of deliveries) expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.stringMatching(/^EADDRNOTALLOWED: .*loopback/) });
      expect(hits).toBe(0);
    } finally {
      await worker.stop();
    }
  });
});
