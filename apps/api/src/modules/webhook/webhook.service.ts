import crypto from "node:crypto";
import type { Prisma, PrismaClient, Webhook, WebhookDelivery, WebhookDeliveryStatus } from "../../db/prisma";
import { badUserInput, toGlobalId } from "../../common/global-id";
import type { Page } from "../../common/pagination";
import { entityInclude, toEntityNode, toEventNode } from "../../common/nodes";
import { webhookUrlProblem } from "./webhook.ssrf";
import { checkFeedFilter, loadReportedEvent, matchesFeedFilter, type FeedFilter } from "../feed/feed.service";

type Tx = Prisma.TransactionClient;

export interface RegisteredWebhook {
  webhook: Webhook;
  /** Shown once: receivers verify signatures with it. */
  secret: string;
}

function checkUrl(url: string, allowLoopback: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw badUserInput(`Not a URL: "${url.slice(0, 200)}"`, { argument: "url" });
  }
  const problem = webhookUrlProblem(parsed, { allowLoopback });
  if (problem) throw badUserInput(problem, { argument: "url" });
  return parsed.toString();
}

/** `allowLoopback`: WEBHOOK_ALLOW_LOOPBACK (tests); private, link-local and multicast targets are always refused. */
export async function registerWebhook(options: { prisma: PrismaClient; url: string; filter?: FeedFilter | null; allowLoopback?: boolean }): Promise<RegisteredWebhook> {
  const url = checkUrl(options.url, options.allowLoopback ?? false);
  const filter = await checkFeedFilter({ prisma: options.prisma, filter: options.filter, argument: "filter" });
  const secret = `whsec_${crypto.randomBytes(32).toString("base64url")}`;
  const webhook = await options.prisma.webhook.create({ data: { url, filter: filter as Prisma.InputJsonObject, secret } });
  return { webhook, secret };
}

/** Stops new deliveries at once; pending ones wait (a disabled endpoint is never called). Null when unknown. */
export async function disableWebhook(options: { prisma: PrismaClient; id: number; now?: Date }): Promise<Webhook | null> {
  await options.prisma.webhook.updateMany({ where: { id: options.id, disabledAt: null }, data: { disabledAt: options.now ?? new Date() } });
  return options.prisma.webhook.findUnique({ where: { id: options.id } });
}

export function listWebhooks(options: { prisma: PrismaClient }): Promise<Webhook[]> {
  return options.prisma.webhook.findMany({ orderBy: { id: "asc" } });
}

export async function listDeliveries(options: {
  prisma: PrismaClient;
  webhookId: number;
  status?: WebhookDeliveryStatus | null;
  page: Page;
}): Promise<{ rows: WebhookDelivery[]; totalCount: number }> {
  const where = { webhookId: options.webhookId, ...(options.status ? { status: options.status } : {}) };
  const [rows, totalCount] = await Promise.all([
    options.prisma.webhookDelivery.findMany({ where, orderBy: { id: "desc" }, skip: options.page.offset, take: options.page.limit }),
    options.prisma.webhookDelivery.count({ where }),
  ]);
  return { rows, totalCount };
}

/**
 * The outbox: called inside the transaction that creates an event, it enqueues one delivery per
 * enabled webhook whose filter matches. The unique (webhook, event) pair makes it idempotent.
 */
export async function enqueueWebhookDeliveries(options: { tx: Tx; eventId: number }): Promise<number> {
  const webhooks = await options.tx.webhook.findMany({ where: { disabledAt: null }, select: { id: true, filter: true } });
  if (!webhooks.length) return 0;
  const event = await loadReportedEvent({ prisma: options.tx, eventId: options.eventId });
  if (!event) return 0;
  const matching = webhooks.filter((webhook) => matchesFeedFilter(webhook.filter as FeedFilter, { ...event.node, participantSlugs: event.participantSlugs }));
  const { count } = await options.tx.webhookDelivery.createMany({
    data: matching.map((webhook) => ({ webhookId: webhook.id, eventId: options.eventId })),
    skipDuplicates: true,
  });
  return count;
}

