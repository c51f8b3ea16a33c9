import { GraphQLError } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { keyedLoader, type RequestContext } from "../../common/context";
import { OrganizationKind, ProductKind } from "../../common/enums";
import { badUserInput, fromGlobalId, toGlobalId } from "../../common/global-id";
import { toCountedLazilyConnection, toPage } from "../../common/pagination";
import type { EntityCandidate } from "../../db/prisma";
import { ApiKeyRole } from "../auth/auth.service";
import { EntityInterface } from "../entity/entity.type";
import { linkingIndexCacheFor } from "../ingest/alias-matcher";
import { SourceType } from "../source/source.type";
import { createFormLoader, createQuoteLoader } from "./discovery.loaders";
import { acceptEntityCandidate, EntityReviewError, listEntityCandidates, mergeEntityCandidate, rejectEntityCandidate, type ReviewOutcome } from "./discovery.service";
import {
  DEFAULT_QUOTES,
  DiscoveredEntityType,
  EntityCandidateArgs,
  EntityCandidateConnection,
  EntityCandidateFormType,
  EntityCandidateQuoteType,
  EntityCandidateType,
  MAX_QUOTES,
} from "./discovery.type";

/** The global ID types of entities: what `mergeEntityCandidate(entityId)` accepts. */
const ENTITY_TYPES = new Set(["Company", "Lab", "MediaOutlet", "Institution", "AiModel", "Product", "Facility", "Person"]);

function toCandidate(row: EntityCandidate): EntityCandidateType {
  return {
    id: toGlobalId("EntityCandidate", row.id),
    candidateId: row.id,
    key: row.key,
    type: row.type,
    status: row.status,
    count: row.mentionCount,
    documentCount: row.documentCount,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
    entityId: row.entityId,
  };
}

function localId(id: string, argument: string, accepts: (type: string) => boolean, what: string): number {
  const decoded = fromGlobalId(id);
  if (!decoded || !accepts(decoded.type)) throw badUserInput(`"${id}" is not the ID of ${what}`, { argument });
  return decoded.localId;
}
const candidateId = (id: string) => localId(id, "id", (type) => type === "EntityCandidate", "an entity candidate");

