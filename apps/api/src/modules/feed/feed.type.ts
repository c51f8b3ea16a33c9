import { ArgsType, Field, Float, InputType } from "type-graphql";
import { EventType } from "../../common/enums";

@InputType({ description: "Which newly reported events to receive (subscriptions and webhooks). All conditions must hold." })
export class EventFeedFilter {
  @Field(() => [EventType], { nullable: true })
  types?: EventType[] | null;

  @Field(() => [String], { nullable: true, description: "Slugs: events in which any of these entities takes part." })
  entities?: string[] | null;

  @Field(() => Float, { nullable: true, description: "0–1: only events at least this confident when reported." })
  minConfidence?: number | null;
}

@ArgsType()
export class EventReportedArgs {
  @Field(() => EventFeedFilter, { nullable: true })
  filter?: EventFeedFilter | null;
}
