import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { keyedLoader, type RequestContext } from "../../common/context";
import { ModelAccess, ModelKind, ModelStatus } from "../../common/enums";
import { AS_OF_ARGUMENT, asOfDay, type AsOfDay } from "../../common/as-of";
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

  @Field(() => String, {
    nullable: true,
    description: "Slug of a company or lab: the models it or any organization below it owns or develops (what `Company.models` lists).",
  })
  organization?: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Only what had been reported by this date, shown as it stood then (default today)." })
  asOf?: Date | null;
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

export function expectedReleaseLoader(context: RequestContext, asOf: AsOfDay) {
  return keyedLoader(context, `expected-release:${asOf}`, () => createExpectedReleaseLoader({ reader: context.reader, asOf }));
}

@Resolver(() => AiModelType)
export class ModelResolver {
  @Query(() => AiModelType, { nullable: true, description: "A model or product by slug (`avocado`, `llama-4`); null when unknown (or not yet reported by `asOf`)." })
  async model(@Arg("slug") slug: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext) {
    const node = await loaders.at(asOfDay(asOf)).entityBySlug.load(slug);
    return node?.__typename === "AiModel" ? node : null;
  }

  @Query(() => AiModelConnection)
  models(@Args() args: ModelConnectionArgs, @Ctx() { reader }: RequestContext) {
    const { filter, orderBy } = args;
    return listModels({ reader, filter, orderBy, page: toPage(args), asOf: asOfDay(filter?.asOf) });
  }

  @FieldResolver(() => AiModelType, { nullable: true, description: "The family it belongs to (Llama 4 → Llama)." })
  family(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext) {
    return model.familyId == null ? null : loaders.at(model.asOf).entity.load(model.familyId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The lab that builds it." })
  developer(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext) {
    return model.developerId == null ? null : loaders.at(model.asOf).entity.load(model.developerId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The company that owns it." })
  owner(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext) {
    return model.ownerId == null ? null : loaders.at(model.asOf).entity.load(model.ownerId);
  }

  @FieldResolver(() => [ModelLineageEdge], { description: "Lineage edges from and to this model, as reported by the model's day." })
  async lineage(@Root() model: ModelNode, @Ctx() { loaders }: RequestContext): Promise<ModelLineageEdge[]> {
    const dated = loaders.at(model.asOf);
    const { outgoing, incoming } = await dated.lineageOfModel.load(model.entityId);
    const asOf = model.asOf;
    return [
      ...outgoing.map((edge) => ({ relation: edge.relation, outgoing: true, lineageId: edge.id, otherModelId: edge.targetId, asOf })),
      ...incoming.map((edge) => ({ relation: edge.relation, outgoing: false, lineageId: edge.id, otherModelId: edge.modelId, asOf })),
    ];
  }

  @FieldResolver(() => FigureType, {
    nullable: true,
    description:
      "The expected release as it stood on `asOf` (default: the model's day), with the figure and event that say so; none once the model is reported shelved or released.",
  })
  expectedRelease(@Root() model: ModelNode, @Arg("asOf", () => DateResolver, { nullable: true }) asOf: Date | null, @Ctx() context: RequestContext) {
    return expectedReleaseLoader(context, asOfDay(model.asOf, asOf)).load(model.entityId);
  }
}

@Resolver(() => ModelLineageEdge)
export class ModelLineageResolver {
  @FieldResolver(() => AiModelType, { description: "The model at the other end of the edge." })
  model(@Root() edge: ModelLineageEdge, @Ctx() { loaders }: RequestContext) {
    return loaders.at(edge.asOf).entity.load(edge.otherModelId);
  }

  @FieldResolver(() => [CitationType])
  async citations(@Root() edge: ModelLineageEdge, @Ctx() { loaders }: RequestContext) {
    return (await loaders.at(edge.asOf).citationsOf("lineageId", edge.lineageId)).map((row) => toCitation(row, edge.asOf));
  }
}
