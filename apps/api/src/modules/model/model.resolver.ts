import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { keyedLoader, type RequestContext } from "../../common/context";
import { ModelAccess, ModelKind, ModelStatus } from "../../common/enums";
import { toIsoDay } from "../../common/fuzzy-date";
import type { ModelNode } from "../../common/nodes";
import { Connection, ConnectionArgs, toPage } from "../../common/pagination";
import { EntityOrder } from "../entity/entity.args";
import { CitationType, FigureType } from "../event/event.type";
import { toCitation } from "../event/event.resolver";
import { OrganizationInterface } from "../organization/organization.type";
import { createExpectedReleaseLoader, listModels } from "./model.service";
import { AiModelType, ModelLineageEdge } from "./model.type";

@InputType()
class ModelFilter {
  @Field(() => [ModelKind], { nullable: true })
  kinds?: ModelKind[] | null;

  @Field(() => [ModelStatus], { nullable: true })
  status?: ModelStatus[] | null;

  @Field(() => [ModelAccess], { nullable: true })
  access?: ModelAccess[] | null;

  @Field(() => String, { nullable: true, description: "Slug of the owning company." })
  owner?: string | null;

  @Field(() => String, { nullable: true, description: "Slug of the developing lab." })
  developer?: string | null;
}

@ArgsType()
class ModelConnectionArgs extends ConnectionArgs {
  @Field(() => ModelFilter, { nullable: true })
  filter?: ModelFilter | null;

  @Field(() => EntityOrder, { nullable: true, description: "Default: name ascending." })
  orderBy?: EntityOrder | null;
}

@ObjectType()
export class AiModelConnection extends Connection("AiModel", () => AiModelType) {}

export function expectedReleaseLoader(context: RequestContext, asOf: Date | null | undefined) {
  const day = toIsoDay(asOf ?? new Date());
  return keyedLoader(context, `expected-release:${day}`, () =>
    createExpectedReleaseLoader({ reader: context.reader, asOf: new Date(`${day}T00:00:00Z`) }),
  );
}

@Resolver(() => AiModelType)
export class ModelResolver {
  @Query(() => AiModelType, { nullable: true, description: "A model or product by slug (`avocado`, `llama-4`); null when unknown." })
  async model(@Arg("slug") slug: string, @Ctx() { loaders }: RequestContext) {
    const node = await loaders.entityBySlug.load(slug);
    return node?.__typename === "AiModel" ? node : null;
  }

  @Query(() => AiModelConnection)
  models(@Args() args: ModelConnectionArgs, @Ctx() { reader }: RequestContext) {
    return listModels({ reader, filter: args.filter, orderBy: args.orderBy, page: toPage(args) });
  }

  @FieldResolver(() => AiModelType, { nullable: true, description: "The family it belongs to (Llama 4 → Llama)." })
  family(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext) {
    return model.familyId == null ? null : loaders.entity.load(model.familyId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The lab that builds it." })
  developer(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext) {
    return model.developerId == null ? null : loaders.entity.load(model.developerId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The company that owns it." })
  owner(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext) {
    return model.ownerId == null ? null : loaders.entity.load(model.ownerId);
  }

  @FieldResolver(() => [ModelLineageEdge], { description: "Lineage edges from and to this model." })
  async lineage(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext): Promise<ModelLineageEdge[]> {
    const [outgoing, incoming] = await Promise.all([loaders.lineageByModel.load(model.entityId), loaders.lineageByTarget.load(model.entityId)]);
    return [
      ...outgoing.map((edge) => ({ relation: edge.relation, outgoing: true, lineageId: edge.id, otherModelId: edge.targetId })),
      ...incoming.map((edge) => ({ relation: edge.relation, outgoing: false, lineageId: edge.id, otherModelId: edge.modelId })),
    ];
  }

  @FieldResolver(() => FigureType, {
    nullable: true,
    description: "The expected release as it stood on `asOf` (default today), with the figure and event that say so.",
  })
  expectedRelease(
    @Root() model: ModelNode,
    @Arg("asOf", () => DateResolver, { nullable: true }) asOf: Date | null,
    @Ctx() context: RequestContext,
  ) {
    return expectedReleaseLoader(context, asOf).load(model.entityId);
  }
}

@Resolver(() => ModelLineageEdge)
export class ModelLineageResolver {
  @FieldResolver(() => AiModelType, { description: "The model at the other end of the edge." })
  model(@Root() edge: ModelLineageEdge, @Ctx() { loaders }: RequestContext) {
    return loaders.entity.load(edge.otherModelId);
  }

  @FieldResolver(() => [CitationType])
  async citations(@Root() edge: ModelLineageEdge, @Ctx() { loaders }: RequestContext) {
    return (await loaders.citationsByLineage.load(edge.lineageId)).map(toCitation);
  }
}
