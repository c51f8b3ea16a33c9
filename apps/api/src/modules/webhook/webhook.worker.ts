import { AsyncResource } from "node:async_hooks";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { PrismaClient, WebhookDelivery } from "../../db/prisma";
import type { Logger } from "../../logger";
import { DELIVERY_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signPayload } from "./webhook.signature";
import { loadEventPayload } from "./webhook.service";
import { forbiddenAddressReason, guardedLookup } from "./webhook.ssrf";

/**
 * Delay before retry number `attempt` (1 = after the first failure): exponential from `baseMs`,
 * capped at `capMs`, with "equal jitter" (half fixed, half random) so that endpoints coming back
 * are not hit by every pending delivery at the same instant.
 */
export function backoffDelay(options: { attempt: number; baseMs: number; capMs: number; random?: () => number }): number {
  const exponential = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, options.attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * (options.random ?? Math.random)());
}

export interface WebhookWorkerOptions {
  prisma: PrismaClient;
  logger: Logger;
  pollIntervalMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  maxAttempts: number;
  timeoutMs: number;
  /** Lets deliveries reach loopback addresses (tests); every other non-public address is refused. */
  allowLoopback?: boolean;
  /** Deliveries claimed and sent concurrently per round. */
  batchSize?: number;
}

type Outcome = { delivered: true; statusCode: number } | { delivered: false; statusCode: number | null; error: string };

/**
 * Sends due deliveries: polls every `pollIntervalMs`, and is kicked right after an event commits.
 * A delivery is claimed by pushing its `nextAttemptAt` past the request timeout (a lease), so two
 * API processes never send it at the same time, and one that dies mid-send leaves it to be retried.
 * The outcome is written only while the claim holds: a replay during the send wins.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly abort = new AbortController();
  // Bound to the context the worker was created in: a kick from a request must not count its SQL in that request.
  private readonly drainDetached = AsyncResource.bind(() => this.drain());

  constructor(private readonly options: WebhookWorkerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollIntervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Runs a round now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drainDetached().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Stops polling and aborts sends in flight; their leases expire and another run retries them. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.abort.abort();
    await this.running;
  }

  private async drain(): Promise<void> {
    const batchSize = this.options.batchSize ?? 10;
    try {
      while (!this.stopped) {
        const claimed = await this.claim(batchSize);
        await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
        if (claimed.length < batchSize) return;
      }
    } catch (error) {
      if (!this.stopped) this.options.logger.error({ err: error }, "webhook delivery round failed");
    }
  }

  private async claim(limit: number): Promise<(WebhookDelivery & { lease: Date })[]> {
    const { prisma } = this.options;
    const now = new Date();
    const due = await prisma.webhookDelivery.findMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now }, webhook: { disabledAt: null } },
      orderBy: { nextAttemptAt: "asc" },
      take: limit,
    });
    const lease = new Date(now.getTime() + this.options.timeoutMs * 2 + 5_000);
    const claimed: (WebhookDelivery & { lease: Date })[] = [];
    for (const delivery of due) {
      const { count } = await prisma.webhookDelivery.updateMany({
        where: { id: delivery.id, status: "PENDING", nextAttemptAt: delivery.nextAttemptAt },
        data: { nextAttemptAt: lease },
      });
      if (count === 1) claimed.push({ ...delivery, lease });
    }
    return claimed;
  }

  private async attempt(delivery: WebhookDelivery & { lease: Date }): Promise<void> {
    const { prisma, logger } = this.options;
    const webhook = await prisma.webhook.findUniqueOrThrow({ where: { id: delivery.webhookId } });
    const event = await loadEventPayload({ prisma, eventId: delivery.eventId });
    const attempt = delivery.attempts + 1;
    const started = performance.now();
    const outcome = event ? await this.send(webhook, delivery, event) : ({ delivered: false, statusCode: null, error: "event no longer exists" } as const);
    if (this.stopped && !outcome.delivered) return;
    const ms = Math.round(performance.now() - started);
    const now = new Date();
    const failed = !outcome.delivered && attempt >= this.options.maxAttempts;
    const nextAttemptAt =
      outcome.delivered || failed ? now : new Date(now.getTime() + backoffDelay({ attempt, baseMs: this.options.backoffBaseMs, capMs: this.options.backoffCapMs }));
    const { count } = await prisma.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING", nextAttemptAt: delivery.lease },
      data: {
        attempts: attempt,
        status: outcome.delivered ? "DELIVERED" : failed ? "FAILED" : "PENDING",
        nextAttemptAt,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.delivered ? null : outcome.error,
        ...(outcome.delivered ? { deliveredAt: now } : {}),
      },
    });
    const log = {
      deliveryId: delivery.id,
      webhookId: webhook.id,
      eventId: delivery.eventId,
      host: new URL(webhook.url).host,
      attempt,
      statusCode: outcome.statusCode,
      ms,
      replayedMeanwhile: count === 0,
    };
    if (outcome.delivered) logger.info(log, "webhook delivered");
    else if (failed) logger.error({ ...log, error: outcome.error }, "webhook delivery failed for good");
    else logger.warn({ ...log, error: outcome.error, nextAttemptAt }, "webhook delivery failed, will retry");
  }

  private async send(webhook: { url: string; secret: string; id: number }, delivery: WebhookDelivery, event: object): Promise<Outcome> {
    const body = JSON.stringify({ event, deliveryId: String(delivery.id), webhookId: String(webhook.id) });
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const statusCode = await this.post(new URL(webhook.url), body, {
        "content-type": "application/json",
        "user-agent": "Orchard-Webhooks/1",
        [DELIVERY_ID_HEADER]: String(delivery.id),
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPayload({ secret: webhook.secret, timestamp, body }),
      });
      if (statusCode >= 200 && statusCode < 300) return { delivered: true, statusCode };
      return { delivered: false, statusCode, error: `HTTP ${statusCode}` };
    } catch (error) {
      // A refused connection reads "ECONNREFUSED"; a refused address says why; a timeout names itself.
      const code = (error as { code?: string }).code;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { delivered: false, statusCode: null, error: code === "EADDRNOTALLOWED" ? `${code}: ${(error as Error).message}` : code && code !== "ABORT_ERR" ? code : message };
    }
  }

  /**
   * POSTs `body` and resolves with the status code. The address connected to is checked (SSRF guard,
   * webhook.ssrf.ts): for a name, by the DNS lookup of this very connection; redirects are not followed.
   */
  private post(url: URL, body: string, headers: Record<string, string>): Promise<number> {
    const allowLoopback = this.options.allowLoopback ?? false;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (net.isIP(host)) {
      const reason = forbiddenAddressReason(host, { allowLoopback });
      if (reason) return Promise.reject(Object.assign(new Error(reason), { code: "EADDRNOTALLOWED" }));
    }
    const client = url.protocol === "https:" ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: "POST",
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          lookup: guardedLookup({ allowLoopback }),
          signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.abort.signal]),
        },
        (response) => {
          response.resume(); // the body is not read: only the status matters
          response.on("end", () => resolve(response.statusCode ?? 0));
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  }
}
