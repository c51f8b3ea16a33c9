import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { eventPrefetchFor } from "./event.prefetch";
import type { RequestContext } from "../../common/context";
import { fromGlobalId } from "../../common/global-id";
import type { EventNode } from "../../common/nodes";
import { toPage } from "../../common/pagination";
import { EventConnectionArgs } from "../entity/entity.args";
import { EntityInterface } from "../entity/entity.type";
import { OrganizationInterface } from "../organization/organization.type";
import { SourceType } from "../source/source.type";
import { CitationType, EventConnection, EventParticipantType, EventType_, FigureType } from "./event.type";
import { listEvents, toFigure } from "./event.service";

const toCitation = (row: {
  sourceId: number;
  attributedToId: number | null;
  eventId: number | null;
  quote: string;
  quoteStart: number;
  stance: CitationType["stance"];
}): CitationType => ({
  sourceId: row.sourceId,
  eventId: row.eventId,
  attributedToId: row.attributedToId,
  quote: row.quote,
  quoteStart: row.quoteStart,
  stance: row.stance,
});

@Resolver(() => EventType_)
export class EventResolver {
  @Query(() => EventType_, { nullable: true, description: "An event by its global ID; null when there is none." })
  async event(@Arg("id", () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<EventNode | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || decoded.type !== "Event") return null;
    return loaders.event.load(decoded.localId);
  }

  @Query(() => EventConnection, { description: "Events, filtered and ordered; default order: occurredOn, newest first." })
  events(@Args() args: EventConnectionArgs, @Ctx() { reader, loaders }: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listEvents({ reader, loaders, filter: args.filter, orderBy: args.orderBy, page: toPage(args), prefetch: eventPrefetchFor(info) });
  }

  @FieldResolver(() => [EventParticipantType])
  async participants(@Root() event: EventNode, @Ctx() { loaders }: RequestContext): Promise<EventParticipantType[]> {
    return (await loaders.participantsByEvent.load(event.eventId)).map((row) => ({ role: row.role, entityId: row.entityId }));
  }

  @FieldResolver(() => [FigureType])
  async figures(@Root() event: EventNode, @Ctx() { loaders }: RequestContext): Promise<FigureType[]> {
    return (await loaders.figuresByEvent.load(event.eventId)).map(toFigure);
  }

  @FieldResolver(() => [CitationType], { description: "Every passage reporting (or denying) the event, across sources and languages." })
  async citations(@Root() event: EventNode, @Ctx() { loaders }: RequestContext): Promise<CitationType[]> {
    return (await loaders.citationsByEvent.load(event.eventId)).map(toCitation);
  }
}

@Resolver(() => EventParticipantType)
export class EventParticipantResolver {
  @FieldResolver(() => EntityInterface)
  async entity(@Root() participant: EventParticipantType, @Ctx() { loaders }: RequestContext) {
    return loaders.entity.load(participant.entityId);
  }
}

@Resolver(() => FigureType)
export class FigureResolver {
  @FieldResolver(() => [CitationType])
  async citations(@Root() figure: FigureType, @Ctx() { loaders }: RequestContext): Promise<CitationType[]> {
    return (await loaders.citationsByFigure.load(figure.figureId)).map(toCitation);
  }

  @FieldResolver(() => EventType_, { description: "The event this figure was reported with." })
  async event(@Root() figure: FigureType, @Ctx() { loaders }: RequestContext) {
    return loaders.event.load(figure.eventId);
  }
}

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => SourceType)
  async source(@Root() citation: CitationType, @Ctx() { loaders }: RequestContext) {
    return loaders.source.load(citation.sourceId);
  }

  @FieldResolver(() => OrganizationInterface, {
    nullable: true,
    description: 'The outlet the article credits for this passage ("according to CNBC").',
  })
  async attributedTo(@Root() citation: CitationType, @Ctx() { loaders }: RequestContext) {
    return citation.attributedToId == null ? null : loaders.entity.load(citation.attributedToId);
  }

  @FieldResolver(() => EventType_, { nullable: true, description: "The event this passage reports, when it cites an event (not a figure, role or alias)." })
  async event(@Root() citation: CitationType, @Ctx() { loaders }: RequestContext) {
    return citation.eventId == null ? null : loaders.event.load(citation.eventId);
  }
}

export { toCitation };