async function enabledWebhook(prisma: PrismaClient, id: number): Promise<Webhook> {
  const webhook = await prisma.webhook.findUnique({ where: { id } });
  if (!webhook) throw badUserInput(`No webhook with ID ${id}`, { argument: "webhookId" });
  if (webhook.disabledAt) throw badUserInput(`Webhook ${id} is disabled: nothing is sent to it.`, { argument: "webhookId" });
  return webhook;
}

/** Due now, with a fresh budget of attempts. */
const requeue = () => ({ status: "PENDING" as const, attempts: 0, nextAttemptAt: new Date() });

/** Sends a delivery again, even a delivered one, under the same delivery ID (receivers dedupe on it). */
export async function replayDelivery(options: { prisma: PrismaClient; id: number }): Promise<WebhookDelivery> {
  const delivery = await options.prisma.webhookDelivery.findUnique({ where: { id: options.id } });
  if (!delivery) throw badUserInput(`No webhook delivery with ID ${options.id}`, { argument: "id" });
  await enabledWebhook(options.prisma, delivery.webhookId);
  return options.prisma.webhookDelivery.update({ where: { id: delivery.id }, data: requeue() });
}

/** Re-queues every delivery of a webhook created since a date; returns how many. */
export async function replayDeliveries(options: { prisma: PrismaClient; webhookId: number; since: Date }): Promise<number> {
  await enabledWebhook(options.prisma, options.webhookId);
  const { count } = await options.prisma.webhookDelivery.updateMany({
    where: { webhookId: options.webhookId, createdAt: { gte: options.since } },
    data: requeue(),
  });
  return count;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The `event` of a delivery body: the fields of the GraphQL `Event`, with IDs that join back to `node(id:)`. */
export async function loadEventPayload(options: { prisma: PrismaClient; eventId: number }) {
  const row = await options.prisma.event.findUnique({
    where: { id: options.eventId },
    include: {
      participants: { include: { entity: { include: entityInclude } }, orderBy: { id: "asc" } },
      figures: { orderBy: { position: "asc" } },
      citations: {
        orderBy: { id: "asc" },
        include: {
          source: { select: { id: true, url: true, title: true, language: true, publishedOn: true, publisher: { select: { entity: { select: { slug: true } } } } } },
          attributedTo: { select: { entity: { select: { slug: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const node = toEventNode(row);
  return {
    id: node.id,
    type: node.type,
    title: node.title,
    summary: node.summary,
    occurredOn: node.occurredOn && { ...node.occurredOn, start: isoDay(node.occurredOn.start), end: isoDay(node.occurredOn.end) },
    firstReportedOn: isoDay(node.firstReportedOn),
    status: node.status,
    confidence: node.confidence,
    participants: row.participants.map((participant) => {
      const entity = toEntityNode(participant.entity);
      return { role: participant.role, entity: { id: entity.id, type: entity.__typename, slug: entity.slug, name: entity.name } };
    }),
    figures: row.figures.map((figure) => ({
      kind: figure.kind,
      metric: figure.metric,
      value: figure.value === null ? null : Number(figure.value),
      valueMax: figure.valueMax === null ? null : Number(figure.valueMax),
      unit: figure.unit,
      text: figure.text,
    })),
    citations: row.citations.map((citation) => ({
      quote: citation.quote,
      stance: citation.stance,
      attributedTo: citation.attributedTo?.entity.slug ?? null,
      source: {
        id: toGlobalId("Source", citation.source.id),
        url: citation.source.url,
        title: citation.source.title,
        language: citation.source.language,
        publishedOn: isoDay(citation.source.publishedOn),
        publisher: citation.source.publisher?.entity.slug ?? null,
      },
    })),
  };
}

export type WebhookEventPayload = NonNullable<Awaited<ReturnType<typeof loadEventPayload>>>;
