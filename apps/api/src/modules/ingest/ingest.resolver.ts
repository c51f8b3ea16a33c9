import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { keyedLoader, type RequestContext } from "../../common/context";
import { badUserInput, fromGlobalId, toGlobalId } from "../../common/global-id";
import { fuzzyDateFromColumns } from "../../common/fuzzy-date.type";
import type { EntityNode, SourceNode } from "../../common/nodes";
import { ConnectionArgs, toConnection, toPage } from "../../common/pagination";
import type { EventCandidate, SourceFigure } from "../../db/prisma";
import { CandidateStatus } from "../../common/enums";
import { ApiKeyRole } from "../auth/auth.service";
import { EntityInterface } from "../entity/entity.type";
import { EventType_ } from "../event/event.type";
import { SourceType } from "../source/source.type";
import { linkingIndexCacheFor } from "./alias-matcher";
import { acceptCandidate, CandidateReviewError, mergeCandidate, rejectCandidate } from "./candidate.service";
import { prepareDocuments } from "./ingest-prepare";
import { ingestDocument, IngestInputError, MAX_INGEST_BATCH, storePrepared, type IncomingDocument, type IngestOutcome } from "./ingest.service";
import { sharedPipelinePool } from "./pipeline-pool";
import {
  AcceptCandidateInput,
  CandidateParticipantType,
  EventCandidateConnection,
  EventCandidateType,
  ExtractedFigureType,
  IngestDocumentInput,
  IngestResultType,
  MentionConnection,
  MentionType,
} from "./ingest.type";
import { createMentionPageLoader } from "./mention.service";

@ArgsType()
class EventCandidateArgs extends ConnectionArgs {
  @Field(() => CandidateStatus, { defaultValue: CandidateStatus.PENDING })
  status: CandidateStatus;
}

function toCandidate(row: EventCandidate): EventCandidateType {
  return {
    id: toGlobalId("EventCandidate", row.id),
    candidateId: row.id,
    type: row.type,
    status: row.status,
    quote: row.quote,
    quoteStart: row.quoteStart,
    cue: row.cue,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
    sourceId: row.sourceId,
    eventId: row.eventId,
    participants: row.participants as unknown as CandidateParticipantType[],
    figurePositions: row.figurePositions,
  };
}

function toExtractedFigure(row: SourceFigure): ExtractedFigureType {
  return {
    position: row.position,
    kind: row.kind,
    text: row.text,
    start: row.start,
    end: row.end,
    value: row.value === null ? null : Number(row.value),
    valueMax: row.valueMax === null ? null : Number(row.valueMax),
    qualifier: row.qualifier,
    unit: row.unit,
    date: fuzzyDateFromColumns(null, row.dateStart, row.dateEnd, row.datePrecision),
  };
}

function localId(id: string, type: "EventCandidate" | "Event"): number {
  const decoded = fromGlobalId(id);
  if (decoded?.type !== type) throw badUserInput(`"${id}" is not the ID of an ${type === "Event" ? "event" : "event candidate"}`, { argument: "id" });
  return decoded.localId;
}

function toIncomingDocument(input: IngestDocumentInput): IncomingDocument {
  return {
    text: input.text,
    format: input.format === "HTML" ? "html" : "text",
    url: input.url,
    title: input.title,
    language: input.language,
    publishedAt: input.publishedAt ? input.publishedAt.toISOString().slice(0, 10) : null,
    publisher: input.publisher,
  };
}

function toIngestResult(outcome: IngestOutcome): IngestResultType {
  return { status: outcome.status, sourceId: outcome.sourceId, similarity: outcome.status === "REPUBLICATION" ? outcome.similarity : null, warnings: outcome.warnings };
}

