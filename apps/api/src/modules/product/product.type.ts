import { Field, ObjectType } from "type-graphql";
import { FacilityKind, ProductKind } from "../../common/enums";
import { EntityInterface, Node } from "../entity/entity.type";

@ObjectType("Product", { implements: [Node, EntityInterface], description: "A product or platform that is not an AI model (Facebook, Quest, an inference chip)." })
export class ProductType extends EntityInterface {
  @Field(() => ProductKind)
  kind: ProductKind;
}

@ObjectType("Facility", { implements: [Node, EntityInterface], description: "A physical site, such as a data centre (Hyperion, Prometheus)." })
export class FacilityType extends EntityInterface {
  @Field(() => FacilityKind)
  kind: FacilityKind;

  @Field(() => String, { nullable: true, description: "Where it is, as the sources say." })
  location: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country: string | null;
}
