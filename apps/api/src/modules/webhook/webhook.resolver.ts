import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/global-id";
import { toConnection, toPage } from "../../common/pagination";
import type { Webhook, WebhookDelivery } from "../../db/prisma";
import { ApiKeyRole } from "../auth/auth.service";
import { EventType_ } from "../event/event.type";
import { EventFeedFilter } from "../feed/feed.type";
import type { FeedFilter } from "../feed/feed.service";
import { disableWebhook, listDeliveries, listWebhooks, registerWebhook, replayDeliveries, replayDelivery } from "./webhook.service";
import { RegisteredWebhookType, WebhookDeliveriesArgs, WebhookDeliveryConnection, WebhookDeliveryType, WebhookType } from "./webhook.type";

const toWebhookType = (row: Webhook): WebhookType => {
  const filter = row.filter as FeedFilter;
  return {
    id: String(row.id),
    url: row.url,
    filter: { types: filter.types ?? null, entities: filter.entities ?? null, minConfidence: filter.minConfidence ?? null },
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
  };
};

const toDeliveryType = (row: WebhookDelivery): WebhookDeliveryType => ({ ...row, id: String(row.id), webhookId: String(row.webhookId) });

function parseId(id: string, argument: string): number {
  if (!/^\d{1,9}$/.test(id)) throw badUserInput(`Not a numeric ID: "${id}"`, { argument });
  return Number(id);
}

@Resolver(() => WebhookDeliveryType)
export class WebhookResolver {
  @Authorized(ApiKeyRole.ADMIN)
  @Query(() => [WebhookType], { description: "Every webhook, disabled ones included (admin)." })
  async webhooks(@Ctx() { prisma }: RequestContext): Promise<WebhookType[]> {
    return (await listWebhooks({ prisma })).map(toWebhookType);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Query(() => WebhookDeliveryConnection, { description: "A webhook's deliveries, newest first (admin)." })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() { prisma }: RequestContext) {
    const page = toPage(args);
    const { rows, totalCount } = await listDeliveries({ prisma, webhookId: parseId(args.webhookId, "webhookId"), status: args.status, page });
    return toConnection(rows.map(toDeliveryType), page, totalCount);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => RegisteredWebhookType, { description: "Registers an http(s) endpoint for newly reported events; returns its signing secret once (admin)." })
  async registerWebhook(
    @Arg("url") url: string,
    @Arg("filter", () => EventFeedFilter, { nullable: true }) filter: EventFeedFilter | null,
    @Ctx() { prisma, logger, allowLoopbackWebhooks }: RequestContext,
  ): Promise<RegisteredWebhookType> {
    const { webhook, secret } = await registerWebhook({ prisma, url, filter, allowLoopback: allowLoopbackWebhooks });
    logger.info({ webhookId: webhook.id, host: new URL(webhook.url).host }, "webhook registered");
    return { webhook: toWebhookType(webhook), secret };
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => WebhookType, { description: "Disables a webhook: nothing more is enqueued for or sent to it (admin)." })
  async disableWebhook(@Arg("id", () => ID) id: string, @Ctx() { prisma, logger }: RequestContext): Promise<WebhookType> {
    const row = await disableWebhook({ prisma, id: parseId(id, "id") });
    if (!row) throw badUserInput(`No webhook with ID ${id}`, { argument: "id" });
    logger.info({ webhookId: row.id }, "webhook disabled");
    return toWebhookType(row);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => WebhookDeliveryType, { description: "Sends a delivery again, delivered or not, under the same delivery ID (admin)." })
  async replayWebhookDelivery(@Arg("id", () => ID) id: string, @Ctx() { prisma, logger }: RequestContext): Promise<WebhookDeliveryType> {
    const row = await replayDelivery({ prisma, id: parseId(id, "id") });
    logger.info({ deliveryId: row.id, webhookId: row.webhookId }, "webhook delivery replayed");
    return toDeliveryType(row);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => Int, { description: "Re-queues every delivery of a webhook created since a time; returns how many (admin)." })
  async replayWebhookDeliveries(@Arg("webhookId", () => ID) webhookId: string, @Arg("since", () => Date) since: Date, @Ctx() { prisma, logger }: RequestContext): Promise<number> {
    const count = await replayDeliveries({ prisma, webhookId: parseId(webhookId, "webhookId"), since });
    logger.info({ webhookId, since, count }, "webhook deliveries replayed");
    return count;
  }

  @FieldResolver(() => EventType_)
  event(@Root() delivery: WebhookDeliveryType, @Ctx() { loaders }: RequestContext) {
    return loaders.event.load(delivery.eventId);
  }
}
