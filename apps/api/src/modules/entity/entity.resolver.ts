import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { eventPrefetchFor } from "../event/event.prefetch";
import { keyedLoader, type RequestContext } from "../../common/context";
import { fromGlobalId } from "../../common/global-id";
import type { EntityNode } from "../../common/nodes";
import { toPage } from "../../common/pagination";
import { createEntityEventsLoader } from "../event/event.service";
import { EventConnection } from "../event/event.type";
import { EventConnectionArgs } from "./entity.args";
import { AliasType, EntityInterface, Node } from "./entity.type";

/** Fields every entity has; type-graphql hands these resolvers down to Company, Lab, AiModel, Person… */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null when there is none." })
  async node(@Arg("id", () => ID) id: string, @Ctx() { loaders }: RequestContext) {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    if (decoded.type === "Event") return loaders.event.load(decoded.localId);
    if (decoded.type === "Source") return loaders.source.load(decoded.localId);
    const entity = await loaders.entity.load(decoded.localId);
    // The type in the ID must match: a Person ID re-labelled as Company finds nothing.
    return entity && entity.__typename === decoded.type ? entity : null;
  }

  @FieldResolver(() => [AliasType], { description: "Names in every language and script the sources use." })
  async aliases(@Root() entity: EntityNode, @Ctx() { loaders }: RequestContext): Promise<AliasType[]> {
    return loaders.aliasesByEntity.load(entity.entityId);
  }

  @FieldResolver(() => EventConnection, { description: "Events this entity takes part in." })
  events(@Root() entity: EntityNode, @Args() args: EventConnectionArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    const page = toPage(args);
    const prefetch = eventPrefetchFor(info);
    const loader = keyedLoader(context, `entity-events:${JSON.stringify([args.filter, args.orderBy, page, prefetch])}`, () =>
      createEntityEventsLoader({ reader: context.reader, loaders: context.loaders, filter: args.filter, orderBy: args.orderBy, page, prefetch }),
    );
    return loader.load(entity.entityId);
  }
}
