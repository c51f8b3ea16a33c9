import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EventType } from "../../common/enums";
import { Connection, ConnectionArgs } from "../../common/pagination";
import { WebhookDeliveryStatus } from "../../generated/prisma/enums";

export { WebhookDeliveryStatus };

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "PENDING: due or waiting for a retry; DELIVERED: the endpoint answered 2xx; FAILED: every attempt failed (replay it to try again).",
});

@ObjectType("WebhookFilter", { description: "Which newly reported events a webhook receives; absent conditions match everything." })
export class WebhookFilterType {
  @Field(() => [EventType], { nullable: true })
  types: EventType[] | null;

  @Field(() => [String], { nullable: true, description: "Entity slugs: events in which any of them takes part." })
  entities: string[] | null;

  @Field(() => Float, { nullable: true })
  minConfidence: number | null;
}

@ObjectType("Webhook", { description: "An endpoint that receives newly reported events as signed POSTs (admin)." })
export class WebhookType {
  @Field(() => ID, { description: "Numeric ID, as taken by `disableWebhook` and `webhookDeliveries`." })
  id: string;

  @Field()
  url: string;

  @Field(() => WebhookFilterType)
  filter: WebhookFilterType;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "Set once disabled: no delivery is made or enqueued after." })
  disabledAt: Date | null;
}

@ObjectType("RegisteredWebhook")
export class RegisteredWebhookType {
  @Field(() => WebhookType)
  webhook: WebhookType;

  @Field({ description: "The signing secret (`Orchard-Signature`). Shown only this once: store it now." })
  secret: string;
}

@ObjectType("WebhookDelivery", { description: "One event for one webhook, and how sending it went." })
export class WebhookDeliveryType {
  @Field(() => ID, { description: "Also sent as `Orchard-Delivery-Id` and `deliveryId`; the same on every retry and replay." })
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts since it was (re)queued." })
  attempts: number;

  @Field(() => Date, { description: "When the next attempt is due (PENDING); the last change otherwise." })
  nextAttemptAt: Date;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed: `HTTP 503`, `ECONNREFUSED`, `TimeoutError: …`." })
  lastError: string | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  eventId: number;
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection("WebhookDelivery", () => WebhookDeliveryType) {}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID)
  webhookId: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus | null;
}
