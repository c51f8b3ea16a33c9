import { Field, ObjectType } from "type-graphql";
import { LineageRelation, Modality, ModelAccess, ModelKind, ModelStatus } from "../../common/enums";
import { FuzzyDateValue } from "../../common/fuzzy-date.type";
import { EntityInterface, Node } from "../entity/entity.type";

@ObjectType("AiModel", { implements: [Node, EntityInterface], description: "An AI model or a product built on models." })
export class AiModelType extends EntityInterface {
  @Field(() => ModelKind)
  kind: ModelKind;

  @Field(() => Modality)
  modality: Modality;

  @Field(() => ModelStatus, { description: "Latest known status." })
  status: ModelStatus;

  @Field(() => ModelAccess, { description: "Latest known access." })
  access: ModelAccess;

  @Field(() => FuzzyDateValue, { nullable: true })
  releasedOn: FuzzyDateValue | null;
}

@ObjectType({ description: "A lineage edge: this model is `relation` the other model (Avocado DISTILLED_FROM Gemma)." })
export class ModelLineageEdge {
  @Field(() => LineageRelation)
  relation: LineageRelation;

  @Field({ description: "True when the edge starts at this model; false when another model points at it." })
  outgoing: boolean;

  lineageId: number;
  otherModelId: number;
}