/** A refused review answers with its code (NOT_FOUND, BAD_USER_INPUT, CONFLICT); anything else stays internal. */
async function reviewed(work: () => Promise<ReviewOutcome>, { prisma, logger }: RequestContext): Promise<EntityCandidateType> {
  try {
    const outcome = await work();
    logger.info(outcome, "entity candidate reviewed");
    return toCandidate(await prisma.entityCandidate.findUniqueOrThrow({ where: { id: outcome.candidateId } }));
  } catch (error) {
    if (error instanceof EntityReviewError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
    throw error;
  }
}

@Resolver(() => EntityCandidateType)
export class DiscoveryResolver {
  @Authorized(ApiKeyRole.ANALYST)
  @Query(() => EntityCandidateConnection, { description: "Names ingestion could not link, proposed as new entities: most seen first." })
  async entityCandidates(@Args() args: EntityCandidateArgs, @Ctx() { prisma }: RequestContext) {
    const page = toPage(args);
    const { rows, count } = await listEntityCandidates({ prisma, status: args.status, type: args.type, offset: page.offset, take: page.limit + 1 });
    return toCountedLazilyConnection(rows.map(toCandidate), page, count);
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Mutation(() => EntityCandidateType, {
    description: "Accepts a candidate as a new entity with its forms as aliases, and re-links the sources that name it. CONFLICT when already reviewed or the slug is taken.",
  })
  acceptEntityCandidate(
    @Arg("id", () => ID) id: string,
    @Arg("name", () => String, { nullable: true, description: "English name (gives the slug); defaults to the most seen Latin-script form." }) name: string | null,
    @Arg("kind", () => DiscoveredEntityType, { nullable: true, description: "Overrides the guessed type." }) kind: DiscoveredEntityType | null,
    @Arg("organizationKind", () => OrganizationKind, { nullable: true, description: "For an organization; COMPANY when absent." }) organizationKind: OrganizationKind | null,
    @Arg("productKind", () => ProductKind, { nullable: true, description: "For a product; APP when absent." }) productKind: ProductKind | null,
    @Ctx() context: RequestContext,
  ) {
    const { prisma } = context;
    return reviewed(() => acceptEntityCandidate({ prisma, linking: linkingIndexCacheFor(prisma), id: candidateId(id), name, kind, organizationKind, productKind }), context);
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Mutation(() => EntityCandidateType, { description: "Merges a candidate into a known entity: its forms become aliases, and the sources that name them are re-linked." })
  mergeEntityCandidate(@Arg("id", () => ID) id: string, @Arg("entityId", () => ID) entityId: string, @Ctx() context: RequestContext) {
    const { prisma } = context;
    return reviewed(
      () =>
        mergeEntityCandidate({
          prisma,
          linking: linkingIndexCacheFor(prisma),
          id: candidateId(id),
          entityId: localId(entityId, "entityId", (type) => ENTITY_TYPES.has(type), "an entity"),
        }),
      context,
    );
  }

  @Authorized(ApiKeyRole.ANALYST)
  @Mutation(() => EntityCandidateType, { description: "Rejects a candidate: later documents naming it add to its counts but do not re-open it." })
  rejectEntityCandidate(@Arg("id", () => ID) id: string, @Arg("note", () => String, { nullable: true }) note: string | null, @Ctx() context: RequestContext) {
    return reviewed(() => rejectEntityCandidate({ prisma: context.prisma, id: candidateId(id), note }), context);
  }

  @FieldResolver(() => [EntityCandidateFormType], { description: "Every spelling seen, per language, most seen first." })
  forms(@Root() candidate: EntityCandidateType, @Ctx() context: RequestContext) {
    return keyedLoader(context, "entity-candidate-forms", () => createFormLoader(context.prisma)).load(candidate.candidateId);
  }

  @FieldResolver(() => [EntityCandidateQuoteType], { description: `Sentences it was seen in, newest source first (${DEFAULT_QUOTES} unless asked; at most ${MAX_QUOTES}).` })
  async quotes(@Root() candidate: EntityCandidateType, @Arg("first", () => Int, { defaultValue: DEFAULT_QUOTES }) first: number, @Ctx() context: RequestContext) {
    if (!Number.isInteger(first) || first < 0 || first > MAX_QUOTES) throw badUserInput(`\`first\` must be between 0 and ${MAX_QUOTES}`, { argument: "first" });
    return (await keyedLoader(context, `entity-candidate-quotes:${first}`, () => createQuoteLoader(context.prisma, first)).load(candidate.candidateId)).quotes;
  }

  @FieldResolver(() => Int, { description: "Sentences it was seen in, across all documents." })
  async quoteCount(@Root() candidate: EntityCandidateType, @Ctx() context: RequestContext) {
    return (await keyedLoader(context, `entity-candidate-quotes:${DEFAULT_QUOTES}`, () => createQuoteLoader(context.prisma, DEFAULT_QUOTES)).load(candidate.candidateId)).total;
  }

  @FieldResolver(() => EntityInterface, { nullable: true, description: "The entity it was accepted as or merged into." })
  entity(@Root() candidate: EntityCandidateType, @Ctx() { loaders }: RequestContext) {
    return candidate.entityId === null ? null : loaders.entity.load(candidate.entityId);
  }
}

@Resolver(() => EntityCandidateQuoteType)
export class EntityCandidateQuoteResolver {
  @FieldResolver(() => SourceType)
  source(@Root() quote: EntityCandidateQuoteType, @Ctx() { loaders }: RequestContext) {
    return loaders.source.load(quote.sourceId);
  }
}
