import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { DateResolver } from "graphql-scalars";
import { AS_OF_ARGUMENT, asOfDay } from "../../common/as-of";
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
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null when there is none (or none reported by `asOf`)." })
  async node(@Arg("id", () => ID) id: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext) {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    const dated = loaders.at(asOfDay(asOf));
    if (decoded.type === "Event") return dated.event.load(decoded.localId);
    if (decoded.type === "Source") return dated.source.load(decoded.localId);
    const entity = await dated.entity.load(decoded.localId);
    // The type in the ID must match: a Person ID re-labelled as Company finds nothing.
    return entity && entity.__typename === decoded.type ? entity : null;
  }

  @FieldResolver(() => [AliasType], { description: "Names in every language and script the sources use." })
  async aliases(@Root() entity: EntityNode, @Ctx() { loaders }: RequestContext): Promise<AliasType[]> {
    return loaders.aliasesByEntity.load(entity.entityId);
  }

  @FieldResolver(() => EventConnection, { description: "Events this entity takes part in (as of the entity's day, or `filter.asOf` when earlier)." })
  events(@Root() entity: EntityNode, @Args() args: EventConnectionArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    const { filter, orderBy } = args;
    const page = toPage(args);
    const prefetch = eventPrefetchFor(info);
    const asOf = asOfDay(entity.asOf, filter?.asOf);
    const loader = keyedLoader(context, `entity-events:${JSON.stringify([filter, orderBy, page, prefetch, asOf])}`, () =>
      createEntityEventsLoader({ reader: context.reader, loaders: context.loaders, filter, orderBy, page, asOf, prefetch }),
    );
    return loader.load(entity.entityId);
  }

  @FieldResolver(() => DateResolver, {
    nullable: true,
    description:
      '"As reported up to": the newest day, on or before the entity\'s day, of the reports behind what Orchard holds on it (the sources of its mentions, events, figures, roles, claims and lineage; a fact public from a day a source states counts from that day). Null when no dated source speaks of it.',
  })
  async lastReportedOn(@Root() entity: EntityNode, @Ctx() { loaders }: RequestContext): Promise<Date | null> {
    return (await loaders.at(entity.asOf).lastReportedOn.load(entity.entityId))?.day ?? null;
  }
}