/** Service errors that are the caller's fault become BAD_USER_INPUT; anything else stays internal. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IngestInputError || error instanceof CandidateReviewError) throw badUserInput(error.message);
    throw error;
  }
}

@Resolver(() => EventCandidateType)
export class IngestResolver {
  @Authorized(ApiKeyRole.INGEST)
  @Mutation(() => IngestResultType, { description: "Ingests one article in one transaction: source, mentions, figures, event candidates and entity candidates." })
  async ingestDocument(@Arg("input", () => IngestDocumentInput) input: IngestDocumentInput, @Ctx() { prisma }: RequestContext): Promise<IngestResultType> {
    return toIngestResult(await asUserError(() => ingestDocument({ prisma, linking: linkingIndexCacheFor(prisma), document: toIncomingDocument(input) })));
  }

  @Authorized(ApiKeyRole.INGEST)
  @Mutation(() => [IngestResultType], {
    description: `Ingests up to ${MAX_INGEST_BATCH} articles at once, results in input order, each as ingestDocument would (a later copy of an earlier article is its duplicate). A bad article refuses the whole call before anything is written (BAD_USER_INPUT, extensions.index).`,
  })
  async ingestDocuments(@Arg("input", () => [IngestDocumentInput]) input: IngestDocumentInput[], @Ctx() { prisma }: RequestContext): Promise<IngestResultType[]> {
    if (input.length > MAX_INGEST_BATCH) throw badUserInput(`At most ${MAX_INGEST_BATCH} documents per call (${input.length} given).`, { argument: "input" });
    const prepared = await prepareDocuments({ prisma, linking: linkingIndexCacheFor(prisma), documents: input.map(toIncomingDocument), pool: sharedPipelinePool() });
    const refused = prepared.findIndex((item) => item instanceof IngestInputError);
    if (refused >= 0)
      throw badUserInput(`Document ${refused} (from 0): ${(prepared[refused] as IngestInputError).message}. Nothing was ingested.`, { argument: "input", index: refused });
    // Past the checks only the database can fail a document: the call then fails, and sending it again is safe (stored ones come back DUPLICATE).
    return (await storePrepared({ prisma, prepared })).map((result) => {
      if (!result.ok) throw result.error;
      return toIngestResult(result.outcome);
    });
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Query(() => EventCandidateConnection, { description: "Event candidates awaiting (or past) review, oldest first." })
  async eventCandidates(@Args() args: EventCandidateArgs, @Ctx() { prisma }: RequestContext) {
    const page = toPage(args);
    const where = { status: args.status };
    const [rows, totalCount] = await Promise.all([
      prisma.eventCandidate.findMany({ where, orderBy: { id: "asc" }, skip: page.offset, take: page.limit }),
      prisma.eventCandidate.count({ where }),
    ]);
    return toConnection(rows.map(toCandidate), page, totalCount);
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Mutation(() => EventType_, { description: "Accepts a candidate as a new event, cited by its sentence." })
  async acceptEventCandidate(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AcceptCandidateInput) input: AcceptCandidateInput,
    @Ctx() { prisma, loaders, changeFeed }: RequestContext,
  ) {
    const { eventId } = await asUserError(() => acceptCandidate({ prisma, id: localId(id, "EventCandidate"), ...input, feed: changeFeed }));
    return loaders.event.load(eventId);
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Mutation(() => EventType_, { description: "Adds a candidate's sentence to an existing event as one more citation." })
  async mergeEventCandidate(@Arg("id", () => ID) id: string, @Arg("eventId", () => ID) eventId: string, @Ctx() { prisma, loaders }: RequestContext) {
    const merged = await asUserError(() => mergeCandidate({ prisma, id: localId(id, "EventCandidate"), eventId: localId(eventId, "Event") }));
    return loaders.event.load(merged.eventId);
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Mutation(() => EventCandidateType, { description: "Rejects a candidate; it never becomes a fact." })
  async rejectEventCandidate(@Arg("id", () => ID) id: string, @Arg("note", () => String, { nullable: true }) note: string | null, @Ctx() { prisma }: RequestContext) {
    const candidateId = localId(id, "EventCandidate");
    await asUserError(() => rejectCandidate({ prisma, id: candidateId, note }));
    return toCandidate(await prisma.eventCandidate.findUniqueOrThrow({ where: { id: candidateId } }));
  }

  @FieldResolver(() => SourceType)
  source(@Root() candidate: EventCandidateType, @Ctx() { loaders }: RequestContext) {
    return loaders.source.load(candidate.sourceId);
  }

  @FieldResolver(() => [CandidateParticipantType])
  participants(@Root() candidate: EventCandidateType): CandidateParticipantType[] {
    return candidate.participants;
  }

  @FieldResolver(() => [ExtractedFigureType], { description: "The figures the sentence holds." })
  async figures(@Root() candidate: EventCandidateType, @Ctx() { loaders }: RequestContext): Promise<ExtractedFigureType[]> {
    const figures = await loaders.figuresBySource.load(candidate.sourceId);
    const wanted = new Set(candidate.figurePositions);
    return figures.filter((figure) => wanted.has(figure.position)).map(toExtractedFigure);
  }

  @FieldResolver(() => EventType_, { nullable: true, description: "The event it was accepted as or merged into." })
  event(@Root() candidate: EventCandidateType, @Ctx() { loaders }: RequestContext) {
    return candidate.eventId === null ? null : loaders.event.load(candidate.eventId);
  }
}

@Resolver(() => CandidateParticipantType)
export class CandidateParticipantResolver {
  @FieldResolver(() => EntityInterface)
  entity(@Root() participant: CandidateParticipantType, @Ctx() { loaders }: RequestContext) {
    return loaders.entity.load(participant.entityId);
  }
}

@Resolver(() => MentionType)
export class MentionResolver {
  @FieldResolver(() => EntityInterface)
  entity(@Root() mention: MentionType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(mention.asOf).entity.load(mention.entityId);
  }

  @FieldResolver(() => SourceType)
  source(@Root() mention: MentionType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(mention.asOf).source.load(mention.sourceId);
  }
}

/** What ingestion adds to sources: mentions, extracted figures, candidates. */
@Resolver(() => SourceType)
export class SourceIngestResolver {
  @FieldResolver(() => MentionConnection, { description: "Entities named in the text, in text order." })
  async mentions(@Root() source: SourceNode, @Args() args: ConnectionArgs, @Ctx() context: RequestContext) {
    const page = toPage({ first: args.first ?? 100, after: args.after });
    const loader = keyedLoader(context, `source-mentions:${page.offset}:${page.limit}:${source.asOf}`, () =>
      createMentionPageLoader({ reader: context.reader, by: "source", page, asOf: source.asOf }),
    );
    const { rows, totalCount } = await loader.load(source.sourceId);
    return toConnection(rows, page, totalCount);
  }

  @FieldResolver(() => [ExtractedFigureType], { description: "Money, percentages, head counts and dates found in the text." })
  async extractedFigures(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext): Promise<ExtractedFigureType[]> {
    return (await loaders.at(source.asOf).figuresBySource.load(source.sourceId)).map(toExtractedFigure);
  }
}

/** Mentions of an entity across sources, newest source first. */
@Resolver(() => EntityInterface)
export class EntityMentionsResolver {
  @FieldResolver(() => MentionConnection, { description: "Where sources name this entity, newest source first (sources public by the entity's day)." })
  async mentions(@Root() entity: EntityNode, @Args() args: ConnectionArgs, @Ctx() context: RequestContext) {
    const page = toPage(args);
    const loader = keyedLoader(context, `entity-mentions:${page.offset}:${page.limit}:${entity.asOf}`, () =>
      createMentionPageLoader({ reader: context.reader, by: "entity", page, asOf: entity.asOf }),
    );
    const { rows, totalCount } = await loader.load(entity.entityId);
    return toConnection(rows, page, totalCount);
  }
}
