import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { DateResolver } from "graphql-scalars";
import { AS_OF_ARGUMENT, asOfDay, type AsOfDay } from "../../common/as-of";
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

const toCitation = (
  row: {
    sourceId: number;
    attributedToId: number | null;
    eventId: number | null;
    quote: string;
    quoteStart: number;
    stance: CitationType["stance"];
    publicSince: Date | null;
  },
  asOf: AsOfDay,
): CitationType => ({
  sourceId: row.sourceId,
  eventId: row.eventId,
  attributedToId: row.attributedToId,
  quote: row.quote,
  quoteStart: row.quoteStart,
  stance: row.stance,
  publicSince: row.publicSince,
  asOf,
});

@Resolver(() => EventType_)
export class EventResolver {
  @Query(() => EventType_, { nullable: true, description: "An event by its global ID; null when there is none (or none reported by `asOf`)." })
  async event(@Arg("id", () => ID) id: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext): Promise<EventNode | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || decoded.type !== "Event") return null;
    return loaders.at(asOfDay(asOf)).event.load(decoded.localId);
  }

  @Query(() => EventConnection, { description: "Events, filtered and ordered; default order: occurredOn, newest first." })
  events(@Args() args: EventConnectionArgs, @Ctx() { reader, loaders }: RequestContext, @Info() info: GraphQLResolveInfo) {
    const { filter, orderBy } = args;
    return listEvents({ reader, loaders, filter, orderBy, page: toPage(args), asOf: asOfDay(filter?.asOf), prefetch: eventPrefetchFor(info) });
  }

  @FieldResolver(() => [EventParticipantType])
  async participants(@Root() event: EventNode, @Ctx() { loaders }: RequestContext): Promise<EventParticipantType[]> {
    const rows = await loaders.at(event.asOf).participantsByEvent.load(event.eventId);
    return rows.map((row) => ({ role: row.role, entityId: row.entityId, asOf: event.asOf }));
  }

  @FieldResolver(() => [FigureType])
  async figures(@Root() event: EventNode, @Ctx() { loaders }: RequestContext): Promise<FigureType[]> {
    return (await loaders.at(event.asOf).figuresByEvent.load(event.eventId)).map((row) => toFigure(row, event.asOf));
  }

  @FieldResolver(() => [CitationType], {
    description:
      "Every passage reporting (or denying) the event, across sources and languages, as of the event's day; on a day before any of them was public, those of its figures (an event public from a figure's stated day).",
  })
  async citations(@Root() event: EventNode, @Ctx() { loaders }: RequestContext): Promise<CitationType[]> {
    return (await loaders.at(event.asOf).citationsByEvent.load(event.eventId)).map((row) => toCitation(row, event.asOf));
  }
}

@Resolver(() => EventParticipantType)
export class EventParticipantResolver {
  @FieldResolver(() => EntityInterface)
  async entity(@Root() participant: EventParticipantType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(participant.asOf).entity.load(participant.entityId);
  }
}

@Resolver(() => FigureType)
export class FigureResolver {
  @FieldResolver(() => [CitationType])
  async citations(@Root() figure: FigureType, @Ctx() { loaders }: RequestContext): Promise<CitationType[]> {
    return (await loaders.at(figure.asOf).citationsOf("figureId", figure.figureId)).map((row) => toCitation(row, figure.asOf));
  }

  @FieldResolver(() => EventType_, { description: "The event this figure was reported with." })
  async event(@Root() figure: FigureType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(figure.asOf).event.load(figure.eventId);
  }
}

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => SourceType, { description: "The source quoted: published by the day the citation is shown as of, or later for a passage with `publicSince`." })
  async source(@Root() citation: CitationType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(citation.asOf).citedSource.load(citation.sourceId);
  }

  @FieldResolver(() => OrganizationInterface, {
    nullable: true,
    description: 'The outlet the article credits for this passage ("according to CNBC").',
  })
  async attributedTo(@Root() citation: CitationType, @Ctx() { loaders }: RequestContext) {
    return citation.attributedToId == null ? null : loaders.at(citation.asOf).entity.load(citation.attributedToId);
  }

  @FieldResolver(() => EventType_, { nullable: true, description: "The event this passage reports, when it cites an event (not a figure, role or alias)." })
  async event(@Root() citation: CitationType, @Ctx() { loaders }: RequestContext) {
    return citation.eventId == null ? null : loaders.at(citation.asOf).event.load(citation.eventId);
  }
}

export { toCitation };
