import { Args, Authorized, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { createLoaders } from "../../common/loaders";
import type { EventNode } from "../../common/nodes";
import { ApiKeyRole } from "../auth/auth.service";
import { EventType_ } from "../event/event.type";
import { checkFeedFilter, type ReportedEvent } from "./feed.service";
import { EventReportedArgs } from "./feed.type";

@Resolver()
export class FeedResolver {
  @Authorized(ApiKeyRole.READER)
  @Subscription(() => EventType_, {
    description: "Events as they are newly reported (an analyst accepts a candidate), over graphql-ws at /graphql. Needs an API key.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, EventReportedArgs, RequestContext>) => {
      const feedFilter = await checkFeedFilter({ prisma: context.prisma, filter: args.filter, argument: "filter" });
      if (!context.changeFeed) throw new Error("Subscriptions need the server's change feed in their context");
      return context.changeFeed.subscribe(feedFilter);
    },
  })
  eventReported(@Root() reported: ReportedEvent, @Args() _args: EventReportedArgs, @Ctx() context: RequestContext): EventNode {
    // One subscription lives for hours: each event is read afresh rather than from loaders caching since it started.
    context.loaders = createLoaders(context.reader);
    context.keyedLoaders = new Map();
    return reported.node;
  }
}
