import { Field, ObjectType } from "type-graphql";
import { LineageRelation, Modality, ModelAccess, ModelKind, ModelStatus } from "../../common/enums";
import { FuzzyDateValue } from "../../common/fuzzy-date.type";
import { EntityInterface, Node } from "../entity/entity.type";
import type { AsOfDay } from "../../common/as-of";

@ObjectType("AiModel", { implements: [Node, EntityInterface], description: "An AI model or a product built on models." })
export class AiModelType extends EntityInterface {
  @Field(() => ModelKind)
  kind: ModelKind;

  @Field(() => Modality)
  modality: Modality;

  @Field(() => ModelStatus, { description: "Latest status reported by the model's day; UNKNOWN when none was." })
  status: ModelStatus;

  @Field(() => ModelAccess, { description: "Latest access reported by the model's day; UNKNOWN when none was." })
  access: ModelAccess;

  @Field(() => FuzzyDateValue, { nullable: true, description: "When it was released, once a source had said so by the model's day." })
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
  asOf: AsOfDay;
}
